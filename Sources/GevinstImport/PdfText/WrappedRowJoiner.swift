import GevinstCore

/// A table row put together from the lines it was wrapped over.
struct AssembledRow: Sendable {
    var labelPieces: [String] = []
    var steering: SteeringArea?
    var steeringText: String?
    var steeringLine: Int?
    var cells: [AmountCell] = []
    var firstLine: Int
    var lastLine: Int
    /// The block the row stands in (Tabel 1: *Varige ændringer* or *Implementeringsomkostninger*).
    var block: Block
    /// Lines whose cells were a number split by the layout ("2" and ".520").
    var splitNumbers: [(line: Int, text: String)] = []
    /// In `-layout` text, the column where the row's label starts, when its first line holds the label and the
    /// amounts apart in their columns: a label-only line right under it in that column continues the label,
    /// whatever its first letter ("Kortere forbyggende forløb ved" … "Kontaktperson og Idrætsprojektet.").
    var laidOutLabelColumn: Int?
    /// The column where the row's label starts on its first line.
    var labelColumn: Int?

    /// The label, fixed once the row is complete (`WrappedRowJoiner.finish`).
    var finishedLabel: String?
    var label: String { finishedLabel ?? AssembledRow.cleanLabel(WrappedText.join(labelPieces)) }
    var hasCells: Bool { !cells.isEmpty }
    var dataLine: Int { cells.first?.line ?? firstLine }

    /// A label without footnote stars and OCR's stray brackets ("Huslejetilskud*", "[Samlet …").
    static func cleanLabel(_ text: String) -> String {
        // Most labels are clean already: single spaces between words and no "*", "|" or "[".
        if text.isSingleSpaced(without: { $0 == 0x2A || $0 == 0x7C || $0 == 0x5B }) { return text }
        var words = text.splitAtSpaces().map(String.init)
        words = words.map { word in
            var trimmed = Substring(word)
            while let last = trimmed.last, last == "*" || last == "|" { trimmed = trimmed.dropLast() }
            while let first = trimmed.first, first == "[" || first == "|" { trimmed = trimmed.dropFirst() }
            return String(trimmed)
        }.filter { !$0.isEmpty }
        return words.joined(separator: " ")
    }
}

/// Puts table rows back together. PDF text breaks a row's label over several lines, often mid-word; the amounts
/// follow on the label's last line or on a line of their own; OCR may put them before the label's last words,
/// continue them on further lines, split one number over two lines ("2" … ".520") or print a row's amounts
/// after the next row's label (001: "Service 150 50" for the campaign row). The rules, each seen in 000 or 001:
/// - a label-only line continues the current row when the row's label ends with a hyphen, when the line starts in
///   lowercase, or when the row has no amounts yet and no blank line came between;
/// - an amounts-only line belongs to the current row while it has none, and otherwise continues its amounts;
///   but a second steering word means another row's amounts: they go to the earliest row still waiting for some;
/// - a label line with amounts starts a new row unless it completes a waiting label as above.
struct WrappedRowJoiner {
    private(set) var rows: [AssembledRow] = []
    private var current: AssembledRow?
    private var waiting: [AssembledRow] = []
    private var blankSinceCurrent = false
    var block: Block = .permanent

    /// The label of the current row while it has no amounts ("Samlede" before "implementeringsomkostninger").
    var pendingLabel: String? {
        guard let row = current, !row.hasCells else { return nil }
        return row.label
    }

    /// The label of the current row, with or without amounts: in `-layout` text a total's label may wrap after
    /// its amounts ("Samlede   700   400 …" then "implementeringsomkostninger").
    var currentLabel: String? { current?.label }

    mutating func blank() {
        if current != nil { blankSinceCurrent = true }
    }

    /// Ends the current row and any rows still waiting for amounts (at a block header or the table's end).
    mutating func flush() {
        if let row = current { rows.append(row) }
        current = nil
        rows.append(contentsOf: waiting)
        waiting = []
        blankSinceCurrent = false
    }

    mutating func finish() -> [AssembledRow] {
        flush()
        return rows.sorted { $0.firstLine < $1.firstLine }.map { row in
            var finished = row
            finished.finishedLabel = row.label
            return finished
        }
    }

