import GevinstCore

/// The header fields of a proposal: code and title, summary, submitting and affected administrations.
struct PdfTextProposalHeader: Sendable {
    var code: ProposalCode.Printed?
    var title: String = ""
    var titleLine: Int?
    var summary: String?
    var submittingAdministration: String?
    var affectedAdministrations: [String] = []
    /// Lines these fields occupy, kept out of the text sections.
    var consumed: Set<Int> = []
}

/// Reads the header of the template: "Forslagets titel: BU03 - …" (000) or the title paragraph above "Kort
/// resumé:" (001); "Resumé:"; "Fremstillende forvaltning:"; and the checkbox list "Berørte forvaltninger:",
/// where a checked box prints as "X" (000's text, the empty boxes lost) or "☒" (TV01) before the name.
enum PdfTextProposalHeaderReader {
    static let maxTitleContinuation = 2
    static let maxSummaryLines = 30

    static func read(_ lines: [PdfLine], chunk: ProposalChunk, vocabulary: PdfTextVocabulary) -> PdfTextProposalHeader {
        var header = PdfTextProposalHeader()
        let range = chunk.range
        if let titleIndex = chunk.titleFieldIndex {
            let line = lines[titleIndex]
            var text = line.trimmed
            if let colon = text.firstIndex(of: ":") { text = String(text[text.index(after: colon)...]).trimmingSpaces() }
            var pieces = [text]
            header.consumed.insert(line.number)
            var index = titleIndex + 1
            var added = 0
            while index < range.upperBound && added < maxTitleContinuation {
                let next = lines[index]
                index += 1
                if next.kind != .content { continue }
                if endsTitle(next.trimmed) { break }
                pieces.append(next.trimmed)
                header.consumed.insert(next.number)
                added += 1
            }
            let full = WrappedText.join(pieces).collapsingSpaces()
            if let parsed = ProposalCode.leading(full, letters: .areaLetters) {
                header.code = parsed.printed
                header.title = parsed.rest.drop { " -–—:".contains($0) }.trimmingSpaces()
            } else {
                header.title = full
            }
            header.titleLine = line.number
        } else if let resume = chunk.resumeIndex {
            // The title is the paragraph above the summary, without the type marker.
            let start = ProposalSegmenter.paragraphStart(before: resume, in: lines, notBefore: range.lowerBound)
            var pieces: [String] = []
            for index in start..<resume where lines[index].isContent {
                let trimmed = lines[index].trimmed
                if ProposalSegmenter.marker(lines[index]) != nil { continue }
                pieces.append(trimmed)
                header.consumed.insert(lines[index].number)
                if header.titleLine == nil { header.titleLine = lines[index].number }
            }
            header.title = WrappedText.join(pieces).collapsingSpaces()
        }
        if let resume = chunk.resumeIndex {
            let line = lines[resume]
            var text = line.trimmed
            if let colon = text.firstIndex(of: ":") { text = String(text[text.index(after: colon)...]) }
            var summaryLines = [text.trimmingSpaces()]
            header.consumed.insert(line.number)
            var index = resume + 1
            while index < range.upperBound && summaryLines.count < maxSummaryLines {
                let next = lines[index]
                index += 1
                if next.kind != .content { continue }
                let folded = TextFold.letters(next.trimmed.prefix(14))
                if folded.hasPrefix("fremstillende") || folded.hasPrefix("berorte") || TableVocabulary.tableNumber(next.text) != nil
                    || SectionHeading.parse(next.text) != nil { break }
                summaryLines.append(next.trimmed)
                header.consumed.insert(next.number)
            }
            let summary = WrappedText.join(summaryLines.filter { !$0.isEmpty }).collapsingSpaces()
            header.summary = summary.isEmpty ? nil : summary
        }
        readAdministrations(lines, range: range, vocabulary: vocabulary, into: &header)
        return header
    }

