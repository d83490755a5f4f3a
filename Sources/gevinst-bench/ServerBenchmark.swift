import Foundation
import GevinstCore
import GevinstServer
import GevinstStore
import Hummingbird
import Logging

/// `gevinst-bench server`: the server in-process on loopback with 10 000 proposals stored; `wrk` (Debian's
/// package) measures `GET /api/proposals/{id}` (random ids) against a route returning a constant in the same
/// server, on SQLite and, when `GEVINST_TEST_POSTGRES_URL` is set, on PostgreSQL. Also: saves per second
/// with versioning, projection and audit on SQLite, and the server's resident memory.
enum ServerBenchmark {
    static let suite = BenchSuite(name: "server") { await run() }

    static let proposalCount = 10_000
    static let wrkSeconds = 10
    static let wrkConnections = 32
    /// The ids read again in the second read measurement (their renderings cached by then).
    static let hotCount = 1_000

    static func run() async {
        guard let wrk = findExecutable("wrk") else {
            print("server: wrk not found; install it with `apt-get install wrk` and run again")
            return
        }
        if await !measureAll(wrk: wrk) {
            print("server: FAILED (see above); exit status 1")
            exit(1)
        }
    }

    /// Measures every database kind; false when any measurement failed or the server answered errors.
    static func measureAll(wrk: String) async -> Bool {
        var succeeded = true
        do {
            let examples = try loadExamples()
            var kinds: [(String, DatabaseLocation, () async -> Void)] = []
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gevinst-bench-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            kinds.append(("SQLite", .sqlite(path: folder.appendingPathComponent("bench.sqlite").path), {}))
            if let text = ProcessInfo.processInfo.environment["GEVINST_TEST_POSTGRES_URL"], !text.isEmpty {
                let base = try PostgresURL(parsing: text)
                let scratch = try await PostgresScratchDatabase.create(from: base, prefix: "gevinst_bench")
                kinds.append(("PostgreSQL", .postgres(scratch), { try? await PostgresScratchDatabase.drop(scratch, base: base) }))
            } else {
                print("(PostgreSQL skipped: set GEVINST_TEST_POSTGRES_URL, e.g. with eval \"$(.ci/postgres.sh)\")")
            }
            for (name, location, cleanup) in kinds {
                do {
                    try await measure(name, location: location, examples: examples, wrk: wrk, savesToo: name == "SQLite")
                } catch {
                    print("server: \(name) failed: \(error)")
                    succeeded = false
                }
                await cleanup()
            }
        } catch {
            print("server: failed: \(error)")
            succeeded = false
        }
        return succeeded
    }

