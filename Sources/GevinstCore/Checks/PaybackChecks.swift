/// Printed paybacks against the configured rule, and the budget round's limit (DOMAIN.md §5). The seeds follow
/// no single convention: 003 HA02 and TV01 print 4 years where the cumulative net is below zero in year 3, and
/// no named rule gives 4; 000 mixes "count from the first year" with "count from the first savings year". So a
/// differing printed payback names the rules that would reproduce it.
enum PaybackChecks {
    static let printedDiffers = RuleDescription(
        "payback.printed-differs", .warning,
        "The printed payback (service or total economy) differs from the one the configured rule computes from the lines.")
    static let aboveMaximum = RuleDescription(
        "payback.above-maximum", .warning,
        "The computed payback (service or total economy) is longer than the configured maximum number of years.")
    static let notPaidBack = RuleDescription(
        "payback.not-paid-back", .warning,
        "A proposal with implementation costs (not an innovation proposal) does not pay back within its years.")

    static let rules = [printedDiffers, aboveMaximum, notPaidBack]

    static func check(
        _ proposal: Proposal, _ computed: [ComputedProposal], _ configuration: CheckConfiguration, _ run: inout CheckRun
    ) {
        let rule = configuration.paybackRule
        if let printed = proposal.printed?.payback {
            if let service = printed.service {
                checkPrinted(service, kind: "service", line: printed.serviceLine, rule: rule, computed, &run) { $0.service }
            }
            if let total = printed.total {
                checkPrinted(total, kind: "total economy", line: printed.totalLine, rule: rule, computed, &run) { $0.total }
            }
        }
        for index in computed.indices {
            if let maximum = configuration.maximumPaybackYears { checkMaximum(computed, index, maximum, &run) }
            // Only a proposal that invests and never pays back needs a closer look.
            if computed[index].payback.total == nil && !computed[index].table1.implementationTotal.isZero {
                checkPaidBack(computed, index, proposal, &run)
            }
        }
    }

    /// "3 years", "1 year", or the words for never.
    static func describe(_ payback: PaybackYears?) -> String {
        guard let payback else { return "\"\(Payback.notPaidBackText)\"" }
        return payback.tenths == 10 ? "1 year" : "\(payback) years"
    }

    private static func checkPrinted(
        _ printedYears: Int, kind: String, line: Int?, rule: PaybackRule, _ computed: [ComputedProposal], _ run: inout CheckRun,
        select: ((service: PaybackYears?, total: PaybackYears?)) -> PaybackYears?
    ) {
        let printed = paybackYears(printedYears)
        if computed.contains(where: { select(($0.payback.service, $0.payback.total)) == printed }) { return }
        let computations = computed
        run.report(printedDiffers, line: line) {
            let computed = computations.map { select(($0.payback.service, $0.payback.total)) }
            var given: [String] = []
            for (index, computation) in computations.enumerated() {
                given.append("\(FindingText.variantPrefix(computation.variant))\(describe(computed[index]))")
            }
            let reproducing = PaybackRule.named.filter { candidate in
                candidate != rule && computations.contains { select($0.payback(by: candidate)) == printed }
            }
            let others = reproducing.isEmpty
                ? "No named rule gives \(printedYears)."
                : "\(reproducing.map(\.name).joined(separator: ", ")) would give \(printedYears)."
            return "Tabel 1 prints a \(kind) payback of \(describe(printed)); \(rule.name) gives "
                + given.joined(separator: ", ") + ". " + others
        }
    }

    private static func checkMaximum(_ computed: [ComputedProposal], _ index: Int, _ maximum: Int, _ run: inout CheckRun) {
        let computation = computed[index]
        let limit = paybackYears(maximum)
        for (kind, payback) in [("service", computation.payback.service), ("total economy", computation.payback.total)] {
            guard let payback, payback > limit else { continue }
            run.report(aboveMaximum) {
                FindingText.sentence(computation.variant, "the \(kind) payback is \(describe(payback)) by "
                    + "\(computation.payback.rule.name), longer than the maximum of \(maximum) years.")
            }
        }
    }

    /// Whole years as `PaybackYears`, saturating instead of overflowing for absurd printed or configured values.
    static func paybackYears(_ years: Int) -> PaybackYears {
        let (tenths, overflow) = years.multipliedReportingOverflow(by: 10)
        return PaybackYears(tenths: overflow ? (years < 0 ? Int.min : Int.max) : tenths)
    }

    private static func checkPaidBack(_ computed: [ComputedProposal], _ index: Int, _ proposal: Proposal, _ run: inout CheckRun) {
        let computation = computed[index]
        guard proposal.type != .innovation, computation.payback.total == nil,
            !computation.table1.implementationTotal.isZero
        else { return }
        run.report(notPaidBack) {
            FindingText.sentence(computation.variant, "the proposal invests "
                + "\(FindingText.thousands(computation.investment.total)) (1.000 kr.) and is "
                + "\(Payback.notPaidBackText) \(computation.years.lowerBound)–\(computation.years.upperBound) "
                + "by \(computation.payback.rule.name).")
        }
    }
}
