import Foundation
import GevinstTestSupport
import Testing

/// The web application in a real browser: starts `gevinst serve` on a temporary SQLite database and a free
/// loopback port, creates the users with `gevinst users add`, and runs Tests/BrowserTests/web_flow.py, which
/// drives headless Chromium through Selenium (log in, a proposal with drivers, a conflict, the workflow, a
/// snapshot and its diff, the markdown seed imported, the follow-up seed loaded and a colour changed, every
/// download, and another administration refused through the pages and the API). Screenshots (1366×768) go to
/// the folder named by GEVINST_SCREENSHOTS, by default .build/screenshots/. Without the seed documents
/// (GEVINST_SEEDS) the import and follow-up steps are skipped with a message and the rest runs.
///
/// Needs Debian's `chromium` and `chromium-driver` and Python's `selenium`; runs when GEVINST_TEST_BROWSER=1 and
/// they are installed (`.browserAvailable`), and is skipped with what to install when one is missing.
@Suite("Browser", .serialized)
struct BrowserTests {

    /// The package's root folder (Tests/GevinstServerTests/BrowserTests.swift → ../..).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let password = "browser-test-password-2026"

    /// name, role, administrations.
    static let users: [(String, String, [String])] = [
        ("ada", "admin", []),
        ("anne", "author", ["Socialforvaltningen"]),
        ("bo", "author", ["Socialforvaltningen"]),
        ("finn", "finance-reviewer", []),
        ("carl", "follow-up-controller", ["Socialforvaltningen"]),
        ("ole", "author", ["Økonomiforvaltningen"]),
    ]

    @Test("a municipal user's day in headless Chromium", .browserAvailable)
    func browserFlow() async throws {
        let gevinst = try Self.executable()
        let folder = try TemporaryFolder(prefix: "gevinst-browser")
        defer { folder.remove() }
        let database = folder.url.appendingPathComponent("browser.sqlite").path
        for (name, role, administrations) in Self.users {
            var arguments = ["users", "add", name, "--role", role, "--password-stdin", "--database", database]
            for administration in administrations { arguments += ["--administration", administration] }
            let (status, output) = try Self.run(gevinst, arguments, input: Self.password + "\n")
            #expect(status == 0, "gevinst users add \(name): \(output)")
        }
        let server = try RunningServer(gevinst: gevinst, database: database, root: Self.root)
        defer { server.stop() }
        let base = try await server.address()
        let artifacts = Self.screenshotFolder
        try FileManager.default.createDirectory(at: artifacts, withIntermediateDirectories: true)
        let script = Self.root.appendingPathComponent("Tests/BrowserTests/web_flow.py").path
        var arguments = ["python3", script, "--base", base, "--artifacts", artifacts.path, "--password", Self.password]
        if let seeds = SeedCorpus.directory, SeedCorpus.isAvailable {
            arguments += ["--seeds", seeds.path]
        } else {
            print("browser flow: \(SeedCorpus.skipMessage); the import and follow-up steps are skipped")
        }
        let (status, output) = try Self.run(URL(fileURLWithPath: "/usr/bin/env"), arguments)
        print(output)
        #expect(status == 0, "the browser flow failed:\n\(output)\nserver log:\n\(server.log)")
    }

    /// Where the screenshots go: $GEVINST_SCREENSHOTS, else .build/screenshots in the package.
    static var screenshotFolder: URL {
        if let path = ProcessInfo.processInfo.environment["GEVINST_SCREENSHOTS"], !path.isEmpty {
            return URL(fileURLWithPath: path, relativeTo: root)
        }
        return root.appendingPathComponent(".build/screenshots")
    }

    /// The `gevinst` executable this test run built (or `$GEVINST_BINARY`).
    static func executable() throws -> URL {
        if let path = ProcessInfo.processInfo.environment["GEVINST_BINARY"] { return URL(fileURLWithPath: path) }
        let candidates = [".build/debug/gevinst", ".build/release/gevinst"].map { root.appendingPathComponent($0) }
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw BrowserTestError("no gevinst executable in .build/debug or .build/release; run swift build first or set GEVINST_BINARY")
        }
        return found
    }

    /// Runs a program to its end; returns the exit status and standard output and error together.
    static func run(_ program: URL, _ arguments: [String], input: String? = nil) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        process.currentDirectoryURL = root
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        let stdin = Pipe()
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try stdin.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}

