import GevinstCore

/// Reads a strategy or action plan with estimated effects per year, as in 004 (PDF text; DOMAIN.md §7):
/// tables headed "Mio. kr. 2019 2020 2021 2022", numbered initiative rows ("1 § 108 / § 105 2,0 2,5 3,0 3,0"),
/// an "I alt" row, sub-tables per legal section, footnotes ("11: … tælles ikke med i den samlede sum") and
/// labels wrapped over several lines with their amounts on a line of their own.
///
/// Amounts become exact kroner ("0,75" mio. kr. is 750 000 kr.). The plan's own sign is kept. A row printed
/// after its table's "I alt", or whose footnote says it is not counted, is outside the total. A printed
/// "I alt" that differs from its rows is a `total.plan-total-mismatch` finding.
public enum StrategyPlanReader: DocumentReader {
    public static let formatName = "plan"
    public static let kind: ImportedDocument.Kind = .plan

    /// Based on the table headers a plan has ("Mio. kr. 2019 2020 …"): 85 with a header in millions, 70
    /// with one in another unit, +10 with an "I alt" row. When the document has the "Tabel 1" or the title label
    /// ("Forslagets titel") of proposals, whose tables a proposal reader reads better, at most 20; or 40 when a
    /// header is followed by a numbered initiative row, as a plan's is and a proposal's is not: a plan appended
    /// to proposals, which a proposal reader takes and `read.unread-part` then names.
    public static func confidence(_ document: TextDocument) -> Int {
        var headers = 0
        var headersOverInitiatives = 0
        var millions = false
        var totals = false
        var proposalTables = 0
        func take(_ header: PlanTableHeader, at index: Int) {
            headers += 1
            if header.unit == .millions { millions = true }
            if initiativeFollows(index, columns: header.years.count, in: document.lines) { headersOverInitiatives += 1 }
        }
        document.scanLines { index, bytes in
            guard bytes.count < 300 else { return true }
            let text = bytes.afterLeadingSpaces
            if TableVocabulary.tableNumber(bytes: text) == 1 {
                proposalTables += 1
            } else if text.mayHoldUnitAndYears, let header = PlanTableHeader(document.lines[index].words, line: 0) {
                take(header, at: index)
            } else if text.endsWithTwoYears, !text.contains(0x09), let unit = PlanTableHeader.unitAbove(index, in: document.lines),
                      let header = PlanTableHeader(document.lines[index].words, line: 0, unitAbove: unit) {
                take(header, at: index)
            } else if headers > 0, text.starts(with: "I alt"),
                      case .total = PlanLine.classify(document.lines[index].words, columns: 4) {
                totals = true
            }
            return true
        }
        guard headers > 0 else { return 0 }
        let score = (millions ? 85 : 70) + (totals ? 10 : 0)
        // A catalogue's proposals have their title label where their tables have no "Tabel 1" line (003).
        guard proposalTables > 0 || holdsProposalTitles(document) else { return score }
        return min(score, headersOverInitiatives > 0 ? 40 : 20)
    }

    /// Whether the document holds the label "Forslagets titel" of a catalogue's proposals.
    static func holdsProposalTitles(_ document: TextDocument) -> Bool {
        MarkdownCatalogueReader.hasTitleLabel(document.lines.text[...])
    }

    /// Whether the first line with words below line `index` (0-based) is a numbered initiative row with its
    /// amounts ("1 § 108 / § 105 2,0 2,5 3,0 3,0").
    static func initiativeFollows(_ index: Int, columns: Int, in lines: TextLines) -> Bool {
        for below in (index + 1)..<min(index + 4, lines.count) {
            let words = lines[below].words
            if words.isEmpty { continue }
            if case .numbered(_, _, let amounts) = PlanLine.classify(words, columns: columns) { return !amounts.isEmpty }
            return false
        }
        return false
    }

