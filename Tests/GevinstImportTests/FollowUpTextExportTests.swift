import Foundation
import GevinstCore
import GevinstTestSupport
import Testing
@testable import GevinstImport

/// The status report as other text exports write it. Before: rows whose trailing empty cells were dropped gave
/// one `read.short-row` warning each (56 in seed 002), and area headings written without "###" (a plain or bold
/// line) were not seen under an open table, so a whole table's rows took the area above (and TV02 was reported as
/// listed twice in one area).
@Suite(.enabled(if: SeedCorpus.isAvailable, Comment(rawValue: SeedCorpus.skipMessage)))
struct FollowUpTextExportTests {
    static func seed() throws -> String {
        String(decoding: try #require(SeedCorpus.data(SeedCorpus.followUp2024)), as: UTF8.self)
    }

    static func edited(_ text: String, _ edit: (Substring) -> String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(edit).joined(separator: "\n")
    }

    @Test func rowsWithoutTheirTrailingEmptyCellsGiveOneNote() throws {
        let seed = try Self.seed()
        let plain = try DocumentImporter.read(data: Data(seed.utf8), file: SeedCorpus.followUp2024)
        let trimmed = Self.edited(seed) { line in
            var line = line
            while line.last == "\t" { line = line.dropLast() }
            return String(line)
        }
        let read = try DocumentImporter.read(data: Data(trimmed.utf8), file: SeedCorpus.followUp2024)
        #expect(read.followUps == plain.followUps)
        #expect(!read.findings.contains { $0.rule == "read.short-row" })
        let notes = read.findings.filter { $0.rule == "read.trailing-cells-dropped" }
        #expect(notes.count == 1)
        #expect(notes.first?.severity == .info)
        #expect(notes.first?.message.hasPrefix("56 rows end before the cells of \"Konsekvens efter håndtering\"") == true)
        #expect(read.findings.filter { $0.rule != "read.trailing-cells-dropped" } == plain.findings)
    }

    /// A row that lost cells a row needs (an amount, a yes or no) is still one warning of its own.
    @Test func aRowThatLostItsAmountsIsStillWarned() throws {
        let seed = try Self.seed()
        let cut = Self.edited(seed) { line in
            line.hasPrefix("2024\tHA03 - Styrket") ? String(line.split(separator: "\t", omittingEmptySubsequences: false).prefix(5).joined(separator: "\t")) : String(line)
        }
        let read = try DocumentImporter.read(data: Data(cut.utf8), file: SeedCorpus.followUp2024)
        let short = try #require(read.findings.first { $0.rule == "read.short-row" })
        #expect(short.line == 40)
        #expect(short.message.contains("\"Samlet investering\""))
    }

    @Test(arguments: ["", "**"])
    func areaHeadingsWithoutHashesNameTheirTables(_ mark: String) throws {
        let seed = try Self.seed()
        let plain = try DocumentImporter.read(data: Data(seed.utf8), file: SeedCorpus.followUp2024)
        let text = Self.edited(seed) { line in line.hasPrefix("### ") ? mark + line.dropFirst(4) + mark : String(line) }
        let read = try DocumentImporter.read(data: Data(text.utf8), file: SeedCorpus.followUp2024)
        #expect(read.followUps.map(\.area) == plain.followUps.map(\.area))
        #expect(read.followUps == plain.followUps)
        #expect(read.findings == plain.findings)
    }
}
