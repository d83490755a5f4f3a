import Foundation
import Logging
import SQLKit

/// Gevinst's persistence: proposals with append-only versions, snapshots, the audit log, users, sessions and
/// the configurable reference data, in SQLite (a file, the default) or PostgreSQL (shared by several server
/// instances). The store keeps no state of its own beyond connections, so two instances on one PostgreSQL
/// database behave as one.
public final class GevinstStore: Sendable {
    public let location: DatabaseLocation
    /// The migrations applied when this store was opened (empty when the schema was up to date).
    public let appliedMigrations: [String]
    let backend: any SQLBackend

    public var kind: DatabaseKind { backend.kind }

    /// True when this opening created the schema: the database was new.
    public var isNewDatabase: Bool { appliedMigrations.contains(Schema.migrations[0].name) }

    private init(location: DatabaseLocation, backend: any SQLBackend, appliedMigrations: [String]) {
        self.location = location
        self.backend = backend
        self.appliedMigrations = appliedMigrations
    }

    /// Opens (creating where needed) the database at `location` and runs the pending migrations.
    public static func open(_ location: DatabaseLocation, logger: Logger = Logger(label: "gevinst.store")) async throws -> GevinstStore {
        let backend: any SQLBackend
        switch location {
        case .sqlite(let path):
            backend = try await SQLiteBackend(path: path, logger: logger)
        case .postgres(let url):
            backend = PostgresBackend(url: url, logger: logger)
        }
        do {
            let applied = try await Migrator.run(on: backend, now: Millis.from(Date()))
            return GevinstStore(location: location, backend: backend, appliedMigrations: applied)
        } catch {
            await backend.shutdown()
            throw StoreError.unavailable("cannot open \(location): \(error)")
        }
    }

    /// Closes the connections. The store must not be used afterwards.
    public func close() async { await backend.shutdown() }

    /// The schema versions recorded in `schema_migrations`, in order.
    public func schemaVersions() async throws -> [Int64] {
        try await backend.read { database in
            try await database.raw("SELECT version FROM schema_migrations ORDER BY version").all()
                .map { try $0.decode(column: "version", as: Int64.self) }
        }
    }

    /// A cheap query that proves the database answers (for `GET /health`).
    public func ping() async throws {
        try await backend.read { database in try await database.raw("SELECT 1 AS one").run() }
    }

    /// The names of the tables in the database (used by tests of the migrations).
    public func tableNames() async throws -> [String] {
        let kind = kind
        return try await backend.read { database in
            let query: SQLQueryString = kind == .sqlite
                ? "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
                : "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY table_name"
            return try await database.raw(query).all().map { try $0.decode(column: "name", as: String.self) }
        }
    }
}