    /// Adds one line. `acceptsSingleAmount` says whether a label with this text may carry a single amount without a
    /// steering word (a total row); otherwise a lone trailing number is part of the label ("efter § 84, stk. 2").
    mutating func add(_ input: TableLineParts, acceptsSingleAmount: (String) -> Bool) {
        var parts = input
        if parts.isEmpty { return }
        // "82)" closes a parenthesis the label opened: label text, not an amount.
        if parts.labelWords.isEmpty, parts.cells.count == 1, parts.steering == nil, let cell = parts.cells.first,
           cell.text.hasSuffix(")"), let row = current, row.label.filter({ $0 == "(" }).count > row.label.filter({ $0 == ")" }).count {
            addLabel(cell.text, line: parts.line, steering: nil)
            return
        }
        if !parts.labelWords.isEmpty, parts.steering == nil, parts.cells.count == 1, parts.fragments.isEmpty,
           !standsInItsOwnColumn(parts) {
            let candidate = WrappedText.join((current.map { $0.hasCells ? [] : $0.labelPieces } ?? []) + [parts.label])
            if !acceptsSingleAmount(candidate) && !acceptsSingleAmount(parts.label) {
                let text = parts.label + " " + (parts.cells.first?.text ?? "")
                parts = TableLineParts(line: parts.line, label: text, labelWords: parts.labelWords, steering: nil,
                                       steeringText: nil, cells: [], fragments: [])
            }
        }
        // "… efter § 84, stk." then "2" on a line of its own, under the label's first letter: the label's last
        // word wrapped (`-layout` text of Gevinst's own catalogue, 000 SI05), not an amount, which would stand
        // in a year column.
        if parts.labelWords.isEmpty, parts.steering == nil, parts.fragments.isEmpty, parts.cells.count == 1,
           let cell = parts.cells.first, cell.text.count <= 3, cell.text.allSatisfy({ $0.isASCII && $0.isNumber }),
           let row = current, row.hasCells, !blankSinceCurrent, cell.start == row.labelColumn,
           let last = row.labelPieces.last?.split(separator: " ").last, Self.wordsBeforeANumber.contains(String(last)) {
            current?.labelPieces.append(cell.text)
            current?.lastLine = parts.line
            return
        }
        if !parts.fragments.isEmpty { joinFragments(parts.fragments, line: parts.line) }
        if parts.labelWords.isEmpty {
            if !parts.cells.isEmpty { addAmounts(parts) } else if let steering = parts.steering, current != nil, current?.steering == nil {
                current?.steering = steering
                current?.steeringText = parts.steeringText
                current?.steeringLine = parts.line
            }
            return
        }
        if parts.cells.isEmpty {
            addLabel(parts.label, line: parts.line, steering: parts.steering, steeringText: parts.steeringText,
                     column: parts.labelWords.first?.start)
            return
        }
        // A label line with amounts.
        if var row = current, !row.hasCells, continues(row, with: parts.label) {
            row.labelPieces.append(parts.label)
            attach(parts, to: &row)
            current = row
            blankSinceCurrent = false
            return
        }
        retireCurrent()
        var row = AssembledRow(firstLine: parts.line, lastLine: parts.line, block: block)
        row.labelPieces = [parts.label]
        row.labelColumn = parts.labelWords.first?.start
        if let first = parts.labelWords.first, parts.gapAfterLabel >= Self.columnGap {
            row.laidOutLabelColumn = first.start
        }
        attach(parts, to: &row)
        current = row
        blankSinceCurrent = false
    }

    /// Label words a number follows: "§ 84, stk. 2", "nr. 3".
    static let wordsBeforeANumber: Set<String> = ["stk.", "nr.", "§", "kap.", "pkt."]

    /// The widest gap a label keeps between its words in `-layout` text; a number further from the label than
    /// this stands in an amount column ("Indretning af samtalerum            300"), not in the label.
    static let columnGap = 4

    private func standsInItsOwnColumn(_ parts: TableLineParts) -> Bool {
        parts.gapAfterLabel >= Self.columnGap
    }

