import GevinstCore

/// A payback row of Tabel 1 as printed: "Tilbagebetalingstid baseret på serviceeffektivisering 4" (or "4 år").
struct PrintedPaybackRow: Sendable {
    enum Kind: Sendable { case service, total }
    var kind: Kind
    var years: Int?
    var line: Int
}

/// Tabel 1 as read from the lines, before its amounts are placed in years.
struct RawTableOne: Sendable {
    var titleLine: Int
    var header = YearHeader()
    var rows: [AssembledRow] = []
    var paybacks: [PrintedPaybackRow] = []
    /// Lines the table occupies (title, header, rows, paybacks), kept out of the text sections.
    var consumed: Set<Int> = []
    var firstBodyLine: Int?
    /// The last line read when the body ran to `PdfTextTableOneReader.maxBodyLines` with its end not found: the
    /// lines after it were not read as the table's.
    var stoppedAtLine: Int?

    var widestRow: Int { rows.map { $0.cells.count }.max() ?? 0 }
}

/// Finds and reads Tabel 1 in a proposal's lines.
///
/// The table may follow its title at once, or come later with text in between (000 SI05 prints the title, the
/// notes and the start of section 1, then the table, then the rest of the sentence); its body starts at the unit
/// line ("1.000 kr. 2023 p/l") or the *Styringsområde* heading and ends after the payback rows, at the notes, at
/// the next table or at the proposal's title when the table comes first (000 BU05, TV01).
enum PdfTextTableOneReader {
    /// The most lines a Tabel 1 body may span; a longer run means the end was not recognised.
    static let maxBodyLines = 220

