/// Everything about follow-up that a municipality agrees on rather than Gevinst deciding it: the status
/// categories and their colours, the thresholds (6 months for the schedule, 1 mio. kr. for the economy), the
/// areas and their code letters, the committee's own areas, the ØU/BR approval rule, and the words that mark a
/// cancelled initiative. Values with defaults (DOMAIN.md §6), effective from a date.
public struct FollowUpConfiguration: Sendable, Hashable {
    /// The day from which this configuration applies; the one in force for a period is the latest whose
    /// date is on or before the period's date (`FollowUpConfigurationSet`).
    public var effectiveFrom: CalendarDay
    /// A schedule slip counts when the full implementation is more than this many months late (6).
    public var scheduleThresholdMonths: Int
    /// An economic slip counts when the uncovered lost efficiency exceeds this many kroner (1 mio. kr.).
    public var economyThreshold: Amount
    /// The status categories, in the order reports list them.
    public var categories: [StatusCategory]
    /// The areas, in the order the report prints their tables.
    public var areas: [FollowUpArea]
    /// The areas the committee governs; a frame cut there needs no ØU/BR approval under the default rule.
    public var committeeAreas: [String]
    public var approvalRule: ApprovalRule
    /// Words that, in the remark of a record marked implemented, say the initiative was cancelled instead.
    public var cancellationWords: [String]

    public init(
        effectiveFrom: CalendarDay, scheduleThresholdMonths: Int, economyThreshold: Amount,
        categories: [StatusCategory], areas: [FollowUpArea], committeeAreas: [String], approvalRule: ApprovalRule,
        cancellationWords: [String]
    ) {
        self.effectiveFrom = effectiveFrom
        self.scheduleThresholdMonths = scheduleThresholdMonths
        self.economyThreshold = economyThreshold
        self.categories = categories
        self.areas = areas
        self.committeeAreas = committeeAreas
        self.approvalRule = approvalRule
        self.cancellationWords = cancellationWords
    }

    /// The five status texts of seed 002 with the colours DOMAIN.md §6 infers for them.
    public static let defaultCategories: [StatusCategory] = [
        StatusCategory(id: "on-track", text: "Forløber som planlagt", colour: .green, role: .onTrack),
        StatusCategory(id: "implemented", text: "Initiativet er implementeret", colour: .green, role: .implemented, endsFollowUp: true),
        StatusCategory(id: "schedule-slipped", text: "Tidsplanen er skredet mere end 6 mdr.", colour: .yellow, role: .scheduleSlipped),
        StatusCategory(
            id: "schedule-and-economy-slipped",
            text: "Tidsplanen er skredet mere end 6 mdr. og økonomien er skredet med mere end 1 mio. kr.",
            colour: .red, role: .scheduleAndEconomySlipped),
        StatusCategory(
            id: "not-implemented-as-intended", text: "Initiativet implementeres ikke som tiltænkt", colour: .red,
            role: .notImplementedAsIntended),
    ]

    /// The five area tables of seed 002 (Socialudvalget's areas) with the code letters their proposals carry.
    public static let defaultAreas: [FollowUpArea] = [
        FollowUpArea(name: "Borgere med handicap", codeLetters: ["HA"]),
        FollowUpArea(name: "Børnefamilier med særlige behov", codeLetters: ["BU"]),
        FollowUpArea(name: "Udsatte voksne", codeLetters: ["UD", "SI"]),
        FollowUpArea(name: "Den sociale hjemmepleje", codeLetters: ["HJ"]),
        FollowUpArea(name: "Tværgående opgaver og administration", codeLetters: ["TV", "CE"]),
    ]

    public static let defaultCancellationWords = ["annulleret", "annullering", "aflyst", "opgivet", "droppet", "lukket ned"]

    /// The default: seed 002's categories and areas, 6 months, 1 mio. kr., the committee governs all five
    /// areas, approval unless a frame cut within them; effective from 1 January 2019, the first budget year
    /// the seed follows up.
    public static let `default` = FollowUpConfiguration(
        effectiveFrom: CalendarDay(unchecked: 2019, 1, 1),
        scheduleThresholdMonths: 6, economyThreshold: 1_000_000, categories: defaultCategories, areas: defaultAreas,
        committeeAreas: defaultAreas.map(\.name), approvalRule: .unlessFrameCutWithinCommitteeAreas,
        cancellationWords: defaultCancellationWords)

    /// The first category with the role (every valid configuration has one per role).
    public func category(for role: StatusRole) -> StatusCategory? { categories.first { $0.role == role } }

    public func category(id: String) -> StatusCategory? { categories.first { $0.id == id } }

    /// The area a heading names (ignoring case, spacing, a final full stop), by name or alias.
    public func area(named heading: String) -> FollowUpArea? {
        let wanted = FollowUpText.normalised(heading)
        return areas.first { area in
            FollowUpText.normalised(area.name) == wanted || area.aliases.contains { FollowUpText.normalised($0) == wanted }
        }
    }

    /// Every code letter pair of every area ("BU", "CE", "HA", …), sorted.
    public var knownCodeLetters: [String] { Array(Set(areas.flatMap(\.codeLetters))).sorted() }

    /// Whether the record's compensating actions need ØU/BR approval under this configuration's rule.
    public func requiresApproval(_ actions: [CompensatingAction]) -> Bool {
        approvalRule.requiresApproval(actions, committeeAreas: committeeAreas)
    }
}
