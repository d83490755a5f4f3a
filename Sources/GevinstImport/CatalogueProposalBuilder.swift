import GevinstCore

/// Builds one proposal from its span of the catalogue: header, Tabel 1 (the source of the lines), the detail
/// tables matched to the lines, the sections, and the findings only the text shows.
struct CatalogueProposalBuilder {
    var lines: [Substring]
    var span: CatalogueLayout.Span
    var file: String
    /// The catalogue's own type ("Investeringskatalog" → investment), for proposals that state none.
    var catalogueType: ProposalType?
    /// Years for a Tabel 1 without a row of years.
    var fallbackYears: ClosedRange<Int>?
    /// What a well-formed code looks like (the configured area letters).
    var convention: ProposalCodeConvention

    struct Result: Sendable {
        var proposal: Proposal
        var findings: [Finding]
        /// True when Tabel 1 named no years.
        var missingYearHeader: Bool
        /// The years Tabel 1 named.
        var tableYears: ClosedRange<Int>?
    }

    /// Words that mark a placeholder proposal (seed 000: "[Forslaget er fortsat under udarbejdelse]").
    static let placeholderPhrase = "fortsat under udarbejdelse"

    func build() -> Result {
        var findings: [Finding] = []
        let blocks = MarkdownBlock.split(lines, range: span.range)
        let firstLine = span.range.lowerBound + 1
        let lastLine = lastNonBlankLine()

        // Tabel 1 and where the header ends.
        let tableOneIndex = blocks.firstIndex { block in
            guard case let .table(table) = block else { return false }
            return Self.looksLikeTableOne(table)
        }
        let sectionStart = blocks.firstIndex { ProposalSectionParser.numberedHeading($0) != nil }
        var headerEndLine = span.range.upperBound
        if let index = [tableOneIndex, sectionStart].compactMap({ $0 }).min() { headerEndLine = blocks[index].line - 1 }
        let header = ProposalHeaderReader.read(lines, range: span.range.lowerBound..<max(span.range.lowerBound, headerEndLine))

        let (typeFromTitle, cleanTitle) = ProposalTitle.droppingTypePrefix(header.title ?? "")
        let title = cleanTitle.isEmpty ? fallbackTitle(blocks) : cleanTitle
        let name = header.code ?? (title.isEmpty ? "proposal at line \(firstLine)" : title)
        let isPlaceholder = span.range.contains { index in
            lines[index].containsBytes("udarbejdelse") && lines[index].fastLowercased().contains(Self.placeholderPhrase)
        }

        if header.title == nil && !isPlaceholder {
            findings.append(Finding(
                rule: "extraction.title-missing", severity: .warning, proposal: name, line: firstLine,
                message: title.isEmpty
                    ? "the proposal has no \"Forslagets titel\" line and no text to name it by"
                    : "the proposal has no \"Forslagets titel\" line; it is named by its first line of text, \"\(title)\""))
        }

        var tableOne = TableOneReading()
        var printedTables: [PrintedTable] = []
        if let index = tableOneIndex, case let .table(table) = blocks[index] {
            tableOne = TableOneReader.read(table, proposal: name, fallbackYears: fallbackYears)
            findings += tableOne.findings
            let titleLine = blocks[..<index].last { ($0.plainText.map(MarkdownInline.key) ?? "").containsBytes("tabel") }?.line
            printedTables += Self.tableOnePrinted(tableOne, line: titleLine ?? table.firstLine)
        } else if !isPlaceholder {
            findings.append(Finding(
                rule: "extraction.table-one-missing", severity: .warning, proposal: name, line: firstLine,
                message: "no Tabel 1 was found for this proposal, so it has no economic lines"))
        }
        let years = tableOne.years ?? fallbackYears ?? 0...0

        // Detail tables, matched to the lines.
        var economicLines = tableOne.lines.map(\.line)
        // The lines' label keys, worked out at the first detail table and shared by the rest.
        var lineKeys: [String]? = nil
        for (position, block) in blocks.enumerated() where position > (tableOneIndex ?? -1) {
            guard let title = block.plainText, let kind = DetailTableKind.classify(title: title),
                  position + 1 < blocks.count, case let .table(table) = blocks[position + 1] else { continue }
            let reading = DetailTableReader.read(
                table, kind: kind, title: title, titleLine: block.line, proposal: name, fallbackYears: tableOne.years ?? fallbackYears)
            findings += reading.findings
            printedTables += reading.printedTables
            let keys = lineKeys ?? DetailLineMatcher.labelKeys(of: economicLines)
            lineKeys = keys
            let (matches, unmatched) = DetailLineMatcher.match(reading.rows, kind: kind, lines: economicLines, lineKeys: keys)
            for match in matches {
                let row = reading.rows[match.row]
                for line in match.lines {
                    if let appropriation = row.appropriation { economicLines[line].appropriation = appropriation }
                    if row.innovationPool { economicLines[line].innovationPool = true }
                }
            }
            for index in unmatched {
                let row = reading.rows[index].row
                findings.append(Finding(
                    rule: "extraction.detail-row-unmatched", severity: .info, proposal: name, line: row.line,
                    message: "\(kind.danishName) row \"\(row.label)\" matches no Tabel 1 line by label or amounts"))
            }
        }

        // Sections.
        let sections = ProposalSectionParser.sections(blocks)
        var textSections: [TextSection] = []
        var implementationPlan = ImplementationPlan()
        var followUp: [FollowUpPlanRow] = []
        var risk: Risk? = nil
        var consultations: [(Consultation, line: Int)] = []
        var proseStatements: [ProseFigureCheck.Statement] = []
        for section in sections {
            switch section.kind {
            case .table1:
                continue
            case .risk:
                risk = SectionContentReader.risk(section)
                continue
            case .consultations:
                consultations += SectionContentReader.consultations(section)
                continue
            case .followUp:
                followUp += SectionContentReader.followUpPlan(section)
            case .implementation:
                implementationPlan.activities += SectionContentReader.implementationPlan(section).activities
            case .committees:
                if let committee = SectionContentReader.committee(section) {
                    for index in economicLines.indices { economicLines[index].committee = committee }
                }
            case .economy:
                for block in section.blocks {
                    if let text = block.plainText { proseStatements += ProseFigureCheck.statements(in: text, line: block.line) }
                }
            default:
                break
            }
            let text = section.text
            if !text.isEmpty || section.kind != .followUp {
                textSections.append(TextSection(number: section.number, heading: section.heading, text: text))
            }
        }

        findings += proseFindings(proseStatements, tableOne: tableOne, printed: printedTables, name: name)
        findings += CatalogueChecks.consultationFindings(consultations, proposal: name)
        findings += TemplateTextScanner.scan(lines, range: span.range, proposal: name)
        if header.affectedLine != nil && header.affectedBoxes.isEmpty && !header.listedWithoutBoxes.isEmpty {
            findings.append(Finding(
                rule: "extraction.checkboxes-lost", severity: .info, proposal: name, line: header.affectedLine,
                message: "Berørte forvaltninger lists \(header.listedWithoutBoxes.count) administrations without their checkboxes, so which were ticked cannot be read"))
        }
        if let code = header.code {
            findings += CatalogueChecks.codeFindings(code: code, area: span.area, line: header.titleLine, convention: convention)
        }

        var areas = header.code.flatMap { ProposalCode.split(title: $0).code }.map { $0.areas.filter(convention.areaCodes.contains) } ?? []
        if let area = span.area, !areas.contains(area.code) { areas.append(area.code) }
        let hasLines = !economicLines.isEmpty
        let proposal = Proposal(
            code: header.code, title: title, summary: header.summary,
            type: span.type ?? typeFromTitle ?? catalogueType, fundingSource: header.fundingSource,
            submittingAdministration: header.submittingAdministration,
            affectedAdministrations: header.affectedAdministrations, areas: areas,
            priceLevelYear: tableOne.priceLevelYear, years: years,
            status: CatalogueStatusRule.status(isPlaceholder: isPlaceholder, hasTableOne: hasLines || tableOneIndex != nil),
            lines: economicLines, sections: textSections, implementationPlan: implementationPlan,
            followUpPlan: followUp, risk: risk, consultations: consultations.map(\.0),
            printed: printedTables.isEmpty && tableOne.payback == PrintedPayback()
                ? nil : PrintedFigures(tables: printedTables, payback: tableOne.payback),
            source: SourceRange(file: file, firstLine: firstLine, lastLine: lastLine))
        return Result(proposal: proposal, findings: findings, missingYearHeader: tableOne.missingYearHeader && tableOneIndex != nil,
                      tableYears: tableOne.years)
    }