    static func read(_ lines: ArraySlice<PdfLine>, ocr: Bool) -> RawTableOne? {
        guard let titleIndex = lines.firstIndex(where: { $0.isContent && TableVocabulary.isTableOneTitle($0.text) }) else { return nil }
        var table = RawTableOne(titleLine: lines[titleIndex].number)
        table.consumed.insert(lines[titleIndex].number)
        // The body: from the first header line after the title, before another table starts.
        var start: Int? = nil
        var index = titleIndex + 1
        while index < lines.endIndex {
            let line = lines[index]
            if line.isContent {
                if TableVocabulary.isTableOneHeader(line.text) { start = index; break }
                if let number = TableVocabulary.tableNumber(line.text), number >= 2 { break }
            }
            index += 1
        }
        guard let bodyStart = start else { return table }
        table.firstBodyLine = lines[bodyStart].number
        var joiner = WrappedRowJoiner()
        var inHeader = true
        var pendingYearPiece: String? = nil
        var payback: (kind: PrintedPaybackRow.Kind?, text: String, value: Int?, line: Int, contentLines: Int)? = nil
        var sawTotalPayback = false
        index = bodyStart
        var bodyLines = 0
        func finishPayback() {
            guard let current = payback else { return }
            let kind = current.kind ?? (TextFold.letters(current.text).containsBytes("total") ? .total : .service)
            table.paybacks.append(PrintedPaybackRow(kind: kind, years: current.value, line: current.line))
            if kind == .total { sawTotalPayback = true }
            payback = nil
        }
        var repeatedHeader = false
        // Set where the table's end is recognised, so that running out of lines is told from ending.
        var ended = false
        scan: while index < lines.endIndex && bodyLines < maxBodyLines {
            let line = lines[index]
            index += 1
            bodyLines += 1
            if line.isFurniture { continue }
            if line.kind == .blank {
                joiner.blank()
                continue
            }
            let text = line.text
            if TableVocabulary.endsTable(text) { ended = true; break scan }
            if inHeader {
                if TableVocabulary.isTableOneHeader(text) || YearHeader.isYearsOnly(text) || isHeaderWord(text) {
                    table.header.read(text, line: line.number, pendingPiece: &pendingYearPiece)
                    table.consumed.insert(line.number)
                    continue
                }
            } else if isRepeatedHeader(text, previous: repeatedHeader) {
                // A table continued on the next page repeats its header ("1.000 kr. 2023 p/l  Styrings-  2022 …",
                // then "område"); the row being read may go on below it.
                repeatedHeader = true
                table.consumed.insert(line.number)
                continue
            }
            repeatedHeader = false
            let continuesTotal = (joiner.pendingLabel.map { TableVocabulary.role(of: WrappedText.join($0, text)).isTotal } ?? false)
                || (text.first?.isLowercase == true && joiner.currentLabel.map { TableVocabulary.role(of: WrappedText.join($0, text)).isTotal } ?? false)
            if !continuesTotal, let block = TableVocabulary.blockHeading(text), TableLineParts.split(text, line: line.number, ocr: ocr).cells.isEmpty {
                finishPayback()
                joiner.flush()
                joiner.block = block
                table.consumed.insert(line.number)
                continue
            }
            if inHeader && YearHeader.isYearsOnly(text) {
                table.header.read(text, line: line.number, pendingPiece: &pendingYearPiece)
                table.consumed.insert(line.number)
                continue
            }
            if TableVocabulary.isPaybackLabel(text) {
                inHeader = false
                finishPayback()
                joiner.flush()
                payback = (nil, text, paybackValue(text), line.number, 1)
                table.consumed.insert(line.number)
                continue
            }
            if var current = payback {
                // The payback label's continuation, or its value on a line of its own.
                let value = paybackValue(text)
                let trimmed = text.trimmingSpaces()
                let isValueOnly = trimmed.splitAtSpaces().allSatisfy { word in
                    word.allSatisfy(\.isNumber) || ["år", "ar", "aar"].contains(word.lowercased())
                }
                let folded = TextFold.letters(trimmed)
                let startsLower = trimmed.first.map { $0.isLowercase } ?? false
                let continues: Bool
                if current.value == nil {
                    continues = startsLower || folded.hasPrefix("service") || folded.hasPrefix("total") || isValueOnly
                } else {
                    // After the value only the label's last word may follow ("effektivisering", "gkonomi").
                    continues = startsLower && trimmed.count <= 25 && !trimmed.contains(" ")
                }
                if continues && current.contentLines < 4 {
                    current.text += " " + text
                    if current.value == nil { current.value = value }
                    current.contentLines += 1
                    payback = current
                    table.consumed.insert(line.number)
                    continue
                }
                finishPayback()
                if sawTotalPayback { ended = true; break scan }
            }
            if sawTotalPayback { ended = true; break scan }
            inHeader = false
            let parts = TableLineParts.split(text, line: line.number, ocr: ocr)
            joiner.add(parts) { TableVocabulary.role(of: $0).isTotal }
            table.consumed.insert(line.number)
        }
        finishPayback()
        if !ended && bodyLines >= maxBodyLines && index < lines.endIndex { table.stoppedAtLine = lines[index - 1].number }
        table.rows = joiner.finish()
        return table
    }

    /// The table's header again after a page break: the unit line with the years or the price level, and the
    /// wrapped "område" right after it.
    static func isRepeatedHeader(_ text: String, previous: Bool) -> Bool {
        (previous && isHeaderWord(text)) || TableVocabulary.isRepeatedUnitLine(text)
    }

    /// Words of a wrapped header: "Styrings", "område", "Styring" / "sområd" / "e", OCR "rade".
    static func isHeaderWord(_ text: String) -> Bool {
        let folded = TextFold.letters(text)
        if folded.isEmpty { return false }
        if ["omrade", "rade", "e", "somrad", "somrade"].contains(folded) || folded.hasPrefix("styring") || folded.hasPrefix("omrade") {
            return true
        }
        return folded.count <= 6 && TextFold.distance(folded, "omrade", limit: 2) <= 2
    }

    /// The payback in whole years on a payback line: "Serviceeffektivisering 4", "4 år", "service- 4".
    static func paybackValue(_ text: String) -> Int? {
        let words = text.splitAtSpaces()
        for (offset, word) in words.enumerated().reversed() {
            let body = word.filter { $0.isNumber }
            guard body.count == word.count, body.count <= 2, let value = Int(body) else { continue }
            let next = offset + 1 < words.count ? words[offset + 1].lowercased() : ""
            if next.isEmpty || ["år", "ar", "aar"].contains(next) { return value }
        }
        return nil
    }
}
