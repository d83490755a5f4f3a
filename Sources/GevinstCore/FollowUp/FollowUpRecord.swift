/// One adopted proposal in one area in one follow-up period (issue 5, DOMAIN.md §6): the status and its
/// colour, the remark, the years of full implementation, the efficiency planned and realised, the handling
/// and its compensating actions, and the ØU/BR approval. A cross-area proposal has one record per area with
/// that area's share of the figures, and may have a different status per area (002: TV06(2025)).
///
/// Amounts are kroner; efficiency is negative when it is a saving, as in the municipal tables.
public struct FollowUpRecord: Sendable, Hashable {
    /// (adopted budget year, code): the proposal across periods.
    public var key: FollowUpKey
    /// The code as printed ("TV06 (2025)", "HA/S108"), nil when the proposal has none.
    public var code: String?
    public var title: String
    public var type: ProposalType?
    /// *Forslagstype* as printed.
    public var typeText: String
    /// The area's name as configured ("Borgere med handicap").
    public var area: String
    /// The status: proposed, confirmed or overridden.
    public var assessment: StatusAssessment
    /// The status text as printed in the source table, when it differs from the category's text
    /// ("Forløber som planlagt." with a full stop); nil otherwise.
    public var printedStatusText: String?
    /// *Bemærkning*.
    public var remark: String
    /// The year of full implementation the adopted proposal planned, where known (from the stored proposal).
    public var plannedFullImplementationYear: Int?
    /// *Aktuel år for fuld implementering*.
    public var currentFullImplementationYear: Int?
    /// *Samlet effektivisering ved fuld indfasning*, kroner, savings negative.
    public var efficiencyAtFullPhaseIn: Amount?
    /// The price level of `efficiencyAtFullPhaseIn` ("2025 p/l").
    public var efficiencyPriceLevelYear: Int?
    /// Efficiency planned per year, savings negative, where known.
    public var plannedEfficiency: [Int: Amount]
    /// Efficiency realised per year, savings negative, where known.
    public var realisedEfficiency: [Int: Amount]
    /// *Samlet investering*, kroner.
    public var totalInvestment: Amount?
    /// *Håndtering*, as written.
    public var handling: String
    /// The compensating actions the handling consists of.
    public var compensatingActions: [CompensatingAction]
    /// *Er der tidligere foretaget kompenserende handling*.
    public var earlierCompensatingAction: Bool?
    /// *Skal kompenserende handling godkendes af ØU og BR?* as recorded.
    public var requiresApprovalByOEUAndBR: Bool?
    /// *Konsekvens efter håndtering*.
    public var consequence: String
    /// True when the follow-up of this proposal is closed (*afsluttet*) whatever its status.
    public var isClosed: Bool
    /// The source line, for an imported record.
    public var line: Int?

    public init(
        key: FollowUpKey, code: String?, title: String, type: ProposalType? = nil, typeText: String = "", area: String,
        assessment: StatusAssessment, printedStatusText: String? = nil, remark: String = "",
        plannedFullImplementationYear: Int? = nil, currentFullImplementationYear: Int? = nil,
        efficiencyAtFullPhaseIn: Amount? = nil, efficiencyPriceLevelYear: Int? = nil,
        plannedEfficiency: [Int: Amount] = [:], realisedEfficiency: [Int: Amount] = [:], totalInvestment: Amount? = nil,
        handling: String = "", compensatingActions: [CompensatingAction] = [], earlierCompensatingAction: Bool? = nil,
        requiresApprovalByOEUAndBR: Bool? = nil, consequence: String = "", isClosed: Bool = false, line: Int? = nil
    ) {
        self.key = key
        self.code = code
        self.title = title
        self.type = type
        self.typeText = typeText
        self.area = area
        self.assessment = assessment
        self.printedStatusText = printedStatusText
        self.remark = remark
        self.plannedFullImplementationYear = plannedFullImplementationYear
        self.currentFullImplementationYear = currentFullImplementationYear
        self.efficiencyAtFullPhaseIn = efficiencyAtFullPhaseIn
        self.efficiencyPriceLevelYear = efficiencyPriceLevelYear
        self.plannedEfficiency = plannedEfficiency
        self.realisedEfficiency = realisedEfficiency
        self.totalInvestment = totalInvestment
        self.handling = handling
        self.compensatingActions = compensatingActions
        self.earlierCompensatingAction = earlierCompensatingAction
        self.requiresApprovalByOEUAndBR = requiresApprovalByOEUAndBR
        self.consequence = consequence
        self.isClosed = isClosed
        self.line = line
    }

    /// The confirmed colour.
    public var colour: StatusColour { assessment.confirmed.colour }

    /// The status text a report prints: as the source printed it, else the category's text.
    public var statusText: String { printedStatusText ?? assessment.confirmed.text }

    /// How findings and reports name the record: its code as printed, or its title.
    public var displayName: String { code ?? title }

    /// True when the record does not go on to the next period: implemented (its category ends follow-up) or
    /// closed. Seed 002: "Når projekter er endeligt implementeret eller afsluttet, vil det ikke fremgå af
    /// oversigten ved næste status."
    public var endsFollowUp: Bool { isClosed || assessment.confirmed.endsFollowUp }

    /// Lost efficiency up to and including `year` (planned − realised where both are known).
    public func lostEfficiency(through year: Int) -> LostEfficiency {
        LostEfficiency(planned: plannedEfficiency, realised: realisedEfficiency, through: year)
    }

    /// The controller accepts `proposal` as the record's status.
    public mutating func confirm(_ proposal: StatusCategory) {
        assessment = .confirming(proposal)
        printedStatusText = nil
    }

    /// The controller sets `category` against `proposal` (nil: nothing proposed), giving the reason.
    public mutating func override(_ proposal: StatusCategory?, with category: StatusCategory, reason: String) throws(FollowUpError) {
        assessment = try .overriding(proposal, with: category, reason: reason, record: "\(key)")
        printedStatusText = nil
    }
}