    static func measure(_ name: String, location: DatabaseLocation, examples: [Proposal], wrk: String, savesToo: Bool) async throws {
        var logger = Logger(label: "gevinst.bench")
        logger.logLevel = .error
        let store = try await GevinstStore.open(location, logger: logger)
        let hasher = PasswordHasher(cost: 4)
        let user = try await store.addUser(
            name: "bench", passwordHash: await hasher.hash("bench-password"), role: .admin, administrations: [])

        // 10 000 proposals, each a variant of an example with its own code and amounts.
        var ids: [Int64] = []
        let loadSeconds = try await Stopwatch.seconds {
            for index in 0..<proposalCount {
                var proposal = examples[index % examples.count]
                proposal.code = "BE\(index)"
                proposal.title = "\(proposal.title) (\(index))"
                // Only a line without a driver: a driven line's amounts must be what its driver gives, or the
                // stored content cannot be read back (every read would be a 500).
                if let line = proposal.lines.firstIndex(where: { $0.driver == nil }),
                   let year = proposal.lines[line].amounts.years.first {
                    proposal.lines[line].amounts[year] += Amount(index)
                }
                let saved = try await store.createProposal(
                    ProposalContent(proposal: proposal, text: NativeFormat.encode(proposal)), by: user,
                    administration: proposal.submittingAdministration)
                ids.append(saved.proposalID)
            }
        }
        print("\(name): stored \(proposalCount) proposals in \(format(loadSeconds)) s (\(format(Double(proposalCount) / loadSeconds)) creates/s)")

        if savesToo {
            let saves = 2_000
            let proposal = examples[0]
            let id = ids[0]
            let seconds = try await Stopwatch.seconds {
                for step in 0..<saves {
                    var edited = proposal
                    edited.title = "\(proposal.title) – save \(step)"
                    _ = try await store.saveProposal(
                        id: id, expectedVersion: Int64(step + 1),
                        ProposalContent(proposal: edited, text: NativeFormat.encode(edited)), by: user,
                        administration: edited.submittingAdministration, detail: "title")
                }
            }
            print("\(name): \(format(Double(saves) / seconds)) saves/s (one writer; each save = version + amounts projection + audit line in one transaction, synchronous=FULL)")
        }

        let configuration = ServerConfiguration(port: 0, bcryptCost: 4)
        let router = await GevinstServer.router(store: store, configuration: configuration, logger: logger)
        router.get("/bench/constant") { _, _ in
            Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
                     body: ResponseBody(byteBuffer: ByteBuffer(string: #"{"status":"ok"}"#)))
        }
        let (portStream, portContinuation) = AsyncStream<Int>.makeStream()
        let app = GevinstServer.application(router: router, configuration: configuration, logger: logger) { port in
            portContinuation.yield(port)
        }
        let serverTask = Task { try await app.run() }
        var port = 0
        for await value in portStream { port = value; break }

        let token = try await login(port: port)
        let script = FileManager.default.temporaryDirectory.appendingPathComponent("gevinst-bench-\(UUID().uuidString).lua")
        let first = ids.first ?? 1
        try Self.readScript(first: first, last: first + Int64(ids.count) - 1).write(to: script, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: script) }

        // Warm up both routes, then measure each.
        _ = runWrk(wrk, url: "http://127.0.0.1:\(port)/bench/constant", token: token, seconds: 2, script: nil)
        _ = runWrk(wrk, url: "http://127.0.0.1:\(port)/", token: token, seconds: 2, script: script.path)
        let constant = runWrk(wrk, url: "http://127.0.0.1:\(port)/bench/constant", token: token, seconds: wrkSeconds, script: nil)
        let read = runWrk(wrk, url: "http://127.0.0.1:\(port)/", token: token, seconds: wrkSeconds, script: script.path)
        // The same route over 1 000 ids read in the warm-up: versions whose rendering the server has cached.
        let hotScript = FileManager.default.temporaryDirectory.appendingPathComponent("gevinst-bench-\(UUID().uuidString).lua")
        try Self.readScript(first: first, last: first + Int64(min(hotCount, ids.count)) - 1).write(to: hotScript, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: hotScript) }
        _ = runWrk(wrk, url: "http://127.0.0.1:\(port)/", token: token, seconds: 2, script: hotScript.path)
        let hot = runWrk(wrk, url: "http://127.0.0.1:\(port)/", token: token, seconds: wrkSeconds, script: hotScript.path)
        let rss = residentMegabytes()
        serverTask.cancel()
        _ = await serverTask.result
        await store.close()

        guard let constant, let read, let hot else {
            print("\(name): wrk gave no result")
            throw BenchFailure.wrk("\(name): wrk gave no result")
        }
        print("\(name): GET /bench/constant         \(format(constant.requestsPerSecond)) req/s, p99 \(format(constant.p99Milliseconds)) ms, \(constant.errorSummary)")
        print("\(name): GET /api/proposals/{id}     \(format(read.requestsPerSecond)) req/s, p99 \(format(read.p99Milliseconds)) ms, \(read.errorSummary) (random ids of \(proposalCount); session check + proposal query + decode + Tabel 1–4 + JSON)")
        print("\(name): GET /api/proposals/{id}     \(format(hot.requestsPerSecond)) req/s, p99 \(format(hot.p99Milliseconds)) ms, \(hot.errorSummary) (random ids of the first \(hotCount), each read before: rendering cached; ratio \(format(hot.requestsPerSecond / max(1, constant.requestsPerSecond))))")
        let ratio = read.requestsPerSecond / max(1, constant.requestsPerSecond)
        print("\(name): read/constant throughput ratio \(format(ratio)) (aim ≥ 0,50: \(ratio >= 0.5 ? "met" : "NOT met")); p99 ratio \(format(read.p99Milliseconds / max(0.001, constant.p99Milliseconds)))")
        print("\(name): server resident memory (VmRSS, bench process = server) \(format(rss)) MB with \(proposalCount) proposals (aim < 100 MB: \(rss < 100 ? "met" : "NOT met"))")
        // Errors are not throughput: a run where either route answered anything but 200 measures nothing.
        if constant.failures > 0 || read.failures > 0 || hot.failures > 0 {
            print("\(name): FAILED: the server answered errors during the measurement; the figures above are not valid")
            throw BenchFailure.errors("\(name): constant route \(constant.errorSummary); read route \(read.errorSummary); cached reads \(hot.errorSummary)")
        }
    }

    enum BenchFailure: Error, CustomStringConvertible {
        case wrk(String)
        case errors(String)

        var description: String {
            switch self {
            case .wrk(let text), .errors(let text): text
            }
        }
    }