    static func endsTitle(_ text: String) -> Bool {
        let folded = TextFold.letters(text.prefix(16))
        // The template's next fields: a placeholder proposal has no summary, so its title is followed straight
        // by "Målgruppeområde:" and "Budgetrunde:".
        return text.hasPrefix("[") || folded.hasPrefix("resume") || folded.hasPrefix("kortresume") || folded.hasPrefix("fremstillende")
            || folded.hasPrefix("berorte") || folded.hasPrefix("malgruppeomrade") || folded.hasPrefix("budgetrunde") || TableVocabulary.tableNumber(text) != nil || SectionHeading.parse(text) != nil
            || ProposalSegmenter.markers.contains(TextFold.letters(text))
    }

    static let checkMarks: Set<String> = ["X", "x", "☒", "☑", "■", "⊠", "✓", "✔"]

    static func readAdministrations(_ lines: [PdfLine], range: Range<Int>, vocabulary: PdfTextVocabulary, into header: inout PdfTextProposalHeader) {
        // Fremstillende forvaltning: the first administration named on that line or the next few.
        // A line whose first letter cannot fold to the heading's is not folded (the whole chunk is searched).
        if let start = range.first(where: {
            lines[$0].isContent && TextFold.mayStart(lines[$0].trimmed, with: UInt8(ascii: "f"))
                && TextFold.letters(lines[$0].trimmed.prefix(14)).hasPrefix("fremstillende")
        }) {
            // The one-word administrations with their folded names, worked out once for every word tried.
            let singleNames = vocabulary.administrations.filter { $0.split(separator: " ").count == 1 }.map { (name: $0, folded: TextFold.letters($0)) }
            var seen = 0
            var index = start
            search: while index < range.upperBound && seen < 6 {
                let line = lines[index]
                index += 1
                guard line.isContent else { continue }
                seen += 1
                if seen > 1 && TextFold.letters(line.trimmed.prefix(10)).hasPrefix("berorte") { break }
                for word in line.trimmed.splitAtSpaces() {
                    if let name = administration(matching: String(word), singleNames: singleNames) {
                        header.submittingAdministration = name
                        header.consumed.insert(line.number)
                        break search
                    }
                }
                header.consumed.insert(line.number)
            }
        }
        // Berørte forvaltninger: the checkbox list.
        guard let start = range.first(where: {
            lines[$0].isContent && TextFold.mayStart(lines[$0].trimmed, with: UInt8(ascii: "b"))
                && TextFold.letters(lines[$0].trimmed.prefix(10)).hasPrefix("berorte")
        }) else { return }
        var texts: [String] = []
        var index = start
        var seen = 0
        while index < range.upperBound && seen < 9 {
            let line = lines[index]
            index += 1
            guard line.isContent else { continue }
            if seen > 0 && (TableVocabulary.tableNumber(line.text) != nil || SectionHeading.parse(line.text) != nil
                || TextFold.letters(line.trimmed.prefix(20)).hasPrefix("notertil") || ProposalSegmenter.isTitleField(line)) { break }
            seen += 1
            texts.append(line.trimmed)
            header.consumed.insert(line.number)
        }
        let words = texts.joined(separator: " ").collapsingSpaces().split(separator: " ").map(String.init)
        var checked: [String] = []
        for name in vocabulary.administrations {
            let nameWords = name.split(separator: " ").map(String.init)
            guard nameWords.count <= words.count else { continue }
            for position in 0...(words.count - nameWords.count) where words[position..<(position + nameWords.count)].elementsEqual(nameWords) {
                if position > 0, checkMarks.contains(words[position - 1]), !checked.contains(name) { checked.append(name) }
            }
        }
        header.affectedAdministrations = vocabulary.administrations.filter { checked.contains($0) }
    }

    /// The one-word administration (`singleNames`, with their folded names) that `word` names, allowing two
    /// letters' difference.
    static func administration(matching word: String, singleNames: [(name: String, folded: String)]) -> String? {
        let folded = TextFold.letters(word)
        // Folded text is ASCII: its length is its byte count.
        guard folded.hasSuffix("forvaltningen") || folded.utf8.count >= 12 else { return nil }
        return singleNames.first { TextFold.distance(folded, $0.folded, limit: 2) <= 2 }?.name
    }
}
