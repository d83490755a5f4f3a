/// Fields a proposal must have before committee (DOMAIN.md §3: the template's header, Tabel 1, 1.10 risk and
/// 1.11 consultations). Which fields are required is `CheckConfiguration.requiredFields`; each is its own rule,
/// `missing.<field>`.
enum MissingFieldChecks {
    static func rule(_ field: RequiredField) -> RuleDescription {
        switch field {
        case .title: RuleDescription(field.ruleID, .error, "The proposal has no title.")
        case .code: RuleDescription(field.ruleID, .warning, "The proposal has no code (\"BU01\", \"SI/UD03\").")
        case .type: RuleDescription(field.ruleID, .warning, "The proposal does not say whether it is an investment, efficiency or innovation proposal.")
        case .summary: RuleDescription(field.ruleID, .warning, "The proposal has no short summary (*Kort resumé*).")
        case .fundingSource: RuleDescription(field.ruleID, .warning, "The proposal does not say which pool it asks for money from.")
        case .submittingAdministration: RuleDescription(field.ruleID, .warning, "The proposal names no submitting administration (*Fremstillende forvaltning*).")
        case .area: RuleDescription(field.ruleID, .warning, "The proposal names no target-group area.")
        case .budgetRound: RuleDescription(field.ruleID, .warning, "The proposal names no budget round.")
        case .priceLevel: RuleDescription(field.ruleID, .warning, "The proposal states no price level (p/l) year for its amounts.")
        case .years: RuleDescription(field.ruleID, .error, "The proposal's tables span fewer than two years.")
        case .lines: RuleDescription(field.ruleID, .error, "The proposal has no economic lines.")
        case .riskLevel: RuleDescription(field.ruleID, .warning, "Section 1.10 gives no risk level (lav, mellem, middel, høj …).")
        case .economicsConsultation: RuleDescription(field.ruleID, .warning, "Section 1.11 has no consultation of Center for Økonomi, Økonomiforvaltningen.")
        case .followUpPlan: RuleDescription(field.ruleID, .warning, "Section 1.9 has no follow-up rows.")
        }
    }

    static let rules = RequiredField.allCases.map(rule)

    static func check(
        _ proposal: Proposal, _ computed: [ComputedProposal], _ configuration: CheckConfiguration, _ run: inout CheckRun
    ) {
        for field in configuration.requiredFields where isMissing(field, in: proposal, configuration: configuration) {
            let years = proposal.years
            run.report(rule(field)) {
                switch field {
                case .title: "The proposal has no title."
                case .code: "The proposal has no code."
                case .type: "The proposal's type (investment, efficiency or innovation) is not given."
                case .summary: "The proposal has no summary."
                case .fundingSource: "The proposal does not say which pool it asks for money from (Der søges om midler fra)."
                case .submittingAdministration: "The submitting administration (Fremstillende forvaltning) is not given."
                case .area: "No target-group area is given."
                case .budgetRound: "No budget round is given."
                case .priceLevel: "No price level (p/l) year is given for the amounts."
                case .years: "The tables span only \(years.lowerBound)–\(years.upperBound); at least two years are expected."
                case .lines: "The proposal has no economic lines, so Tabel 1–4 are empty."
                case .riskLevel: "No risk level is given in the risk assessment (1.10)."
                case .economicsConsultation: "Center for Økonomi, Økonomiforvaltningen is not among the consultations (1.11)."
                case .followUpPlan: "The follow-up plan (1.9) has no rows."
                }
            }
        }
    }

    static func isBlank(_ text: String?) -> Bool {
        guard let text else { return true }
        return text.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
    }

    static func isMissing(_ field: RequiredField, in proposal: Proposal, configuration: CheckConfiguration) -> Bool {
        switch field {
        case .title: isBlank(proposal.title)
        case .code: isBlank(proposal.code)
        case .type: proposal.type == nil
        case .summary: isBlank(proposal.summary)
        case .fundingSource: isBlank(proposal.fundingSource)
        case .submittingAdministration: isBlank(proposal.submittingAdministration)
        case .area: proposal.areas.isEmpty
        case .budgetRound: isBlank(proposal.budgetRound)
        case .priceLevel: proposal.priceLevelYear == nil
        case .years: proposal.years.count < 2
        case .lines: proposal.lines.isEmpty
        case .riskLevel: proposal.risk?.level == nil
        case .economicsConsultation: economicsConsultation(in: proposal, configuration: configuration) == nil
        case .followUpPlan: proposal.followUpPlan.isEmpty
        }
    }

    /// The consultation of Center for Økonomi (ØKF), which approves the economics (DOMAIN.md §1).
    static func economicsConsultation(in proposal: Proposal, configuration: CheckConfiguration) -> Consultation? {
        proposal.consultations.first { configuration.economicsPatterns.firstMatch(in: $0.body) != nil }
    }
}
