import Foundation
import GevinstCore

/// A proposal as the store lists it: identity, current version and status, who created it and where it
/// belongs. The content is in its versions.
public struct ProposalRecord: Sendable, Hashable {
    public var id: Int64
    public var version: Int64
    public var status: ProposalStatus
    public var authorID: Int64
    public var authorName: String
    /// The submitting administration; access for authors and controllers is decided by it.
    public var administration: String?
    public var code: String?
    public var title: String
    public var roundName: String?
    public var createdAt: Date
    public var updatedAt: Date
}

/// One stored version of a proposal's content (native JSON) with its SHA-256 hash.
public struct ProposalVersion: Sendable, Hashable {
    public var proposalID: Int64
    public var version: Int64
    public var authorID: Int64
    public var authorName: String
    public var createdAt: Date
    public var content: String
    public var contentHash: String
}

/// A proposal as the read route needs it: the record, the current version and its budget round's
/// configuration (nil when the round it names is not configured).
public struct StoredProposal: Sendable, Hashable {
    public var record: ProposalRecord
    public var version: ProposalVersion
    public var round: BudgetRound?
}

/// A proposal's record, its current version without the content and its budget round's configuration (nil
/// when the round it names is not configured).
public struct StoredProposalHead: Sendable, Hashable {
    public var record: ProposalRecord
    public var version: VersionSummary
    public var round: BudgetRound?
}

/// A version without its content, for history lists.
public struct VersionSummary: Sendable, Hashable {
    public var version: Int64
    public var authorID: Int64
    public var authorName: String
    public var createdAt: Date
    public var contentHash: String
}

/// What a save returns: the proposal, its new version and the content hash.
public struct SavedVersion: Sendable, Hashable {
    public var proposalID: Int64
    public var version: Int64
    public var contentHash: String
    public var createdAt: Date
}

/// The content to store: the proposal value (for the amounts projection and the list columns) and the same
/// proposal as native JSON text (what is stored and hashed).
public struct ProposalContent: Sendable, Hashable {
    public var proposal: Proposal
    public var text: String

    public init(proposal: Proposal, text: String) {
        self.proposal = proposal
        self.text = text
    }

    public var hash: String { SHA256.hex(text) }
}

/// A proposal to create and the administration it belongs to.
public struct NewProposal: Sendable, Hashable {
    public var content: ProposalContent
    public var administration: String?

    public init(content: ProposalContent, administration: String?) {
        self.content = content
        self.administration = administration
    }
}

/// Filters for the proposal list; every value is a bound parameter.
public struct ProposalFilter: Sendable, Hashable {
    /// The budget round's name, exactly.
    public var round: String?
    /// An area code ("BU"); a proposal belongs to every area it names.
    public var area: String?
    public var status: ProposalStatus?
    /// The code, exactly ("BU01").
    public var code: String?
    /// Words in the title or code, case-insensitive.
    public var text: String?
    /// Drafts (and returned proposals) only from these administrations; nil: every administration's drafts.
    /// Proposals past drafting are listed regardless.
    public var draftsOnlyFrom: [String]?
    /// At most this many, newest first.
    public var limit: Int

    public init(
        round: String? = nil, area: String? = nil, status: ProposalStatus? = nil, code: String? = nil, text: String? = nil,
        draftsOnlyFrom: [String]? = nil, limit: Int = 500
    ) {
        self.round = round
        self.area = area
        self.status = status
        self.code = code
        self.text = text
        self.draftsOnlyFrom = draftsOnlyFrom
        self.limit = limit
    }
}
