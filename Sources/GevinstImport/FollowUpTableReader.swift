import GevinstCore

/// Reads a follow-up status table (*opfølgning*) as in 002 "Bilag 8": one tab-separated table per area (or a
/// markdown pipe table, `PipeTableText`), each
/// under a heading ("### Borgere med Handicap") and with a header row naming the twelve columns
/// (DOMAIN.md §6). Every row becomes a `FollowUpRow` with its line; amounts printed in 1.000 kr. are kroner.
///
/// Columns are matched by header text, so a reordered table reads right and a missing column is reported at
/// the header's line. A row that cannot be read in full (a missing cell, a word where an amount belongs, an
/// unknown status) is still kept, with a finding for what could not be read.
public enum FollowUpTableReader: DocumentReader {
    public static let formatName = "follow-up"
    public static let kind: ImportedDocument.Kind = .followUp

    /// 95 when a line names at least six of the twelve columns; 50 when there is no header but several rows
    /// start with a budget year and carry a known status text; 0 otherwise.
    public static func confidence(_ document: TextDocument) -> Int {
        if let tabbed = tabSeparated(document) { return confidence(tabbed.document) }
        var headerlessRows = 0
        var score = 0
        document.scanLines { index, bytes in
            // Only lines with at least five tabs (six cells) can be a header or a row.
            guard bytes.count < 4_000, bytes.count(of: 0x09, upTo: FollowUpHeader.minimumColumns - 1) == FollowUpHeader.minimumColumns - 1 else {
                return true
            }
            let maybeHeader = FollowUpHeader.mayBeHeader(bytes)
            guard maybeHeader || FollowUpTableReader.startsWithYear(bytes) else { return true }
            let cells = document.lines[index].tabCells
            if maybeHeader, FollowUpHeader(cells: cells, line: 0) != nil {
                score = 95
                return false
            }
            if FollowUpTableReader.looksLikeRow(cells),
               cells.contains(where: { FollowUpStatus(printed: String($0.trimmedBytes)) != nil }) {
                headerlessRows += 1
                if headerlessRows >= 3 { score = 50 }
            }
            return true
        }
        return score
    }

    public static func read(_ document: TextDocument) -> ImportedDocument {
        read(document, codes: .copenhagenSocial)
    }

    /// Reads with a given code convention (the area letters a municipality uses).
    public static func read(_ document: TextDocument, codes: ProposalCodeConvention) -> ImportedDocument {
        let rewritten = tabSeparated(document)
        var document = rewritten?.document ?? document
        var state = FollowUpReadState()
        state.findings += rewritten?.findings ?? []
        if let english = EnglishFigures.danishTables(document) {
            document = english.document
            state.findings.append(english.note)
        }
        let lines = document.lines
        var index = 0
        while index < lines.count {
            let line = lines[index]
            // A row whose quoted cell holds line breaks (a sheet saved as text) goes on over the next lines.
            if line.containsByte(0x09), line.containsByte(0x22), let joined = Self.quotedRow(lines, from: index) {
                state.take(Substring(joined.text), number: index + 1)
                index = joined.next
                continue
            }
            state.take(line, number: index + 1)
            index += 1
        }
        state.finish()
        return Self.document(
            file: document.file, rows: state.rows, findings: state.findings, codes: codes,
            noRows: "no line holds a row of the table (a budget year followed by tab-separated cells)")
    }

    /// The table as tab-separated text when it stands as pipe rows (`PipeTableText`) or in a PDF's column layout
    /// (`LayoutFollowUpText`), with a warning for the layout's rows that could not be read; nil when it needs no
    /// rewriting.
    static func tabSeparated(_ document: TextDocument) -> (document: TextDocument, findings: [Finding])? {
        if let piped = PipeTableText.asTabSeparated(document) { return (piped, []) }
        guard let laid = LayoutFollowUpText.asTabSeparated(document) else { return nil }
        guard let first = laid.unreadRows.first else { return (laid.document, []) }
        let count = laid.unreadRows.count
        let listed = laid.unreadRows.prefix(6).map(String.init).joined(separator: ", ") + (count > 6 ? ", …" : "")
        return (laid.document, [Finding(
            rule: "read.layout-rows-unread", severity: .warning, proposal: nil, line: first,
            message: "\(count == 1 ? "1 line looks" : "\(count) lines look") like rows of the table laid out in columns (lines \(listed)), but their page is laid out too far off the header's columns to tell its cells apart; they are not read: the sheet the table was made from (.xlsx, .csv or its text) reads whole")])
    }

