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
    static func findings(for document: ImportedDocument) -> [Finding] {
        guard !document.proposals.isEmpty else { return [] }
        let reported = Set(document.findings.map { "\($0.rule)|\($0.proposal ?? "")" })
        var findings: [Finding] = []
        for proposal in document.proposals where !proposal.lines.isEmpty {
            findings += Checks.run(proposal, configuration: configuration)
                .filter { !reported.contains("\($0.rule)|\($0.proposal ?? "")") }
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
}
