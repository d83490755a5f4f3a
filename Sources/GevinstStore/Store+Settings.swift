import Foundation
import SQLKit

/// Configuration kept as documents in their own formats under a key: the follow-up colour rules as
/// `gevinst-follow-up-configuration/1` JSON (`SettingKey.followUpConfiguration`) and each price index series
/// as the CSV it was uploaded as (`SettingKey.indexSeries(name)`). Every change is audited with the old and new
/// value.
public enum SettingKey {
    public static let followUpConfiguration = "follow-up-configuration"
    public static let indexSeriesPrefix = "index-series:"

    public static func indexSeries(_ name: String) -> String { indexSeriesPrefix + name }
}

extension GevinstStore {
    /// The value under `key`, or nil.
    public func setting(_ key: String) async throws -> String? {
        try await backend.read { database in
            try await database.raw("SELECT value FROM settings WHERE key = \(bind: key)").first()?.decode(column: "value", as: String.self)
        }
    }

    /// Every setting whose key starts with `prefix`, by key.
    public func settings(withPrefix prefix: String) async throws -> [(key: String, value: String)] {
        let pattern = Self.escapeLike(prefix) + "%"
        return try await backend.read { database in
            try await database.raw("SELECT key, value FROM settings WHERE key LIKE \(bind: pattern) ESCAPE '\\' ORDER BY key").all().map { row in
                (try row.decode(column: "key", as: String.self), try row.decode(column: "value", as: String.self))
            }
        }
    }

    /// Sets `key` to `value`, audited as `setting.save` with the old and the new value.
    public func saveSetting(_ key: String, value: String, by user: StoredUser, at date: Date = Date()) async throws {
        let now = Millis.from(date)
        try await backend.transaction { database in
            let old = try await database.raw("SELECT value FROM settings WHERE key = \(bind: key)").first()?
                .decode(column: "value", as: String.self)
            if old == nil {
                try await database.raw("""
                    INSERT INTO settings (key, value, updated_by, updated_at) VALUES (\(bind: key), \(bind: value), \(bind: user.id), \(bind: now))
                    """).run()
            } else {
                try await database.raw("""
                    UPDATE settings SET value = \(bind: value), updated_by = \(bind: user.id), updated_at = \(bind: now) WHERE key = \(bind: key)
                    """).run()
            }
            try await Audit.insert(
                AuditRecord(at: now, userID: user.id, username: user.name, action: "setting.save", entity: "setting", entityID: key,
                            oldValue: old, newValue: value),
                into: database)
        }
    }
}