    private func continues(_ row: AssembledRow, with label: String) -> Bool {
        let rowLabel = row.labelPieces.last ?? ""
        if rowLabel.hasSuffix("-") { return true }
        if let first = label.first, first.isLowercase || first == "(" || first == ")" { return true }
        return !blankSinceCurrent
    }

    private mutating func addLabel(
        _ label: String, line: Int, steering: SteeringArea?, steeringText: String? = nil, column: Int? = nil
    ) {
        if var row = current {
            let startsLower = label.first.map { $0.isLowercase || $0.isNumber || $0 == "(" || $0 == ")" } ?? false
            let endsHyphen = (row.labelPieces.last ?? "").hasSuffix("-")
            let underItsLabel = column != nil && column == row.laidOutLabelColumn && steering == nil && !blankSinceCurrent
            let joins = row.hasCells ? (endsHyphen || startsLower || underItsLabel) : (endsHyphen || startsLower || !blankSinceCurrent)
            if joins {
                row.labelPieces.append(label)
                row.lastLine = line
                if row.steering == nil, let steering {
                    row.steering = steering
                    row.steeringText = steeringText
                    row.steeringLine = line
                }
                current = row
                blankSinceCurrent = false
                return
            }
        }
        retireCurrent()
        var row = AssembledRow(firstLine: line, lastLine: line, block: block)
        row.labelPieces = [label]
        row.steering = steering
        row.steeringText = steeringText
        row.steeringLine = steering == nil ? nil : line
        current = row
        blankSinceCurrent = false
    }

    private mutating func addAmounts(_ parts: TableLineParts) {
        if var row = current {
            if !row.hasCells {
                attach(parts, to: &row)
                current = row
                blankSinceCurrent = false
                return
            }
            // A second steering word: these amounts belong to a row still waiting for its own.
            if parts.steering != nil, row.steering != nil, !waiting.isEmpty {
                var early = waiting.removeFirst()
                attach(parts, to: &early)
                rows.append(early)
                return
            }
            if parts.steering == nil || row.steering == nil {
                row.cells.append(contentsOf: parts.cells)
                if row.steering == nil, let steering = parts.steering {
                    row.steering = steering
                    row.steeringText = parts.steeringText
                    row.steeringLine = parts.line
                }
                row.lastLine = parts.line
                current = row
                blankSinceCurrent = false
                return
            }
        }
        retireCurrent()
        var row = AssembledRow(firstLine: parts.line, lastLine: parts.line, block: block)
        attach(parts, to: &row)
        current = row
        blankSinceCurrent = false
    }

    private func attach(_ parts: TableLineParts, to row: inout AssembledRow) {
        row.cells.append(contentsOf: parts.cells)
        if row.steering == nil, let steering = parts.steering {
            row.steering = steering
            row.steeringText = parts.steeringText
            row.steeringLine = parts.line
        }
        row.lastLine = max(row.lastLine, parts.line)
    }

    /// ".520" after a line ending in "2": one number, split by the layout.
    private mutating func joinFragments(_ fragments: [String], line: Int) {
        guard var row = current else { return }
        for fragment in fragments {
            guard let last = row.cells.last, last.suspicion == nil, last.text.count <= 4,
                  last.text.allSatisfy({ $0.isNumber || $0 == "-" }),
                  let tail = Amount(fragment.dropFirst()) else { continue }
            var merged = last
            let (scaled, overflow) = last.value.magnitude.multipliedReportingOverflow(by: 1000)
            guard !overflow, scaled <= UInt64(AmountCellReader.maxThousands) else { continue }
            let magnitude = Amount(scaled) + tail
            merged.value = last.value < 0 || last.text.hasPrefix("-") ? -magnitude : magnitude
            merged.text = last.text + fragment
            merged.suspicion = .splitAcrossLines
            row.cells[row.cells.count - 1] = merged
            row.splitNumbers.append((line: line, text: last.text + "' and '" + fragment))
        }
        current = row
    }

    /// Moves the current row out of the way of a new one: a row without amounts waits for them.
    private mutating func retireCurrent() {
        guard let row = current else { return }
        if row.hasCells { rows.append(row) } else { waiting.append(row) }
        current = nil
        blankSinceCurrent = false
    }
}
