import Foundation
import GevinstImport

/// `gevinst-bench import`: the five seeds concatenated 100 times, read through `DocumentImporter`, beside
/// `grep -c ''` over the same bytes in the same run, and the peak memory against the input size.
///
/// How the bytes are fed: the 500 seed copies are held in one buffer (the concatenation) and each copy is
/// imported as its own document, as `gevinst import` reads each file: decoding, every registered reader's
/// confidence, then the chosen reader. One 62 MB document would be read by a single reader and measure
/// nothing real. A copy no registered reader recognises still costs its decoding and every confidence scan,
/// and is counted as not read.
enum ImportBenchmark {
    static let copies = 100

    static let suite = BenchSuite(name: "import", run: { run() })

    static func run() {
        guard let folder = seedsFolder() else {
            print("import: seed documents not found: set GEVINST_SEEDS to the folder holding 000_…–004_…, or run from a checkout with ../shared/seeds")
            return
        }
        let names = seedNames(in: folder)
        let seeds = names.compactMap { name in (try? Data(contentsOf: folder.appendingPathComponent(name))).map { (name, $0) } }
        guard !seeds.isEmpty else {
            print("import: no .txt seeds in \(folder.path)")
            return
        }
        var input = Data()
        var documents: [(name: String, range: Range<Int>)] = []
        for _ in 0..<copies {
            for (name, data) in seeds {
                let start = input.count
                input.append(data)
                documents.append((name, start..<input.count))
            }
        }
        let megabytes = Double(input.count) / 1_000_000
        print("input: \(seeds.count) seeds × \(copies) = \(documents.count) documents, \(format(megabytes, 1)) MB (from \(folder.path))")

        let grep = grepBaseline(input)
        let memoryBefore = peakMemoryBytes()

        // One core, as one `DocumentImporter.read` after another: the figure the aim is judged on per core.
        let single = timedImport(documents, input: input, workers: 1)
        print("DocumentImporter, one core: \(format(single.seconds, 3)) s wall, \(format(megabytes / single.seconds, 1)) MB/s; \(format(single.cpu, 3)) s CPU; documents read: \(single.summary)")
        // Every core, as `gevinst import` reads many files.
        let cores = ParallelReading.coreCount
        let parallel = cores > 1 ? timedImport(documents, input: input, workers: cores) : single
        if cores > 1 {
            print("DocumentImporter, \(cores) cores (as gevinst import reads many files): \(format(parallel.seconds, 3)) s wall, \(format(megabytes / parallel.seconds, 1)) MB/s; \(format(parallel.cpu, 3)) s CPU; same results: \(parallel.summary == single.summary ? "yes" : "NO")")
        }
        let memoryPeak = peakMemoryBytes()
        if let grep {
            print("grep -c '': \(format(grep.seconds, 3)) s wall (best of 3, process start included), \(format(megabytes / grep.seconds, 1)) MB/s; \(format(grep.cpu, 3)) s CPU (best of 3); \(grep.lines) lines")
            print("ratio: one core takes \(format(single.seconds / grep.seconds, 1))× grep's wall time and \(format(single.cpu / grep.cpu, 1))× its CPU time; \(cores) cores take \(format(parallel.seconds / grep.seconds, 1))× grep's wall time (aim: within 20×)")
        } else {
            print("grep: not found on PATH; no ratio")
        }
        if let before = memoryBefore, let peak = memoryPeak {
            print("peak memory (VmHWM): \(format(Double(peak) / 1_000_000, 1)) MB = \(format(Double(peak) / Double(input.count), 2))× the input (aim: below 10×); \(format(Double(before) / 1_000_000, 1)) MB before importing (input held in memory)")
        } else {
            print("peak memory: /proc/self/status not available on this system")
        }

        // Where the time goes: the same documents, stage by stage.
        var decoded: [TextDocument] = []
        var stageStart = CPUTime.process()
        func stageCPU() -> Double {
            let now = CPUTime.process()
            defer { stageStart = now }
            return now - stageStart
        }
        decoded = documents.map { TextDocument(file: $0.name, data: input[$0.range]) }
        var stages = ["decoding \(format(stageCPU(), 3))"]
        for reader in ReaderRegistry.readers {
            var total = 0
            for document in decoded { total += reader.confidence(document) }
            stages.append("\(reader.formatName) confidence \(format(stageCPU(), 3))")
        }
        let chosen = decoded.compactMap { document in (try? DocumentImporter.chooseReader(for: document)).map { (document, $0.reader) } }
        _ = stageCPU()
        for (document, reader) in chosen { _ = reader.read(document) }
        stages.append("reading \(format(stageCPU(), 3))")
        print("stages (CPU seconds over the 500 documents): \(stages.joined(separator: ", "))")
        decoded = []

        print("per seed (\(copies) copies each):")
        for (name, data) in seeds {
            var reader = "-"
            let perSeed = Stopwatch.seconds {
                for _ in 0..<copies {
                    if let imported = try? DocumentImporter.read(data: data, file: name) { reader = imported.kind.rawValue }
                }
            }
            let seedMB = Double(data.count * copies) / 1_000_000
            print("  \(name): \(reader), \(format(seedMB / perSeed, 1)) MB/s")
        }
    }

