import Foundation
import GevinstCore
import GevinstDocuments
import GevinstStore
import GevinstWeb
import Hummingbird

/// The catalogue of a round and its snapshots: take a snapshot at a committee reading (the same store call as
/// `POST /api/snapshots`, for the finance centre and administrators), see what changed since one, and render
/// the catalogue with that change list.
extension GevinstAPI {
    func addWebCatalogueRoutes(to router: Router<GevinstRequestContext>) {
        router.get("/catalogue") { request, _ in await self.web(request) { try await self.cataloguePage(request) } }
        router.post("/snapshots") { request, _ in await self.web(request) { try await self.snapshotPost(request) } }
    }

    static func snapshotEntry(_ snapshot: Snapshot) -> SnapshotEntry {
        SnapshotEntry(
            id: snapshot.id, name: snapshot.name, stage: snapshot.stage.rawValue, round: snapshot.roundName, takenAt: snapshot.createdAt,
            takenBy: snapshot.createdBy, proposalCount: snapshot.versions.count)
    }

    /// The proposals a catalogue shows: the round's readable proposals that are still in play.
    func catalogueProposals(_ user: StoredUser, round: String?) async throws -> [ReadableProposal] {
        try await readableProposals(user, round: round).filter { ![.rejected, .withdrawn].contains($0.record.status) }
    }

    /// What changed since `snapshot`, as the catalogue lists it (Core's `CatalogueChangeSince`, the rule
    /// `gevinst render --round` and `/api/catalogue` use too), with the changed proposals' diffs.
    func changes(since snapshot: Snapshot, proposals: [ReadableProposal], rule: PaybackRule) async throws -> [ProposalChanges] {
        var result: [ProposalChanges] = []
        for entry in proposals.sorted(by: { ($0.proposal.code ?? "", $0.record.id) < ($1.proposal.code ?? "", $1.record.id) }) {
            let record = entry.record
            let snapshotVersion = snapshot.versions[record.id]
            var diff = ProposalDiff(changes: [])
            if let snapshotVersion, snapshotVersion != record.version,
               let old = try await store.version(proposalID: record.id, version: snapshotVersion) {
                diff = ProposalDiff(from: try ProposalCodec.stored(old), to: entry.proposal, rule: rule)
            }
            guard let kind = CatalogueChangeSince.kind(
                status: record.status, inSnapshot: snapshotVersion != nil, changedSinceSnapshot: !diff.isEmpty)
            else { continue }
            let change = CatalogueChange(code: entry.proposal.code, title: entry.proposal.title, kind: kind, line: nil)
            result.append(ProposalChanges(proposalID: record.id, change: change, lines: kind == .changed ? diff.changes : []))
        }
        return result
    }

    /// The snapshot chosen by `?since=` (when the visitor may see snapshots), else the newest of the round.
    func chosenSnapshot(_ request: Request, user: StoredUser, round: String?) async throws -> (all: [Snapshot], since: Snapshot?) {
        guard AccessPolicy.canOverseeAll(user) else { return ([], nil) }
        // The list comes without versions; each snapshot is read whole (a round has a handful).
        var all: [Snapshot] = []
        for summary in try await store.snapshots() {
            if let snapshot = try await store.snapshot(id: summary.id) { all.append(snapshot) }
        }
        if let text = Self.query(request, "since") {
            guard let id = Int64(text), let snapshot = all.first(where: { $0.id == id }) else {
                throw APIError.notFound("there is no snapshot \(text)")
            }
            return (all, snapshot)
        }
        let ofRound = all.filter { round == nil || $0.roundName == round }
        return (all, ofRound.max { ($0.createdAt, $0.id) < ($1.createdAt, $1.id) })
    }

    func cataloguePage(_ request: Request) async throws -> Response {
        let visitor = try await requireVisitor(request)
        let round = Self.query(request, "round")
        let proposals = try await catalogueProposals(visitor.user, round: round)
        let (all, since) = try await chosenSnapshot(request, user: visitor.user, round: round)
        let (rule, _) = try await roundRule(round)
        var changes: [ProposalChanges] = []
        if let since { changes = try await self.changes(since: since, proposals: proposals, rule: rule) }
        let model = CataloguePage.Model(
            rounds: try await roundNames(proposals), round: round, snapshots: all.map(Self.snapshotEntry), since: since.map(Self.snapshotEntry),
            changes: changes, proposalCount: proposals.count, stages: SnapshotStage.allCases.map(\.rawValue),
            canTakeSnapshot: AccessPolicy.canOverseeAll(visitor.user))
        return WebResponse.html(CataloguePage.render(model, context: visitor.context(WebNotice.from(request, l: visitor.l))))
    }

    func snapshotPost(_ request: Request) async throws -> Response {
        let visitor = try await requireVisitor(request)
        let form = try await form(request, visitor)
        guard AccessPolicy.canOverseeAll(visitor.user) else {
            throw APIError.forbidden("snapshots are taken by the finance centre and administrators (role finance-reviewer or admin)")
        }
        guard let stage = form["stage"].flatMap(SnapshotStage.init(rawValue:)) else {
            throw APIError.badRequest("choose the stage of the snapshot: \(SnapshotStage.allNames)")
        }
        let round = form.trimmed("round")
        let snapshot = try await store.createSnapshot(name: form["name"] ?? "", stage: stage, round: round, by: visitor.user)
        let path = WebPath.with(WebPath.catalogue, query: [("round", round ?? ""), ("since", String(snapshot.id))])
        return WebResponse.redirect(WebNotice.snapshot.on(path))
    }
}
