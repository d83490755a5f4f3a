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
                stopTree(process.processIdentifier)
                throw .timedOut
            }
            Thread.sleep(forTimeInterval: 0.02)
        }
        process.waitUntilExit()
        let text = (try? String(contentsOf: outputURL, encoding: .utf8)) ?? ""
        return Result(status: process.terminationStatus, output: text)
    }

    /// Stops a process and everything it started. LibreOffice's `soffice` starts `soffice.bin`, which would
    /// outlive its parent; the descendants are collected from /proc before anything is signalled.
    static func stopTree(_ root: Int32) {
        let tree = [root] + descendants(of: root)
        for pid in tree.reversed() { kill(pid, SIGTERM) }
        Thread.sleep(forTimeInterval: 1)
        for pid in tree.reversed() where kill(pid, 0) == 0 { kill(pid, SIGKILL) }
    }

    /// The processes below `root`, read from /proc/PID/stat (Linux); empty where /proc is absent.
    static func descendants(of root: Int32) -> [Int32] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return [] }
        var parents: [Int32: Int32] = [:]
        for name in names {
            guard let pid = Int32(name),
                  let stat = try? String(contentsOfFile: "/proc/\(name)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { continue }
            // After "pid (command)" come the state and the parent's pid.
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            if fields.count > 1, let parent = Int32(fields[1]) { parents[pid] = parent }
        }
        var found: [Int32] = []
        var frontier = [root]
        while let current = frontier.popLast() {
            let children = parents.filter { $0.value == current }.map(\.key)
            found += children
            frontier += children
        }
        return found
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
