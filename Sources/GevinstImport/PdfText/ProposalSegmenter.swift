/// The lines of one proposal in a document, with what marks its start.
struct ProposalChunk: Sendable {
    /// Indices into the document's lines.
    var range: Range<Int>
    /// "INVESTERINGSFORSLAG", "Investeringsforslag", "EFFEKTIVISERINGSFORSLAG", …: the type marker, if any.
    var marker: String?
    /// Index of the "Forslagets titel:" line, if any.
    var titleFieldIndex: Int?
    /// Index of the "Resumé:" / "Kort resumé:" line, if any.
    var resumeIndex: Int?
    /// Area codes of the area heading the proposal stands under (000: "Borgere med handicap").
    var headingAreas: [String]
}

/// Splits a document into proposals.
///
/// A proposal starts at its type marker ("INVESTERINGSFORSLAG" over "OFS 2021-2022" in 000, "Investeringsforslag"
/// in 001), or, where there is none, at a second "Forslagets titel:" or at the title paragraph above a second
/// "Kort resumé:" (001 heads three of its four proposals only with the title). Tabel 1 may stand between the
/// marker and the title (000 BU05, TV01); it belongs to the proposal the marker starts. Area headings between
/// proposals ("Borgere med sindslidelse / Udsatte voksne / Hjemmepleje", "Borgere med handicap") are recorded for
/// the proposals that follow and belong to none.
enum ProposalSegmenter {
    struct Result: Sendable {
        var chunks: [ProposalChunk]
        /// Lines of area headings.
        var headingLines: Set<Int>
    }

    static let markers = ["investeringsforslag", "effektiviseringsforslag", "innovationsforslag"]

    static func marker(_ line: PdfLine) -> String? {
        guard line.isContent else { return nil }
        let trimmed = line.trimmed
        guard trimmed.utf8.count <= 30, let first = trimmed.utf8.first, [0x49, 0x69, 0x45, 0x65].contains(first) else { return nil }
        let folded = TextFold.letters(trimmed)
        guard markers.contains(folded), trimmed.split(separator: " ").count == 1 else { return nil }
        return trimmed
    }

    static func isTitleField(_ line: PdfLine) -> Bool {
        line.isContent && TextFold.mayStart(line.trimmed, with: UInt8(ascii: "f"))
            && TextFold.letters(line.trimmed.prefix(20)).hasPrefix("forslagetstitel")
    }

    static func isResume(_ line: PdfLine) -> Bool {
        guard line.isContent, TextFold.mayStart(line.trimmed, with: UInt8(ascii: "k")) || TextFold.mayStart(line.trimmed, with: UInt8(ascii: "r")) else {
            return false
        }
        let folded = TextFold.letters(line.trimmed.prefix(14))
        return (folded.hasPrefix("kortresume") || folded.hasPrefix("resume")) && line.trimmed.utf8.contains(0x3A)
    }

