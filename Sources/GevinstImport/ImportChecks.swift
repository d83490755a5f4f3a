import GevinstCore

/// The Core checks run over every proposal a document yields, so that a printed total, detail table,
/// payback or price level that contradicts the document's own lines is reported with its line; plus one
/// summary per document of which payback convention its authors used.
///
/// Rules about what a proposal still needs before committee (`missing.*`, `criteria.*`) are not run on
/// legacy documents: a document written before Gevinst lacks fields Gevinst asks for without being wrong.
enum ImportChecks {
    static let configuration: CheckConfiguration = {
        var configuration = CheckConfiguration.default
        configuration.disabledRules = Set(RuleCatalogue.all.map(\.id).filter { $0.family == "missing" || $0.family == "criteria" })
        return configuration
    }()

    static let conventionSummary = RuleID(family: "payback", name: "convention-summary")

    /// The Core findings for the document's proposals, leaving out any whose rule the reader already
    /// reported for the same proposal (the reader's finding names the line; Core's may not).
    /// A Core finding without a line (Core knows the proposal, not the document) gets the line in `text` where
    /// the text it quotes stands, within the proposal's source range.
    static func findings(for document: ImportedDocument, text: TextDocument? = nil) -> [Finding] {
        guard !document.proposals.isEmpty else { return [] }
        let reported = Set(document.findings.map { "\($0.rule)|\($0.proposal ?? "")" })
        // The reader's finding of the same family on the same line says the same thing.
        let reportedLines = Set(document.findings.compactMap { finding in finding.line.map { "\(finding.rule.family)|\($0)" } })
        var findings: [Finding] = []
        for proposal in document.proposals where !proposal.lines.isEmpty {
            findings += Checks.run(proposal, configuration: configuration)
                .filter { !reported.contains("\($0.rule)|\($0.proposal ?? "")") }
                .map { finding in
                    guard finding.line == nil, let text, let source = proposal.source else { return finding }
                    var located = finding
                    located.line = quotedLine(finding.message, in: text, lines: source.firstLine...max(source.firstLine, source.lastLine))
                    return located
                }
                .filter { finding in finding.line.map { !reportedLines.contains("\(finding.rule.family)|\($0)") } ?? true }
        }
        let summary = PaybackConventionSummary.summarise(document.proposals)
        if let printed = summary.first?.printedCount, printed > 0 {
            let ranked = summary.sorted { $0.reproduced > $1.reproduced }
            let text = ranked.map { "\($0.rule) \($0.reproduced) of \($0.printedCount)" }.joined(separator: ", ")
            findings.append(Finding(
                rule: conventionSummary, severity: .info, proposal: nil, line: nil,
                message: "printed paybacks reproduced by each rule: \(text)"))
        }
        return findings
    }

    /// The first line within `lines` that holds the start of the text `message` quotes ("…"), or nil.
    static func quotedLine(_ message: String, in text: TextDocument, lines: ClosedRange<Int>) -> Int? {
        guard let open = message.firstIndex(of: "\"") else { return nil }
        let quoted = message[message.index(after: open)...].prefix { $0 != "\"" && $0 != "…" }
        let needle = String(quoted.prefix(40).drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
        guard needle.count >= 6 else { return nil }
        // A quote longer than a printed line may wrap: its first words still stand on one line.
        let firstWords = needle.split(separator: " ").prefix(3).joined(separator: " ")
        for candidate in [needle, String(needle.prefix(20)), firstWords] where candidate.count >= 6 {
            for number in lines where text.line(number).containsBytes(candidate) { return number }
        }
        return nil
    }
}
