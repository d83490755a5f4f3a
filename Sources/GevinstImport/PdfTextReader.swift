import GevinstCore

/// Reads proposals from the text of a PDF: plain extraction as in seeds 000 and 001 (empty table cells dropped,
/// rows wrapped, labels broken mid-word, page footers and running titles inside tables, a table before its
/// proposal's title, symbol-font digits, OCR damage) and `pdftotext -layout` output, whose columns allow the
/// amounts to be placed by position.
///
/// The reader returns every proposal with its lines (Tabel 1 is the source; Tabel 2–4 give appropriations), its
/// header fields, text sections, plans, risk and consultations, what the document printed (all Tabel 1 rows and
/// totals, the paybacks, the detail tables) and findings about the document's extraction (`extraction.*`),
/// unfinished template text (`template.*`), codes (`code.*`), duplicates (`duplicate.*`) and prose that
/// contradicts the table (`text.*`). Comparing printed totals and paybacks with computed ones is the core
/// checks' work, not the reader's.
public enum PdfTextReader: DocumentReader {
    public static let formatName = "pdf-text"
    public static let kind: ImportedDocument.Kind = .proposals

    /// High for text with the template's Tabel 1 and payback rows without markdown or tab-separated tables.
    public static func confidence(_ document: TextDocument) -> Int {
        guard !document.looksBinary, !document.lines.isEmpty else { return 0 }
        var tableOne = 0
        var payback = 0
        var summary = 0
        var tabs = 0
        var markup = 0
        func count(line bytes: UnsafeBufferPointer<UInt8>, index: Int) {
            // memchr for the tab and the "<": most lines hold neither.
            let hasTab = bytes.holds(0x09)
            let hasAngle = bytes.holds(0x3C)
            if hasTab { tabs += 1 }
            if let first = bytes.first, first == 0x7C || first == 0x23 { markup += 1 }
            if hasAngle, ByteSearch.contains(bytes, Self.boldTag) || ByteSearch.contains(bytes, Self.inputTag) { markup += 1 }
            guard let start = bytes.firstIndex(where: { $0 != 0x20 && $0 != 0x0C }), [0x54, 0x52, 0x4B, 0x46].contains(bytes[start]) else { return }
            // The first 40 characters: on an ASCII start they are the first 40 bytes (no grapheme walk).
            let line = document.lines[index]
            let asciiStart = !bytes.prefix(41).contains { $0 >= 0x80 }
            let folded = TextFold.letters(asciiStart ? Substring(line.utf8.prefix(40)) : line.prefix(40))
            if folded.hasPrefix("tabel") && (folded.containsBytes("forslagets") || folded.containsBytes("konsekvens")) { tableOne += 1 }
            if folded.hasPrefix("tilbagebetalingstid") { payback += 1 }
            if folded.hasPrefix("resume") || folded.hasPrefix("kortresume") || folded.hasPrefix("forslagetstitel") { summary += 1 }
        }
        let limit = min(document.lines.count, 20_000)
        // One pass over the decoded text's bytes (no per-line substring or reference counting); only the few
        // lines that start with T, R, K or F are looked at as text.
        document.scanLines { index, bytes in
            guard index < limit else { return false }
            // A line longer than TextDocument's cut is looked at as the cut line `lines` holds.
            guard bytes.count <= TextDocument.maxLineLength else {
                document.lines[index].withBytes { count(line: $0, index: index) }
                return true
            }
            count(line: bytes, index: index)
            return true
        }
        var score = 0
        if tableOne > 0 { score += 50 }
        if payback > 0 { score += 25 }
        if summary > 0 { score += 20 }
        if tabs * 20 > document.lines.count { score -= 60 }
        if markup > 3 { score -= 60 }
        return max(0, min(100, score))
    }

    private static let boldTag = Array("<b>".utf8)
    private static let inputTag = Array("<input".utf8)

    public static func read(_ document: TextDocument) -> ImportedDocument {
        read(document, vocabulary: .copenhagen)
    }

