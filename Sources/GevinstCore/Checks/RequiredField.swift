/// A field a proposal must have before it can go to committee; each missing field is its own finding,
/// `missing.<rawValue>`. Which fields are required is configuration (`CheckConfiguration.requiredFields`).
public enum RequiredField: String, Sendable, Hashable, CaseIterable {
    case title
    case code
    case type
    case summary
    case fundingSource = "funding-source"
    case submittingAdministration = "submitting-administration"
    case area
    case budgetRound = "budget-round"
    case priceLevel = "price-level"
    case years
    case lines
    case riskLevel = "risk-level"
    /// A consultation of Center for Økonomi, Økonomiforvaltningen (ØKF), which approves the economics.
    case economicsConsultation = "economics-consultation"
    case followUpPlan = "follow-up-plan"

    /// The fields every proposal in the seeds' template carries in its header, Tabel 1, 1.10 and 1.11.
    public static let defaults: [RequiredField] = [
        .title, .code, .type, .priceLevel, .years, .lines, .submittingAdministration, .riskLevel, .economicsConsultation,
    ]

    public var ruleID: RuleID { RuleID(family: "missing", name: rawValue) }
}
