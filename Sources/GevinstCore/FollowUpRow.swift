/// One row of a follow-up status table (*opfølgning*, DOMAIN.md §6): one adopted proposal in one area, in
/// one period. The twelve columns of the municipal table, typed; amounts in kroner.
///
/// A proposal in follow-up is identified by (adopted budget year, code), since codes are reused across years.
public struct FollowUpRow: Sendable, Hashable {
    /// *Vedtaget budgetår*.
    public var adoptedBudgetYear: Int?
    /// The code as printed ("HA03", "TV06(2025)", "HA/S108"), nil when the row names none.
    public var code: String?
    /// The title without its code.
    public var title: String
    /// *Forslagstype* as printed ("Investeringsforslag").
    public var typeText: String
    public var type: ProposalType?
    /// The area heading the row stands under ("Borgere med handicap").
    public var area: String
    /// *Status*, as printed.
    public var status: String
    /// The status recognised among the five texts of the table; nil when the text is none of them.
    public var recognisedStatus: FollowUpStatus?
    /// *Bemærkning*.
    public var remark: String
    /// *Samlet investering*, kroner; nil when blank.
    public var totalInvestment: Amount?
    /// *Samlet effektivisering ved fuld indfasning*, kroner (negative is a saving); nil when blank.
    public var efficiencyAtFullPhaseIn: Amount?
    /// The price level of the efficiency column, where the header states one ("2025 p/l").
    public var efficiencyPriceLevelYear: Int?
    /// *Aktuel år for fuld implementering*.
    public var fullImplementationYear: Int?
    /// *Håndtering*.
    public var handling: String
    /// *Er der tidligere foretaget kompenserende handling* (Ja/Nej); nil when blank.
    public var earlierCompensatingAction: Bool?
    /// *Skal kompenserende handling godkendes af ØU og BR?* (Ja/Nej); nil when blank.
    public var requiresApprovalByOEUAndBR: Bool?
    /// *Konsekvens efter håndtering*.
    public var consequence: String
    /// The period the table reports ("December 2024").
    public var period: String?
    /// The source line.
    public var line: Int?

    public init(
        adoptedBudgetYear: Int?, code: String?, title: String, typeText: String, type: ProposalType?, area: String,
        status: String, remark: String, totalInvestment: Amount?, efficiencyAtFullPhaseIn: Amount?,
        efficiencyPriceLevelYear: Int?, fullImplementationYear: Int?, handling: String,
        earlierCompensatingAction: Bool?, requiresApprovalByOEUAndBR: Bool?, consequence: String,
        period: String?, line: Int?, recognisedStatus: FollowUpStatus? = nil
    ) {
        self.adoptedBudgetYear = adoptedBudgetYear
        self.code = code
        self.title = title
        self.typeText = typeText
        self.type = type
        self.area = area
        self.status = status
        self.recognisedStatus = recognisedStatus
        self.remark = remark
        self.totalInvestment = totalInvestment
        self.efficiencyAtFullPhaseIn = efficiencyAtFullPhaseIn
        self.efficiencyPriceLevelYear = efficiencyPriceLevelYear
        self.fullImplementationYear = fullImplementationYear
        self.handling = handling
        self.earlierCompensatingAction = earlierCompensatingAction
        self.requiresApprovalByOEUAndBR = requiresApprovalByOEUAndBR
        self.consequence = consequence
        self.period = period
        self.line = line
    }
}