/// What the browser test needs before it can run: GEVINST_TEST_BROWSER=1, Chromium (`chromium` or
/// `chromium-browser`) and `chromedriver` on PATH, and a `python3` on PATH that imports `selenium`.
enum BrowserRequirements {
    /// Why the browser test cannot run in this process's environment, or nil when it can. Read once, when the
    /// test's traits are built.
    static let skipReason: String? = skipReason(environment: ProcessInfo.processInfo.environment)

    /// Why the browser test cannot run in `environment` (its GEVINST_TEST_BROWSER and PATH), or nil when it can.
    /// Without GEVINST_TEST_BROWSER=1 nothing is looked for; with it, the message names each missing piece and
    /// how to install it: the Debian packages `chromium chromium-driver`, the PyPI package `selenium`.
    static func skipReason(environment: [String: String]) -> String? {
        guard environment["GEVINST_TEST_BROWSER"] == "1" else {
            return "set GEVINST_TEST_BROWSER=1 to drive the web application in headless Chromium (needs Debian's chromium and chromium-driver and Python's selenium)"
        }
        let path = environment["PATH"] ?? ""
        var missing: [String] = []
        var install: [String] = []
        if find(["chromium", "chromium-browser"], path: path) == nil { missing.append("Chromium (chromium or chromium-browser on PATH)") }
        if find(["chromedriver"], path: path) == nil { missing.append("chromedriver on PATH") }
        if !missing.isEmpty { install.append("apt-get install chromium chromium-driver") }
        if let python = find(["python3"], path: path) {
            if !imports("selenium", python: python, environment: environment) {
                missing.append("Python's selenium (python3 -c \"import selenium\" fails)")
                install.append("python3 -m pip install selenium")
            }
        } else {
            missing.append("python3 on PATH, with selenium")
            install.append("apt-get install python3 and python3 -m pip install selenium")
        }
        guard !missing.isEmpty else { return nil }
        return "GEVINST_TEST_BROWSER=1 but the browser test cannot run, missing: \(missing.joined(separator: ", ")); "
            + "install with: \(install.joined(separator: "; "))"
    }

    /// The first of `names` that is an executable file in one of `path`'s folders, searched in PATH's order.
    static func find(_ names: [String], path: String) -> URL? {
        for folder in path.split(separator: ":") where !folder.isEmpty {
            for name in names {
                let candidate = URL(fileURLWithPath: String(folder), isDirectory: true).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            }
        }
        return nil
    }

    /// Whether `python -c "import module"` succeeds (its output is discarded).
    static func imports(_ module: String, python: URL, environment: [String: String]) -> Bool {
        let process = Process()
        process.executableURL = python
        process.arguments = ["-c", "import \(module)"]
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return false
        }
        process.waitUntilExit()
        return process.terminationReason == .exit && process.terminationStatus == 0
    }
}

extension Trait where Self == ConditionTrait {
    /// The browser test's condition: it runs only when GEVINST_TEST_BROWSER=1 and Chromium, chromedriver and Python's
    /// selenium are installed. Otherwise it is skipped (not failed) with `BrowserRequirements.skipReason`, which says
    /// what to set or install, so a machine without a browser still passes `swift test` and says why this test did
    /// not run.
    static var browserAvailable: Self {
        .enabled(if: BrowserRequirements.skipReason == nil, Comment(rawValue: BrowserRequirements.skipReason ?? ""))
    }
}

