import GevinstCore

/// Which document to build from what was read: one proposal in the municipal template, a catalogue or the
/// overview table of several proposals, or a strategy plan. `gevinst render`, `POST /api/documents` and
/// `GET /api/catalogue` all choose through `model(_:settings:)`, so one file renders alike everywhere.
public enum DocumentChoice: String, Sendable, Hashable, CaseIterable {
    case proposal
    case catalogue
    case overview
    case plan

    /// The catalogue's title when none is given.
    public static let catalogueTitle = "Investeringskatalog"
    /// The overview's title when none is given.
    public static let overviewTitle = "Oversigt over forslagene"
    /// The change list's "since when" for a change list read from a legacy catalogue, which does not say.
    public static let defaultChangesSince = "udvalget sidst fik kataloget fremlagt"

    /// The document's model: a plan needs exactly one strategy plan, a proposal exactly one proposal, a
    /// catalogue or overview at least one proposal.
    public func model(_ sources: DocumentSources, settings: DocumentSettings) throws(DocumentChoiceError) -> DocumentModel {
        switch self {
        case .plan:
            guard sources.plans.count == 1, let plan = sources.plans.first else {
                throw .plans(found: sources.plans.count, origin: sources.origin)
            }
            return try Self.rendering { () throws(DocumentError) in try PlanDocument(plan).model() }
        case .proposal:
            guard sources.proposals.count == 1, let proposal = sources.proposals.first else {
                throw .proposals(found: sources.proposals.count, origin: sources.origin, wanted: self)
            }
            return try Self.rendering { () throws(DocumentError) in try ProposalDocument(proposal, settings: settings).model() }
        case .catalogue:
            guard !sources.proposals.isEmpty else { throw .proposals(found: 0, origin: sources.origin, wanted: self) }
            let changes = sources.changeList.isEmpty && sources.changesSince == nil
                ? nil : CatalogueChanges(since: sources.changesSince ?? Self.defaultChangesSince, entries: sources.changeList)
            return try Self.rendering { () throws(DocumentError) in
                try CatalogueDocument(
                    title: sources.title ?? Self.catalogueTitle, frontPageLines: sources.frontPageLines,
                    proposals: sources.proposals, changes: changes, settings: settings
                ).model()
            }
        case .overview:
            guard !sources.proposals.isEmpty else { throw .proposals(found: 0, origin: sources.origin, wanted: self) }
            return try Self.rendering { () throws(DocumentError) in
                try OverviewTable(proposals: sources.proposals, settings: settings, title: sources.title ?? Self.overviewTitle).model()
            }
        }
    }

    private static func rendering(_ build: () throws(DocumentError) -> DocumentModel) throws(DocumentChoiceError) -> DocumentModel {
        do {
            return try build()
        } catch {
            throw .rendering(error)
        }
    }
}

/// What a document is built from: proposals and strategy plans read from files, a legacy catalogue's change
/// list, or a budget round's proposals from the store.
public struct DocumentSources: Sendable {
    /// Where they were read, for messages: "the files", "004_….txt", "the round \"Budget 2020\"".
    public var origin: String
    public var proposals: [Proposal]
    public var plans: [StrategyPlan]
    /// The list of what changed that a catalogue opens with.
    public var changeList: [CatalogueChange]
    /// Since when the change list counts, in words; without it a non-empty change list says
    /// `DocumentChoice.defaultChangesSince`, and an empty one is left out.
    public var changesSince: String?
    /// The catalogue's or overview's title; nil for the default.
    public var title: String?
    /// Lines under the catalogue's title on the front page ("Socialudvalget", "Budget 2020").
    public var frontPageLines: [String]

    public init(
        origin: String, proposals: [Proposal] = [], plans: [StrategyPlan] = [], changeList: [CatalogueChange] = [],
        changesSince: String? = nil, title: String? = nil, frontPageLines: [String] = []
    ) {
        self.origin = origin
        self.proposals = proposals
        self.plans = plans
        self.changeList = changeList
        self.changesSince = changesSince
        self.title = title
        self.frontPageLines = frontPageLines
    }
}

/// Why the chosen document cannot be built from what was read.
public enum DocumentChoiceError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A plan renders exactly one strategy plan.
    case plans(found: Int, origin: String)
    /// A proposal renders exactly one proposal; a catalogue or overview at least one.
    case proposals(found: Int, origin: String, wanted: DocumentChoice)
    /// The renderer refused (an amount beyond the limits, a total that overflows).
    case rendering(DocumentError)

    public var description: String {
        switch self {
        case .plans(0, let origin):
            "there is no strategy plan in \(origin) (a plan is read from a strategy-plan text such as seed 004)"
        case .plans(let found, let origin):
            "a plan document renders one strategy plan; \(found) were found in \(origin)"
        case .proposals(0, let origin, _):
            "there is no proposal in \(origin)"
        case .proposals(let found, let origin, _):
            "a proposal document renders one proposal; \(found) were found in \(origin) (use the catalogue or overview for several)"
        case .rendering(let error):
            error.description
        }
    }
}
