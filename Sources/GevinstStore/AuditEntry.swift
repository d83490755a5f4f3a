import Foundation
import SQLKit

/// One line of the audit log: who did what, when, to which entity, from which old value to which new one.
public struct AuditEntry: Sendable, Hashable {
    public var id: Int64
    public var at: Date
    public var userID: Int64?
    public var username: String?
    /// `proposal.create`, `proposal.save`, `proposal.transition`, `snapshot.create`, `user.create`, …
    public var action: String
    /// `proposal`, `snapshot`, `user`, `api_token`, `budget_round`.
    public var entity: String
    public var entityID: String?
    public var oldValue: String?
    public var newValue: String?
    /// More words: the changes of a save, the comment of a return.
    public var detail: String?
}

/// An audit line before it has an id.
struct AuditRecord: Sendable {
    var at: Int64
    var userID: Int64?
    var username: String?
    var action: String
    var entity: String
    var entityID: String?
    var oldValue: String?
    var newValue: String?
    var detail: String? = nil
}

enum Audit {
    /// Writes the line inside the caller's transaction, so a change and its audit line commit together.
    static func insert(_ record: AuditRecord, into database: any SQLDatabase) async throws {
        try await database.raw("""
            INSERT INTO audit_log (at, user_id, username, action, entity, entity_id, old_value, new_value, detail)
            VALUES (\(bind: record.at), \(bind: record.userID), \(bind: record.username), \(bind: record.action),
                \(bind: record.entity), \(bind: record.entityID), \(bind: record.oldValue), \(bind: record.newValue),
                \(bind: record.detail))
            """).run()
    }
}

extension GevinstStore {
    /// The audit lines with `from <= at < to`, oldest first, at most `limit`.
    public func audit(from: Date, to: Date, limit: Int = 1000) async throws -> [AuditEntry] {
        let start = Millis.from(from)
        let end = Millis.from(to)
        let cap = Int64(max(1, min(limit, 100_000)))
        return try await backend.read { database in
            try await database.raw("""
                SELECT id, at, user_id, username, action, entity, entity_id, old_value, new_value, detail FROM audit_log
                WHERE at >= \(bind: start) AND at < \(bind: end) ORDER BY at, id LIMIT \(bind: cap)
                """).all().map(AuditEntry.init(row:))
        }
    }
}

extension AuditEntry {
    /// The columns every audit query selects: id, at, user_id, username, action, entity, entity_id, old_value,
    /// new_value, detail.
    init(row: any SQLRow) throws {
        self.init(
            id: try row.decode(column: "id", as: Int64.self),
            at: Millis.date(try row.decode(column: "at", as: Int64.self)),
            userID: try row.decode(column: "user_id", as: Int64?.self),
            username: try row.decode(column: "username", as: String?.self),
            action: try row.decode(column: "action", as: String.self),
            entity: try row.decode(column: "entity", as: String.self),
            entityID: try row.decode(column: "entity_id", as: String?.self),
            oldValue: try row.decode(column: "old_value", as: String?.self),
            newValue: try row.decode(column: "new_value", as: String?.self),
            detail: try row.decode(column: "detail", as: String?.self))
    }
}
