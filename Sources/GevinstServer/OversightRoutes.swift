import Foundation
import GevinstCore
import GevinstStore
import Hummingbird

/// Snapshots and their diffs, the audit log, portfolio sums and the configurable reference data.
extension GevinstAPI {
    func addOversightRoutes(to router: Router<GevinstRequestContext>) {
        router.get("/api/snapshots") { request, _ in try await self.listSnapshots(request) }
        router.post("/api/snapshots") { request, _ in try await self.createSnapshot(request) }
        router.get("/api/snapshots/diff") { request, _ in try await self.snapshotDiff(request) }
        router.get("/api/snapshots/:id") { request, context in try await self.readSnapshot(request, context) }
        router.get("/api/audit") { request, _ in try await self.audit(request) }
        router.get("/api/portfolio") { request, _ in try await self.portfolio(request) }
        router.get("/api/reference") { request, _ in try await self.reference(request) }
        router.post("/api/budget-rounds") { request, _ in try await self.saveRound(request) }
        router.post("/api/reference/:kind") { request, context in try await self.addReference(request, context) }
    }

    func requireOversight(_ request: Request, _ what: String) async throws -> StoredUser {
        let user = try await user(request)
        guard AccessPolicy.canOverseeAll(user) else {
            throw APIError.forbidden("\(what) is for the finance centre and administrators (role finance-reviewer or admin); you are \(user.role.rawValue)")
        }
        return user
    }

    func listSnapshots(_ request: Request) async throws -> Response {
        _ = try await requireOversight(request, "the list of snapshots")
        return JSONResponse.make(.object([("snapshots", .list(try await store.snapshots().map(ServerJSON.snapshot)))]))
    }

    /// `{"name": "1. behandling i SUD", "stage": "first-reading", "round": "Budget 2020", "proposals": [1, 2]}`.
    func createSnapshot(_ request: Request) async throws -> Response {
        let user = try await requireOversight(request, "making a snapshot")
        let body = try await RequestBodies.object(request, limit: configuration.maxJSONBodyBytes)
        try body.rejectUnknown(["name", "stage", "round", "proposals"])
        let stageName = try body.requiredString("stage")
        guard let stage = SnapshotStage(rawValue: stageName) else {
            throw APIError.badRequest("unknown stage \"\(stageName)\"; use one of \(SnapshotStage.allNames)")
        }
        let snapshot = try await store.createSnapshot(
            name: try body.requiredString("name"), stage: stage, round: try body.string("round"), proposalIDs: try body.ints("proposals"),
            by: user)
        return JSONResponse.make(ServerJSON.snapshot(snapshot), status: .created, headers: [.location: "/api/snapshots/\(snapshot.id)"])
    }

    func readSnapshot(_ request: Request, _ context: GevinstRequestContext) async throws -> Response {
        _ = try await requireOversight(request, "a snapshot")
        guard let id = context.parameters.get("id", as: Int64.self), let snapshot = try await store.snapshot(id: id) else {
            throw APIError.notFound("no snapshot \(context.parameters.get("id") ?? "")")
        }
        return JSONResponse.make(ServerJSON.snapshot(snapshot))
    }

    /// What changed between two snapshots: proposals added, removed, and the changes of those whose version
    /// differs — the catalogue's list of what changed since the committee last saw it.
    func snapshotDiff(_ request: Request) async throws -> Response {
        _ = try await requireOversight(request, "a snapshot diff")
        func snapshot(_ name: String) async throws -> Snapshot {
            guard let text = Self.query(request, name), let id = Int64(text) else {
                throw APIError.badRequest("give the snapshots to compare as ?from=ID&to=ID")
            }
            guard let snapshot = try await store.snapshot(id: id) else { throw APIError.notFound("no snapshot \(id)") }
            return snapshot
        }
        let from = try await snapshot("from")
        let to = try await snapshot("to")
        var entries: [JSONValue] = []
        for id in Set(from.versions.keys).union(to.versions.keys).sorted() {
            let old = from.versions[id]
            let new = to.versions[id]
            if old == new { continue }
            let record = try await store.proposal(id: id)
            var fields: [(String, JSONValue)] = [
                ("id", .int(id)), ("code", .optionalString(record?.code)), ("title", .optionalString(record?.title)),
                ("fromVersion", old.map { .int($0) } ?? .null), ("toVersion", new.map { .int($0) } ?? .null),
            ]
            if let old, let new,
               let before = try await store.version(proposalID: id, version: old),
               let after = try await store.version(proposalID: id, version: new) {
                let diff = ProposalDiff(from: try ProposalCodec.stored(before), to: try ProposalCodec.stored(after))
                fields.append(("change", .string("changed")))
                fields.append(("changes", .list(diff.changes.map(ServerJSON.change))))
            } else {
                fields.append(("change", .string(old == nil ? "new" : "removed")))
            }
            entries.append(.object(fields))
        }
        var fromHeader = from
        var toHeader = to
        fromHeader.versions = [:]
        toHeader.versions = [:]
        return JSONResponse.make(.object([
            ("from", ServerJSON.snapshot(fromHeader)),
            ("to", ServerJSON.snapshot(toHeader)),
            ("proposals", .list(entries)),
        ]))
    }

