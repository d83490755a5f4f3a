import Foundation
import SQLKit

extension GevinstStore {
    /// The audit lines about one entity (`proposal` 12, `follow_up_period` "December 2024"), newest first, at
    /// most `limit`: a proposal's audit trail on its page.
    public func audit(entity: String, entityID: String, limit: Int = 500) async throws -> [AuditEntry] {
        let cap = Int64(max(1, min(limit, 10_000)))
        return try await backend.read { database in
            try await database.raw("""
                SELECT id, at, user_id, username, action, entity, entity_id, old_value, new_value, detail FROM audit_log
                WHERE entity = \(bind: entity) AND entity_id = \(bind: entityID) ORDER BY at DESC, id DESC LIMIT \(bind: cap)
                """).all().map { row in
                AuditEntry(
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
    }
}