    /// The most lines one row's quoted cells may span.
    static let maxQuotedRowLines = 40

    /// The row opening at `from` whose quoted cell closes on a later line: its lines joined by line breaks, and
    /// the line after it. Nil when no line within `maxQuotedRowLines` closes it (a stray quote), so that the line
    /// is read on its own. Each line is scanned once while the row is followed, and the joined row split once.
    static func quotedRow(_ lines: TextLines, from start: Int) -> (text: String, next: Int)? {
        guard QuotedTabCells.endsInsideQuotes(lines[start], startingInside: false) else { return nil }
        var index = start + 1
        while index < lines.count && index - start < maxQuotedRowLines {
            let inside = QuotedTabCells.endsInsideQuotes(lines[index], startingInside: true)
            index += 1
            guard !inside else { continue }
            let text = lines[start..<index].joined(separator: "\n")
            if case .cells = QuotedTabCells.split(Substring(text)) { return (text, index) }
            return nil
        }
        return nil
    }

    /// The follow-up document of `rows` read from a text table or a workbook, with the reader's `findings` and the
    /// table checks' (signs, rows counted twice, mistyped codes); `noRows` says why nothing was found (nil where the
    /// reader's findings say it already).
    static func document(file: String, rows: [FollowUpRow], findings: [Finding], codes: ProposalCodeConvention, noRows: String?) -> ImportedDocument {
        var findings = findings
        findings += FollowUpChecks.signs(rows)
        findings += FollowUpChecks.duplicates(rows)
        findings += FollowUpChecks.codes(rows, convention: codes)
        if rows.isEmpty, let noRows {
            findings.append(Finding(
                rule: "read.no-rows", severity: .error, proposal: nil, line: nil,
                message: "no follow-up rows found: \(noRows)"))
        }
        return ImportedDocument(file: file, kind: .followUp, followUps: rows, findings: findings.sortedByLine())
    }

    /// True when the bytes start with four digits and a tab, as a row's budget year does (spaces before allowed).
    static func startsWithYear(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let text = bytes.afterLeadingSpaces
        guard text.count >= 5 else { return false }
        return (0..<4).allSatisfy { text[$0] &- 0x30 < 10 } && (text[4] == 0x09 || text[4] == 0x20)
    }

    /// A tab-separated line that starts with a budget year and has most of the twelve cells.
    static func looksLikeRow(_ cells: [Substring]) -> Bool {
        guard cells.count >= FollowUpHeader.minimumColumns, let first = cells.first else { return false }
        return fourDigitYear(first.trimmedBytes) != nil
    }
}

/// The reader's progress through the lines: the open table, the area heading, the period.
struct FollowUpReadState {
    var rows: [FollowUpRow] = []
    var findings: [Finding] = []
    /// The open table's header; nil outside a table.
    var header: FollowUpHeader?
    /// The last header seen, used for rows of a table that lost its header row.
    var lastHeader: FollowUpHeader?
    /// The latest markdown heading, or a short line that may be a heading in plain text.
    var lastHeading: (text: String, line: Int)?
    /// A short line of plain text under an open table: the next table's area if a header row follows it.
    var pendingHeading: (text: String, line: Int)?
    var area: String = ""
    /// The period stated by a document heading ("…; December 2024").
    var documentPeriod: String?
    /// True once rows without a header have been reported for the current run of such rows.
    var headerlessRunReported = false
    /// Rows that end before text cells most rows leave empty (see `oftenBlankColumns`), and those columns.
    var trimmedRows: [Int] = []
    var trimmedColumns: [FollowUpColumn] = []

