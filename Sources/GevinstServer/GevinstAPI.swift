import Foundation
import GevinstCore
import GevinstStore
import Hummingbird
import Logging

/// The JSON API's dependencies and the helpers its routes share. The server keeps no state of its own:
/// sessions, versions and locks are in the store, so instances on one database behave as one.
struct GevinstAPI: Sendable {
    let store: GevinstStore
    let configuration: ServerConfiguration
    let hasher: PasswordHasher
    /// The hash compared against for unknown user names (equal login timing).
    let decoyHash: String
    let logger: Logger
    /// The web pages' decoded proposal versions (immutable, so safe to keep; see `DecodedProposalCache`).
    let decodedProposals = DecodedProposalCache()
    /// Whether the decoded versions were filled ahead of the first page (`ServerConfiguration.warmPagesAtStart`).
    let warmUp = PageCacheWarmUp()

    var authenticator: Authenticator { Authenticator(store: store) }

    func user(_ request: Request) async throws -> StoredUser { try await authenticator.requireUser(request) }

    func proposalID(_ context: GevinstRequestContext) throws -> Int64 {
        guard let id = context.parameters.get("id", as: Int64.self), id > 0 else {
            throw APIError.badRequest("the proposal id in the path must be a positive whole number")
        }
        return id
    }

    /// The proposal's record, checked readable by `user` (404 when missing, 403 when another administration's draft).
    func readableRecord(_ id: Int64, for user: StoredUser) async throws -> ProposalRecord {
        guard let record = try await store.proposal(id: id) else { throw APIError.notFound("proposal \(id) does not exist") }
        try requireReadable(record, by: user)
        return record
    }

    func requireReadable(_ record: ProposalRecord, by user: StoredUser) throws {
        guard AccessPolicy.canRead(user, administration: record.administration, status: record.status) else {
            throw APIError.forbidden(
                "proposal \(record.id) is a \(record.status.rawValue) of \(record.administration ?? "no administration"); drafts are visible only to their administration, the finance centre and administrators")
        }
    }

    /// The payback rule of the proposal's budget round (the default when the round is not configured).
    func roundRule(_ name: String?) async throws -> (rule: PaybackRule, round: BudgetRound?) {
        guard let name, let round = try await store.budgetRound(named: name) else { return (.firstYearStrict, nil) }
        return (round.paybackRule, round)
    }

    /// Findings for a stored proposal: unfinished consultations while the committee is still ahead, and a
    /// payback above the round's maximum.
    func findings(_ proposal: Proposal, status: ProposalStatus, computed: [ComputedProposal], round: BudgetRound?) -> [Finding] {
        var findings: [Finding] = []
        if [.draft, .returned, .submitted, .approved].contains(status) {
            findings += ConsultationsFinished.findings(for: proposal)
        }
        if let round, let maximum = round.maxPaybackYears {
            findings += MaximumPayback.findings(for: proposal, computed: computed, maximumYears: maximum, round: round.name)
        }
        return findings
    }

    /// A query parameter as text (nil when absent or empty).
    static func query(_ request: Request, _ name: String) -> String? {
        guard let value = request.uri.queryParameters.get(name), !value.isEmpty else { return nil }
        return value
    }

    static func etag(_ version: Int64) -> String { "\"\(version)\"" }

    /// Reads `If-Match`: `3`, `"3"` or `W/"3"`.
    static func ifMatchVersion(_ request: Request) throws -> Int64 {
        guard let header = request.headers[.ifMatch] else {
            throw APIError(
                .preconditionRequired,
                "send If-Match with the version you edited (the ETag of GET /api/proposals/{id}), so that a save cannot overwrite someone else's")
        }
        var text = header.trimmingCharacters(in: .whitespaces)
        if text.hasPrefix("W/") { text.removeFirst(2) }
        text = text.trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        guard let version = Int64(text), version > 0 else {
            throw APIError.badRequest("If-Match must be a version number such as \"3\"; found \(header)")
        }
        return version
    }
}
