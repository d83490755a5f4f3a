import Foundation
import GevinstCore
import GevinstStore
import GevinstTestSupport
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Crash safety: `gevinst serve` is killed with SIGKILL during a stream of saves and restarted; every save it
/// acknowledged is there, and no version is half-written.
@Suite struct CrashSafetyTests {
    /// The `gevinst` executable beside the test bundle (built by `swift build` / `swift test`).
    static let executable: URL? = {
        var folder = URL(fileURLWithPath: CommandLine.arguments.first ?? "").deletingLastPathComponent()
        for _ in 0..<3 {
            let candidate = folder.appendingPathComponent("gevinst")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        let debug = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(".build/debug/gevinst")
        return FileManager.default.isExecutableFile(atPath: debug.path) ? debug : nil
    }()

    @Test(.enabled(if: executable != nil, "the gevinst executable is not built; run swift build first"))
    func acknowledgedSavesSurviveSIGKILL() async throws {
        guard let executable = Self.executable else { return }
        let folder = try TemporaryFolder(prefix: "gevinst-crash")
        defer { folder.remove() }
        let database = folder.url.appendingPathComponent("crash.sqlite").path

        let add = Process()
        add.executableURL = executable
        add.arguments = ["users", "add", "writer", "--role", "author", "--administration", "Socialforvaltningen", "--password-stdin", "--database", database]
        let input = Pipe()
        add.standardInput = input
        add.standardOutput = Pipe()
        try add.run()
        input.fileHandleForWriting.write(Data("crash-test-password\n".utf8))
        try input.fileHandleForWriting.close()
        add.waitUntilExit()
        #expect(add.terminationStatus == 0)

        var server = try ServerProcess(executable: executable, database: database)
        let client = HTTPClient(port: server.port)
        let token = try await client.login("writer", "crash-test-password")
        let body = try Harness.example()
        var ids: [Int64] = []
        for _ in 0..<3 {
            let created = try await client.send("POST", "/api/proposals", token: token, body: body)
            ids.append(created.json["id"]?.int ?? 0)
        }

        // Three streams of saves, one per proposal; the server is killed after 60 acknowledged saves.
        let acknowledged = AcknowledgedSaves()
        let streams = Task {
            await withTaskGroup(of: Void.self) { group in
                for id in ids {
                    group.addTask {
                        var version: Int64 = 1
                        for step in 0..<10_000 {
                            let edited = body.replacingOccurrences(of: "\"2019\": 300000", with: "\"2019\": \(300_000 + step + 1)")
                            guard let response = try? await client.send("PUT", "/api/proposals/\(id)", token: token, body: edited, ifMatch: version),
                                  response.status == 200, let saved = response.json["version"]?.int
                            else { return }
                            version = saved
                            await acknowledged.record(id: id, version: saved, amount: Int64(300_000 + step + 1))
                        }
                    }
                }
            }
        }
        while await acknowledged.count < 60 { try await Task.sleep(for: .milliseconds(5)) }
        server.kill()
        await streams.value
        let acknowledgedSaves = await acknowledged.saves
        let total = acknowledgedSaves.values.map(\.count).reduce(0, +)
        #expect(total >= 60)

        // Restart on the same file: every acknowledged version is there with the amount it was saved with.
        server = try ServerProcess(executable: executable, database: database)
        let restarted = HTTPClient(port: server.port)
        let again = try await restarted.login("writer", "crash-test-password")
        for (id, versions) in acknowledgedSaves {
            let listed = try await restarted.send("GET", "/api/proposals/\(id)/versions", token: again)
            let stored = Set(listed.json["versions"]?.array.compactMap { $0["version"]?.int } ?? [])
            for (version, amount) in versions {
                #expect(stored.contains(version), "proposal \(id) lost acknowledged version \(version)")
                let content = try await restarted.send("GET", "/api/proposals/\(id)/versions/\(version)", token: again)
                let implementation = content.json["proposal"]?["lines"]?[3]?["amounts"]?["2019"]?.int
                #expect(implementation == amount, "proposal \(id) version \(version)")
            }
        }
        server.kill()
        print("crash test: \(total) saves acknowledged before SIGKILL, all present after restart")

        // No half-written version: hashes match, versions are contiguous, every save has its audit line.
        let store = try await GevinstStore.open(.sqlite(path: database))
        let problems = try await store.integrityProblems()
        await store.close()
        #expect(problems.isEmpty, "\(problems)")
    }
}

/// Saves the server answered 200 to: proposal → version → the amount saved.
actor AcknowledgedSaves {
    var saves: [Int64: [Int64: Int64]] = [:]
    var count = 0

    func record(id: Int64, version: Int64, amount: Int64) {
        saves[id, default: [:]][version] = amount
        count += 1
    }
}

/// `gevinst serve --port 0` as a child process; the port is read from its first line of output.
struct ServerProcess {
    let process: Process
    let port: Int

    init(executable: URL, database: String) throws {
        process = Process()
        process.executableURL = executable
        process.arguments = ["serve", "--database", database, "--port", "0", "--no-examples"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        var text = ""
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            let data = output.fileHandleForReading.availableData
            if data.isEmpty { break }
            text += String(decoding: data, as: UTF8.self)
            if let range = text.range(of: "http://127.0.0.1:"),
               let end = text[range.upperBound...].firstIndex(where: { !$0.isNumber }),
               let port = Int(text[range.upperBound..<end]) {
                self.port = port
                return
            }
        }
        process.terminate()
        throw StoreError.unavailable("gevinst serve did not print its address; it printed: \(text)")
    }

    func kill() {
        Foundation.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }
}

/// A small HTTP client over URLSession for the child server.
struct HTTPClient: Sendable {
    let port: Int

    struct Reply {
        let status: Int
        let json: JSONValue
    }

    func login(_ name: String, _ password: String) async throws -> String {
        let reply = try await send("POST", "/api/session", token: nil, body: #"{"username": "\#(name)", "password": "\#(password)"}"#)
        guard let token = reply.json["token"]?.string else { throw StoreError.invalid("login failed: \(reply.status)") }
        return token
    }

    func send(_ method: String, _ path: String, token: String?, body: String? = nil, ifMatch: Int64? = nil) async throws -> Reply {
        guard let url = URL(string: "http://127.0.0.1:\(port)\(path)") else { throw StoreError.invalid("bad path \(path)") }
        var request = URLRequest(url: url)
        request.httpMethod = method
        request.timeoutInterval = 30
        if let token { request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization") }
        if let ifMatch { request.setValue("\"\(ifMatch)\"", forHTTPHeaderField: "If-Match") }
        if let body {
            request.httpBody = Data(body.utf8)
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        }
        let (data, response) = try await URLSession.shared.data(for: request)
        let status = (response as? HTTPURLResponse)?.statusCode ?? 0
        return Reply(status: status, json: (try? JSONParser.parse(String(decoding: data, as: UTF8.self)).value) ?? .null)
    }
}