    /// The columns most rows of seed 002 leave empty: a row without them lost nothing a reader can tell.
    static let oftenBlankColumns: Set<FollowUpColumn> = [.remark, .handling, .consequence]

    /// One note for the rows `trimmedRows` holds.
    mutating func finish() {
        guard let first = trimmedRows.first else { return }
        let names = trimmedColumns.map { "\"\($0.danishName)\"" }.joined(separator: ", ")
        let rows = trimmedRows.count == 1 ? "1 row ends" : "\(trimmedRows.count) rows end"
        findings.append(Finding(
            rule: "read.trailing-cells-dropped", severity: .info, proposal: nil, line: first,
            message: "\(rows) before the cells of \(names), as a text export does that drops the empty cells at a row's end; they are read as blank (lines \(trimmedRows.prefix(5).map(String.init).joined(separator: ", "))\(trimmedRows.count > 5 ? ", …" : ""))"))
    }

    mutating func take(_ line: Substring, number: Int) {
        if line.isBlankText { return }
        guard line.containsByte(0x09) else {
            takeText(line.trimmedBytes, number: number)
            return
        }
        let cells = line.containsByte(0x22) ? QuotedTabCells.cells(line) : line.tabCells
        if !FollowUpTableReader.looksLikeRow(cells), FollowUpHeader.mayBeHeader(line), let newHeader = FollowUpHeader(cells: cells, line: number) {
            openTable(newHeader)
            return
        }
        if cells.allSatisfy({ $0.isBlankText }) { return }
        // A sheet saved as text writes a caption or a note with the empty tabs of the other columns
        // ("Udsatte voksne\t\t\t…"): text, which may be the next table's area, not a row.
        if let first = cells.first, fourDigitYear(first.trimmedBytes) == nil,
           !first.isBlankText, cells.dropFirst().allSatisfy({ $0.isBlankText }) {
            takeText(first.trimmedBytes, number: number, evenInTable: true)
            return
        }
        if let active = header {
            readRow(cells, header: active, line: number)
        } else if FollowUpTableReader.looksLikeRow(cells) {
            let fallback = lastHeader ?? FollowUpHeader.standard(line: number)
            if !headerlessRunReported {
                headerlessRunReported = true
                let how = lastHeader.map { "read with the columns of the header at line \($0.line)" }
                    ?? "read in the standard column order (\(FollowUpColumn.allCases.map(\.danishName).joined(separator: " | ")))"
                findings.append(Finding(
                    rule: "read.missing-header", severity: .warning, proposal: nil, line: number,
                    message: "rows from this line have no header row naming their columns; \(how)"))
            }
            if area.isEmpty, let heading = lastHeading { area = heading.text }
            readRow(cells, header: fallback, line: number)
        }
    }

    /// `evenInTable`: a short line may be a heading even while a table is open (a caption between two tables of
    /// a sheet saved as text, where no blank line ends the first).
    private mutating func takeText(_ text: Substring, number: Int, evenInTable: Bool = false) {
        if text.hasPrefix("#") {
            let heading = MarkdownInline.clean(text.drop { $0 == "#" }.trimmedText)
            lastHeading = (heading, number)
            header = nil
            area = heading
            headerlessRunReported = false
            if documentPeriod == nil, let period = PeriodText.monthAndYear(in: heading) { documentPeriod = period }
        } else if text.utf8.count <= 320, text.count <= 80, !text.hasSuffix("."), text.contains(where: \.isLetter) {
            // Plain text without markdown: a short line before a table may be its area heading. Under an open
            // table it is one only if a header row follows (a text export keeps no "###" and no end of table).
            let heading = MarkdownInline.clean(text)
            if header == nil || evenInTable { lastHeading = (heading, number) } else { pendingHeading = (heading, number) }
        }
    }

