import GevinstCore

/// Reads a proposal catalogue converted to markdown (seed 003, "Investeringskatalog [Offentlig version]"):
/// `#` headings for areas and proposal types, tab-separated and pipe tables with `<b>` cells, checkbox `<input>`
/// tags, and the opening change list. Each proposal comes out with its lines from Tabel 1, the detail tables
/// matched to them, its sections, and what the document printed (kept as data for the Core checks to compare).
///
/// Findings from this reader are the ones only the text shows: `template.*`, `code.*`, `duplicate.*`, `text.*`
/// and `extraction.*`. Printed totals and paybacks are not compared here.
public enum MarkdownCatalogueReader: DocumentReader {
    public static let formatName = "markdown"
    public static let kind: ImportedDocument.Kind = .proposals

    /// What a municipality may configure.
    public struct Configuration: Sendable {
        /// The area headings and their code letters.
        public var areas: [CatalogueArea]

        public init(areas: [CatalogueArea] = CatalogueArea.copenhagenSocial) {
            self.areas = areas
        }
    }

    /// High when the text has markdown headings, `<b>` cells or tab-separated rows together with the template's
    /// "Forslagets titel" and a Tabel 1; 0 without "Forslagets titel" or a Tabel 1 heading.
    public static func confidence(_ document: TextDocument) -> Int {
        guard !document.looksBinary else { return 0 }
        let scanned = document.lines.prefix(20_000)
        guard let first = scanned.first, let last = scanned.last else { return 0 }
        // The words are looked for in the scanned text as a whole, one pass each (none of them spans a line
        // break); only the heading test goes line by line, and stops at the first heading.
        let text = first.base[first.startIndex..<last.endIndex]
        let hasTitleField = hasTitleLabel(text)
        let hasTableOne = text.containsBytes("TABEL 1") || text.containsBytes("Tabel 1")
        guard hasTitleField || hasTableOne else { return 0 }
        // On the lines' bytes: only a line opening with "#" is made and asked (a PDF text has none, and making
        // each of its lines cost more than the rest of this scan).
        var hasHeading = false
        document.scanLines { index, bytes in
            guard index < scanned.count else { return false }
            if bytes.first == UInt8(ascii: "#"), MarkdownInline.headingLevel(document.lines[index]) != nil {
                hasHeading = true
                return false
            }
            return true
        }
        let hasBold = text.containsBytes("<b>") || text.containsBytes("**")
        let hasTabs = text.containsBytes("\t")
        let hasCheckbox = text.containsBytes("<input")
        var score = hasTitleField ? 40 : 20
        if hasHeading { score += 20 }
        if hasBold { score += 15 }
        if hasTabs { score += 10 }
        if hasCheckbox { score += 10 }
        return min(score, 95)
    }

    /// True when the text holds the label "Forslagets titel", its two words apart by any run of spaces, tabs and
    /// emphasis marks ("Forslagets  titel", "**Forslagets** titel").
    static func hasTitleLabel(_ text: Substring) -> Bool {
        let first = Array("orslagets".utf8)
        let second = Array("titel".utf8)
        return text.withBytes { buffer in
            var start = 0
            while let offset = ByteSearch.firstOffset(of: first, in: buffer, from: start) {
                var index = offset + first.count
                while index < buffer.count, [0x20, 0x09, UInt8(ascii: "*")].contains(buffer[index]) { index += 1 }
                if index > offset + first.count, buffer.count - index >= second.count,
                   buffer[index..<(index + second.count)].elementsEqual(second) {
                    return true
                }
                start = offset + 1
            }
            return false
        }
    }

    public static func read(_ document: TextDocument) -> ImportedDocument {
        read(document, configuration: Configuration())
    }

