import Foundation
import GevinstCore
import GevinstServer
import GevinstStore
import Hummingbird
import Logging

#if canImport(Glibc)
import Glibc
#endif

/// Issue 7's figure: the web pages with 1 000 proposals in a round. A temporary SQLite database gets 1 000
/// proposals (the project's three examples under 1 000 codes); `gevinst serve`'s router answers on a loopback
/// port; the proposal list, the dashboard and one proposal page are fetched over HTTP with a session cookie.
/// Printed: the median of five fetches of each, beside `GET /health` in the same server as the baseline.
enum WebBenchmark {
    static let suite = BenchSuite(name: "web") { await run() }

    static let proposals = 1_000
    static let round = "Budget 2027"

    static func run() async {
        do {
            try await measure()
        } catch {
            print("web: failed: \(error)")
        }
    }

    static func measure() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gevinst-bench-web-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var logger = Logger(label: "gevinst.bench")
        logger.logLevel = .error
        let store = try await GevinstStore.open(.sqlite(path: folder.appendingPathComponent("web.sqlite").path), logger: logger)
        let user = try await store.addUser(name: "bench", passwordHash: "!", role: .financeReviewer, administrations: [])
        try await store.saveBudgetRound(BudgetRound(name: round, priceLevelYear: 2027))
        let examples = try exampleProposals()
        let loading = try await Stopwatch.seconds {
            for index in 0..<proposals {
                var proposal = examples[index % examples.count]
                proposal.code = ["BU", "SI", "UD", "HA", "TV"][index % 5] + String(index)
                proposal.budgetRound = round
                proposal.areas = [String(proposal.code?.prefix(2) ?? "TV")]
                _ = try await store.createProposal(
                    ProposalContent(proposal: proposal, text: NativeFormat.encode(proposal)), status: .submitted, by: user,
                    administration: proposal.submittingAdministration)
            }
        }
        print("stored \(proposals) proposals in \(format(loading)) s")
        let token = "bench-session-token-0123456789abcdef"
        try await store.createSession(tokenHash: SHA256.hex(Array(token.utf8)), userID: user.id, expiresAt: Date().addingTimeInterval(3600))