    /// Imports every document with `workers` cores and says what was read: documents per kind, items,
    /// findings and the documents no reader recognised.
    static func timedImport(_ documents: [(name: String, range: Range<Int>)], input: Data, workers: Int) -> (seconds: Double, cpu: Double, summary: String) {
        let slices = documents.map { (name: $0.name, data: input[$0.range]) }
        let cpuBefore = CPUTime.process()
        var outcomes: [(name: String, kind: String?, items: Int, findings: Int)] = []
        let seconds = Stopwatch.seconds {
            outcomes = ParallelReading.map(slices, workers: workers) { slice in
                guard let imported = try? DocumentImporter.read(data: slice.data, file: slice.name) else {
                    return (slice.name, nil, 0, 0)
                }
                return (slice.name, imported.kind.rawValue, imported.proposals.count + imported.followUps.count + imported.plans.count, imported.findings.count)
            }
        }
        let cpu = CPUTime.process() - cpuBefore
        var readByKind: [String: Int] = [:]
        var notRead: [String: Int] = [:]
        for outcome in outcomes {
            if let kind = outcome.kind { readByKind[kind, default: 0] += 1 } else { notRead[outcome.name, default: 0] += 1 }
        }
        var summary = readByKind.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        summary += "; \(outcomes.reduce(0) { $0 + $1.items }) proposals/rows/plans, \(outcomes.reduce(0) { $0 + $1.findings }) findings"
        if !notRead.isEmpty {
            summary += "; not read (no registered reader recognised them): " + notRead.sorted { $0.key < $1.key }.map { "\($0.key) ×\($0.value)" }.joined(separator: ", ")
        }
        return (seconds, cpu, summary)
    }

    /// The seed documents' file names in `folder` (the `.txt` files), in order.
    static func seedNames(in folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
    }

    /// `$GEVINST_SEEDS`, else `shared/seeds` beside the current folder or one of its parents.
    static func seedsFolder() -> URL? {
        let fileManager = FileManager.default
        if let path = ProcessInfo.processInfo.environment["GEVINST_SEEDS"], !path.isEmpty {
            return fileManager.fileExists(atPath: path) ? URL(fileURLWithPath: path, isDirectory: true) : nil
        }
        var folder = URL(fileURLWithPath: fileManager.currentDirectoryPath, isDirectory: true)
        for _ in 0..<4 {
            let candidate = folder.deletingLastPathComponent().appendingPathComponent("shared/seeds", isDirectory: true)
            if fileManager.fileExists(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }

    /// The best of three runs of `grep -c ''` over the bytes written to a temporary file.
    static func grepBaseline(_ input: Data) -> (seconds: Double, cpu: Double, lines: String)? {
        guard let grep = executable("grep") else { return nil }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("gevinst-bench-\(UUID().uuidString).txt")
        guard (try? input.write(to: file)) != nil else { return nil }
        defer { try? FileManager.default.removeItem(at: file) }
        var best = Double.infinity
        var bestCPU = Double.infinity
        var lines = ""
        for _ in 0..<3 {
            let cpuBefore = CPUTime.children()
            let process = Process()
            process.executableURL = URL(fileURLWithPath: grep)
            process.arguments = ["-c", "", file.path]
            let pipe = Pipe()
            process.standardOutput = pipe
            let seconds = Stopwatch.seconds {
                guard (try? process.run()) != nil else { return }
                let output = pipe.fileHandleForReading.readDataToEndOfFile()
                process.waitUntilExit()
                lines = String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            }
            best = min(best, seconds)
            bestCPU = min(bestCPU, CPUTime.children() - cpuBefore)
        }
        return best.isFinite ? (best, bestCPU, lines) : nil
    }

    static func executable(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// VmHWM (peak resident memory) from /proc/self/status, in bytes.
    static func peakMemoryBytes() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let number = line.split(separator: " ").dropFirst().first.flatMap { Int($0) }
            return number.map { $0 * 1024 }
        }
        return nil
    }

    static func format(_ value: Double, _ decimals: Int) -> String {
        String(format: "%.\(decimals)f", value).replacingOccurrences(of: ".", with: ",")
    }
}