    private mutating func openTable(_ newHeader: FollowUpHeader) {
        if let pending = pendingHeading, pending.line > (lastHeading?.line ?? 0) { lastHeading = pending }
        pendingHeading = nil
        let previous = lastHeader
        header = newHeader
        lastHeader = newHeader
        headerlessRunReported = false
        area = lastHeading?.text ?? ""
        let missing = newHeader.missingColumns
        if !missing.isEmpty {
            findings.append(Finding(
                rule: "read.missing-column", severity: .warning, proposal: nil, line: newHeader.line,
                message: "the table under \"\(area)\" has no column \(missing.map { "\"\($0.danishName)\"" }.joined(separator: ", ")); those fields are left blank for its rows"))
        }
        // A header repeated on each page of a PDF's table names the same unknown columns: told once.
        let toldBefore = Set(previous?.unknownCells.map(\.text) ?? [])
        for cell in newHeader.unknownCells where !toldBefore.contains(cell.text) {
            findings.append(Finding(
                rule: "read.unknown-column", severity: .info, proposal: nil, line: newHeader.line,
                message: "column \(cell.index + 1) \"\(cell.text.prefix(80))\" is not one of the follow-up columns and is not read"))
        }
    }

    private mutating func readRow(_ cells: [Substring], header: FollowUpHeader, line: Int) {
        let row = FollowUpRowParser(cells: cells, header: header, line: line, area: area, documentPeriod: documentPeriod)
        rows.append(row.row)
        findings += row.findings
        if !row.trimmedColumns.isEmpty {
            trimmedRows.append(line)
            for column in row.trimmedColumns where !trimmedColumns.contains(column) { trimmedColumns.append(column) }
        }
    }
}

/// Reads one row's cells under a header into a `FollowUpRow`, noting every cell it cannot read.
struct FollowUpRowParser {
    private(set) var row: FollowUpRow
    private(set) var findings: [Finding] = []
    /// The often-blank columns a short row ends before (`FollowUpReadState.oftenBlankColumns`), told by the state.
    private(set) var trimmedColumns: [FollowUpColumn] = []

    init(cells: [Substring], header: FollowUpHeader, line: Int, area: String, documentPeriod: String?) {
        func cell(_ column: FollowUpColumn) -> Substring? {
            guard let index = header.index[column], index < cells.count else { return nil }
            return cells[index].trimmedBytes
        }
        let split: (code: ProposalCode?, title: String) = cell(.title).map { ProposalCode.split(title: $0) } ?? (nil, "")
        let name = split.code?.description ?? String(split.title.prefix(60))
        let typeText = String(cell(.type) ?? "")
        let statusText = String(cell(.status) ?? "")
        row = FollowUpRow(
            adoptedBudgetYear: nil, code: split.code?.description, title: split.title, typeText: typeText,
            type: FollowUpRowParser.proposalType(typeText), area: area, status: statusText,
            remark: String(cell(.remark) ?? ""), totalInvestment: nil, efficiencyAtFullPhaseIn: nil,
            efficiencyPriceLevelYear: header.efficiencyPriceLevelYear, fullImplementationYear: nil,
            handling: String(cell(.handling) ?? ""), earlierCompensatingAction: nil, requiresApprovalByOEUAndBR: nil,
            consequence: String(cell(.consequence) ?? ""), period: header.period ?? documentPeriod, line: line,
            recognisedStatus: FollowUpStatus(printed: statusText))

        func note(_ rule: RuleID, _ message: String) {
            findings.append(Finding(rule: rule, severity: .warning, proposal: name, line: line, message: message))
        }

        if cells.count < header.cellCount,
           case let lost = header.index.filter({ $0.value >= cells.count }).map(\.key),
           !lost.isEmpty, lost.allSatisfy(FollowUpReadState.oftenBlankColumns.contains) {
            // Only text cells that most rows leave empty are missing: a text export that drops a row's empty
            // cells at its end (many editors and converters do). Told once for the document, not once a row.
            trimmedColumns = FollowUpColumn.allCases.filter(lost.contains)
        } else if cells.count < header.cellCount {
            let lost = header.index.filter { $0.value >= cells.count }.sorted { $0.value < $1.value }.map(\.key.danishName)
            note("read.short-row", "the row has \(cells.count) of the \(header.cellCount) cells of its header (line \(header.line))"
                + (lost.isEmpty ? "" : "; \(lost.map { "\"\($0)\"" }.joined(separator: ", ")) read as blank"))
        } else if cells.count > header.cellCount, cells[header.cellCount...].contains(where: { !$0.isBlankText }) {
            note("read.extra-cells", "the row has \(cells.count) cells where its header (line \(header.line)) has \(header.cellCount); the cells beyond are not read")
        }

        if let text = cell(.adoptedBudgetYear) {
            if let year = fourDigitYear(text) { row.adoptedBudgetYear = year }
            else { note("read.bad-year", text.isEmpty ? "no adopted budget year" : "adopted budget year \"\(text.prefix(40))\" is not a year") }
        }
        if let text = cell(.fullImplementationYear), !text.isEmpty {
            if let year = fourDigitYear(text) { row.fullImplementationYear = year }
            else { note("read.bad-year", "year of full implementation \"\(text.prefix(40))\" is not a year") }
        }
        if !statusText.isEmpty || header.index[.status] != nil, row.recognisedStatus == nil {
            note("read.unknown-status", statusText.isEmpty
                ? "no status"
                : "status \"\(statusText.prefix(120))\" is none of the five status texts (\(FollowUpStatus.allCases.map(\.rawValue).joined(separator: " / ")))")
        }
        if !typeText.isEmpty && row.type == nil {
            findings.append(Finding(
                rule: "read.unknown-type", severity: .info, proposal: name, line: line,
                message: "proposal type \"\(typeText.prefix(60))\" is not Investerings-, Effektiviserings- or Innovationsforslag"))
        }
        row.totalInvestment = amount(cell(.totalInvestment), unit: header.investmentUnit, column: .totalInvestment, note: note)
        row.efficiencyAtFullPhaseIn = amount(cell(.efficiency), unit: header.efficiencyUnit, column: .efficiency, note: note)
        row.earlierCompensatingAction = yesNo(cell(.earlierCompensatingAction), column: .earlierCompensatingAction, note: note)
        row.requiresApprovalByOEUAndBR = yesNo(cell(.requiresApproval), column: .requiresApproval, note: note)
    }