    /// Tabel 1 is the first table with a "Varige ændringer" or "Implementeringsomkostninger" row, a printed
    /// total, or a *Styringsområde* column.
    static func looksLikeTableOne(_ table: MarkdownTable) -> Bool {
        for row in table.rows.prefix(40) {
            switch TableOneRowKind.classify(row.text(0)) {
            case .permanentHeading, .implementationHeading, .total(.permanentTotal), .total(.net): return true
            default: break
            }
            if row.cells.contains(where: { startsWithStyrings($0.text) }) { return true }
        }
        return false
    }

    /// True when the lower-cased cell starts with "styrings"; a cell opening with an ASCII byte other than s or S
    /// cannot, and is not lower-cased.
    private static func startsWithStyrings(_ text: String) -> Bool {
        if let first = text.utf8.first, first < 0x80, first | 0x20 != UInt8(ascii: "s") { return false }
        return text.fastLowercased().hasPrefix("styrings")
    }

    /// The printed Tabel 1: one table, or one per model for a two-model proposal (one whose totals name their
    /// model, 003 SI05 "Samlet varig ændring model 1"), each with the rows that belong to every model and the
    /// rows of that model.
    static func tableOnePrinted(_ reading: TableOneReading, line: Int) -> [PrintedTable] {
        let variants = reading.rows.compactMap(\.variant).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        let modelTotals = reading.rows.contains { $0.variant != nil && $0.row.role != .line }
        if variants.isEmpty || !modelTotals {
            return [PrintedTable(kind: .table1, priceLevelYear: reading.priceLevelYear, rows: reading.rows.map(\.row), line: line)]
        }
        return variants.map { variant in
            PrintedTable(
                kind: .table1, priceLevelYear: reading.priceLevelYear, variant: variant,
                rows: reading.rows.filter { $0.variant == nil || $0.variant == variant }.map(\.row), line: line)
        }
    }

