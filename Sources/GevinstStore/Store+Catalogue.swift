import GevinstCore

/// A budget round's proposals as a catalogue shows them, with the change list since a snapshot.
public struct RoundCatalogue: Sendable {
    /// The round's proposals in play (not rejected or withdrawn), by code, each with its current status.
    public var proposals: [Proposal]
    /// The change list since `since`; empty when no snapshot was given.
    public var changes: [CatalogueChange]
    /// The snapshot the change list compares with.
    public var since: Snapshot?
    /// The round's configuration, nil when the round is not configured.
    public var round: BudgetRound?
}

extension GevinstStore {
    /// The proposals of `round` (every round when nil) for a catalogue, and, when `snapshotID` is given, what
    /// changed since that snapshot (`CatalogueChangeSince`). Diffs use the round's payback rule.
    /// `draftsOnlyFrom` limits drafts as `ProposalFilter.draftsOnlyFrom` does (nil: every draft).
    public func catalogue(round: String?, since snapshotID: Int64? = nil, draftsOnlyFrom: [String]? = nil) async throws -> RoundCatalogue {
        var configuration: BudgetRound?
        if let round { configuration = try await budgetRound(named: round) }
        if let round, configuration == nil, try await proposals(matching: ProposalFilter(round: round, limit: 1)).isEmpty {
            let named = try await proposals(matching: ProposalFilter(limit: 20_000)).compactMap(\.roundName)
            let known = Set(try await budgetRounds().map(\.name) + named).sorted()
            throw StoreError.notFound("the budget round \"\(round)\" (rounds: \(known.isEmpty ? "none" : known.joined(separator: ", ")))")
        }
        var since: Snapshot?
        if let snapshotID {
            guard let snapshot = try await snapshot(id: snapshotID) else { throw StoreError.notFound("snapshot \(snapshotID)") }
            since = snapshot
        }
        let rule = configuration?.paybackRule ?? .firstYearStrict
        let records = try await proposals(matching: ProposalFilter(round: round, draftsOnlyFrom: draftsOnlyFrom, limit: 20_000))
            .filter { $0.status != .rejected && $0.status != .withdrawn }
            .sorted { ($0.code ?? "", $0.id) < ($1.code ?? "", $1.id) }
        var proposals: [Proposal] = []
        var changes: [CatalogueChange] = []
        for record in records {
            guard let stored = try await proposalWithContent(id: record.id) else { continue }
            var proposal = try Self.decodeStored(stored.version)
            proposal.status = record.status
            if record.status != .movedToEfficiencyCatalogue { proposals.append(proposal) }
            guard let since else { continue }
            var changed = false
            let snapshotVersion = since.versions[record.id]
            if let snapshotVersion, snapshotVersion != record.version,
               let old = try await version(proposalID: record.id, version: snapshotVersion) {
                changed = !ProposalDiff(from: try Self.decodeStored(old), to: proposal, rule: rule).isEmpty
            }
            if let kind = CatalogueChangeSince.kind(status: record.status, inSnapshot: snapshotVersion != nil, changedSinceSnapshot: changed) {
                changes.append(CatalogueChange(code: proposal.code, title: proposal.title, kind: kind, line: nil))
            }
        }
        return RoundCatalogue(proposals: proposals, changes: changes, since: since, round: configuration)
    }

    /// A stored version's content as a proposal; stored content that no longer reads is an operator's problem.
    static func decodeStored(_ version: ProposalVersion) throws -> Proposal {
        do {
            return try NativeFormat.decode(text: version.content, file: "proposal \(version.proposalID) version \(version.version)")
        } catch {
            throw StoreError.unavailable("stored content cannot be read: \(error.description)")
        }
    }
}
