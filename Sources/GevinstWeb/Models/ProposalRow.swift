import GevinstCore
import GevinstDocuments

/// One proposal as the list and the dashboard show it: identity, status, where it belongs, the overview
/// columns (investment in service and anlæg, efficiency at full phase-in, both paybacks) computed by Core,
/// the number of findings, the follow-up colour where it has one, and unanswered consultations.
public struct ProposalRow: Sendable, Hashable {
    public var id: Int64
    public var version: Int64
    public var code: String?
    public var title: String
    public var status: ProposalStatus
    public var areas: [String]
    /// The submitting administration.
    public var administration: String?
    public var round: String?
    public var investmentService: Amount
    public var investmentAnlaeg: Amount
    /// *Effekt ved fuld indfasning* (savings negative).
    public var efficiencyAtFullPhaseIn: Amount
    public var paybackService: PaybackYears?
    public var paybackTotal: PaybackYears?
    public var errors: Int
    public var warnings: Int
    /// The confirmed follow-up colour of an adopted proposal (the worst over its areas), nil otherwise.
    public var colour: StatusColour?
    /// Consultation bodies that have not answered.
    public var unansweredConsultations: [String]

    public init(
        id: Int64, version: Int64, code: String?, title: String, status: ProposalStatus, areas: [String],
        administration: String?, round: String?, investmentService: Amount, investmentAnlaeg: Amount,
        efficiencyAtFullPhaseIn: Amount, paybackService: PaybackYears?, paybackTotal: PaybackYears?, errors: Int,
        warnings: Int, colour: StatusColour?, unansweredConsultations: [String]
    ) {
        self.id = id
        self.version = version
        self.code = code
        self.title = title
        self.status = status
        self.areas = areas
        self.administration = administration
        self.round = round
        self.investmentService = investmentService
        self.investmentAnlaeg = investmentAnlaeg
        self.efficiencyAtFullPhaseIn = efficiencyAtFullPhaseIn
        self.paybackService = paybackService
        self.paybackTotal = paybackTotal
        self.errors = errors
        self.warnings = warnings
        self.colour = colour
        self.unansweredConsultations = unansweredConsultations
    }

    /// Computes the row from a stored proposal: Core's computation of its first variant (as the overview
    /// table counts it) and the findings of `Checks.run` under `configuration`.
    public init(
        id: Int64, version: Int64, proposal: Proposal, status: ProposalStatus? = nil, administration: String? = nil,
        colour: StatusColour? = nil, configuration: CheckConfiguration = .default
    ) {
        let computed = Compute.proposal(proposal, rule: configuration.paybackRule)
        let findings = Checks.run(proposal, computed: computed, configuration: configuration)
        let first = computed.first
        self.init(
            id: id, version: version, code: proposal.code, title: proposal.title, status: status ?? proposal.status,
            areas: proposal.areas, administration: administration ?? proposal.submittingAdministration,
            round: proposal.budgetRound, investmentService: first?.investment.service ?? 0,
            investmentAnlaeg: first?.investment.anlaeg ?? 0, efficiencyAtFullPhaseIn: first?.fullPhaseInEffect ?? 0,
            paybackService: first?.payback.service, paybackTotal: first?.payback.total,
            errors: findings.count { $0.severity == .error }, warnings: findings.count { $0.severity == .warning },
            colour: colour, unansweredConsultations: proposal.consultations.filter { !$0.isFinished }.map(\.body))
    }

    /// "BU01 – Title" or the title.
    public var heading: String { code.map { "\($0) – \(title)" } ?? title }

    /// Consultations are overdue when the proposal is on its way to committee (submitted or approved) and a
    /// body has not answered: consultations must be finished before committee approval (DOMAIN.md §1, step 2).
    public var hasOverdueConsultations: Bool {
        (status == .submitted || status == .approved) && !unansweredConsultations.isEmpty
    }
}