    public static func read(_ given: TextDocument, configuration: Configuration) -> ImportedDocument {
        if given.looksBinary {
            return ImportedDocument(file: given.file, kind: .proposals, findings: [Finding(
                rule: "extraction.binary", severity: .error, proposal: nil, line: nil,
                message: "\(given.file) looks like a binary file, not catalogue text; nothing was read")])
        }
        var findings: [Finding] = []
        // Tables lined up with blanks instead of tabs are read as their tab-separated twins, line for line.
        let aligned = AlignedTableText.asTabSeparated(given)
        var document = aligned ?? given
        if aligned != nil {
            findings.append(Finding(
                rule: "read.aligned-tables", severity: .info, proposal: nil, line: nil,
                message: "the tables are lined up with blanks, not tabs; each was read by its columns: the stretches between gaps of two blanks or more that all its lines leave open"))
        }
        if let english = EnglishFigures.danishTables(document) {
            document = english.document
            findings.append(english.note)
        }
        // The catalogue's readers ask for most lines many times (layout, blocks, tables, header, template text):
        // each line is made once here, not at every asking (read off the text each time, 003 took 4–12 % longer).
        let lines = Array(document.lines)
        let layout = CatalogueLayout.scan(lines, areas: configuration.areas)
        for heading in layout.unknownHeadings {
            findings.append(Finding(
                rule: "extraction.unknown-area", severity: .info, proposal: nil, line: heading.line,
                message: "the heading \"\(heading.text)\" names no known area; its proposals get their area from their codes"))
        }
        let changes = CatalogueChangeList.read(lines, range: layout.opening)
        let convention = ProposalCodeConvention(areaCodes: configuration.areas.map(\.code))
        let catalogueType: ProposalType? = (layout.title?.lowercased().containsBytes("investering") ?? false) ? .investment : nil

        func build(_ span: CatalogueLayout.Span, fallback: ClosedRange<Int>?) -> CatalogueProposalBuilder.Result {
            CatalogueProposalBuilder(
                lines: lines, span: span, file: document.file, catalogueType: catalogueType, fallbackYears: fallback,
                convention: convention
            ).build()
        }
        var results = layout.proposals.map { build($0, fallback: nil) }
        // A Tabel 1 without years is read again with the years most of the catalogue's Tabel 1s name.
        if results.contains(where: \.missingYearHeader), let common = mostCommonYears(results.compactMap(\.tableYears)) {
            for index in results.indices where results[index].missingYearHeader {
                results[index] = build(layout.proposals[index], fallback: common)
            }
        }

        var proposals: [Proposal] = []
        var firstLineOfCode: [String: Int] = [:]
        for result in results {
            let proposal = result.proposal
            if let code = proposal.code, let earlier = firstLineOfCode[CatalogueChecks.normalised(code)] {
                let index = proposals.firstIndex { $0.code.map(CatalogueChecks.normalised) == CatalogueChecks.normalised(code) } ?? 0
                let where_ = "lines \(earlier) and \(proposal.source?.firstLine ?? 0)"
                if CatalogueChecks.sameFigures(proposals[index], proposal) {
                    for area in proposal.areas where !proposals[index].areas.contains(area) { proposals[index].areas.append(area) }
                    findings.append(Finding(
                        rule: "duplicate.repeated-proposal", severity: .warning, proposal: code, line: proposal.source?.firstLine,
                        message: "\(code) is printed twice with the same figures (\(where_)); read as one proposal in the areas \(proposals[index].areas.joined(separator: ", "))"))
                    continue
                }
                findings.append(Finding(
                    rule: "duplicate.code", severity: .warning, proposal: code, line: proposal.source?.firstLine,
                    message: "the code \(code) is used by two proposals with different figures (\(where_))"))
            }
            if let code = proposal.code, firstLineOfCode[CatalogueChecks.normalised(code)] == nil {
                firstLineOfCode[CatalogueChecks.normalised(code)] = proposal.source?.firstLine ?? 0
            }
            proposals.append(proposal)
            findings += result.findings
        }
        findings += TruncationCheck.findings(
            results.map { result in
                let proposal = result.proposal
                return TruncationCheck.Entry(
                    name: proposal.displayName, lastLine: proposal.source?.lastLine, isFull: proposal.status != .draft,
                    sections: proposal.sections.map { ("\($0.number) \($0.heading)", $0.heading, TextFold.letters($0.heading)) })
            },
            closing: nil, endsWithLineBreak: document.lines.endsWithLineBreak)
        findings += CatalogueChecks.changeListFindings(changes, codes: Set(proposals.compactMap { $0.code.map(CatalogueChecks.normalised) }))
        if proposals.isEmpty {
            findings.append(Finding(
                rule: "extraction.no-proposals", severity: .error, proposal: nil, line: nil,
                message: "no proposal was found in \(document.file): no \"Forslagets titel\" line or proposal heading"))
        }
        return ImportedDocument(file: document.file, kind: .proposals, proposals: proposals, findings: findings, changeList: changes)
    }

    /// The year range most proposals' Tabel 1 name (the first of equally common ones).
    static func mostCommonYears(_ ranges: [ClosedRange<Int>]) -> ClosedRange<Int>? {
        var counts: [ClosedRange<Int>: Int] = [:]
        for range in ranges { counts[range, default: 0] += 1 }
        return ranges.max { (counts[$0] ?? 0) < (counts[$1] ?? 0) }
    }
}
