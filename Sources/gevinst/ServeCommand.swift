import ArgumentParser
import Foundation
import GevinstServer
import GevinstStore
import Logging

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the Gevinst server: the JSON API over SQLite (default ./gevinst.sqlite) or PostgreSQL.",
        discussion: """
            A new SQLite database gets the project's example proposals from ./examples (skip with --no-examples).
            The API is described at /openapi.json. Create the first administrator with `gevinst users add`.

            Examples:
              gevinst serve
              gevinst serve --database postgres://gevinst:secret@db.example:5432/gevinst --host 0.0.0.0
            """
    )

    @Option(help: "The database: a SQLite file path, or postgres://user:password@host:5432/database.")
    var database: String?

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on (0: any free port).")
    var port = 8080

    @Flag(help: "Do not load the example proposals into a new database.")
    var noExamples = false

    @Option(help: "The folder of example proposals loaded into a new database.")
    var examples = "examples"

    @Flag(help: "Mark the session cookie Secure (when served behind HTTPS).")
    var secureCookies = false

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("the port must be from 0 to 65535") }
    }

    func run() async throws {
        var logger = Logger(label: "gevinst")
        logger.logLevel = .notice
        let location: DatabaseLocation
        do {
            location = try DatabaseLocation(parsing: database)
        } catch {
            throw ValidationError(error.description)
        }
        let store: GevinstStore
        do {
            store = try await GevinstStore.open(location, logger: logger)
        } catch {
            StandardError.write("gevinst serve: \(error)")
            throw ExitCode(2)
        }
        do {
            try await prepare(store)
            let configuration = ServerConfiguration(
                host: host, port: port, secureCookies: secureCookies, warmPagesAtStart: true, officeToPDF: OfficeConversion.toPDF(),
                readWorkbook: OfficeConversion.workbookReader(), spreadsheetToXlsx: OfficeConversion.spreadsheetToXlsx())
            let router = await GevinstServer.router(store: store, configuration: configuration, logger: logger)
            let databaseArgument = database.map { " --database '\($0)'" } ?? ""
            let needsAdmin = try await !store.users().contains { $0.role == .admin }
            let host = host
            let app = GevinstServer.application(router: router, configuration: configuration, logger: logger) { port in
                var lines = ["Gevinst serves http://\(host):\(port) (\(location)); the API is described at /openapi.json"]
                if needsAdmin {
                    lines.append("No administrator yet. Create the first one with:")
                    lines.append("  printf '%s\\n' 'a long password' | gevinst users add NAME --role admin --password-stdin\(databaseArgument)")
                }
                StandardOutput.write(lines.joined(separator: "\n"))
            }
            try await app.runService()
            await store.close()
        } catch {
            await store.close()
            throw error
        }
    }

    /// On a new database, the example proposals.
    private func prepare(_ store: GevinstStore) async throws {
        guard store.isNewDatabase else { return }
        if noExamples { return }
        let folder = URL(fileURLWithPath: examples, isDirectory: true)
        guard FileManager.default.fileExists(atPath: folder.path) else {
            StandardOutput.write("No examples loaded: the folder \(examples) does not exist here.")
            return
        }
        let loaded = try await ExampleLoader.load(from: folder, into: store)
        StandardOutput.write("Loaded \(loaded.count) example proposals from \(examples): \(loaded.joined(separator: ", "))")
    }
}

/// Lines on standard output, written at once (a parent process reading the pipe sees them immediately).
enum StandardOutput {
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }
}
