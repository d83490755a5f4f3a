/// The checks of a proposal: what a legacy document printed against what Gevinst computes from its lines,
/// and the rules a proposal must satisfy before committee (issue "Gevinst core", item 5). Each family lives in
/// its own type (`TotalChecks`, `DetailChecks`, `PaybackChecks`, `PriceChecks`, `SignChecks`, `TemplateChecks`,
/// `MissingFieldChecks`, `CriteriaChecks`); every rule id is listed in `RuleCatalogue` and `docs/rules.md`.
///
/// Two-model proposals are checked per variant: a printed table that names its variant
/// (`PrintedTable.variant`) is compared with that variant's computation; a printed table that names none is
/// compared with every variant, and a figure is reported only when it agrees with none of them.
public enum Checks {
    /// Computes the proposal with the configured payback rule and checks it.
    public static func run(_ proposal: Proposal, configuration: CheckConfiguration = .default) -> [Finding] {
        run(proposal, computed: Compute.proposal(proposal, rule: configuration.paybackRule), configuration: configuration)
    }

    /// Checks a proposal whose computation the caller already has (`Compute.proposal(_:rule:)` with
    /// `configuration.paybackRule`), so that a command printing both computes once.
    public static func run(
        _ proposal: Proposal, computed: [ComputedProposal], configuration: CheckConfiguration = .default
    ) -> [Finding] {
        // The proposal, its computation and the configuration are passed to each family as parameters
        // (borrowed, not copied): a portfolio runs the checks 100 000 times.
        var run = CheckRun(name: proposal.displayName, configuration: configuration)
        TotalChecks.check(proposal, computed, configuration, &run)
        DetailChecks.check(proposal, computed, configuration, &run)
        PaybackChecks.check(proposal, computed, configuration, &run)
        PriceChecks.check(proposal, computed, configuration, &run)
        SignChecks.check(proposal, computed, configuration, &run)
        TemplateChecks.check(proposal, computed, configuration, &run)
        MissingFieldChecks.check(proposal, computed, configuration, &run)
        CriteriaChecks.check(proposal, computed, configuration, &run)
        return run.findings
    }
}

/// The findings of one run of the checks over one proposal, and how to record one.
struct CheckRun {
    /// The proposal's code or title, as findings name it.
    let name: String
    let severityOverrides: [RuleID: Severity]
    let disabledRules: Set<RuleID>
    var findings: [Finding] = []

    init(name: String, configuration: CheckConfiguration) {
        self.name = name
        self.severityOverrides = configuration.severityOverrides
        self.disabledRules = configuration.disabledRules
    }

    /// Records a finding of `rule` unless it is disabled. The message is built only when the finding is kept.
    mutating func report(_ rule: RuleDescription, line: Int? = nil, _ message: () -> String) {
        if !disabledRules.isEmpty && disabledRules.contains(rule.id) { return }
        var severity = rule.defaultSeverity
        if !severityOverrides.isEmpty, let chosen = severityOverrides[rule.id] { severity = chosen }
        findings.append(Finding(rule: rule.id, severity: severity, proposal: name, line: line, message: message()))
    }

    /// The computations a printed table is compared with: the named variant's, or every variant's when the
    /// table names none (or names one the lines do not have).
    static func computations(_ computed: [ComputedProposal], forPrintedVariant variant: String?) -> [ComputedProposal] {
        guard let variant, computed.count > 1 else { return computed }
        let matching = computed.filter { $0.variant == variant }
        return matching.isEmpty ? computed : matching
    }
}

/// How findings write figures: in 1.000 kr. in Danish format, as the tables print them ("-5.802").
enum FindingText {
    static func thousands(_ amount: Amount) -> String { DanishNumber.thousands(amount) }

    /// "model 1" style prefix for messages about one variant, empty without variants.
    static func variantPrefix(_ variant: String?) -> String {
        guard let variant else { return "" }
        return "\(variant): "
    }

    /// The computed figure(s) for a cell: "-5.803", or "Model 1 -7.565, Model 2 -7.415" when a printed table
    /// shared by variants is compared with each.
    static func expected(_ values: [Amount], variants: [String?]) -> String {
        if values.count == 1 || Set(values).count == 1 { return thousands(values.first ?? 0) }
        var parts: [String] = []
        for (index, value) in values.enumerated() {
            let name = index < variants.count ? (variants[index] ?? "lines") : "lines"
            parts.append("\(name) \(thousands(value))")
        }
        return parts.joined(separator: ", ")
    }

    /// A sentence about one variant: "Model 1: the permanent total …", or "The permanent total …" without.
    static func sentence(_ variant: String?, _ text: String) -> String {
        guard let variant else { return text.prefix(1).uppercased() + text.dropFirst() }
        return "\(variant): \(text)"
    }

    /// "2019" or "2021–2024".
    static func yearSpan(_ first: Int, _ last: Int) -> String { first == last ? String(first) : "\(first)–\(last)" }

    /// Year-by-year differences, consecutive years with the same figures written once:
    /// "2024–2027: printed -5.802, lines sum to -5.803".
    static func cells(_ differences: [CellDifference], expectedPhrase: String) -> String {
        var parts: [String] = []
        var index = 0
        while index < differences.count {
            var end = index
            while end + 1 < differences.count, differences[end + 1].year == differences[end].year + 1,
                differences[end + 1].printedText == differences[index].printedText,
                differences[end + 1].expectedText == differences[index].expectedText
            {
                end += 1
            }
            let cell = differences[index]
            parts.append(
                "\(yearSpan(cell.year, differences[end].year)): printed \(cell.printedText), \(expectedPhrase) \(cell.expectedText)")
            index = end + 1
        }
        return parts.joined(separator: "; ")
    }
}

/// One cell where a printed figure differs from the expected one.
struct CellDifference {
    let year: Int
    let printedText: String
    let expectedText: String
}
