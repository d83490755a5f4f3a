import Foundation
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
}
