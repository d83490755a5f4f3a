/// Every rule the follow-up row conversion and checks can report, as documented in
/// docs/rules-follow-up.md (the proposal checks' rules are in `RuleCatalogue`).
public enum FollowUpRules {
    public static let all: [RuleDescription] = [
        RuleDescription("missing.budget-year", .error, "A follow-up row without its adopted budget year; not loaded."),
        RuleDescription("missing.proposal-name", .error, "A follow-up row naming no proposal (neither code nor title); not loaded."),
        RuleDescription("missing.status", .error, "A follow-up row without a status; not loaded."),
        RuleDescription("status.unknown-text", .error, "A status text that matches no configured category; the row is not loaded."),
        RuleDescription("area.unknown", .error, "A follow-up table under a heading that is no configured area; the row is not loaded."),
        RuleDescription("amount.out-of-range", .error, "An amount beyond the largest Gevinst accepts; the row is not loaded."),
        RuleDescription("status.text-misspelled", .info, "A status text read as the configured category one or two letters away."),
        RuleDescription("missing.investment", .warning, "An investment proposal in follow-up without its total investment."),
        RuleDescription("missing.efficiency", .warning, "An investment or efficiency proposal in follow-up without its efficiency."),
        RuleDescription("missing.full-implementation-year", .warning, "An investment proposal in follow-up without its current year of full implementation."),
        RuleDescription("sign.positive-efficiency", .warning, "A positive efficiency in a follow-up table where savings are negative."),
        RuleDescription("duplicate.counted-twice", .warning, "One proposal listed in two areas with identical figures, so counted twice."),
        RuleDescription("duplicate.same-area", .warning, "One proposal listed twice in the same area."),
        RuleDescription("code.malformed", .warning, "A proposal code that does not have the form of area letters and a number."),
        RuleDescription("code.unknown-area", .warning, "A proposal code whose area letters name no configured area."),
        RuleDescription("status.implemented-but-cancelled", .warning, "Marked implemented while the remark says the initiative was cancelled."),
        RuleDescription("status.on-track-past-year", .warning, "Marked on track while the year of full implementation has passed."),
        RuleDescription("approval.differs-from-rule", .warning, "A record's ØU/BR approval (Ja/Nej) that the configured approval rule contradicts for its handling."),
        RuleDescription("bulk.unknown-record", .warning, "A bulk-update row that matches no record of the period; not applied."),
        RuleDescription("bulk.repeated-row", .warning, "A record updated twice by one bulk update; only the first row applies."),
    ]

    public static func rule(_ id: RuleID) -> RuleDescription? { all.first { $0.id == id } }
}
