import Foundation
import GevinstStore

/// The built `gevinst` executable run as a user runs it: its exit status, standard output and standard error.
struct CommandRun {
    var status: Int32
    var output: String
    var errorText: String

    /// Runs `gevinst arguments…` in `folder`; its output goes to files there, so that no pipe can fill and stall it.
    /// `environment` replaces the test's own environment when given; `input` is read as standard input.
    static func run(_ arguments: [String], in folder: URL, environment: [String: String]? = nil, input: URL? = nil) throws -> CommandRun {
        guard let executable = CrashSafetyTests.executable else { throw StoreError.unavailable("gevinst is not built") }
        let name = UUID().uuidString
        let outputURL = folder.appendingPathComponent("\(name).out")
        let errorURL = folder.appendingPathComponent("\(name).err")
        _ = FileManager.default.createFile(atPath: outputURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errorURL.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: outputURL)
            try? FileManager.default.removeItem(at: errorURL)
        }
        let output = try FileHandle(forWritingTo: outputURL)
        let errors = try FileHandle(forWritingTo: errorURL)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        if let environment { process.environment = environment }
        if let input { process.standardInput = try FileHandle(forReadingFrom: input) }
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        process.waitUntilExit()
        try output.close()
        try errors.close()
        return CommandRun(
            status: process.terminationStatus, output: String(decoding: try Data(contentsOf: outputURL), as: UTF8.self),
            errorText: String(decoding: try Data(contentsOf: errorURL), as: UTF8.self))
    }
}
