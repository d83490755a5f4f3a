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
                """).all().map(AuditEntry.init(row:))
        }
    }
}
