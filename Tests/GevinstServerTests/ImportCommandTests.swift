import Foundation
import GevinstImport
import GevinstTestSupport
import Testing

/// `gevinst import` with many files, as a user names them: the files are read side by side, and the report
/// keeps the order they were named in, with a refused file reported and the others still read.
@Suite struct ImportCommandTests {
    /// The import tests' own fixtures, beside this test target.
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("GevinstImportTests/Fixtures", isDirectory: true)

    @Test(.enabled(if: CrashSafetyTests.executable != nil, "the gevinst executable is not built; run swift build first"))
    func manyFilesAreReportedInTheOrderNamed() throws {
        let folder = try TemporaryFolder(prefix: "gevinst-import-many")
        defer { folder.remove() }
        var named: [String] = []
        for index in 0..<6 {
            let source = Self.fixtures.appendingPathComponent(index % 2 == 0 ? "plain-proposal.txt" : "layout-proposal.txt")
            let name = "forslag-\(index).txt"
            try FileManager.default.copyItem(at: source, to: folder.url.appendingPathComponent(name))
            named.append(name)
        }
        try Data().write(to: folder.url.appendingPathComponent("tom.txt"))
        named.insert("tom.txt", at: 3)

        let run = try CommandRun.run(["import", "--json"] + named, in: folder.url)
        #expect(run.status == 2, "an empty file among them is a file nothing could be read from")
        #expect(run.errorText.contains("tom.txt: the file is empty"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        let documents = try #require(json["documents"] as? [[String: Any]])
        #expect(documents.compactMap { $0["file"] as? String } == named.filter { $0 != "tom.txt" })
        #expect(documents.allSatisfy { (($0["proposals"] as? [Any])?.count ?? 0) == 1 })

        // Read again, the same files give the same report, byte for byte.
        let again = try CommandRun.run(["import", "--json"] + named, in: folder.url)
        #expect(again.output == run.output)
    }

