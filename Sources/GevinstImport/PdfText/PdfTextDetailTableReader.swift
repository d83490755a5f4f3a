import GevinstCore

/// A row of Tabel 2, 3 or 4: label, appropriation (*bevilling*) and amounts.
struct PdfTextDetailRow: Sendable {
    var labelPieces: [String] = []
    var appropriationPieces: [String] = []
    var cells: [AmountCell] = []
    var firstLine: Int
    var lastLine: Int
    /// The column where the appropriation starts, in `pdftotext -layout` text where label and appropriation
    /// wrap side by side ("Færre udgifter til      3220 – Borgere" / "eksterne vikarer        med handicap").
    var appropriationColumn: Int?

    var label: String { AssembledRow.cleanLabel(WrappedText.join(labelPieces)) }
    /// The appropriation as "3000 – Børnefamilier med særlige behov": the number, an en dash, the name.
    var appropriation: String? {
        let text = WrappedText.join(appropriationPieces).collapsingSpaces()
        guard !text.isEmpty else { return nil }
        var words = text.splitAtSpaces().map(String.init)
        guard let first = words.first, PdfTextDetailTableReader.isAppropriationCode(first), !first.hasSuffix(",") else { return text }
        words.removeFirst()
        while let dash = words.first, dash == "-" || dash == "–" || dash == "—" { words.removeFirst() }
        if let name = words.first, name.hasPrefix("–") || name.hasPrefix("-") { words[0] = String(name.drop { $0 == "–" || $0 == "-" }) }
        let name = words.joined(separator: " ").trimmingSpaces()
        return name.isEmpty ? first : first + " – " + name
    }
    var dataLine: Int { cells.first?.line ?? firstLine }
    /// "Varige ændringer totalt, service", "Investeringer totalt, anlæg", "I alt".
    var isTotal: Bool {
        if isAppropriationSubtotal { return false }
        let folded = TextFold.letters(label)
        return folded.containsBytes("totalt") || folded.hasPrefix("ialt")
    }
    /// "I alt, 4100 – Udsatte voksne" or "I alt, Børnefamilier med særlige behov": one appropriation's subtotal in
    /// Gevinst's own Tabel 2, not the table's total ("I alt", "Varige ændringer totalt, service").
    var isAppropriationSubtotal: Bool {
        let joined = WrappedText.join(labelPieces)
        let folded = TextFold.letters(joined)
        if !appropriationPieces.isEmpty && folded == "ialt" { return true }
        let rest = folded.dropFirst(4)
        return folded.hasPrefix("ialt") && joined.hasPrefix("I alt,") && !rest.isEmpty
            && !["service", "anlaeg", "overforsler"].contains(String(rest)) && !folded.containsBytes("totalt")
    }
}

/// A detail table as read, before its amounts are placed in years.
struct RawDetailTable: Sendable {
    var kind: PrintedTable.Kind
    var title: String
    var titleLine: Int
    var header = YearHeader()
    var rows: [PdfTextDetailRow] = []
    var consumed: Set<Int> = []
    /// The last line read when the table ran to `PdfTextDetailTableReader.maxTableLines` with its end not found.
    var stoppedAtLine: Int?
}

/// Reads the detail tables of a proposal: Tabel 2 (*Varige ændringer, service*), Tabel 3 (*Serviceinvesteringer*)
/// and Tabel 4 (*Anlægsinvesteringer*). The kind comes from the title, not the number: 000 SI/UD03 prints its
/// construction investments as "Tabel 3. Anlægsinvesteringer" and TV01 as "Tabel 3. Investeringer, anlæg".
/// Tables of administration effects and of the split between committees are not detail tables of Tabel 1.
///
/// A row is its label lines, then the appropriation (a line starting with a four-digit *bevilling*: "3000 –
/// Børnefamilier med særlige behov", "3170, 6211"), then its amounts, which may stand one per line (000 BU05).
enum PdfTextDetailTableReader {
    static let maxTableLines = 160

    static func kind(ofTitle title: String) -> PrintedTable.Kind? {
        let folded = TextFold.letters(title)
        if folded.containsBytes("administration") || folded.containsBytes("udvalg") || folded.containsBytes("opfolgning") { return nil }
        if folded.containsBytes("anlaegsinvestering") || (folded.containsBytes("investering") && folded.containsBytes("anlaeg")) { return .table4 }
        if folded.containsBytes("serviceinvestering") || (folded.containsBytes("investering") && folded.containsBytes("service")) { return .table3 }
        if folded.containsBytes("varigeaendringer") || folded.containsBytes("varigeeendringer") { return .table2 }
        return nil
    }