/// `BrowserRequirements` on a PATH made for the test, so these run on every machine, browser or not.
@Suite("Browser requirements")
struct BrowserRequirementsTests {
    /// A folder holding executables named `names`; `python3` (when named) exits with `pythonStatus`.
    static func bin(_ names: [String], pythonStatus: Int32 = 0) throws -> TemporaryFolder {
        let folder = try TemporaryFolder(prefix: "gevinst-browser-path")
        for name in names {
            let file = folder.url.appendingPathComponent(name)
            let script = name == "python3" ? "#!/bin/sh\nexit \(pythonStatus)\n" : "#!/bin/sh\nexit 0\n"
            try Data(script.utf8).write(to: file)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: file.path)
        }
        return folder
    }

    @Test func withoutTheVariableItIsSkippedAndNothingIsLookedFor() {
        let reason = BrowserRequirements.skipReason(environment: ["PATH": ""])
        #expect(reason?.contains("set GEVINST_TEST_BROWSER=1") == true)
        #expect(BrowserRequirements.skipReason(environment: ["GEVINST_TEST_BROWSER": "0", "PATH": ""])?.contains("set GEVINST_TEST_BROWSER=1") == true)
    }

    @Test func everythingMissingNamesTheDebianAndPyPIPackages() throws {
        let empty = try Self.bin([])
        defer { empty.remove() }
        let reason = try #require(BrowserRequirements.skipReason(environment: ["GEVINST_TEST_BROWSER": "1", "PATH": empty.url.path]))
        #expect(reason.contains("Chromium"))
        #expect(reason.contains("chromedriver"))
        #expect(reason.contains("apt-get install chromium chromium-driver"))
        #expect(reason.contains("pip install selenium"))
    }

    @Test func aMissingSeleniumIsNamedAlone() throws {
        let folder = try Self.bin(["chromium-browser", "chromedriver", "python3"], pythonStatus: 1)
        defer { folder.remove() }
        let reason = try #require(BrowserRequirements.skipReason(environment: ["GEVINST_TEST_BROWSER": "1", "PATH": folder.url.path]))
        #expect(reason.contains("selenium"))
        #expect(reason.contains("python3 -m pip install selenium"))
        #expect(!reason.contains("chromedriver"))
        #expect(!reason.contains("apt-get install chromium"))
    }

    @Test func aMissingDriverIsNamed() throws {
        let folder = try Self.bin(["chromium", "python3"])
        defer { folder.remove() }
        let reason = try #require(BrowserRequirements.skipReason(environment: ["GEVINST_TEST_BROWSER": "1", "PATH": folder.url.path]))
        #expect(reason.contains("chromedriver"))
        #expect(reason.contains("apt-get install chromium chromium-driver"))
        #expect(!reason.contains("selenium"))
    }

    @Test func everythingInstalledRuns() throws {
        let folder = try Self.bin(["chromium", "chromedriver", "python3"])
        defer { folder.remove() }
        #expect(BrowserRequirements.skipReason(environment: ["GEVINST_TEST_BROWSER": "1", "PATH": folder.url.path]) == nil)
    }
}

struct BrowserTestError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// `gevinst serve` on a free loopback port, its output collected; `address()` waits for the line that names
/// the address.
final class RunningServer: @unchecked Sendable {
    private let process = Process()
    private let lock = NSLock()
    private var collected = ""

    init(gevinst: URL, database: String, root: URL) throws {
        process.executableURL = gevinst
        process.arguments = ["serve", "--database", database, "--port", "0", "--no-examples"]
        process.currentDirectoryURL = root
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        pipe.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            guard let self, !data.isEmpty else { return }
            self.lock.withLock { self.collected += String(decoding: data, as: UTF8.self) }
        }
        try process.run()
    }

    var log: String { lock.withLock { collected } }

    /// "http://127.0.0.1:PORT", once the server prints it (at most a minute).
    func address() async throws -> String {
        for _ in 0..<600 {
            if let line = log.split(separator: "\n").first(where: { $0.contains("Gevinst serves http://") }),
               let start = line.range(of: "http://") {
                let rest = line[start.lowerBound...]
                return String(rest.prefix { !$0.isWhitespace })
            }
            if !process.isRunning { throw BrowserTestError("gevinst serve stopped: \(log)") }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw BrowserTestError("gevinst serve did not print its address within a minute: \(log)")
    }

    func stop() {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
    }
}
