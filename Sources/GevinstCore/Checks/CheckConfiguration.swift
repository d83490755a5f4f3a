/// What the checks compare against, chosen per municipality or budget round (ARCHITECTURE.md: configuration
/// is data). The defaults follow catalogue 003 (2019), the most consistent seed.
public struct CheckConfiguration: Sendable, Hashable {
    /// The payback convention printed paybacks are compared with (DOMAIN.md §5).
    public var paybackRule: PaybackRule
    /// The longest payback the budget round accepts, in years; nil: no limit.
    public var maximumPaybackYears: Int?
    /// Fields whose absence is a `missing.*` finding.
    public var requiredFields: [RequiredField]
    /// Severities that replace a rule's default.
    public var severityOverrides: [RuleID: Severity]
    /// Rules that report nothing.
    public var disabledRules: Set<RuleID>
    /// Words that mark a permanent line as a saving (`sign.saving-positive`), matched ignoring case anywhere in
    /// the label ("Huslejebesparelse" contains "besparelse").
    public var savingWords: [String] { didSet { savingPatterns = FoldedPatternSet(savingWords) } }
    /// Names under which the economics consultation (Center for Økonomi, ØKF) appears in section 1.11.
    public var economicsConsultationBodies: [String] {
        didSet { economicsPatterns = FoldedPatternSet(economicsConsultationBodies) }
    }

    private(set) var savingPatterns: FoldedPatternSet
    private(set) var economicsPatterns: FoldedPatternSet

    /// The labels of the seeds' saving lines: "Besparelse på husleje", "Færre køb af …", "Reduktion i …",
    /// "Reducerede foranstaltninger …", "Indkøbseffektivisering …" (003), "Effektiviseringer på husleje" (000).
    public static let defaultSavingWords = [
        "besparelse", "sparelse", "effektivisering", "reduktion", "reducere", "færre", "mindreudgift",
        "mindre udgift", "lavere udgift", "nedbringelse",
    ]

    /// "Center for Økonomi, Økonomiforvaltningen" in 003 and 000; "ØKF" in running text.
    public static let defaultEconomicsConsultationBodies = ["Center for Økonomi", "Økonomiforvaltningen", "ØKF"]

    public init(
        paybackRule: PaybackRule = .firstYearStrict, maximumPaybackYears: Int? = nil,
        requiredFields: [RequiredField] = RequiredField.defaults, severityOverrides: [RuleID: Severity] = [:],
        disabledRules: Set<RuleID> = [], savingWords: [String] = CheckConfiguration.defaultSavingWords,
        economicsConsultationBodies: [String] = CheckConfiguration.defaultEconomicsConsultationBodies
    ) {
        self.paybackRule = paybackRule
        self.maximumPaybackYears = maximumPaybackYears
        self.requiredFields = requiredFields
        self.severityOverrides = severityOverrides
        self.disabledRules = disabledRules
        self.savingWords = savingWords
        self.economicsConsultationBodies = economicsConsultationBodies
        self.savingPatterns = FoldedPatternSet(savingWords)
        self.economicsPatterns = FoldedPatternSet(economicsConsultationBodies)
    }

    public static let `default` = CheckConfiguration()

    /// The severity `rule` reports with, or nil when it is disabled.
    public func severity(of rule: RuleDescription) -> Severity? {
        if !disabledRules.isEmpty && disabledRules.contains(rule.id) { return nil }
        if !severityOverrides.isEmpty, let chosen = severityOverrides[rule.id] { return chosen }
        return rule.defaultSeverity
    }
}
