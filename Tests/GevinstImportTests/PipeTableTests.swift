import Foundation
import GevinstCore
import GevinstTestSupport
import Testing
@testable import GevinstImport

/// Documents whose tables are markdown pipe tables, as pandoc converts Word tables, read as their tab-separated
/// twins. Before, seed 002 so written was recognised by no reader, and seed 003 lost SI05 (its header is a table)
/// into SI02.
@Suite struct PipeTableTests {
    /// Every run of tab-separated lines as a pipe table: the first row, a separator row, the other rows.
    static func asPipeTables(_ text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var output: [String] = []
        var index = 0
        while index < lines.count {
            guard lines[index].contains("\t") else {
                output.append(String(lines[index]))
                index += 1
                continue
            }
            var block: [[Substring]] = []
            while index < lines.count, lines[index].contains("\t") {
                block.append(lines[index].split(separator: "\t", omittingEmptySubsequences: false))
                index += 1
            }
            let width = block.map(\.count).max() ?? 0
            let rows = block.map { cells in cells.map { $0.replacingOccurrences(of: "|", with: "/") } + Array(repeating: "", count: width - cells.count) }
            output.append("| " + rows[0].joined(separator: " | ") + " |")
            output.append("|" + Array(repeating: "---", count: width).joined(separator: "|") + "|")
            output += rows.dropFirst().map { "| " + $0.joined(separator: " | ") + " |" }
        }
        return output.joined(separator: "\n")
    }

    @Test func aNarrowPipeTableIsLeftAlone() {
        let grid = TextDocument(file: "a.md", text: "| <input type=\"checkbox\"/> | A | <input type=\"checkbox\"/> | B |\n|---|---|---|---|")
        #expect(PipeTableText.asTabSeparated(grid) == nil)
        let wide = TextDocument(file: "b.md", text: "tekst\n| a | b | c | d | e | f |\n|---|---|---|---|---|---|\n| 1 |  2 | 3 | 4 | 5 | 6 |")
        let tabbed = PipeTableText.asTabSeparated(wide)
        #expect(tabbed?.lines.map(String.init) == ["tekst", "a\tb\tc\td\te\tf", "", "1\t2\t3\t4\t5\t6"])
    }

    @Test(.enabled(if: SeedCorpus.isAvailable, Comment(rawValue: SeedCorpus.skipMessage)))
    func theFollowUpTableAsPipeTablesReadsAsTheSeed() throws {
        let seed = String(decoding: try #require(SeedCorpus.data(SeedCorpus.followUp2024)), as: UTF8.self)
        let plain = try DocumentImporter.read(data: Data(seed.utf8), file: SeedCorpus.followUp2024)
        let read = try DocumentImporter.read(data: Data(Self.asPipeTables(seed).utf8), file: SeedCorpus.followUp2024)
        #expect(read.kind == .followUp)
        #expect(read.followUps.count == 63)
        func unnumbered(_ rows: [FollowUpRow]) -> [FollowUpRow] { rows.map { var row = $0; row.line = 0; return row } }
        #expect(unnumbered(read.followUps) == unnumbered(plain.followUps))
        #expect(read.findings.map(\.rule) == plain.findings.map(\.rule))
    }

    @Test(.enabled(if: SeedCorpus.isAvailable, Comment(rawValue: SeedCorpus.skipMessage)))
    func theCatalogueAsPipeTablesReadsAsTheSeed() throws {
        let seed = String(decoding: try #require(SeedCorpus.data(SeedCorpus.catalogue2019)), as: UTF8.self)
        let plain = try DocumentImporter.read(data: Data(seed.utf8), file: SeedCorpus.catalogue2019)
        let read = try DocumentImporter.read(data: Data(Self.asPipeTables(seed).utf8), file: SeedCorpus.catalogue2019)
        #expect(read.proposals.map(\.code) == plain.proposals.map(\.code))
        #expect(read.proposals.map(\.title) == plain.proposals.map(\.title))
        #expect(read.proposals.map(\.lines) == plain.proposals.map(\.lines))
        #expect(read.findings.map(\.rule).sorted() == plain.findings.map(\.rule).sorted())
    }
}