    public static func read(_ document: TextDocument) -> ImportedDocument {
        var state = PlanReadState()
        // An English-language export prints "0.75" where the plan prints "0,75": its figures are read with the
        // marks exchanged, and a note says so.
        let figures = EnglishFigures.judge(lineEnds: document.lines)
        if figures.isEnglish {
            state.readsEnglishFigures = true
            state.findings.append(figures.finding())
        }
        for (offset, line) in document.lines.enumerated() {
            state.take(line, number: offset + 1, lines: document.lines)
        }
        state.finish()
        let plan = state.plan(fallbackTitle: document.file)
        var findings = state.findings
        for (table, unit) in zip(plan.tables, state.units) { findings += PlanChecks.total(of: table, unit: unit) }
        findings += PlanChecks.repeats(plan.tables)
        if plan.tables.isEmpty {
            findings.append(Finding(
                rule: "read.no-tables", severity: .error, proposal: nil, line: nil,
                message: "no plan table found: no line holds a unit and years such as \"Mio. kr. 2019 2020 2021 2022\" followed by rows"))
        }
        return ImportedDocument(
            file: document.file, kind: .plan, plans: plan.tables.isEmpty ? [] : [plan], findings: findings.sortedByLine())
    }
}

/// A table being read.
struct PlanTableBuilder {
    var header: PlanTableHeader
    var title: String
    var rows: [StrategyPlan.Row] = []
    var total: StrategyPlan.Row?
    /// The line the table starts at (its header, or its first row when the header is missing).
    var line: Int
    /// True once rows beyond `AmountLimits.maxLines` have been reported.
    var overflowReported = false

    var table: StrategyPlan.Table {
        StrategyPlan.Table(title: title, years: header.years, rows: rows, printedTotal: total, line: line)
    }
}

/// A numbered row whose amounts have not come yet: its label wraps over the next lines.
struct PendingPlanRow {
    var number: String
    var lines: [Substring]
    var line: Int
}

/// The reader's progress through the lines.
struct PlanReadState {
    var tables: [PlanTableBuilder] = []
    var open: PlanTableBuilder?
    var pending: PendingPlanRow?
    var footnotes: [StrategyPlan.Footnote] = []
    var openFootnote: (marker: String, lines: [Substring], line: Int)?
    /// Just after a table, where "N: text" lines are its footnotes.
    var footnoteZone = false
    var paragraph: [Substring] = []
    var previousParagraph: [Substring] = []
    var title: String?
    var findings: [Finding] = []
    var lastHeader: PlanTableHeader?
    var rowNumbers: Set<String> = []
    var headerlessReported = false
    /// True when the document's figures are written the English way ("0.75"; `EnglishFigures`).
    var readsEnglishFigures = false

    /// Lines a wrapped label may take before its amounts must come.
    static let maxWrappedLines = 4

    /// `lines`, the document's lines, for a unit printed above a header of years.
    mutating func take(_ line: Substring, number: Int, lines: TextLines? = nil) {
        let words = readsEnglishFigures ? line.words.map(EnglishFigures.danish) : line.words
        if words.isEmpty {
            closeFootnote()
            endParagraph()
            return
        }
        // A plan is PDF text: a tab-separated table (a catalogue's) is none of its headers. The unit a line above
        // names is looked for only above a line that ends in years.
        let unitAbove = line.endsWithTwoYears && !line.containsByte(0x09) && !line.mayHoldUnitAndYears
            ? lines.flatMap { PlanTableHeader.unitAbove(number - 1, in: $0) } : nil
        if line.mayHoldUnitAndYears || unitAbove != nil,
           let header = PlanTableHeader(words, line: number) ?? unitAbove.flatMap({ PlanTableHeader(words, line: number, unitAbove: $0) }) {
            closeTable()
            closeFootnote()
            let titleLines = paragraph.isEmpty ? previousParagraph : paragraph
            paragraph = []
            previousParagraph = []
            open = PlanTableBuilder(header: header, title: PlanText.title(titleLines), line: number)
            lastHeader = header
            return
        }
        if let table = open {
            takeInTable(line, words: words, number: number, columns: table.header.years.count)
            return
        }
        let kind = PlanLine.classify(words, columns: lastHeader?.years.count ?? 0)
        if case .footnote(let marker, _) = kind, footnoteZone || openFootnote != nil, rowNumbers.contains(marker) {
            startFootnote(marker: marker, line: line, number: number)
            return
        }
        if let note = openFootnote {
            // A footnote runs on until a blank line; in PDF text without blank lines, until its sentence ends.
            if let last = note.lines.last?.trimmedBytes.last, ".!?".contains(last) {
                closeFootnote()
            } else {
                openFootnote?.lines.append(line)
                return
            }
        }
        if case .numbered(_, _, let amounts) = kind, amounts.count >= 2, amounts.allSatisfy({ $0.containsByte(0x2C) }) {
            takeHeaderlessRow(line, words: words, number: number, amounts: amounts.count)
            return
        }
        prose(line)
    }

