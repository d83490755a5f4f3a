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

    static func check(
        _ proposal: Proposal, _ computed: [ComputedProposal], _ configuration: CheckConfiguration, _ run: inout CheckRun
    ) {
        let patterns = configuration.savingPatterns
        let lines = proposal.lines
        for index in lines.indices {
            switch lines[index].block {
            case .permanent:
                guard let firstPositive = lines[index].amounts.values.firstIndex(where: { $0 > 0 }),
                    let word = patterns.firstMatch(in: lines[index].label)
                else { continue }
                let line = lines[index]
                let year = line.amounts.firstYear + firstPositive
                run.report(savingPositive) {
                    "\(FindingText.variantPrefix(line.variant))\"\(line.label)\" is a saving (\"\(word.text)\") but is "
                        + "\(FindingText.thousands(line.amounts[year])) in \(year) (1.000 kr.); savings are negative."
                }
            case .implementation:
                guard let firstNegative = lines[index].amounts.values.firstIndex(where: { $0 < 0 }) else { continue }
                let line = lines[index]
                let year = line.amounts.firstYear + firstNegative
                run.report(implementationNegative) {
                    FindingText.sentence(line.variant, "implementation cost \"\(line.label)\" is "
                        + "\(FindingText.thousands(line.amounts[year])) in \(year) (1.000 kr.); costs are positive.")
                }
            }
        }
        guard proposal.type == .investment || proposal.type == .efficiency else { return }
        let typeName = proposal.type == .investment ? "investment" : "efficiency"
        for index in computed.indices where computed[index].fullPhaseInEffect > 0 {
            let computation = computed[index]
            run.report(permanentTotalPositive) {
                FindingText.sentence(computation.variant, "the permanent total at full phase-in "
                    + "(\(computation.years.upperBound)) is \(FindingText.thousands(computation.fullPhaseInEffect)) (1.000 kr.), "
                    + "a cost; an \(typeName) proposal should save.")
            }
        }
    }
}
