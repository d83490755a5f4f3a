import Foundation
import Logging
import PostgresKit

/// Creates and drops throw-away PostgreSQL databases beside the one a URL names: tests and benchmarks each
/// get a fresh database (the URL's user needs the CREATEDB privilege, which `.ci/postgres.sh` grants).
public enum PostgresScratchDatabase {
    /// Creates `<prefix>_<random>` and returns its URL.
    public static func create(from base: PostgresURL, prefix: String = "gevinst_scratch") async throws -> PostgresURL {
        guard !prefix.isEmpty, prefix.count <= 30, prefix.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "_") }) else {
            throw StoreError.invalid("a scratch database prefix must be 1–30 lowercase letters, digits or underscores")
        }
        let suffix = UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
        let name = "\(prefix)_\(suffix)"
        try await run("CREATE DATABASE \"\(name)\"", on: base)
        var url = base
        url.database = name
        return url
    }

    /// Drops the database `url` names (connecting to the base database to do so).
    public static func drop(_ url: PostgresURL, base: PostgresURL) async throws {
        try await run("DROP DATABASE IF EXISTS \"\(url.database)\" WITH (FORCE)", on: base)
    }

    private static func run(_ statement: String, on url: PostgresURL) async throws {
        let backend = PostgresBackend(url: url, maximumConnections: 1, logger: Logger(label: "gevinst.scratch"))
        do {
            try await backend.read { database in try await database.raw("\(unsafeRaw: statement)").run() }
            await backend.shutdown()
        } catch {
            await backend.shutdown()
            throw error
        }
    }
}