    /// A long follow-up table's counts by area are printed whole, in Danish format, however wide they are.
    @Test(.enabled(if: CrashSafetyTests.executable != nil, "the gevinst executable is not built; run swift build first"))
    func aLongFollowUpTablesCountsAreNotCut() throws {
        let folder = try TemporaryFolder(prefix: "gevinst-import-long")
        defer { folder.remove() }
        let header = [
            "Vedtaget budgetår", "Titel på forslag inkl. nr.", "Forslagstype", "Status december 2024", "Bemærkning december 2024",
            "Samlet investering 1000. kr.", "Samlet effektivisering ved fuld indfasning, 1000. kr. 2025 p/l",
            "Aktuel år for fuld implementering", "Håndtering", "Er der tidligere foretaget kompenserende handling",
            "Skal kompenserende handling godkendes af ØU og BR?", "Konsekvens efter håndtering",
        ].joined(separator: "\t")
        let rows = (1...1_250).map { number in
            ["2024", "BU\(number) - Bedre sagsgange", "Investeringsforslag", "Forløber som planlagt", "", "1.000", "-500",
             "2025", "", "Nej", "Nej", ""].joined(separator: "\t")
        }
        let text = (["## Opfølgning; December 2024", "", "### Udsatte voksne", "", header] + rows).joined(separator: "\n") + "\n"
        try Data(text.utf8).write(to: folder.url.appendingPathComponent("lang.md"))
        let run = try CommandRun.run(["import", "lang.md"], in: folder.url)
        #expect(run.output.hasPrefix("lang.md: follow-up — 1.250 follow-up rows, "), "\(run.output.prefix(400))")
        let lines = run.output.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("    Udsatte voksne") && $0.hasSuffix(" 1.250") }, "\(run.output.prefix(600))")
        #expect(lines.contains { $0.hasPrefix("    In all") && $0.hasSuffix(" 1.250") })
        #expect(!run.output.contains("…\n"))
    }

    /// `--out` in the way of a file is refused before anything is read, with the reason in plain words; a folder
    /// that cannot be made part-way says how many proposal files were written before it.
    @Test(.enabled(if: CrashSafetyTests.executable != nil, "the gevinst executable is not built; run swift build first"))
    func outFolderProblemsAreToldPlainly() throws {
        let folder = try TemporaryFolder(prefix: "gevinst-import-out")
        defer { folder.remove() }
        let fileManager = FileManager.default
        for name in ["a.txt", "b.txt"] {
            try fileManager.copyItem(at: Self.fixtures.appendingPathComponent("plain-proposal.txt"), to: folder.url.appendingPathComponent(name))
        }
        try Data("keep".utf8).write(to: folder.url.appendingPathComponent("notes"))

        let onFile = try CommandRun.run(["import", "a.txt", "--out", "notes"], in: folder.url)
        #expect(onFile.status == 64)
        #expect(onFile.errorText.contains("notes is a file, not a folder"))
        #expect(onFile.output.isEmpty, "refused before reading: no report")
        #expect(try Data(contentsOf: folder.url.appendingPathComponent("notes")) == Data("keep".utf8))

        let inFile = try CommandRun.run(["import", "a.txt", "--out", "notes/proposals"], in: folder.url)
        #expect(inFile.status == 64)
        #expect(inFile.errorText.contains("is a file, so no folder can be made in it"))

        let nested = try CommandRun.run(["import", "a.txt", "--out", "out/2024"], in: folder.url)
        #expect(nested.status != 2)
        #expect(nested.errorText.contains("wrote 1 proposal file to out/2024"))
        #expect(try fileManager.contentsOfDirectory(atPath: folder.url.appendingPathComponent("out/2024/a").path).count == 1)

        // The second document's folder is taken by a file: the first document's file is written whole, and the
        // message names the folder, the reason and the count.
        try fileManager.createDirectory(at: folder.url.appendingPathComponent("partial"), withIntermediateDirectories: true)
        try Data().write(to: folder.url.appendingPathComponent("partial/b"))
        let partial = try CommandRun.run(["import", "a.txt", "b.txt", "--out", "partial"], in: folder.url)
        #expect(partial.status == 2)
        #expect(partial.errorText.contains("cannot create the folder"))
        #expect(partial.errorText.contains("partial/b (File exists); 1 proposal file was written to partial before it"))
        #expect(try fileManager.contentsOfDirectory(atPath: folder.url.appendingPathComponent("partial/a").path).count == 1)
    }

    /// `script` (util-linux, in every Debian) runs a command on a terminal, where the progress bar is drawn.
    static let script: String? = ["/usr/bin/script", "/bin/script"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Files are read side by side: while a large file is read, a small one started beside it finishes at once.
    /// The bar then goes on naming the large file; it never counts seconds on a file that has been read. (It named
    /// the file most recently started, with its seconds counting up long after it was done.)
    @Test(.enabled(if: CrashSafetyTests.executable != nil && script != nil, "needs the gevinst executable and script(1)"))
    func progressBarNamesOnlyFilesStillBeingRead() throws {
        let executable = try #require(CrashSafetyTests.executable)
        let folder = try TemporaryFolder(prefix: "gevinst-import-progress")
        defer { folder.remove() }
        let proposal = try Data(contentsOf: Self.fixtures.appendingPathComponent("plain-proposal.txt"))
        // About 1,5 MB: some seconds to read, so that the bar is drawn (every half second) while it is read.
        try Data(repeatElement(proposal, count: 750).joined()).write(to: folder.url.appendingPathComponent("stor.txt"))
        try proposal.write(to: folder.url.appendingPathComponent("lille.txt"))

        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(Self.script))
        process.arguments = ["-qec", "'\(executable.path)' import stor.txt lille.txt > /dev/null", "/dev/null"]
        process.currentDirectoryURL = folder.url
        let terminal = folder.url.appendingPathComponent("terminal.out")
        _ = FileManager.default.createFile(atPath: terminal.path, contents: nil)
        let output = try FileHandle(forWritingTo: terminal)
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try output.close()

        let frames = String(decoding: try Data(contentsOf: terminal), as: UTF8.self)
            .split(separator: "\r").map { $0.replacingOccurrences(of: "\u{1B}[K", with: "") }.filter { $0.contains(" MB  ") }
        #expect(frames.contains { $0.contains("stor.txt") }, "the bar names the large file: \(frames)")
        // "lille.txt" is read in far less than a second: a frame giving it seconds names a file already read.
        #expect(!frames.contains { $0.contains("lille.txt (") }, "a finished file shown as still being read: \(frames)")
        if ParallelReading.coreCount > 1 {
            #expect(frames.contains { $0.contains("1/2 files") && $0.contains("stor.txt (") },
                    "with the small file done, the large one is named with its seconds: \(frames)")
        }
    }
}