    static func segment(_ lines: [PdfLine], vocabulary: PdfTextVocabulary) -> Result {
        let headings = areaHeadings(lines, vocabulary: vocabulary)
        var headingLines = Set<Int>()
        for heading in headings { headingLines.formUnion(heading.lines) }

        struct Open {
            var start: Int
            var marker: String?
            var titleField: Int?
            var resume: Int?
            var sawTable = false
            var headingAreas: [String]
            var hasContent: Bool { titleField != nil || resume != nil || sawTable }
        }
        var chunks: [ProposalChunk] = []
        var areasInForce: [String] = []
        var open: Open? = nil
        func close(at end: Int) {
            guard let current = open else { return }
            var last = end
            while last > current.start && (lines[last - 1].kind != .content || headingLines.contains(lines[last - 1].number)) { last -= 1 }
            chunks.append(ProposalChunk(
                range: current.start..<max(last, current.start + 1), marker: current.marker, titleFieldIndex: current.titleField,
                resumeIndex: current.resume, headingAreas: current.headingAreas))
            open = nil
        }
        for index in lines.indices {
            let line = lines[index]
            if let heading = headings.first(where: { $0.lines.first == line.number }) { areasInForce = heading.codes }
            guard line.isContent, !headingLines.contains(line.number) else { continue }
            if let type = marker(line) {
                if let current = open, !current.hasContent, current.marker == nil {
                    open?.marker = type
                    continue
                }
                close(at: index)
                open = Open(start: index, marker: type, headingAreas: areasInForce)
                continue
            }
            if isTitleField(line) {
                if let current = open, current.titleField != nil {
                    close(at: index)
                    open = Open(start: index, headingAreas: areasInForce)
                } else if open == nil {
                    open = Open(start: index, headingAreas: areasInForce)
                }
                open?.titleField = index
                continue
            }
            if isResume(line) {
                if let current = open, current.resume != nil {
                    let start = paragraphStart(before: index, in: lines, notBefore: current.start + 1)
                    close(at: start)
                    open = Open(start: start, headingAreas: areasInForce)
                } else if open == nil {
                    open = Open(start: paragraphStart(before: index, in: lines, notBefore: 0), headingAreas: areasInForce)
                }
                open?.resume = index
                continue
            }
            if TableVocabulary.isTableOneTitle(line.text) {
                if open == nil { open = Open(start: index, headingAreas: areasInForce) }
                open?.sawTable = true
            }
        }
        close(at: lines.count)
        // A document that is one proposal without any marker still has its lines read.
        return Result(chunks: chunks, headingLines: headingLines)
    }

    /// The first line of the paragraph just above `index` (the title above "Kort resumé").
    static func paragraphStart(before index: Int, in lines: [PdfLine], notBefore floor: Int) -> Int {
        var position = index - 1
        while position >= floor && lines[position].kind != .content { position -= 1 }
        guard position >= floor else { return index }
        while position - 1 >= floor && lines[position - 1].kind == .content { position -= 1 }
        return position
    }

    struct AreaHeading: Sendable {
        var lines: [Int]
        var codes: [String]
    }

    /// Lines naming one or more areas, joined by "/" and perhaps wrapped ("Borgere med sindslidelse / Udsatte
    /// voksne /" + "Hjemmepleje"), that stand just before a proposal's marker.
    static func areaHeadings(_ lines: [PdfLine], vocabulary: PdfTextVocabulary) -> [AreaHeading] {
        var result: [AreaHeading] = []
        // Which lines open a proposal, judged once: every candidate heading looks a few lines ahead.
        let opensProposal = lines.map { marker($0) != nil || isTitleField($0) }
        // It must head a proposal: a marker or a title within the next few lines.
        func headsProposal(after position: Int) -> Bool {
            var next = position + 1
            var seen = 0
            while next < lines.count && seen < 4 {
                if lines[next].isContent {
                    seen += 1
                    if opensProposal[next] { return true }
                }
                next += 1
            }
            return false
        }
        var index = 0
        while index < lines.count {
            let line = lines[index]
            // Headings are short lines of words without digits, just before a proposal (checked first for a
            // heading on one line: most lines are not followed by a proposal's start).
            // On the line's buffer; a trimmed line ending in "/" is told by its last byte.
            guard line.isContent, line.text.utf8.count <= 120,
                  !line.text.withBytes({ $0.contains(where: \.isASCIIDigit) }),
                  line.trimmed.withBytes({ $0.last == 0x2F }) || headsProposal(after: index) else {
                index += 1
                continue
            }
            var texts = [line.trimmed]
            var numbers = [line.number]
            var position = index
            while let last = texts.last, last.hasSuffix("/") {
                var next = position + 1
                while next < lines.count && lines[next].kind != .content { next += 1 }
                guard next < lines.count else { break }
                texts.append(lines[next].trimmed)
                numbers.append(lines[next].number)
                position = next
            }
            let names = texts.joined(separator: " ").split(separator: "/").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
            let areas = names.map { vocabulary.area(named: $0) }
            if !names.isEmpty, areas.allSatisfy({ $0 != nil }) {
                if headsProposal(after: position) {
                    result.append(AreaHeading(lines: numbers, codes: areas.compactMap { $0?.code }))
                    index = position + 1
                    continue
                }
            }
            index += 1
        }
        return result
    }
}