    /// wrk's script for the read route: random ids, and a count of every answer that is not 200 by status
    /// (with the first such body), printed by `done` for `runWrk` to read.
    static func readScript(first: Int64, last: Int64) -> String {
        """
        math.randomseed(42)
        local threads = {}
        function setup(thread) table.insert(threads, thread) end
        function init(args) statuses = {}; first_error = "" end
        request = function()
          return wrk.format("GET", "/api/proposals/" .. math.random(\(first), \(last)))
        end
        function response(status, headers, body)
          if status ~= 200 then
            statuses[status] = (statuses[status] or 0) + 1
            if first_error == "" then first_error = string.sub(body or "", 1, 300) end
          end
        end
        function done(summary, latency, requests)
          for _, thread in ipairs(threads) do
            for code, count in pairs(thread:get("statuses")) do io.write(string.format("status %d: %d\\n", code, count)) end
            local text = thread:get("first_error")
            if text ~= "" then io.write("first error body: " .. text .. "\\n") end
          end
        end
        """
    }

    struct WrkResult {
        var requestsPerSecond: Double
        var p99Milliseconds: Double
        /// wrk's "Non-2xx or 3xx responses" count.
        var non2xx = 0
        /// Connect, read, write errors and timeouts from wrk's "Socket errors" line.
        var socketErrors = 0
        /// Non-200 answers by status, from the read script's `done`.
        var statuses: [Int: Int] = [:]

        var failures: Int { max(non2xx, statuses.values.reduce(0, +)) + socketErrors }

        var errorSummary: String {
            if failures == 0 { return "0 errors" }
            let byStatus = statuses.keys.sorted().map { "\($0): \(statuses[$0] ?? 0)" }.joined(separator: ", ")
            return "ERRORS: \(non2xx) non-2xx\(byStatus.isEmpty ? "" : " (\(byStatus))"), \(socketErrors) socket errors"
        }
    }

    static func runWrk(_ wrk: String, url: String, token: String, seconds: Int, script: String?) -> WrkResult? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: wrk)
        var arguments = ["-t2", "-c\(wrkConnections)", "-d\(seconds)s", "--latency", "-H", "Authorization: Bearer \(token)"]
        if let script { arguments += ["-s", script] }
        process.arguments = arguments + [url]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = Pipe()
        do { try process.run() } catch { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        var result = WrkResult(requestsPerSecond: 0, p99Milliseconds: 0)
        for line in text.split(separator: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            let words = trimmed.split(separator: " ", omittingEmptySubsequences: true)
            if words.first == "Requests/sec:", words.count > 1, let value = Double(words[1]) { result.requestsPerSecond = value }
            if words.first == "99%", words.count > 1 { result.p99Milliseconds = milliseconds(String(words[1])) }
            if trimmed.hasPrefix("Non-2xx or 3xx responses:"), let count = words.last.flatMap({ Int($0) }) { result.non2xx = count }
            if trimmed.hasPrefix("Socket errors:") {
                // "Socket errors: connect 0, read 0, write 0, timeout 0"
                result.socketErrors = words.compactMap { Int($0.trimmingCharacters(in: CharacterSet(charactersIn: ","))) }.reduce(0, +)
            }
            if words.first == "status", words.count == 3, let code = Int(words[1].dropLast()), let count = Int(words[2]) {
                result.statuses[code, default: 0] += count
            }
            if trimmed.hasPrefix("first error body:") { print("  (wrk: \(trimmed))") }
        }
        return result.requestsPerSecond > 0 ? result : nil
    }

    /// wrk prints latencies as "812.00us", "3.21ms", "1.02s".
    static func milliseconds(_ text: String) -> Double {
        if text.hasSuffix("us"), let value = Double(text.dropLast(2)) { return value / 1000 }
        if text.hasSuffix("ms"), let value = Double(text.dropLast(2)) { return value }
        if text.hasSuffix("s"), let value = Double(text.dropLast(1)) { return value * 1000 }
        return 0
    }

    static func login(port: Int) async throws -> String {
        let token = try await LoopbackHTTP.post(port: port, path: "/api/session", body: #"{"username": "bench", "password": "bench-password"}"#)
        guard let start = token.range(of: "\"token\":\""), let end = token[start.upperBound...].firstIndex(of: "\"") else {
            throw StoreError.invalid("login failed: \(token)")
        }
        return String(token[start.upperBound..<end])
    }

    static func loadExamples() throws -> [Proposal] {
        let folder = URL(fileURLWithPath: "examples", isDirectory: true)
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" }.sorted { $0.path < $1.path }
        let proposals = try files.map { try NativeFormat.decode(bytes: [UInt8](try Data(contentsOf: $0)), file: $0.path) }
        guard !proposals.isEmpty else { throw StoreError.invalid("no examples in ./examples; run from the project folder") }
        return proposals
    }

    /// VmRSS of this process in MB.
    static func residentMegabytes() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") {
            let number = line.split(separator: " ").dropFirst().first { Double($0) != nil }
            return (number.flatMap { Double($0) } ?? 0) / 1024
        }
        return 0
    }

    static func findExecutable(_ name: String) -> String? {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":") {
            let path = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    static func format(_ value: Double) -> String {
        let text = value >= 100 ? String(Int(value.rounded())) : String(format: "%.2f", value)
        return text.replacingOccurrences(of: ".", with: ",")
    }
}