    private mutating func takeInTable(_ line: Substring, words: [Substring], number: Int, columns: Int) {
        let kind = PlanLine.classify(words, columns: columns)
        if var waiting = pending {
            switch kind {
            case .amountsOnly(let amounts):
                pending = nil
                addRow(number: waiting.number, label: PlanText.joinWrapped(waiting.lines), amounts: amounts, line: waiting.line)
                return
            case .other where waiting.lines.count < PlanReadState.maxWrappedLines:
                waiting.lines.append(line)
                pending = waiting
                return
            default:
                pending = nil
                noteRowWithoutAmounts(waiting)
            }
        }
        switch kind {
        case .numbered(let rowNumber, let label, let amounts):
            if amounts.isEmpty {
                pending = PendingPlanRow(number: rowNumber, lines: [Substring(label)], line: number)
            } else {
                addRow(number: rowNumber, label: label, amounts: amounts, line: number)
            }
        case .unnumbered(let label, let amounts):
            addRow(number: nil, label: label, amounts: amounts, line: number)
        case .total(let label, let amounts):
            addTotal(label: label, amounts: amounts, line: number)
        case .footnote(let marker, _):
            closeTable()
            startFootnote(marker: marker, line: line, number: number)
        case .amountsOnly(let amounts):
            // A lone number is a page number inside the table; a full line of amounts has lost its label.
            if amounts.count > 1 {
                findings.append(Finding(
                    rule: "read.amounts-without-label", severity: .warning, proposal: open?.title, line: number,
                    message: "a line of \(amounts.count) amounts with no row number or label; not read"))
            }
        case .other:
            closeTable()
            prose(line)
        }
    }

    /// A row outside any table: the year header is missing. With an earlier header of as many years its years
    /// are assumed (and said so); otherwise the row cannot be placed.
    private mutating func takeHeaderlessRow(_ line: Substring, words: [Substring], number: Int, amounts: Int) {
        if let previous = lastHeader, previous.years.count == amounts {
            let assumed = PlanTableHeader(previous, line: number)
            findings.append(Finding(
                rule: "read.missing-year-header", severity: .warning, proposal: nil, line: number,
                message: "the table from this line has no header with its unit and years; the \(assumed.unit.label) and years \(assumed.years.first ?? 0)–\(assumed.years.last ?? 0) of the table at line \(previous.line) are assumed"))
            let titleLines = paragraph.isEmpty ? previousParagraph : paragraph
            paragraph = []
            previousParagraph = []
            open = PlanTableBuilder(header: assumed, title: PlanText.title(titleLines), line: number)
            takeInTable(line, words: words, number: number, columns: amounts)
            return
        }
        if !headerlessReported {
            headerlessReported = true
            findings.append(Finding(
                rule: "read.missing-year-header", severity: .warning, proposal: nil, line: number,
                message: "a row with \(amounts) amounts but no table header stating their unit and years (such as \"Mio. kr. 2019 2020 2021 2022\"); rows until the next header are not read"))
        }
    }

    private mutating func addRow(number: String?, label: String, amounts: [Substring], line: Int) {
        guard var table = open else { return }
        let name = [number, label].compactMap { $0 }.joined(separator: " ")
        guard table.rows.count < AmountLimits.maxLines else {
            if !table.overflowReported {
                table.overflowReported = true
                findings.append(Finding(
                    rule: "read.too-many-rows", severity: .warning, proposal: table.title, line: line,
                    message: "the table has more than \(AmountLimits.maxLines) rows; the rest are not read"))
                open = table
            }
            return
        }
        let placed = place(amounts, header: table.header, line: line, name: name)
        if let number { rowNumbers.insert(number) }
        // A row printed after the table's "I alt" is outside the total (004 line 142, footnote 11).
        table.rows.append(StrategyPlan.Row(
            number: number, label: label, amounts: placed, countsInTotal: table.total == nil, line: line))
        open = table
        previousParagraph = []
    }

    private mutating func addTotal(label: String, amounts: [Substring], line: Int) {
        guard var table = open else { return }
        if table.total != nil {
            findings.append(Finding(
                rule: "read.second-total", severity: .info, proposal: table.title, line: line,
                message: "a second \"\(label)\" row in one table; only the first (line \(table.total?.line ?? 0)) is compared with the rows"))
            return
        }
        table.total = StrategyPlan.Row(
            number: nil, label: label, amounts: place(amounts, header: table.header, line: line, name: label), line: line)
        open = table
    }

