import Foundation
import SQLKit

/// Sessions, API tokens and login attempts live in the database, so that every server instance on one
/// database sees the same logins. Tokens are stored only as their SHA-256 hash: a copy of the database does
/// not let anyone log in.
extension GevinstStore {
    /// Stores a new session for `userID` under the hash of its token.
    public func createSession(tokenHash: String, userID: Int64, expiresAt: Date, at date: Date = Date()) async throws {
        let now = Millis.from(date)
        let expires = Millis.from(expiresAt)
        try await backend.transaction { database in
            try await database.raw("""
                INSERT INTO sessions (token_hash, user_id, created_at, expires_at)
                VALUES (\(bind: tokenHash), \(bind: userID), \(bind: now), \(bind: expires))
                """).run()
            // Expired sessions are removed as new ones are made, so the table does not grow without end.
            try await database.raw("DELETE FROM sessions WHERE expires_at <= \(bind: now)").run()
        }
    }

    /// The user of an unexpired session, or nil.
    public func sessionUser(tokenHash: String, at date: Date = Date()) async throws -> StoredUser? {
        let kind = kind
        let now = Millis.from(date)
        return try await backend.read { database in
            try await database.raw("""
                \(unsafeRaw: Self.userSelect(kind)) JOIN sessions s ON s.user_id = u.id
                WHERE s.token_hash = \(bind: tokenHash) AND s.expires_at > \(bind: now)
                GROUP BY u.id, u.name, u.password_hash, u.role, u.created_at
                """).first().map(Self.decodeUser)
        }
    }

    /// Ends a session (logout).
    public func deleteSession(tokenHash: String) async throws {
        try await backend.read { database in
            try await database.raw("DELETE FROM sessions WHERE token_hash = \(bind: tokenHash)").run()
        }
    }

    /// Stores an API token for scripts; audited as `token.create` (the token itself is not logged).
    public func createAPIToken(name: String, tokenHash: String, for user: StoredUser, at date: Date = Date()) async throws -> Int64 {
        let now = Millis.from(date)
        return try await backend.transaction { database in
            guard let row = try await database.raw("""
                INSERT INTO api_tokens (user_id, name, token_hash, created_at)
                VALUES (\(bind: user.id), \(bind: name), \(bind: tokenHash), \(bind: now)) RETURNING id
                """).first()
            else { throw StoreError.unavailable("the database did not return the new token's id") }
            let id = try row.decode(column: "id", as: Int64.self)
            try await Audit.insert(
                AuditRecord(at: now, userID: user.id, username: user.name, action: "token.create", entity: "api_token",
                            entityID: String(id), oldValue: nil, newValue: name),
                into: database)
            return id
        }
    }

    /// The user an API token belongs to, or nil.
    public func apiTokenUser(tokenHash: String) async throws -> StoredUser? {
        let kind = kind
        return try await backend.read { database in
            try await database.raw("""
                \(unsafeRaw: Self.userSelect(kind)) JOIN api_tokens t ON t.user_id = u.id WHERE t.token_hash = \(bind: tokenHash)
                GROUP BY u.id, u.name, u.password_hash, u.role, u.created_at
                """).first().map(Self.decodeUser)
        }
    }

    /// Records a login attempt for the rate limit; attempts older than 30 days are removed as new ones come.
    public func recordLoginAttempt(username: String, address: String, succeeded: Bool, at date: Date = Date()) async throws {
        let now = Millis.from(date)
        let cutoff = now - 30 * 86_400_000
        try await backend.transaction { database in
            try await database.raw("""
                INSERT INTO login_attempts (username, address, at, succeeded)
                VALUES (\(bind: username), \(bind: address), \(bind: now), \(bind: succeeded ? 1 : 0))
                """).run()
            try await database.raw("DELETE FROM login_attempts WHERE at < \(bind: cutoff)").run()
        }
    }

    /// Failed attempts for `username` since `since` and after the user's last successful login.
    public func failedLoginAttempts(username: String, since: Date) async throws -> Int {
        let from = Millis.from(since)
        return try await backend.read { database in
            let row = try await database.raw("""
                SELECT COUNT(*) AS n FROM login_attempts
                WHERE username = \(bind: username) AND succeeded = 0 AND at >= \(bind: from)
                  AND at > COALESCE((SELECT MAX(at) FROM login_attempts WHERE username = \(bind: username) AND succeeded = 1), -1)
                """).first()
            return Int(try row?.decode(column: "n", as: Int64.self) ?? 0)
        }
    }

    /// Failed attempts from `address` (any user name) since `since`.
    public func failedLoginAttempts(address: String, since: Date) async throws -> Int {
        let from = Millis.from(since)
        return try await backend.read { database in
            let row = try await database.raw("""
                SELECT COUNT(*) AS n FROM login_attempts WHERE address = \(bind: address) AND succeeded = 0 AND at >= \(bind: from)
                """).first()
            return Int(try row?.decode(column: "n", as: Int64.self) ?? 0)
        }
    }
}
