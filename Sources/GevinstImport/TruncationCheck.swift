import GevinstCore

/// A document that stops inside its last proposal: the file was cut short (an interrupted copy or download, a
/// size limit in a mail system). Everything up to the cut is still read; this finding says where the text ends and
/// which sections are missing, so that nobody takes the last proposal for complete.
///
/// The evidence is the template: the full proposals of a document are written in one template, whose numbered
/// sections come in the same order. The last proposal is cut off when it stops before sections that every other
/// full proposal of the document has, all of them after its own last section (a proposal that leaves out a
/// section in the middle is not). A document of one proposal has nothing to compare with: the PDF-text reader
/// reports it when that proposal lacks the template's closing section and the text does not end with a line
/// break, as every file `pdftotext` writes does; the catalogue reader does not guess.
enum TruncationCheck {
    static let rule: RuleID = "extraction.truncated"

    /// One proposal as read, in document order.
    struct Entry: Sendable {
        /// The name the reader's findings give the proposal.
        var name: String
        var lastLine: Int?
        /// False for a placeholder or a cross-reference, which have no sections by nature.
        var isFull: Bool
        /// Its numbered sections in order: as printed ("9. Risikovurdering"), and a key that is the same for the
        /// same section in every proposal of the document (the PDF-text topic, the catalogue's folded heading).
        var sections: [(printed: String, heading: String, key: String)]
    }

    /// The section that closes a one-proposal document's template, looked for when there is nothing to compare.
    struct Closing: Sendable {
        var heading: String
        var key: String
    }

    static func findings(_ entries: [Entry], closing: Closing?, endsWithLineBreak: Bool) -> [Finding] {
        guard let last = entries.last, last.isFull, let end = last.lastLine else { return [] }
        let others = entries.dropLast().filter { $0.isFull && !$0.sections.isEmpty }
        let own = Set(last.sections.map(\.key))
        let read = last.sections.last
        let missing: [String]
        let because: String
        if let first = others.first {
            // The sections every other proposal has, in the first one's order; the last proposal must stop before
            // them, not merely leave one out in the middle. Cut before its first section (inside Tabel 1, say), it
            // lacks them all; with sections of which none is shared, it is another template, and not judged.
            let shared = first.sections.filter { section in others.allSatisfy { $0.sections.contains { $0.key == section.key } } }
            let lastOwn = shared.lastIndex { own.contains($0.key) }
            guard lastOwn != nil || read == nil else { return [] }
            missing = shared[((lastOwn ?? -1) + 1)...].map(\.heading)
            let names = missing.map { "'\($0)'" }.joined(separator: ", ")
            let whose = others.count == 1 ? "the document's other proposal has" : "every other proposal in the document has"
            because = read == nil ? "it has none of the sections \(whose) (\(names))" : "it has no \(names), which \(whose)"
        } else {
            guard let closing, read != nil, !endsWithLineBreak, !own.contains(closing.key) else { return [] }
            missing = [closing.heading]
            because = "the template's closing section '\(closing.heading)' is missing and the text stops without a line break"
        }
        guard !missing.isEmpty else { return [] }
        let place = read.map { "inside this proposal's section '\($0.printed)'" } ?? "before this proposal's first section"
        return [Finding(
            rule: rule, severity: .warning, proposal: last.name, line: end,
            message: "The text ends at line \(end), \(place): \(because). The file looks cut off; what followed line \(end) is missing, and the proposal is read only as far as the text goes.")]
    }
}