        let configuration = ServerConfiguration(port: 0, bcryptCost: 4)
        let router = await GevinstServer.router(store: store, configuration: configuration, logger: logger)
        let port = PortBox()
        let app = GevinstServer.application(router: router, configuration: configuration, logger: logger) { bound in await port.set(bound) }
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await app.runService(gracefulShutdownSignals: []) }
            let bound = try await port.wait()
            let cookie = "gevinst_session=\(token)"
            let health = try median { try RawLoopbackGet.get(port: bound, path: "/health", cookie: nil) }
            let list = try median { try RawLoopbackGet.get(port: bound, path: "/proposals?round=Budget%202027", cookie: cookie) }
            let dashboard = try median { try RawLoopbackGet.get(port: bound, path: "/?round=Budget%202027", cookie: cookie) }
            let page = try median { try RawLoopbackGet.get(port: bound, path: "/proposals/500", cookie: cookie) }
            print("GET /health (baseline): \(format(health.seconds)) s")
            print("GET /proposals, \(proposals) proposals: \(format(list.seconds)) s (first after start \(format(list.first)) s), \(list.bytes / 1024) KiB (\(ratio(list.seconds, health.seconds)) × baseline)")
            print("GET / (dashboard), \(proposals) proposals: \(format(dashboard.seconds)) s (first \(format(dashboard.first)) s), \(dashboard.bytes / 1024) KiB (\(ratio(dashboard.seconds, health.seconds)) × baseline)")
            print("GET /proposals/500: \(format(page.seconds)) s, \(page.bytes / 1024) KiB (\(ratio(page.seconds, health.seconds)) × baseline)")
            group.cancelAll()
        }

        // As `gevinst serve` starts: the pages' proposals decoded in the background before the first visitor.
        var warm = configuration
        warm.warmPagesAtStart = true
        let warmRouter = await GevinstServer.router(store: store, configuration: warm, logger: logger)
        let warmPort = PortBox()
        let started = ContinuousClock.now
        let warmApp = GevinstServer.application(router: warmRouter, configuration: warm, logger: logger) { bound in await warmPort.set(bound) }
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await warmApp.runService(gracefulShutdownSignals: []) }
            let bound = try await warmPort.wait()
            while true {
                let health = String(decoding: try RawLoopbackGet.fetch(port: bound, path: "/health", cookie: nil), as: UTF8.self)
                if health.contains("\"pages\":\"ready\"") { break }
                if health.contains("\"pages\":\"failed\"") { throw LoopbackError("the warm-up failed: \(health)") }
                if ContinuousClock.now - started > .seconds(120) { throw LoopbackError("the warm-up took over 120 s") }
                try await Task.sleep(for: .milliseconds(10))
            }
            let warmed = ContinuousClock.now - started
            let cookie = "gevinst_session=\(token)"
            let first = try Stopwatch.seconds { _ = try RawLoopbackGet.get(port: bound, path: "/proposals?round=Budget%202027", cookie: cookie) }
            let seconds = Double(warmed.components.seconds) + Double(warmed.components.attoseconds) / 1e18
            print("with the warm-up of gevinst serve: ready \(format(seconds)) s after start; first GET /proposals then \(format(first)) s")
            group.cancelAll()
        }
        await store.close()
    }

    static func exampleProposals() throws -> [Proposal] {
        let folder = URL(fileURLWithPath: "examples", isDirectory: true)
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" }.sorted { $0.path < $1.path }
        let proposals = try files.map { try NativeFormat.decode(bytes: [UInt8](try Data(contentsOf: $0)), file: $0.path) }
        guard !proposals.isEmpty else { throw LoopbackError("no example proposals in ./examples; run from the package's folder") }
        return proposals
    }

    /// The median of five timed fetches after a first one, with the first's time (the first request after
    /// start decodes every proposal; later ones find the decoded versions in `DecodedProposalCache`) and the
    /// size of the answer.
    static func median(_ fetch: () throws -> Int) throws -> (seconds: Double, first: Double, bytes: Int) {
        var bytes = 0
        let first = try Stopwatch.seconds { bytes = try fetch() }
        var times: [Double] = []
        for _ in 0..<5 { times.append(try Stopwatch.seconds { bytes = try fetch() }) }
        return (times.sorted()[2], first, bytes)
    }

    static func format(_ seconds: Double) -> String { String(format: "%.3f", seconds) }
    static func ratio(_ value: Double, _ base: Double) -> String { base > 0 ? String(format: "%.0f", value / base) : "–" }
}

/// The port the server bound, handed from its start-up callback to the benchmark.
actor PortBox {
    private var port: Int?

    func set(_ port: Int) { self.port = port }

    func wait() async throws -> Int {
        for _ in 0..<600 {
            if let port { return port }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw LoopbackError("the server did not start within 30 s")
    }
}

struct LoopbackError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// A minimal HTTP/1.1 GET over a loopback TCP socket (`Connection: close`): enough to time a page without an
/// HTTP client library. Returns the number of bytes received; a status other than 200 is an error.
enum RawLoopbackGet {
    static func get(port: Int, path: String, cookie: String?) throws -> Int {
        try fetch(port: port, path: path, cookie: cookie).count
    }

    /// The whole answer, head and body.
    static func fetch(port: Int, path: String, cookie: String?) throws -> [UInt8] {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw LoopbackError("socket() failed") }
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw LoopbackError("connect to port \(port) failed") }
        var request = "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n"
        if let cookie { request += "Cookie: \(cookie)\r\n" }
        request += "\r\n"
        let bytes = Array(request.utf8)
        var sent = 0
        while sent < bytes.count {
            let written = bytes[sent...].withUnsafeBytes { send(socket, $0.baseAddress, $0.count, 0) }
            guard written > 0 else { throw LoopbackError("send failed") }
            sent += written
        }
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
            if count <= 0 { break }
            received.append(contentsOf: buffer[0..<count])
        }
        let head = String(decoding: received.prefix(16), as: UTF8.self)
        guard head.hasPrefix("HTTP/1.1 200") else {
            throw LoopbackError("GET \(path) answered \(String(decoding: received.prefix(200), as: UTF8.self))")
        }
        return received
    }
}
