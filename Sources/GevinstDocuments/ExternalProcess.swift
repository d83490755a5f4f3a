import Foundation

/// Runs a program with a time limit (Foundation `Process`), its output collected in a file so that a
/// chatty program cannot block on a full pipe.
enum ExternalProcess {
    struct Result {
        var status: Int32
        var output: String
    }

    enum Failure: Error {
        case couldNotStart(String)
        case timedOut
    }

    static func run(_ executable: String, _ arguments: [String], in directory: URL, timeout: Duration) throws(Failure) -> Result {
        let outputURL = directory.appendingPathComponent("process-output.txt")
        guard FileManager.default.createFile(atPath: outputURL.path, contents: nil),
              let output = try? FileHandle(forWritingTo: outputURL) else {
            throw .couldNotStart("cannot create \(outputURL.path)")
        }
        defer { try? output.close() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardOutput = output
        process.standardError = output
        process.standardInput = FileHandle.nullDevice
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = environment["HOME"] ?? directory.path
        process.environment = environment
        do { try process.run() } catch { throw .couldNotStart(String(describing: error)) }
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        while process.isRunning {
            if clock.now >= deadline {
                process.terminate()
                Thread.sleep(forTimeInterval: 1)
                if process.isRunning { kill(process.processIdentifier, SIGKILL) }
                throw .timedOut
            }
            Thread.sleep(forTimeInterval: 0.02)
        }
        process.waitUntilExit()
        let text = (try? String(contentsOf: outputURL, encoding: .utf8)) ?? ""
        return Result(status: process.terminationStatus, output: text)
    }

    /// The first of `names` found as an executable file on `searchPath` (a PATH value).
    static func find(_ names: [String], searchPath: String) -> String? {
        let folders = searchPath.split(separator: ":").map(String.init)
        for name in names {
            for folder in folders where !folder.isEmpty {
                let candidate = URL(fileURLWithPath: folder).appendingPathComponent(name).path
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        return nil
    }
}