    private func amount(
        _ text: Substring?, unit: AmountUnit, column: FollowUpColumn, note: (RuleID, String) -> Void
    ) -> Amount? {
        guard let text, !text.isEmpty else { return nil }
        switch DanishDecimal.kroner(text, in: unit) {
        case .success(let kroner):
            return kroner
        case .failure(.notANumber):
            note("read.bad-amount", "\"\(column.danishName)\" is \"\(text.prefix(40))\", not an amount in \(unit.label)")
        case .failure(.fractionOfAKrone):
            note("read.bad-amount", "\"\(column.danishName)\" \(text.prefix(40)) \(unit.label) is not a whole number of kroner")
        case .failure(.outOfRange):
            note("read.bad-amount", "\"\(column.danishName)\" \(text.prefix(40)) \(unit.label) is beyond any municipal amount")
        }
        return nil
    }

    private func yesNo(_ text: Substring?, column: FollowUpColumn, note: (RuleID, String) -> Void) -> Bool? {
        guard let text, !text.isEmpty else { return nil }
        let word = text.lowercased().filter(\.isLetter)
        if word == "ja" { return true }
        if word == "nej" { return false }
        note("read.bad-yes-no", "\"\(column.danishName)\" is \"\(text.prefix(40))\", not Ja or Nej")
        return nil
    }

    /// The proposal type a type cell names; spelling slips such as "Investeringforslag" (002) still count.
    static func proposalType(_ text: String) -> ProposalType? {
        let lower = text.lowercased()
        if lower.hasPrefix("invest") { return .investment }
        if lower.hasPrefix("effektiv") { return .efficiency }
        if lower.hasPrefix("innovation") { return .innovation }
        return nil
    }
}

extension Array where Element == Finding {
    /// Findings in the order of their lines (findings without a line first), keeping the order of equal lines.
    func sortedByLine() -> [Finding] {
        enumerated().sorted { left, right in
            let a = left.element.line ?? 0
            let b = right.element.line ?? 0
            return a != b ? a < b : left.offset < right.offset
        }.map(\.element)
    }
}
