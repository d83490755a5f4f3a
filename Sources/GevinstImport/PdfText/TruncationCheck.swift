import GevinstCore

/// A document that stops inside its last proposal: the file was cut short (an interrupted copy or download, a
/// size limit in a mail system). Everything up to the cut is still read; this finding says where the text ends and
/// which sections are missing, so that nobody takes the last proposal for complete.
///
/// The evidence is the template: every full proposal of a document is written in the same one, whose numbered
/// sections end with "Hvem er hørt?" (seeds 000 and 001). The last proposal is cut off when it stops before
/// sections that every other full proposal of the document has, all of them after its own last section. A
/// document of one proposal has nothing to compare with; it is reported when that proposal has sections but not
/// the closing "Hvem er hørt?" and the text does not end with a line break, as every file `pdftotext` writes does.
enum TruncationCheck {
    static let rule: RuleID = "extraction.truncated"

    static func findings(_ built: [ProposalBuilder.Built], endsWithLineBreak: Bool) -> [Finding] {
        guard let last = built.last, case .full = last.kind, !last.sections.isEmpty else { return [] }
        let others = built.dropLast().filter { item in
            if case .full = item.kind { return !item.sections.isEmpty }
            return false
        }
        let own = Set(last.sections.map(\.topic))
        let missing: [SectionHeading.Heading]
        if let first = others.first {
            // The sections every other proposal has, in the first one's order; the last proposal must stop before
            // them, not merely leave one out in the middle.
            let shared = first.sections.filter { heading in others.allSatisfy { $0.sections.contains { $0.topic == heading.topic } } }
            guard let lastOwn = shared.lastIndex(where: { own.contains($0.topic) }) else { return [] }
            missing = Array(shared[(lastOwn + 1)...])
        } else {
            guard !endsWithLineBreak, !own.contains(.consultation) else { return [] }
            missing = [SectionHeading.Heading(number: (last.sections.last?.number ?? 0) + 1, heading: "Hvem er hørt?", topic: .consultation)]
        }
        guard !missing.isEmpty, let end = last.proposal.source?.lastLine, let read = last.sections.last else { return [] }
        let names = missing.map { "'\($0.heading)'" }.joined(separator: ", ")
        let because = others.isEmpty
            ? "the template's closing section \(names) is missing and the text stops without a line break"
            : "it has no \(names), which \(others.count == 1 ? "the document's other proposal has" : "every other proposal in the document has")"
        return [Finding(
            rule: rule, severity: .warning, proposal: last.proposal.displayName, line: end,
            message: "The text ends at line \(end), inside this proposal's section '\(read.number). \(read.heading)': \(because). The file looks cut off; what followed line \(end) is missing, and the proposal is read only as far as the text goes.")]
    }
}
