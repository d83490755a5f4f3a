import Foundation
import GevinstCore
import GevinstStore
import Hummingbird

/// `/api/proposals`: list, create, read (with Tabel 1–4, payback and findings), save with optimistic
/// concurrency, versions and diffs.
extension GevinstAPI {
    func addProposalRoutes(to router: Router<GevinstRequestContext>) {
        router.get("/api/proposals") { request, _ in try await self.list(request) }
        router.post("/api/proposals") { request, _ in try await self.create(request) }
        router.get("/api/proposals/:id") { request, context in try await self.read(request, context) }
        router.put("/api/proposals/:id") { request, context in try await self.save(request, context) }
        router.get("/api/proposals/:id/versions") { request, context in try await self.versions(request, context) }
        router.get("/api/proposals/:id/versions/:version") { request, context in try await self.version(request, context) }
        router.get("/api/proposals/:id/diff") { request, context in try await self.diff(request, context) }
    }

    func list(_ request: Request) async throws -> Response {
        let user = try await user(request)
        var filter = ProposalFilter(
            round: Self.query(request, "round"), area: Self.query(request, "area"), code: Self.query(request, "code"),
            text: Self.query(request, "text"), draftsOnlyFrom: AccessPolicy.draftsVisible(to: user))
        if let status = Self.query(request, "status") {
            guard let value = ProposalStatus(rawValue: status) else {
                throw APIError.badRequest("unknown status \"\(status)\"; use one of \(ProposalStatus.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            filter.status = value
        }
        if let limit = Self.query(request, "limit") {
            guard let value = Int(limit), (1...20_000).contains(value) else { throw APIError.badRequest("limit must be a whole number from 1 to 20000") }
            filter.limit = value
        }
        let records = try await store.proposals(matching: filter)
        return JSONResponse.make(.object([("count", .int(records.count)), ("proposals", .list(records.map(ServerJSON.summary)))]))
    }

    func create(_ request: Request) async throws -> Response {
        let user = try await user(request)
        let proposal = try ProposalCodec.decode(try await RequestBodies.bytes(request, limit: configuration.maxJSONBodyBytes))
        let administration = try ProposalCodec.administration(of: proposal, for: user)
        if let refusal = AccessPolicy.writeRefusal(user, administration: administration) { throw APIError.forbidden(refusal) }
        let saved = try await store.createProposal(
            ProposalCodec.content(proposal, status: .draft), status: .draft, by: user, administration: administration)
        return JSONResponse.make(
            .object([("id", .int(saved.proposalID)), ("version", .int(saved.version)), ("contentHash", .string(saved.contentHash))]),
            status: .created, headers: [.location: "/api/proposals/\(saved.proposalID)", .eTag: Self.etag(saved.version)])
    }

    /// The proposal with its computed Tabel 1–4 and findings. The current version, status and round come from
    /// the database on every request (and access is checked on them); the rendering of the proposal, its tables
    /// and its findings is taken from `DecodedProposalCache` when this version was rendered before in the same
    /// status under the same round configuration, since a stored version never changes.
    ///
    /// A session token is checked and the proposal looked up in one query (`sessionUserAndProposalHead`); an API
    /// token, or no token, goes through `Authenticator` as on every other route.
    func read(_ request: Request, _ context: GevinstRequestContext) async throws -> Response {
        let id: Int64
        do {
            id = try proposalID(context)
        } catch {
            _ = try await user(request)  // 401 before 400, as on every route
            throw error
        }
        let user: StoredUser
        let found: StoredProposalHead?
        if let token = Authenticator.token(in: request),
           let session = try await store.sessionUserAndProposalHead(tokenHash: SHA256.hex(token), proposalID: id) {
            (user, found) = (session.user, session.head)
        } else {
            user = try await self.user(request)
            found = try await store.proposalHead(id: id)
        }
        guard let head = found else { throw APIError.notFound("proposal \(id) does not exist") }
        let record = head.record
        try requireReadable(record, by: user)
        let envelope: JSONValue = .object([
            ("id", .int(id)), ("version", .int(record.version)), ("status", .string(record.status.rawValue)),
            ("administration", .optionalString(record.administration)), ("author", .string(record.authorName)),
            ("createdAt", ServerJSON.time(record.createdAt)), ("updatedAt", ServerJSON.time(record.updatedAt)),
            ("savedBy", .string(head.version.authorName)), ("contentHash", .string(head.version.contentHash)),
            ("editable", .bool(EditLock.isEditable(record.status) && AccessPolicy.writeRefusal(user, administration: record.administration) == nil)),
            ("transitions", .list(ProposalTransition.available(from: record.status).map { .string($0.rawValue) })),
        ])
        let key = DecodedProposalCache.RenderedKey(
            key: DecodedProposalCache.Key(id: id, version: record.version), status: record.status, round: head.round)
        let rendered: String
        if let cached = await decodedProposals.rendered(for: key) {
            rendered = cached
        } else {
            guard let version = try await store.version(proposalID: id, version: record.version) else {
                throw APIError.notFound("proposal \(id) has no version \(record.version)")
            }
            let proposal = try ProposalCodec.stored(version, status: record.status)
            let computed = Compute.proposal(proposal, rule: head.round?.paybackRule ?? .firstYearStrict)
            let findings = findings(proposal, status: record.status, computed: computed, round: head.round)
            rendered = JSONResponse.members(.object([
                ("proposal", NativeFormat.jsonValue(proposal)),
                ("computed", .list(computed.map { ComputedJSON.value(proposal, computed: $0) })),
                ("findings", .list(findings.map(ServerJSON.finding))),
            ]))
            await decodedProposals.remember(rendered: rendered, for: key)
        }
        return JSONResponse.make(envelope, appending: rendered, headers: [.eTag: Self.etag(record.version)])
    }

    func save(_ request: Request, _ context: GevinstRequestContext) async throws -> Response {
        let user = try await user(request)
        let id = try proposalID(context)
        let expected = try Self.ifMatchVersion(request)
        let record = try await readableRecord(id, for: user)
        if let refusal = AccessPolicy.writeRefusal(user, administration: record.administration) { throw APIError.forbidden(refusal) }
        if let reason = EditLock.refusal(for: record.status) {
            throw APIError(.conflict, reason, detail: .object([("status", .string(record.status.rawValue))]))
        }
        let proposal = try ProposalCodec.decode(try await RequestBodies.bytes(request, limit: configuration.maxJSONBodyBytes))
        let administration = try ProposalCodec.administration(of: proposal, for: user)
        if administration != record.administration, let refusal = AccessPolicy.writeRefusal(user, administration: administration) {
            throw APIError.forbidden(refusal)
        }
        if expected != record.version { throw try await conflict(id: id, expected: expected, current: record.version) }
        let content = ProposalCodec.content(proposal, status: record.status)
        let previous = try await store.version(proposalID: id, version: expected)
        let detail = try previous.map { ProposalDiff(from: try ProposalCodec.stored($0), to: content.proposal) }.map(Self.auditDetail)
        do {
            let saved = try await store.saveProposal(
                id: id, expectedVersion: expected, content, by: user, administration: administration, detail: detail)
            return JSONResponse.make(
                .object([("id", .int(id)), ("version", .int(saved.version)), ("contentHash", .string(saved.contentHash))]),
                headers: [.eTag: Self.etag(saved.version)])
        } catch StoreError.versionConflict(_, _, let current) {
            throw try await conflict(id: id, expected: expected, current: current)
        }
    }

    /// The 409 for a stale save: which versions were saved since, by whom and when, and what they changed.
    func conflict(id: Int64, expected: Int64, current: Int64) async throws -> APIError {
        let versions = try await store.versions(proposalID: id)
        let latest = versions.last?.version ?? current
        let since = versions.filter { $0.version > expected }
        var changes: [JSONValue] = []
        if let base = try await store.version(proposalID: id, version: expected),
           let now = try await store.version(proposalID: id, version: latest) {
            changes = ProposalDiff(from: try ProposalCodec.stored(base), to: try ProposalCodec.stored(now)).changes.map(ServerJSON.change)
        }
        let names = Set(since.map(\.authorName)).sorted().joined(separator: ", ")
        return APIError(
            .conflict,
            "proposal \(id) was saved as version \(latest) (by \(names.isEmpty ? "someone else" : names)) after version \(expected) that you edited; merge the changes below into your edit and save again with If-Match: \(latest)",
            detail: .object([
                ("yourVersion", .int(expected)), ("currentVersion", .int(latest)),
                ("savedSince", .list(since.map(ServerJSON.version))), ("changes", .list(changes)),
            ]),
            headers: [.eTag: Self.etag(latest)])
    }

    /// The audit line's words for a save: the changes, at most 40.
    static func auditDetail(_ diff: ProposalDiff) -> String {
        if diff.isEmpty { return "no changes" }
        let shown = diff.changes.prefix(40).map(\.description)
        let more = diff.changes.count > 40 ? ["… and \(diff.changes.count - 40) more changes"] : []
        return (shown + more).joined(separator: "\n")
    }

    func versions(_ request: Request, _ context: GevinstRequestContext) async throws -> Response {
        let user = try await user(request)
        let id = try proposalID(context)
        _ = try await readableRecord(id, for: user)
        let versions = try await store.versions(proposalID: id)
        return JSONResponse.make(.object([("id", .int(id)), ("versions", .list(versions.map(ServerJSON.version)))]))
    }

    func version(_ request: Request, _ context: GevinstRequestContext) async throws -> Response {
        let user = try await user(request)
        let id = try proposalID(context)
        guard let number = context.parameters.get("version", as: Int64.self), number > 0 else {
            throw APIError.badRequest("the version in the path must be a positive whole number")
        }
        _ = try await readableRecord(id, for: user)
        guard let version = try await store.version(proposalID: id, version: number) else {
            throw APIError.notFound("proposal \(id) has no version \(number)")
        }
        let proposal = try ProposalCodec.stored(version)
        return JSONResponse.make(.object([
            ("id", .int(id)), ("version", .int(number)), ("author", .string(version.authorName)),
            ("createdAt", ServerJSON.time(version.createdAt)), ("contentHash", .string(version.contentHash)),
            ("proposal", NativeFormat.jsonValue(proposal)),
        ]))
    }

    func diff(_ request: Request, _ context: GevinstRequestContext) async throws -> Response {
        let user = try await user(request)
        let id = try proposalID(context)
        let record = try await readableRecord(id, for: user)
        func number(_ name: String) throws -> Int64? {
            guard let text = Self.query(request, name) else { return nil }
            guard let value = Int64(text), value > 0 else { throw APIError.badRequest("\(name) must be a version number") }
            return value
        }
        let to = try number("to") ?? record.version
        let from = try number("from") ?? max(1, to - 1)
        guard let old = try await store.version(proposalID: id, version: from) else { throw APIError.notFound("proposal \(id) has no version \(from)") }
        guard let new = try await store.version(proposalID: id, version: to) else { throw APIError.notFound("proposal \(id) has no version \(to)") }
        let (rule, _) = try await roundRule(record.roundName)
        let diff = ProposalDiff(from: try ProposalCodec.stored(old), to: try ProposalCodec.stored(new), rule: rule)
        return JSONResponse.make(.object([
            ("id", .int(id)), ("from", .int(from)), ("to", .int(to)), ("changes", .list(diff.changes.map(ServerJSON.change))),
        ]))
    }
}
