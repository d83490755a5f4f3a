/// A proposal as a municipality writes it: the header, the economic lines, the text sections, the plans,
/// the risk and the consultations (DOMAIN.md §3). Everything Gevinst shows is computed from this value;
/// what an imported document *printed* is kept apart in `printed`.
public struct Proposal: Sendable, Hashable {
    /// "BU01", "SI/UD03", "HA03(2025)"; nil for documents without codes (001).
    public var code: String?
    public var title: String
    public var summary: String?
    public var type: ProposalType?
    /// *Der søges om midler fra*: "Investeringspuljen", "Innovationspuljen".
    public var fundingSource: String?
    /// *Fremstillende forvaltning*.
    public var submittingAdministration: String?
    /// *Berørte forvaltninger*: the checked boxes.
    public var affectedAdministrations: [String]
    /// Target-group areas by their code letters ("BU", "SI", …); one proposal may belong to several.
    public var areas: [String]
    /// "Budget 2020", "Overførselssag 2025-26".
    public var budgetRound: String?
    /// The price/wage level (p/l) year of every amount.
    public var priceLevelYear: Int?
    /// The years of the economic tables, year 1 first.
    public var years: ClosedRange<Int>
    public var status: ProposalStatus
    public var lines: [EconomicLine]
    /// Sections 1.2–1.8 (and any others the document has), in order.
    public var sections: [TextSection]
    public var implementationPlan: ImplementationPlan
    public var followUpPlan: [FollowUpPlanRow]
    public var risk: Risk?
    public var consultations: [Consultation]
    /// What an imported document printed (totals, detail tables, payback), kept as data and compared.
    public var printed: PrintedFigures?
    /// Where the proposal came from, for imported ones.
    public var source: SourceRange?

    public init(
        code: String? = nil, title: String, summary: String? = nil, type: ProposalType? = nil,
        fundingSource: String? = nil, submittingAdministration: String? = nil,
        affectedAdministrations: [String] = [], areas: [String] = [], budgetRound: String? = nil,
        priceLevelYear: Int? = nil, years: ClosedRange<Int>, status: ProposalStatus = .draft,
        lines: [EconomicLine] = [], sections: [TextSection] = [],
        implementationPlan: ImplementationPlan = ImplementationPlan(), followUpPlan: [FollowUpPlanRow] = [],
        risk: Risk? = nil, consultations: [Consultation] = [], printed: PrintedFigures? = nil,
        source: SourceRange? = nil
    ) {
        self.code = code
        self.title = title
        self.summary = summary
        self.type = type
        self.fundingSource = fundingSource
        self.submittingAdministration = submittingAdministration
        self.affectedAdministrations = affectedAdministrations
        self.areas = areas
        self.budgetRound = budgetRound
        self.priceLevelYear = priceLevelYear
        self.years = years
        self.status = status
        self.lines = lines
        self.sections = sections
        self.implementationPlan = implementationPlan
        self.followUpPlan = followUpPlan
        self.risk = risk
        self.consultations = consultations
        self.printed = printed
        self.source = source
    }

    /// How findings and reports name the proposal: its code, or its title where it has none.
    public var displayName: String { code ?? title }

    /// The distinct variants ("Model 1", "Model 2") in order of first appearance; empty when none.
    public var variants: [String] {
        var seen: [String] = []
        for line in lines { if let variant = line.variant, !seen.contains(variant) { seen.append(variant) } }
        return seen
    }
}

public enum ProposalType: String, Sendable, Hashable, CaseIterable {
    /// Investeringsforslag: investment + permanent savings.
    case investment
    /// Effektiviseringsforslag: savings, no investment.
    case efficiency
    /// Innovationsforslag: a small investment, no committed saving.
    case innovation
}

/// Where a proposal stands in its life (DOMAIN.md §1; the workflow of the service issue).
public enum ProposalStatus: String, Sendable, Hashable, CaseIterable {
    case draft
    case submitted
    case approved
    case returned
    case presented
    case adopted
    case rejected
    case withdrawn
    case movedToEfficiencyCatalogue = "moved-to-efficiency-catalogue"

    /// True once the proposal has left drafting: consultations must then be finished.
    public var isPastDrafting: Bool { self != .draft && self != .returned }
}

/// A numbered text section: "1.2 Baggrund og formål".
public struct TextSection: Sendable, Hashable {
    public var number: String
    public var heading: String
    public var text: String

    public init(number: String, heading: String, text: String) {
        self.number = number
        self.heading = heading
        self.text = text
    }
}

/// Section 1.6: activities × years marked with X.
public struct ImplementationPlan: Sendable, Hashable {
    public var activities: [Activity]

    public struct Activity: Sendable, Hashable {
        public var name: String
        /// Years marked; a mark may also name a half or quarter ("1. halvår 2020") in `periods`.
        public var years: [Int]
        public var periods: [String]

        public init(name: String, years: [Int], periods: [String] = []) {
            self.name = name
            self.years = years
            self.periods = periods
        }
    }

    public init(activities: [Activity] = []) { self.activities = activities }
}

/// A row of section 1.9 (opfølgning): goal, how measured, who is responsible, when.
public struct FollowUpPlanRow: Sendable, Hashable {
    public var group: Group
    public var goal: String
    public var measurement: String
    public var responsible: String
    /// "Primo 2023", "Årligt fra 2023".
    public var when: String

    public enum Group: String, Sendable, Hashable, CaseIterable {
        /// Milestones for implementation and the use of investment funds.
        case milestone
        /// Realisation of efficiencies.
        case realisation
    }

    public init(group: Group, goal: String, measurement: String, responsible: String, when: String) {
        self.group = group
        self.goal = goal
        self.measurement = measurement
        self.responsible = responsible
        self.when = when
    }
}

/// Section 1.10.
public struct Risk: Sendable, Hashable {
    public var level: RiskLevel?
    public var text: String

    public init(level: RiskLevel?, text: String) {
        self.level = level
        self.text = text
    }
}

public enum RiskLevel: String, Sendable, Hashable, CaseIterable {
    case lav
    case lavTilMellem = "lav til mellem"
    case mellem
    case middel
    case hoej = "høj"
}

/// A row of section 1.11 (hvem er hørt?).
public struct Consultation: Sendable, Hashable {
    /// "Center for Økonomi, Økonomiforvaltningen", "MED-udvalg", "IT-kredsen", …
    public var body: String
    /// nil while unanswered.
    public var answer: ConsultationAnswer?
    /// As written: "12. februar 2019".
    public var date: String?
    public var conclusion: String?

    public init(body: String, answer: ConsultationAnswer?, date: String? = nil, conclusion: String? = nil) {
        self.body = body
        self.answer = answer
        self.date = date
        self.conclusion = conclusion
    }

    /// Finished means answered.
    public var isFinished: Bool { answer != nil }
}

public enum ConsultationAnswer: String, Sendable, Hashable, CaseIterable {
    case ja = "Ja"
    case nej = "Nej"
    case ikkeRelevant = "Ikke relevant"
}

/// Lines in a source document.
public struct SourceRange: Sendable, Hashable {
    public var file: String?
    public var firstLine: Int
    public var lastLine: Int

    public init(file: String? = nil, firstLine: Int, lastLine: Int) {
        self.file = file
        self.firstLine = firstLine
        self.lastLine = lastLine
    }
}
