/// A budget round may set a maximum payback ("maksimal tilbagebetalingstid", DOMAIN.md §1 and §5: the
/// investment pool lends against savings that repay it); a proposal whose computed payback is longer, or
/// that is not paid back within its table's years at all, gets a warning naming both figures.
public enum MaximumPayback {
    public static let rule: RuleID = "payback.above-round-maximum"

    public static func findings(for proposal: Proposal, computed: [ComputedProposal], maximumYears: Int, round: String) -> [Finding] {
        var findings: [Finding] = []
        for variant in computed where variant.investment.total > 0 {
            let name = variant.variant.map { " (\($0))" } ?? ""
            for (kind, payback) in [("service", variant.payback.service), ("total", variant.payback.total)] {
                let limit = PaybackYears(years: maximumYears)
                if let payback, payback <= limit { continue }
                let stated = payback.map { "\($0) years" } ?? "not paid back within \(variant.years.lowerBound)–\(variant.years.upperBound)"
                findings.append(Finding(
                    rule: rule, severity: .warning, proposal: proposal.displayName, line: proposal.source?.firstLine,
                    message: "\(kind) payback\(name) is \(stated); \(round) allows at most \(maximumYears) years"))
            }
        }
        return findings
    }
}