    public static func read(_ document: TextDocument, vocabulary: PdfTextVocabulary) -> ImportedDocument {
        var findings: [Finding] = []
        if document.looksBinary {
            return ImportedDocument(file: document.file, kind: .proposals, findings: [Finding(
                rule: "extraction.not-text", severity: .error, proposal: nil, line: nil,
                message: "The file looks like binary data, not text; run pdftotext on a PDF first.")])
        }
        if document.isBlank {
            return ImportedDocument(file: document.file, kind: .proposals, findings: [Finding(
                rule: "extraction.empty", severity: .error, proposal: nil, line: nil, message: "The file holds no text.")])
        }
        let cleaned = PdfTextCleaner.clean(document)
        findings += cleaned.findings
        if cleaned.ocr.isOcr {
            let examples = cleaned.ocr.examples.map { "'\($0)'" }.joined(separator: ", ")
            findings.append(Finding(
                rule: "extraction.ocr-text", severity: .info, proposal: nil, line: nil,
                message: "The text was read by OCR: it has no æ, ø or å (e.g. \(examples)); table cells may have lost minus signs, digits and thousands separators, and are repaired only where the table's totals prove it."))
        }
        let lines = cleaned.lines
        let segmentation = ProposalSegmenter.segment(lines, vocabulary: vocabulary)
        let budgetRound = budgetRound(lines)

        // Each proposal judged for OCR by its own words where they tell (a scanned appendix joined to printed pages).
        let ocrByChunk = segmentation.chunks.map { chunk in
            cleaned.ocr.verdict(of: cleaned.ocrCounts[chunk.range.clamped(to: cleaned.ocrCounts.indices)])
        }

        // First pass: Tabel 1 of every proposal, for the document's years.
        let raws: [RawTableOne?] = segmentation.chunks.indices.map { index in
            let chunk = segmentation.chunks[index]
            return switch ProposalBuilder.kind(of: lines[chunk.range]) {
            case .full: PdfTextTableOneReader.read(lines[chunk.range], ocr: ocrByChunk[index])
            default: nil
            }
        }
        let documentYears = documentYears(raws)

        var built: [ProposalBuilder.Built] = []
        for (index, chunk) in segmentation.chunks.enumerated() {
            let builder = ProposalBuilder(
                lines: lines, file: document.file, ocr: ocrByChunk[index], vocabulary: vocabulary,
                documentYears: documentYears, budgetRound: budgetRound)
            var item = builder.build(chunk, raw: raws[index])
            if ocrByChunk[index] && !cleaned.ocr.isOcr, case .full = item.kind {
                item.findings.insert(Finding(
                    rule: "extraction.ocr-text", severity: .info, proposal: item.name, line: chunk.range.lowerBound + 1,
                    message: "This proposal's text was read by OCR, unlike the rest of the document: it has no æ, ø or å; its table cells may have lost minus signs, digits and thousands separators, and are repaired only where the table's totals prove it."), at: 0)
            }
            built.append(item)
        }

        // Cross-references add an area to the proposal they point to; they are not proposals themselves.
        var proposals: [Proposal] = []
        var codes: [ProposalCode.Printed?] = []
        // The first proposal of each code, and of each title among those without a code: looked up, so that a
        // long document costs no search per proposal.
        var codeIndex: [String: Int] = [:]
        var codelessTitleIndex: [String: Int] = [:]
        var references: [CodeReferenceCheck.Reference] = []
        for item in built {
            findings += item.findings
            references += item.codeReferences
            switch item.kind {
            case .crossReference(let text):
                let target = built.firstIndex { other in
                    if case .crossReference = other.kind { return false }
                    return other.code != nil && other.code?.code.canonical == item.code?.code.canonical
                }
                if target == nil {
                    findings.append(Finding(
                        rule: "extraction.cross-reference-unresolved", severity: .warning, proposal: item.proposal.displayName,
                        line: item.proposal.source?.firstLine,
                        message: "'\(item.proposal.displayName)' points elsewhere ('\(text)'), but no proposal with that code was found in the document."))
                }
            default:
                // A proposal without a code (seed 001's transfer case prints none) is the same proposal printed
                // twice only when its title and its every line agree; nothing else tells two such proposals apart.
                if item.code == nil, !item.proposal.title.isEmpty, let existing = codelessTitleIndex[item.proposal.title],
                   proposals[existing].lines == item.proposal.lines {
                    proposals[existing].areas = union(proposals[existing].areas, item.proposal.areas)
                    findings.append(Finding(
                        rule: "duplicate.repeated-proposal", severity: .warning, proposal: item.proposal.title, line: item.proposal.source?.firstLine,
                        message: "'\(item.proposal.title)' is printed twice with the same content (lines \(proposals[existing].source?.firstLine ?? 0) and \(item.proposal.source?.firstLine ?? 0)); read as one proposal."))
                    continue
                }
                if let code = item.code, let existing = codeIndex[code.code.canonical] {
                    let other = proposals[existing]
                    if other.lines == item.proposal.lines && other.title == item.proposal.title {
                        proposals[existing].areas = union(other.areas, item.proposal.areas)
                        findings.append(Finding(
                            rule: "duplicate.repeated-proposal", severity: .warning, proposal: code.text, line: item.proposal.source?.firstLine,
                            message: "\(code.text) is printed twice with the same content (lines \(other.source?.firstLine ?? 0) and \(item.proposal.source?.firstLine ?? 0)); read as one proposal."))
                        continue
                    }
                    findings.append(Finding(
                        rule: "duplicate.code", severity: .warning, proposal: code.text, line: item.proposal.source?.firstLine,
                        message: "Two different proposals carry the code \(code.text) (lines \(other.source?.firstLine ?? 0) and \(item.proposal.source?.firstLine ?? 0))."))
                }
                if let code = item.code, codeIndex[code.code.canonical] == nil { codeIndex[code.code.canonical] = proposals.count }
                if item.code == nil, !item.proposal.title.isEmpty, codelessTitleIndex[item.proposal.title] == nil {
                    codelessTitleIndex[item.proposal.title] = proposals.count
                }
                proposals.append(item.proposal)
                codes.append(item.code)
            }
        }
        // The cross-reference's area heading belongs to the proposal too.
        for item in built {
            guard case .crossReference = item.kind, let code = item.code,
                  let index = codeIndex[code.code.canonical] else { continue }
            proposals[index].areas = union(proposals[index].areas, item.proposal.areas)
        }
        findings += TruncationCheck.findings(
            built.map(truncationEntry), closing: TruncationCheck.Closing(heading: "Hvem er hørt?", key: SectionHeading.Topic.consultation.rawValue),
            endsWithLineBreak: document.lines.endsWithLineBreak)
        let known = zip(codes, proposals).compactMap { code, proposal in code.map { ($0, proposal.title) } }
        findings += CodeReferenceCheck.findings(references: references, proposals: known)
        // Findings about lines name the proposal those lines belong to.
        for index in findings.indices where findings[index].proposal == nil {
            guard let line = findings[index].line,
                  let chunk = segmentation.chunks.indices.first(where: { chunkIndex in
                      let range = segmentation.chunks[chunkIndex].range
                      return lines[range.lowerBound].number <= line && line <= lines[range.upperBound - 1].number
                  }) else { continue }
            findings[index].proposal = built[chunk].name
        }
        if proposals.isEmpty {
            findings.append(Finding(
                rule: "extraction.no-proposals", severity: .error, proposal: nil, line: nil,
                message: "No proposal was recognised: the text has no 'Forslagets titel:', 'Resumé:' or Tabel 1."))
        }
        return ImportedDocument(file: document.file, kind: .proposals, proposals: proposals, findings: findings)
    }

