/// What a proposal of each type must satisfy (DOMAIN.md §1): consultations are finished before committee
/// approval ("Skal være afsluttet inden udvalgsgodkendelse", 003 section 1.11) and Center for Økonomi has
/// approved the economics; an investment proposal buys a permanent saving; an innovation proposal commits
/// no saving; an efficiency proposal needs no investment.
enum CriteriaChecks {
    static let consultationUnfinished = RuleDescription(
        "criteria.consultation-unfinished", .error,
        "A consultation (1.11) has no answer although the proposal is past drafting.")
    static let economicsNotApproved = RuleDescription(
        "criteria.economics-not-approved", .error,
        "Center for Økonomi, Økonomiforvaltningen answered Nej, and the proposal is past drafting.")
    static let investmentWithoutSavings = RuleDescription(
        "criteria.investment-without-savings", .error, "An investment proposal has no permanent saving in any year.")
    static let investmentWithoutInvestment = RuleDescription(
        "criteria.investment-without-investment", .warning, "An investment proposal has no implementation costs.")
    static let innovationWithSavings = RuleDescription(
        "criteria.innovation-with-savings", .warning,
        "An innovation proposal commits a permanent saving, which innovation proposals do not.")
    static let efficiencyWithInvestment = RuleDescription(
        "criteria.efficiency-with-investment", .warning,
        "An efficiency proposal has implementation costs; efficiency proposals save without an investment.")

    static let rules = [
        consultationUnfinished, economicsNotApproved, investmentWithoutSavings, investmentWithoutInvestment,
        innovationWithSavings, efficiencyWithInvestment,
    ]

    static func check(
        _ proposal: Proposal, _ computed: [ComputedProposal], _ configuration: CheckConfiguration, _ run: inout CheckRun
    ) {
        if proposal.status.isPastDrafting {
            let status = proposal.status.rawValue
            for consultation in proposal.consultations where !consultation.isFinished {
                run.report(consultationUnfinished) {
                    "The consultation of \(consultation.body) has no answer, but the proposal is \(status); "
                        + "consultations must be finished before committee approval."
                }
            }
            if let economics = MissingFieldChecks.economicsConsultation(in: proposal, configuration: configuration),
                economics.answer == .nej
            {
                run.report(economicsNotApproved) {
                    "\(economics.body) answered Nej to the economics, but the proposal is \(status)."
                }
            }
        }
        guard let type = proposal.type else { return }
        for index in computed.indices {
            let variant = computed[index].variant
            let saves = computed[index].table1.permanentTotal.values.contains { $0 < 0 }
            let invests = !computed[index].table1.implementationTotal.isZero
            switch type {
            case .investment:
                if !saves {
                    run.report(investmentWithoutSavings) { FindingText.sentence(variant, "the investment proposal has no permanent saving in any year.") }
                }
                if !invests {
                    run.report(investmentWithoutInvestment) { FindingText.sentence(variant, "the investment proposal has no implementation costs.") }
                }
            case .innovation:
                if saves {
                    let effect = computed[index].fullPhaseInEffect
                    run.report(innovationWithSavings) {
                        FindingText.sentence(variant, "the innovation proposal commits a permanent saving "
                            + "(\(FindingText.thousands(effect)) at full phase-in, 1.000 kr.); innovation proposals commit none.")
                    }
                }
            case .efficiency:
                if invests {
                    let investment = computed[index].investment.total
                    run.report(efficiencyWithInvestment) {
                        FindingText.sentence(variant, "the efficiency proposal has implementation costs of \(FindingText.thousands(investment)) (1.000 kr.).")
                    }
                }
            }
        }
    }
}
