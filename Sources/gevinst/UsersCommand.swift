import ArgumentParser
import Foundation
import GevinstCore
import GevinstServer
import GevinstStore

struct UsersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "users",
        abstract: "Manage the server's user accounts.",
        subcommands: [UsersAddCommand.self, UsersListCommand.self]
    )
}

struct UsersAddCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Create a user; the password is read from standard input and stored as a bcrypt hash.",
        discussion: """
            Roles: \(Role.allNames). Authors and follow-up controllers work in the administrations given with
            --administration (repeat it for several).

            Examples:
              printf '%s\\n' 'a long password' | gevinst users add anna --role admin --password-stdin
              gevinst users add bo --role author --administration Socialforvaltningen --password-stdin < password.txt
            """
    )

    @Argument(help: "The user name (used to log in).")
    var name: String

    @Option(help: "The role: \(Role.allNames).")
    var role: String

    @Flag(help: "Read the password from the first line of standard input.")
    var passwordStdin = false

    @Option(help: "The database: a SQLite file path, or postgres://user:password@host:5432/database.")
    var database: String?

    @Option(name: .customLong("administration"), help: "An administration the user works in (repeatable).")
    var administrations: [String] = []

    func validate() throws {
        guard let role = Role(rawValue: role) else { throw ValidationError("unknown role \"\(self.role)\"; choose one of: \(Role.allNames)") }
        guard passwordStdin else {
            throw ValidationError("give the password on standard input with --password-stdin (a password on the command line would show in the process list)")
        }
        if role.isScopedToAdministrations && administrations.isEmpty {
            throw ValidationError("a user with the role \(role.rawValue) needs at least one --administration")
        }
    }

    func run() async throws {
        guard let role = Role(rawValue: role) else { throw ExitCode(2) }
        guard let line = readLine(strippingNewline: true), !line.isEmpty else {
            StandardError.write("gevinst users add: no password on standard input")
            throw ExitCode(2)
        }
        let password = line.hasSuffix("\r") ? String(line.dropLast()) : line
        if let problem = PasswordHasher.validate(password) {
            StandardError.write("gevinst users add: \(problem)")
            throw ExitCode(2)
        }
        let store = try await CommandStore.open(database)
        do {
            let user = try await store.addUser(
                name: name, passwordHash: await PasswordHasher().hash(password), role: role, administrations: administrations)
            await store.close()
            let scope = user.administrations.isEmpty ? "" : " in \(user.administrations.joined(separator: ", "))"
            StandardOutput.write("Created \(user.role.rawValue) \(user.name)\(scope) in \(store.location).")
        } catch let error as StoreError {
            await store.close()
            StandardError.write("gevinst users add: \(error)")
            throw ExitCode(2)
        }
    }
}

struct UsersListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the users, their roles and administrations.")

    @Option(help: "The database: a SQLite file path, or postgres://user:password@host:5432/database.")
    var database: String?

    func run() async throws {
        let store = try await CommandStore.open(database)
        let users = try await store.users()
        await store.close()
        for user in users {
            StandardOutput.write("\(user.name)\t\(user.role.rawValue)\t\(user.administrations.joined(separator: ", "))")
        }
    }
}

/// Opening the store for a command, with the error on standard error.
enum CommandStore {
    static func open(_ database: String?) async throws -> GevinstStore {
        do {
            return try await GevinstStore.open(try DatabaseLocation(parsing: database))
        } catch {
            StandardError.write("gevinst: \(error)")
            throw ExitCode(2)
        }
    }
}