    /// `?from=2025-01-01&to=2025-02-01` (dates or ISO times; `to` as a date includes that day); at most 10 000 lines.
    func audit(_ request: Request) async throws -> Response {
        _ = try await requireOversight(request, "the audit log")
        func bound(_ name: String) throws -> (Date, Bool)? {
            guard let text = Self.query(request, name) else { return nil }
            guard let date = Timestamps.parse(text) else {
                throw APIError.badRequest("\(name) must be a date (2025-03-01) or a UTC time (2025-03-01T09:30:00Z); found \"\(text)\"")
            }
            return (date, text.count == 10)
        }
        let now = Date()
        let from = try bound("from")?.0 ?? now.addingTimeInterval(-30 * 86_400)
        var to = now.addingTimeInterval(1)
        if let (date, isDay) = try bound("to") { to = isDay ? date.addingTimeInterval(86_400) : date }
        guard from < to else { throw APIError.badRequest("from must be before to") }
        let entries = try await store.audit(from: from, to: to, limit: 10_000)
        return JSONResponse.make(.object([
            ("from", ServerJSON.time(from)), ("to", ServerJSON.time(to)), ("count", .int(entries.count)),
            ("entries", .list(entries.map(ServerJSON.audit))),
        ]))
    }

    /// Sums of the current versions by year, block and steering area (`?round=&status=`; statuses comma-separated).
    func portfolio(_ request: Request) async throws -> Response {
        _ = try await requireOversight(request, "the portfolio sums")
        var statuses: [ProposalStatus] = []
        if let text = Self.query(request, "status") {
            for name in text.split(separator: ",") {
                guard let status = ProposalStatus(rawValue: String(name)) else {
                    throw APIError.badRequest("unknown status \"\(name)\"; use one of \(ProposalStatus.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                statuses.append(status)
            }
        }
        let sums = try await store.portfolioSums(round: Self.query(request, "round"), statuses: statuses)
        return JSONResponse.make(.object([
            ("round", .optionalString(Self.query(request, "round"))),
            ("sums", .list(sums.map { sum in
                .object([
                    ("year", .int(sum.year)), ("block", .string(sum.block.rawValue)), ("steeringArea", .string(sum.steeringArea.rawValue)),
                    ("amount", .int(sum.amount)),
                ])
            })),
        ]))
    }

    func reference(_ request: Request) async throws -> Response {
        _ = try await user(request)
        return JSONResponse.make(.object([
            ("administrations", .list(try await store.administrations().map { .string($0) })),
            ("areas", .list(try await store.areas().map { .object([("code", .string($0.code)), ("name", .string($0.name))]) })),
            ("committees", .list(try await store.committees().map { .string($0) })),
            ("consultationBodies", .list(try await store.consultationBodies().map { .string($0) })),
            ("budgetRounds", .list(try await store.budgetRounds().map(ServerJSON.round))),
            ("paybackRules", .list(PaybackRule.allNames.map { .string($0) })),
        ]))
    }

    /// Adds an administration, area, committee or consultation body (administrators):
    /// `POST /api/reference/committees` with `{"name": "Sundheds- og Omsorgsudvalget"}`, or
    /// `POST /api/reference/areas` with `{"code": "KF", "name": "Kultur og fritid"}`. Answers the reference data.
    func addReference(_ request: Request, _ context: GevinstRequestContext) async throws -> Response {
        let user = try await user(request)
        guard AccessPolicy.canAdminister(user) else { throw APIError.forbidden("only administrators change the reference data") }
        let kind = context.parameters.get("kind") ?? ""
        let body = try await RequestBodies.object(request, limit: 64 * 1024)
        switch kind {
        case "areas":
            try body.rejectUnknown(["code", "name"])
            try await store.addArea(code: try body.requiredString("code"), name: try body.requiredString("name"), by: user)
        case "administrations", "committees", "consultation-bodies":
            try body.rejectUnknown(["name"])
            let name = try body.requiredString("name")
            switch kind {
            case "administrations": try await store.addAdministration(name, by: user)
            case "committees": try await store.addCommittee(name, by: user)
            default: try await store.addConsultationBody(name, by: user)
            }
        default:
            throw APIError.notFound("there is no reference list \"\(kind)\"; use administrations, areas, committees or consultation-bodies")
        }
        var response = try await reference(request)
        response.status = .created
        return response
    }

    /// `{"name": "Budget 2025", "priceLevel": 2025, "paybackRule": "first-year-strict", "maxPayback": 6}` (administrators).
    func saveRound(_ request: Request) async throws -> Response {
        let user = try await user(request)
        guard AccessPolicy.canAdminister(user) else { throw APIError.forbidden("only administrators configure budget rounds") }
        let body = try await RequestBodies.object(request, limit: 64 * 1024)
        try body.rejectUnknown(["name", "priceLevel", "paybackRule", "maxPayback"])
        let name = try body.requiredString("name").trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty, name.count <= 200 else { throw APIError.badRequest("a budget round's name must have 1 to 200 characters") }
        let ruleName = try body.string("paybackRule") ?? PaybackRule.firstYearStrict.name
        guard let rule = PaybackRule.named(ruleName) else {
            throw APIError.badRequest("unknown payback rule \"\(ruleName)\"; use one of \(PaybackRule.allNames.joined(separator: ", "))")
        }
        let round = BudgetRound(
            name: name, priceLevelYear: try body.int("priceLevel", in: 1900...2200), paybackRule: rule,
            maxPaybackYears: try body.int("maxPayback", in: 1...100))
        try await store.saveBudgetRound(round, by: user)
        return JSONResponse.make(ServerJSON.round(round))
    }
}