    private func proseFindings(
        _ statements: [ProseFigureCheck.Statement], tableOne: TableOneReading, printed: [PrintedTable], name: String
    ) -> [Finding] {
        guard !statements.isEmpty else { return [] }
        var candidates: [ProseFigureCheck.Candidate] = tableOne.lines.map { read in
            ProseFigureCheck.Candidate(
                label: read.line.label, table: "Tabel 1", total: read.line.amounts.sum, line: read.sourceLine)
        }
        for table in printed where table.kind != .table1 {
            for row in table.rows where row.role == .line {
                candidates.append(ProseFigureCheck.Candidate(
                    label: row.label, table: table.kind.danishName, total: row.amounts.values.reduce(0, &+), line: row.line))
            }
        }
        return ProseFigureCheck.check(statements, candidates: candidates, proposal: name)
    }

    private func lastNonBlankLine() -> Int {
        var index = span.range.upperBound - 1
        while index > span.range.lowerBound && lines[index].isBlankText { index -= 1 }
        return index + 1
    }

    /// For a proposal without *Forslagets titel*: its first line of prose that is not a bracketed note.
    private func fallbackTitle(_ blocks: [MarkdownBlock]) -> String {
        for block in blocks {
            if case let .text(text, _, _) = block, !text.hasPrefix("[") { return text }
        }
        return ""
    }
}

/// The status a catalogue gives its proposals: a placeholder ("[Forslaget er fortsat under udarbejdelse]") or a
/// proposal without Tabel 1 is a draft; every other proposal in a catalogue has been presented to the committee
/// (seed 003 is the catalogue for the committee's reading).
enum CatalogueStatusRule {
    static func status(isPlaceholder: Bool, hasTableOne: Bool) -> ProposalStatus {
        isPlaceholder || !hasTableOne ? .draft : .presented
    }
}
