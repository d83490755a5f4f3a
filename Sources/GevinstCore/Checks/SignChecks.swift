/// The sign convention of the municipal template: "Alle besparelser er angivet med negativt (-) fortegn"
/// (000 and 003, notes to Tabel 1). Savings are negative, costs positive.
enum SignChecks {
    static let savingPositive = RuleDescription(
        "sign.saving-positive", .error,
        "A permanent line whose label says it is a saving (besparelse, reduktion, færre, effektivisering …) has a positive amount.")
    static let implementationNegative = RuleDescription(
        "sign.implementation-negative", .error, "An implementation cost (the investment) is negative in some year.")
    static let permanentTotalPositive = RuleDescription(
        "sign.permanent-total-positive", .warning,
        "An investment or efficiency proposal's permanent total at full phase-in is a cost, not a saving.")

    static let rules = [savingPositive, implementationNegative, permanentTotalPositive]

    static func check(_ run: inout CheckRun) {
        let patterns = run.configuration.savingPatterns
        for line in run.proposal.lines {
            switch line.block {
            case .permanent:
                guard let firstPositive = line.amounts.values.firstIndex(where: { $0 > 0 }),
                    let word = FoldedText.firstContained(patterns, in: line.label)
                else { continue }
                let year = line.amounts.firstYear + firstPositive
                run.report(savingPositive) {
                    "\(FindingText.variantPrefix(line.variant))\"\(line.label)\" is a saving (\"\(word.text)\") but is "
                        + "\(FindingText.thousands(line.amounts[year])) in \(year) (1.000 kr.); savings are negative."
                }
            case .implementation:
                guard let firstNegative = line.amounts.values.firstIndex(where: { $0 < 0 }) else { continue }
                let year = line.amounts.firstYear + firstNegative
                run.report(implementationNegative) {
                    FindingText.sentence(line.variant, "implementation cost \"\(line.label)\" is "
                        + "\(FindingText.thousands(line.amounts[year])) in \(year) (1.000 kr.); costs are positive.")
                }
            }
        }
        guard run.proposal.type == .investment || run.proposal.type == .efficiency else { return }
        let typeName = run.proposal.type == .investment ? "investment" : "efficiency"
        for computation in run.computed where computation.fullPhaseInEffect > 0 {
            run.report(permanentTotalPositive) {
                FindingText.sentence(computation.variant, "the permanent total at full phase-in "
                    + "(\(computation.years.upperBound)) is \(FindingText.thousands(computation.fullPhaseInEffect)) (1.000 kr.), "
                    + "a cost; an \(typeName) proposal should save.")
            }
        }
    }
}