    /// The amounts in kroner by year. Fewer amounts than years are placed in the last years (a plan's empty
    /// cells are the years before an initiative starts), with a finding, since PDF text drops empty cells.
    private mutating func place(_ amounts: [Substring], header: PlanTableHeader, line: Int, name: String) -> [Int: Amount] {
        let years = header.years
        let used = Array(amounts.suffix(years.count))
        let offset = years.count - used.count
        if offset > 0 {
            findings.append(Finding(
                rule: "extraction.amount-placement", severity: .warning, proposal: name, line: line,
                message: "\(used.count) amounts for the \(years.count) years \(years.first ?? 0)–\(years.last ?? 0); placed in the last \(used.count) years since empty cells are dropped from PDF text — check against the document"))
        }
        var result: [Int: Amount] = [:]
        for (index, text) in used.enumerated() {
            let year = years[offset + index]
            switch DanishDecimal.kroner(text, in: header.unit) {
            case .success(let kroner):
                result[year] = kroner
            case .failure(let error):
                let why = error == .outOfRange ? "beyond any municipal amount" : "not a whole number of kroner"
                findings.append(Finding(
                    rule: "read.bad-amount", severity: .warning, proposal: name, line: line,
                    message: "\(year): \(text.prefix(40)) \(header.unit.label) is \(why); not read"))
            }
        }
        return result
    }

    private mutating func noteRowWithoutAmounts(_ row: PendingPlanRow) {
        findings.append(Finding(
            rule: "read.row-without-amounts", severity: .warning, proposal: "\(row.number) \(PlanText.joinWrapped(row.lines))",
            line: row.line, message: "initiative \(row.number) has no amounts (none on its line or the \(PlanReadState.maxWrappedLines) lines after it); not read"))
    }

    private mutating func startFootnote(marker: String, line: Substring, number: Int) {
        closeFootnote()
        openFootnote = (marker, [line], number)
        footnoteZone = true
    }

    private mutating func closeFootnote() {
        guard let note = openFootnote else { return }
        openFootnote = nil
        var text = PlanText.joinWrapped(note.lines)
        if let colon = text.firstIndex(of: ":") { text = String(text[text.index(after: colon)...].trimmedText) }
        footnotes.append(StrategyPlan.Footnote(marker: note.marker, text: text, line: note.line))
    }

    private mutating func closeTable() {
        if let waiting = pending {
            pending = nil
            noteRowWithoutAmounts(waiting)
        }
        guard let table = open else { return }
        open = nil
        tables.append(table)
        footnoteZone = true
        headerlessReported = false
    }

    private mutating func prose(_ line: Substring) {
        footnoteZone = false
        headerlessReported = false
        paragraph.append(line)
    }

    private mutating func endParagraph() {
        guard !paragraph.isEmpty else { return }
        if title == nil && tables.isEmpty && open == nil { title = PlanText.documentTitle(paragraph) }
        previousParagraph = paragraph
        paragraph = []
    }

    mutating func finish() {
        closeTable()
        closeFootnote()
        endParagraph()
    }

    /// The plan: rows outside the total are marked in every table, footnotes attached to their rows.
    func plan(fallbackTitle: String) -> StrategyPlan {
        var outside = Set(tables.flatMap { $0.rows.filter { !$0.countsInTotal }.compactMap(\.number) })
        for note in footnotes where PlanText.saysNotCounted(note.text) { outside.insert(note.marker) }
        let markers = Set(footnotes.map(\.marker))
        let built = tables.map { builder -> StrategyPlan.Table in
            var table = builder.table
            table.rows = table.rows.map { row in
                var row = row
                if let number = row.number {
                    if outside.contains(number) { row.countsInTotal = false }
                    if markers.contains(number) { row.footnotes = [number] }
                }
                return row
            }
            return table
        }
        return StrategyPlan(
            title: title ?? fallbackTitle, savingsSign: PlanText.savingsSign(built),
            unit: (tables.first?.header.unit ?? .millions).label, tables: built, footnotes: footnotes)
    }

    /// Each finished table's unit, in order.
    var units: [AmountUnit] { tables.map(\.header.unit) }
}

extension PlanTableHeader {
    /// A copy of `other`'s unit and years, assumed for a table at `line` that lost its own header.
    init(_ other: PlanTableHeader, line: Int) {
        self = other
        self.line = line
    }
}