    static func readAll(_ lines: ArraySlice<PdfLine>, ocr: Bool) -> [RawDetailTable] {
        var tables: [RawDetailTable] = []
        var index = lines.startIndex
        while index < lines.endIndex {
            let line = lines[index]
            if line.isContent, let number = TableVocabulary.tableNumber(line.text), number >= 2, let kind = kind(ofTitle: line.text) {
                let (table, end) = read(lines, titleIndex: index, kind: kind, ocr: ocr)
                tables.append(table)
                index = max(end, index + 1)
            } else {
                index += 1
            }
        }
        return tables
    }

    static func read(_ lines: ArraySlice<PdfLine>, titleIndex: Int, kind: PrintedTable.Kind, ocr: Bool) -> (RawDetailTable, Int) {
        let title = lines[titleIndex]
        var table = RawDetailTable(kind: kind, title: title.trimmed, titleLine: title.number)
        table.consumed.insert(title.number)
        var index = titleIndex + 1
        var inHeader = true
        var pendingPiece: String? = nil
        var rows: [PdfTextDetailRow] = []
        var current: PdfTextDetailRow? = nil
        var inAppropriation = false
        var blankSince = false
        var count = 0
        func closeRow() {
            if let row = current { rows.append(row) }
            current = nil
            inAppropriation = false
        }
        // Set where the table's end is recognised, so that running out of lines is told from ending.
        var ended = false
        scan: while index < lines.endIndex && count < maxTableLines {
            let line = lines[index]
            count += 1
            if line.isFurniture { index += 1; continue }
            if line.kind == .blank { blankSince = true; index += 1; continue }
            let text = line.text
            if TableVocabulary.tableNumber(text) != nil || TableVocabulary.endsTable(text) || SectionHeading.parse(text) != nil {
                ended = true
                break
            }
            if inHeader && isHeaderLine(text) {
                table.header.read(text, line: line.number, pendingPiece: &pendingPiece)
                table.consumed.insert(line.number)
                index += 1
                continue
            }
            // The unit and years again after a page break (a table continued on the next page repeats its header).
            if !inHeader, TableVocabulary.isRepeatedUnitLine(text) {
                closeRow()
                table.consumed.insert(line.number)
                index += 1
                continue
            }
            inHeader = false
            let words = PositionedWord.words(of: text)
            var cellStart = words.count
            var cells: [AmountCell] = []
            while cellStart > 0 {
                let word = words[cellStart - 1]
                // A four-digit number without separator is an appropriation, not an amount (amounts of 1.000 and
                // more carry a separator in text that is not OCR'd).
                let nextWord = cellStart < words.count ? words[cellStart].text : ""
                if isAppropriationCode(word.text) && (!ocr || nextWord == "–" || nextWord == "-" || cellStart == 1) { break }
                // In `-layout` text a number one space after a word and a column's width before the amounts ends
                // the label ("… tilbud model 1      -3.773", "§ 11, stk. 3      -500").
                if let nextCell = cells.first, nextCell.start - word.end >= WrappedRowJoiner.columnGap, cellStart >= 2,
                   word.start - words[cellStart - 2].end == 1, words[cellStart - 2].text.last?.isLetter ?? false
                    || words[cellStart - 2].text.hasSuffix(".") || words[cellStart - 2].text.hasSuffix(",") {
                    break
                }
                if case .amount(let cell)? = AmountCellReader.read(word, line: line.number, ocr: ocr) {
                    cells.insert(cell, at: 0)
                    cellStart -= 1
                } else if TableLineParts.isRuleNoise(word.text) {
                    cellStart -= 1
                } else {
                    break
                }
            }
            if cells.isEmpty { cellStart = words.count }
            var textWords = words[0..<cellStart].map(\.text)
            // A lone number after label words is part of the label ("Udgifter til 12", "stk. 2"), unless it stands
            // in an amount column of `-layout` text, far from the label.
            let codeIndex = textWords.firstIndex { isAppropriationCode($0) }
            let inAmountColumn = cells.count == 1 && cellStart > 0 && cells[0].start - words[cellStart - 1].end >= WrappedRowJoiner.columnGap
            if cells.count == 1, !textWords.isEmpty, codeIndex == nil, !inAmountColumn,
               !(current.map { $0.cells.isEmpty && labelIsTotal($0, textWords) } ?? labelIsTotal(nil, textWords)) {
                textWords.append(cells[0].text)
                cells = []
            }
            // Once the total row has its amounts, the table has ended at the next text.
            if let row = current, !row.cells.isEmpty, !textWords.isEmpty, row.isTotal {
                ended = true
                break scan
            }
            // Side-by-side wrapping in layout text: words right of the appropriation column continue it.
            if let row = current, let column = row.appropriationColumn, codeIndex == nil, cells.isEmpty, !textWords.isEmpty,
               let split = words.prefix(textWords.count).firstIndex(where: { $0.start >= column - 1 }) {
                let left = textWords[..<split].joined(separator: " ")
                let right = textWords[split...].joined(separator: " ")
                if !left.isEmpty { current?.labelPieces.append(left) }
                current?.appropriationPieces.append(right)
                current?.lastLine = line.number
                table.consumed.insert(line.number)
                blankSince = false
                index += 1
                continue
            }
            if let row = current, !row.cells.isEmpty, !textWords.isEmpty {
                let startsLower = textWords.first?.first?.isLowercase ?? false
                if startsLower && !blankSince {
                    current?.labelPieces.append(textWords.joined(separator: " "))
                    current?.lastLine = line.number
                    table.consumed.insert(line.number)
                    blankSince = false
                    index += 1
                    continue
                }
                closeRow()
            }
            // "I alt, 3220 – …" right after label-only lines: those lines are the end of the row above, whose
            // label wrapped over more lines than its appropriation (TV06 in Gevinst's own catalogue PDF), not a
            // label waiting for the subtotal's amounts.
            if !cells.isEmpty, let pending = current, pending.cells.isEmpty, pending.appropriationPieces.isEmpty,
               !pending.labelPieces.isEmpty, labelIsTotal(nil, textWords), let previous = rows.last,
               !previous.cells.isEmpty, !previous.isTotal, previous.lastLine + 1 == pending.firstLine {
                rows[rows.count - 1].labelPieces += pending.labelPieces
                rows[rows.count - 1].lastLine = pending.lastLine
                current = nil
            }
            if !textWords.isEmpty {
                if current == nil { current = PdfTextDetailRow(firstLine: line.number, lastLine: line.number) }
                if let code = codeIndex {
                    let labelPart = textWords[..<code].joined(separator: " ")
                    if !labelPart.isEmpty { current?.labelPieces.append(labelPart) }
                    current?.appropriationPieces.append(textWords[code...].joined(separator: " "))
                    inAppropriation = true
                    // In layout text the label and the appropriation share lines: remember where the column is.
                    if code > 0, code < words.count, words[code].start - words[code - 1].end >= 3 {
                        current?.appropriationColumn = words[code].start
                    }
                } else if inAppropriation {
                    current?.appropriationPieces.append(textWords.joined(separator: " "))
                } else {
                    current?.labelPieces.append(textWords.joined(separator: " "))
                }
            }
            if !cells.isEmpty {
                if current == nil { current = PdfTextDetailRow(firstLine: line.number, lastLine: line.number) }
                current?.cells.append(contentsOf: cells)
            }
            current?.lastLine = line.number
            table.consumed.insert(line.number)
            blankSince = false
            index += 1
        }
        if !ended && count >= maxTableLines && index < lines.endIndex {
            // The last line counted: furniture and blank lines are counted too.
            table.stoppedAtLine = lines[index - 1].number
        }
        closeRow()
        table.rows = rows.filter { (!$0.cells.isEmpty || !$0.label.isEmpty) && !$0.isAppropriationSubtotal }
        return (table, index)
    }

