import Foundation
import Logging
import PostgresKit
import SQLKit
import SQLiteKit

/// The two databases the store runs on. The SQL is the same except where a dialect differs (identity columns,
/// how a write transaction starts, the migration lock), and every value is a bound parameter.
public enum DatabaseKind: String, Sendable, Hashable {
    case sqlite
    case postgres
}

/// Connections to one database: reads on any connection, writes in transactions on an exclusive one.
protocol SQLBackend: Sendable {
    var kind: DatabaseKind { get }
    /// Runs `body` on a connection for reads (and single statements).
    func read<R: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> R) async throws -> R
    /// Runs `body` in one transaction: committed when it returns, rolled back when it throws.
    func transaction<R: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> R) async throws -> R
    func shutdown() async
}

/// SQLite: one writer connection (SQLite has one writer at a time; serialising writers in the process keeps
/// them from waiting on each other inside SQLite's busy handler) and a few reader connections, which WAL mode
/// lets read while the writer writes. Foreign keys on, WAL, `synchronous = FULL` so that a commit that was
/// acknowledged survives a crash of the process or the machine.
///
/// Another process (or a second store on the same file) may hold the write lock. The writer does not wait for it
/// inside SQLite's busy handler: that handler sleeps on one of SwiftNIO's few shared blocking threads (in whole
/// seconds, as SQLiteNIO's SQLite is built), which can starve the very connection that holds the lock. The writer
/// asks once without waiting and, while the lock is taken, waits asynchronously (`WriteLockWait`).
///
/// Each store runs its connections on threads of its own (`threads`, one per connection), not on SwiftNIO's
/// shared blocking pool, which has as many threads as cores: a reader waiting in SQLite's busy handler (which
/// sleeps whole seconds here) could otherwise hold the thread the writer needs to commit, and another store's
/// work in the same process (tests, the benchmarks) could hold them all.
final class SQLiteBackend: SQLBackend {
    let kind = DatabaseKind.sqlite
    private let writer: ConnectionPool<SQLiteConnection>
    private let readers: ConnectionPool<SQLiteConnection>
    private let threads: NIOThreadPool

    init(path: String, readers readerCount: Int = 4, logger: Logger) async throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        if !FileManager.default.fileExists(atPath: folder.path) {
            throw StoreError.unavailable("cannot create the SQLite database \(path): the folder \(folder.path) does not exist")
        }
        let threads = NIOThreadPool(numberOfThreads: readerCount + 1)
        threads.start()
        self.threads = threads
        let openWith: @Sendable (_ busyTimeoutMilliseconds: Int) async throws -> SQLiteConnection = { busyTimeout in
            let connection = try await SQLiteConnection.open(
                storage: .file(path: url.path), threadPool: threads, logger: logger, on: MultiThreadedEventLoopGroup.singleton.any()
            ).get()
            do {
                for pragma in ["PRAGMA busy_timeout = \(busyTimeout)", "PRAGMA foreign_keys = ON", "PRAGMA synchronous = FULL"] {
                    _ = try await connection.query(pragma, [])
                }
            } catch {
                try? await connection.close()
                throw error
            }
            return connection
        }
        // Readers seldom meet a lock in WAL mode (only while another process recovers the log); they may wait in
        // SQLite. The writer never does: `BEGIN IMMEDIATE` answers at once and `WriteLockWait` waits.
        let openReader: @Sendable () async throws -> SQLiteConnection = { try await openWith(10_000) }
        let openWriter: @Sendable () async throws -> SQLiteConnection = { try await openWith(0) }
        // WAL is a property of the file; set it once through the writer before readers open. Setting it needs the
        // lock for a moment, so this one statement may wait in SQLite.
        let first: SQLiteConnection
        do {
            first = try await openReader()
        } catch {
            try? await threads.shutdownGracefully()
            throw error
        }
        do {
            _ = try await first.query("PRAGMA journal_mode = WAL", [])
            _ = try await first.query("PRAGMA busy_timeout = 0", [])
        } catch {
            try? await first.close()
            try? await threads.shutdownGracefully()
            throw StoreError.unavailable("cannot open the SQLite database \(path): \(error)")
        }
        let closeConnection: @Sendable (SQLiteConnection) async -> Void = { try? await $0.close() }
        let writerPool = ConnectionPool<SQLiteConnection>(maximum: 1, open: openWriter, close: closeConnection)
        // The connection that set WAL becomes the one writer: adopted, so the pool counts it.
        await writerPool.adopt(first)
        writer = writerPool
        readers = ConnectionPool(maximum: readerCount, open: openReader, close: closeConnection)
    }

    func read<R: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> R) async throws -> R {
        try await readers.with { connection in try await body(connection.sql(queryLogLevel: nil)) }
    }

    func transaction<R: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> R) async throws -> R {
        // A transaction runs in its own task: a cancelled request must not leave BEGIN without COMMIT or ROLLBACK.
        try await Task { try await self.sqliteTransaction(body) }.value
    }

    private func sqliteTransaction<R: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> R) async throws -> R {
        try await writer.with { connection in
            let database = connection.sql(queryLogLevel: nil)
            // IMMEDIATE takes the write lock at once, so a read-then-write never fails half-way with SQLITE_BUSY.
            try await WriteLockWait.standard.acquire { try await database.raw("BEGIN IMMEDIATE").run() }
            do {
                let result = try await body(database)
                try await database.raw("COMMIT").run()
                return result
            } catch {
                try? await database.raw("ROLLBACK").run()
                throw error
            }
        }
    }

    /// How many writer connections are open (one, by design) and how many the writer pool opened besides the
    /// one that set WAL (none, by design); tests check both.
    var writerConnections: (open: Int, openedByPool: Int) {
        get async { (await writer.openCount, await writer.openings) }
    }

    func shutdown() async {
        await writer.drain()
        await readers.drain()
        try? await threads.shutdownGracefully()
    }
}

