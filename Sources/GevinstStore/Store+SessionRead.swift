import Foundation
import SQLKit

extension GevinstStore {
    /// What a read by a logged-in user needs, in one query: the user of an unexpired session and the proposal's
    /// head (record, current version without content, round configuration). Nil when the session is unknown or
    /// expired (the caller then tries the token as an API token); `head` is nil when the proposal does not
    /// exist. The session is checked in the database on every call, so a logout on any instance counts at once.
    public func sessionUserAndProposalHead(
        tokenHash: String, proposalID: Int64, at date: Date = Date()
    ) async throws -> (user: StoredUser, head: StoredProposalHead?)? {
        let kind = kind
        let now = Millis.from(date)
        return try await backend.read { database in
            guard let row = try await database.raw("""
                SELECT su.*, h.* FROM (
                    \(unsafeRaw: Self.userSelect(kind)) JOIN sessions s ON s.user_id = u.id
                    WHERE s.token_hash = \(bind: tokenHash) AND s.expires_at > \(bind: now)
                    GROUP BY u.id, u.name, u.password_hash, u.role, u.created_at
                ) su LEFT JOIN (
                    \(unsafeRaw: Self.currentSelect(content: false)) WHERE p.id = \(bind: proposalID)
                ) h ON 1 = 1
                """).first()
            else { return nil }
            let user = try Self.decodeUser(row)
            let found = try row.decodeNil(column: "id") ? nil : try Self.decodeHead(row)
            return (user, found)
        }
    }
}
