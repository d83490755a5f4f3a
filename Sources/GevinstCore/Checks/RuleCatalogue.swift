/// Every rule Gevinst's checks and driver evaluation can report, in the order `docs/rules.md` lists them.
public enum RuleCatalogue {
    public static let all: [RuleDescription] =
        TotalChecks.rules + DetailChecks.rules + PaybackChecks.rules + PriceChecks.rules + SignChecks.rules
        + TemplateChecks.rules + MissingFieldChecks.rules + CriteriaChecks.rules
        + [DriverEvaluation.yearOutsideRange, DriverEvaluation.amountBeyondLimit]

    /// The rule with this id, or nil.
    public static func rule(_ id: RuleID) -> RuleDescription? { all.first { $0.id == id } }
}