    /// A built proposal as the truncation check sees it: its sections keyed by topic, which OCR damage to a
    /// heading does not change.
    static func truncationEntry(_ item: ProposalBuilder.Built) -> TruncationCheck.Entry {
        let isFull: Bool
        if case .full = item.kind { isFull = true } else { isFull = false }
        return TruncationCheck.Entry(
            name: item.name, lastLine: item.proposal.source?.lastLine, isFull: isFull,
            sections: item.sections.map { ("\($0.number). \($0.heading)", $0.heading, $0.topic.rawValue) })
    }

    static func union(_ a: [String], _ b: [String]) -> [String] {
        a + b.filter { !a.contains($0) }
    }

    /// "OFS 2021-2022" → "Overførselssag 2021-2022"; "Overførselssagen 2025-2026" (OCR'd too) likewise.
    static func budgetRound(_ lines: [PdfLine]) -> String? {
        for line in lines where line.kind == .pageHeader {
            let words = line.trimmed.splitAtSpaces()
            guard words.count == 2 else { continue }
            let name = TextFold.letters(words[0])
            if name == "budget" { return "Budget \(words[1])" }
            return "Overførselssag \(words[1])"
        }
        return nil
    }

    /// The years of the document's intact Tabel 1 headers (the most common range), for tables whose header is
    /// damaged.
    static func documentYears(_ raws: [RawTableOne?]) -> ClosedRange<Int>? {
        var counts: [ClosedRange<Int>: Int] = [:]
        for raw in raws.compactMap({ $0 }) where TableYears.isIntact(raw.header.years, widestRow: raw.widestRow) {
            if let first = raw.header.years.first, let last = raw.header.years.last { counts[first...last, default: 0] += 1 }
        }
        return counts.max { ($0.value, -$0.key.lowerBound) < ($1.value, -$1.key.lowerBound) }?.key
    }
}
