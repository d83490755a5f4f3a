import GevinstCore

/// What one legacy document yields: proposals, follow-up rows or plans, and the findings about it.
public struct ImportedDocument: Sendable {
    public var file: String
    public var kind: Kind
    public var proposals: [Proposal]
    public var followUps: [FollowUpRow]
    public var plans: [StrategyPlan]
    public var findings: [Finding]
    /// The list of changes a catalogue opens with (seed 003); empty for other documents.
    public var changeList: [CatalogueChange]
    /// The kinds of part the document also holds and this reading left out, each named by a `read.unread-part`
    /// warning among the findings (a catalogue with the follow-up table as its appendix).
    public var leftOut: [Kind] = []

    public enum Kind: String, Sendable, CaseIterable {
        case proposals
        case followUp = "follow-up"
        case plan
    }

    public init(
        file: String, kind: Kind, proposals: [Proposal] = [], followUps: [FollowUpRow] = [],
        plans: [StrategyPlan] = [], findings: [Finding] = [], changeList: [CatalogueChange] = []
    ) {
        self.file = file
        self.kind = kind
        self.proposals = proposals
        self.followUps = followUps
        self.plans = plans
        self.findings = findings
        self.changeList = changeList
    }
}

/// A reader for one kind of legacy document.
public protocol DocumentReader: Sendable {
    /// The name used with `gevinst import --format NAME`.
    static var formatName: String { get }
    /// What the reader reads: proposals, a follow-up table or a strategy plan.
    static var kind: ImportedDocument.Kind { get }
    /// How sure the reader is that it can read `document`: 0 (not at all) to 100. The best score wins.
    static func confidence(_ document: TextDocument) -> Int
    /// Reads the document. Never traps; what cannot be read becomes a finding with its line.
    static func read(_ document: TextDocument) -> ImportedDocument
}