    private static func labelIsTotal(_ row: PdfTextDetailRow?, _ words: [String]) -> Bool {
        var pieces = row?.labelPieces ?? []
        pieces.append(words.joined(separator: " "))
        let folded = TextFold.letters(WrappedText.join(pieces))
        return folded.containsBytes("totalt") || folded.hasPrefix("ialt")
    }

    /// A four-digit appropriation number ("3000", "3220", "3170,"), not a year.
    static func isAppropriationCode(_ word: String) -> Bool {
        var body = Substring(word)
        if body.last == "," { body = body.dropLast() }
        guard body.count == 4, body.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(body) else { return false }
        return value >= 1000 && !YearHeader.plausibleYears.contains(value)
    }

    static func isHeaderLine(_ text: String) -> Bool {
        let folded = TextFold.letters(text)
        return text.containsBytes("1.000 kr") || folded.hasPrefix("bevilling") || folded.hasPrefix("profitcenter")
            || YearHeader.isYearsOnly(text) || folded.hasPrefix("nettoeffekt") || folded.hasPrefix("udvalg")
            // "Innovations-" / "pulje (sæt X)": the last column's heading wrapped under the years (Tabel 3 and 4).
            || folded == "puljesaetx" || folded == "puljesatx" || folded.hasPrefix("innovationspulje")
    }
}