/// PostgreSQL through PostgresNIO's connection pool (`PostgresClient`), which reconnects after failures.
final class PostgresBackend: SQLBackend {
    let kind = DatabaseKind.postgres
    private let client: PostgresClient
    private let runner: Task<Void, Never>

    init(url: PostgresURL, maximumConnections: Int = 10, logger: Logger) {
        let tls: PostgresClient.Configuration.TLS
        switch url.tls {
        case .disable:
            tls = .disable
        case .prefer, .require:
            var configuration = TLSConfiguration.makeClientConfiguration()
            configuration.certificateVerification = .none
            tls = url.tls == .prefer ? .prefer(configuration) : .require(configuration)
        case .verifyFull:
            tls = .require(.makeClientConfiguration())
        }
        var configuration = PostgresClient.Configuration(
            host: url.host, port: url.port, username: url.username, password: url.password, database: url.database, tls: tls)
        configuration.options.maximumConnections = maximumConnections
        let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        self.client = client
        runner = Task { await client.run() }
    }

    func read<R: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> R) async throws -> R {
        try await client.withConnection { connection in try await body(connection.sql(queryLogLevel: nil)) }
    }

    func transaction<R: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> R) async throws -> R {
        // A transaction runs in its own task: a cancelled request must not leave BEGIN without COMMIT or ROLLBACK.
        try await Task { try await self.postgresTransaction(body) }.value
    }

    private func postgresTransaction<R: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> R) async throws -> R {
        try await client.withConnection { connection in
            let database = connection.sql(queryLogLevel: nil)
            try await database.raw("BEGIN").run()
            do {
                let result = try await body(database)
                try await database.raw("COMMIT").run()
                return result
            } catch {
                try? await database.raw("ROLLBACK").run()
                throw error
            }
        }
    }

    func shutdown() async {
        runner.cancel()
        await runner.value
    }
}

/// Recognises SQLite's answer that another connection holds the lock.
enum DatabaseBusy {
    static func matches(_ error: any Error) -> Bool {
        guard let error = error as? SQLiteError else { return false }
        switch error.reason {
        case .busy, .locked: return true
        default: return false
        }
    }
}

/// Recognises a unique-constraint violation in either database: the sign that a concurrent writer won.
enum UniqueViolation {
    static func matches(_ error: any Error) -> Bool {
        if let error = error as? SQLiteError {
            switch error.reason {
            case .constraint, .constraintUniqueFailed, .constraintPrimaryKeyFailed: return true
            default: return false
            }
        }
        if let error = error as? PSQLError {
            return error.serverInfo?[.sqlState] == PostgresError.Code.uniqueViolation.raw
        }
        return false
    }
}
