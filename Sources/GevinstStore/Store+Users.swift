import Foundation
import GevinstCore
import SQLKit

extension GevinstStore {
    /// Creates a user. `passwordHash` is a bcrypt hash made by the caller; every administration must be one of
    /// the configured administrations. Audited as `user.create`.
    @discardableResult
    public func addUser(
        name: String, passwordHash: String, role: Role, administrations: [String], createdBy: StoredUser? = nil,
        at date: Date = Date()
    ) async throws -> StoredUser {
        try UserName.validate(name)
        let now = Millis.from(date)
        let id = try await backend.transaction { database in
            let known = try await Self.administrationIDs(database)
            var administrationIDs: [Int64] = []
            for administration in administrations {
                guard let id = known[administration] else {
                    throw StoreError.invalid(
                        "unknown administration \"\(administration)\"; known administrations: \(known.keys.sorted().joined(separator: ", "))")
                }
                administrationIDs.append(id)
            }
            if try await database.raw("SELECT id FROM users WHERE name = \(bind: name)").first() != nil {
                throw StoreError.duplicate("a user named \"\(name)\"")
            }
            guard let row = try await database.raw("""
                INSERT INTO users (name, password_hash, role, created_at)
                VALUES (\(bind: name), \(bind: passwordHash), \(bind: role.rawValue), \(bind: now)) RETURNING id
                """).first()
            else { throw StoreError.unavailable("the database did not return the new user's id") }
            let id = try row.decode(column: "id", as: Int64.self)
            for administrationID in Set(administrationIDs) {
                try await database.raw(
                    "INSERT INTO user_administrations (user_id, administration_id) VALUES (\(bind: id), \(bind: administrationID))"
                ).run()
            }
            try await Audit.insert(
                AuditRecord(
                    at: now, userID: createdBy?.id, username: createdBy?.name, action: "user.create", entity: "user",
                    entityID: String(id), oldValue: nil,
                    newValue: "\(name) (\(role.rawValue)\(administrations.isEmpty ? "" : "; " + administrations.joined(separator: ", ")))"),
                into: database)
            return id
        }
        return StoredUser(
            id: id, name: name, role: role, administrations: administrations.sorted(), passwordHash: passwordHash,
            createdAt: Millis.date(now))
    }

    /// The user with this name, or nil.
    public func user(named name: String) async throws -> StoredUser? {
        let kind = kind
        return try await backend.read { database in
            try await database.raw("\(unsafeRaw: Self.userSelect(kind)) WHERE u.name = \(bind: name) GROUP BY u.id, u.name, u.password_hash, u.role, u.created_at")
                .first().map(Self.decodeUser)
        }
    }

    /// The user with this id, or nil.
    public func user(id: Int64) async throws -> StoredUser? {
        let kind = kind
        return try await backend.read { database in
            try await database.raw("\(unsafeRaw: Self.userSelect(kind)) WHERE u.id = \(bind: id) GROUP BY u.id, u.name, u.password_hash, u.role, u.created_at")
                .first().map(Self.decodeUser)
        }
    }

    /// Every user, by name.
    public func users() async throws -> [StoredUser] {
        let kind = kind
        return try await backend.read { database in
            try await database.raw("\(unsafeRaw: Self.userSelect(kind)) GROUP BY u.id, u.name, u.password_hash, u.role, u.created_at ORDER BY u.name")
                .all().map(Self.decodeUser)
        }
    }

    /// The number of users (zero on a new installation: `gevinst serve` then says how to create the first).
    public func userCount() async throws -> Int64 {
        try await backend.read { database in
            try await database.raw("SELECT COUNT(*) AS n FROM users").first()?.decode(column: "n", as: Int64.self) ?? 0
        }
    }

    /// A user row with the administrations joined into one text (separated by the unit separator U+001F).
    static func userSelect(_ kind: DatabaseKind, alias: String = "u") -> String {
        let aggregate = kind == .sqlite ? "group_concat(a.name, char(31))" : "string_agg(a.name, chr(31) ORDER BY a.name)"
        return """
            SELECT u.id AS user_id, u.name AS user_name, u.password_hash AS user_password_hash, u.role AS user_role,
                u.created_at AS user_created_at, \(aggregate) AS user_administrations
            FROM users u LEFT JOIN user_administrations ua ON ua.user_id = u.id
            LEFT JOIN administrations a ON a.id = ua.administration_id
            """
    }

    static func decodeUser(_ row: any SQLRow) throws -> StoredUser {
        let roleName = try row.decode(column: "user_role", as: String.self)
        guard let role = Role(rawValue: roleName) else {
            throw StoreError.invalid("the stored role \"\(roleName)\" is not one of \(Role.allNames)")
        }
        let administrations = try row.decode(column: "user_administrations", as: String?.self)
            .map { $0.split(separator: "\u{1F}").map(String.init).sorted() } ?? []
        return StoredUser(
            id: try row.decode(column: "user_id", as: Int64.self), name: try row.decode(column: "user_name", as: String.self),
            role: role, administrations: administrations,
            passwordHash: try row.decode(column: "user_password_hash", as: String.self),
            createdAt: Millis.date(try row.decode(column: "user_created_at", as: Int64.self)))
    }

    static func administrationIDs(_ database: any SQLDatabase) async throws -> [String: Int64] {
        var result: [String: Int64] = [:]
        for row in try await database.raw("SELECT id, name FROM administrations").all() {
            result[try row.decode(column: "name", as: String.self)] = try row.decode(column: "id", as: Int64.self)
        }
        return result
    }
}
