import Foundation
import GevinstCore
import GevinstServer
import GevinstStore
import GevinstTestSupport
import Hummingbird
import HummingbirdTesting
import Logging
import Testing

/// A store with users for the API tests, on SQLite always and on PostgreSQL when `GEVINST_TEST_POSTGRES_URL`
/// is set. Every user's password is `password-123`; bcrypt runs at its minimum cost to keep tests fast.
enum Harness {
    static let password = "password-123"
    static let configuration = ServerConfiguration(bcryptCost: 4)

    static let postgresURL: PostgresURL? = {
        guard let text = ProcessInfo.processInfo.environment["GEVINST_TEST_POSTGRES_URL"], !text.isEmpty else { return nil }
        return try? PostgresURL(parsing: text)
    }()

    static var kinds: [DatabaseKind] { postgresURL == nil ? [.sqlite] : [.sqlite, .postgres] }

    static var logger: Logger {
        var logger = Logger(label: "gevinst.test")
        logger.logLevel = .warning
        return logger
    }

    /// The project's examples folder.
    static let examples: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("examples")

    static func example(_ name: String = "familieindsats-2020pl.json") throws -> String {
        try String(contentsOf: examples.appendingPathComponent(name), encoding: .utf8)
    }

    /// Runs `body` with the location of a fresh database of `kind`.
    static func withLocation<R>(_ kind: DatabaseKind, _ body: (DatabaseLocation) async throws -> R) async throws -> R {
        switch kind {
        case .sqlite:
            let folder = try TemporaryFolder(prefix: "gevinst-server")
            defer { folder.remove() }
            return try await body(.sqlite(path: folder.url.appendingPathComponent("test.sqlite").path))
        case .postgres:
            guard let base = postgresURL else { throw StoreError.unavailable("GEVINST_TEST_POSTGRES_URL is not set") }
            let scratch = try await PostgresScratchDatabase.create(from: base, prefix: "gevinst_test")
            do {
                let result = try await body(.postgres(scratch))
                try await PostgresScratchDatabase.drop(scratch, base: base)
                return result
            } catch {
                try? await PostgresScratchDatabase.drop(scratch, base: base)
                throw error
            }
        }
    }

    /// Creates the test users: admin, anna and ada (authors in Socialforvaltningen), bo (author in
    /// Økonomiforvaltningen), finn and fie (finance reviewers), rita (reader), carl (follow-up controller in
    /// Socialforvaltningen).
    static func addUsers(_ store: GevinstStore) async throws {
        let hash = await PasswordHasher(cost: 4).hash(password)
        let users: [(String, Role, [String])] = [
            ("admin", .admin, []), ("anna", .author, ["Socialforvaltningen"]), ("ada", .author, ["Socialforvaltningen"]),
            ("bo", .author, ["Økonomiforvaltningen"]), ("finn", .financeReviewer, []), ("fie", .financeReviewer, []),
            ("rita", .reader, []), ("carl", .followUpController, ["Socialforvaltningen"]),
        ]
        for (name, role, administrations) in users {
            try await store.addUser(name: name, passwordHash: hash, role: role, administrations: administrations)
        }
    }

    /// An application over a fresh store with the test users.
    static func withApp<R>(
        _ kind: DatabaseKind = .sqlite, configuration: ServerConfiguration = Harness.configuration,
        _ body: @Sendable (any TestClientProtocol, GevinstStore) async throws -> R
    ) async throws -> R {
        try await withLocation(kind) { location in
            let store = try await GevinstStore.open(location)
            do {
                try await addUsers(store)
                let router = await GevinstServer.router(store: store, configuration: configuration, logger: logger)
                let app = GevinstServer.application(router: router, configuration: configuration, logger: logger)
                let result = try await app.test(.router) { client in try await body(client, store) }
                await store.close()
                return result
            } catch {
                await store.close()
                throw error
            }
        }
    }
}

/// Requests as a user.
extension TestClientProtocol {
    /// Logs in and returns the bearer token.
    func login(_ name: String, password: String = Harness.password) async throws -> String {
        let response = try await execute(
            uri: "/api/session", method: .post, body: ByteBuffer(string: #"{"username": "\#(name)", "password": "\#(password)"}"#))
        guard response.status == .ok, case .object(let members)? = try? JSONParser.parse(String(buffer: response.body)).value,
              case .string(let token)? = members.first(where: { $0.key == "token" })?.value.value
        else {
            throw StoreError.invalid("login as \(name) failed: \(response.status) \(String(buffer: response.body))")
        }
        return token
    }

    @discardableResult
    func call(
        _ method: HTTPRequest.Method, _ uri: String, token: String?, body: String? = nil, headers: HTTPFields = [:]
    ) async throws -> TestResponse {
        var fields = headers
        if let token { fields[.authorization] = "Bearer \(token)" }
        return try await execute(uri: uri, method: method, headers: fields, body: body.map { ByteBuffer(string: $0) })
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }

    /// The body as JSON.
    var json: JSONValue {
        (try? JSONParser.parse(text).value) ?? .null
    }
}

extension JSONValue {
    subscript(_ key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value.value
    }

    subscript(_ index: Int) -> JSONValue? {
        guard case .array(let elements) = self, index >= 0, index < elements.count else { return nil }
        return elements[index].value
    }

    var string: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    var int: Int64? {
        if case .number(let text) = self { return Int64(text) }
        return nil
    }

    var array: [JSONValue] {
        if case .array(let elements) = self { return elements.map(\.value) }
        return []
    }
}
