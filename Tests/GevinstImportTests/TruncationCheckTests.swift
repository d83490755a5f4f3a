import Foundation
import GevinstCore
import GevinstTestSupport
import Testing
@testable import GevinstImport

/// A proposal document cut short (an interrupted copy, a mail system's size limit) is still read up to the cut,
/// and `extraction.truncated` says where the text ends and which sections are missing.
@Suite struct TruncationCheckTests {
    /// The layout fixture: one proposal (TV99) whose sections end with "10. Hvem er hørt?".
    static func fixture() throws -> String {
        let url = try #require(Bundle.module.url(forResource: "layout-proposal", withExtension: "txt", subdirectory: "Fixtures"))
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// `text` up to and including the line that holds `marker`, cut `keeping` characters into that line.
    static func cut(_ text: String, atLineHolding marker: String, keeping: Int) throws -> String {
        let range = try #require(text.range(of: marker))
        let lineStart = text[..<range.lowerBound].lastIndex(of: "\n").map { text.index(after: $0) } ?? text.startIndex
        return String(text[..<lineStart]) + String(text[lineStart...].prefix(keeping))
    }

    static func read(_ text: String) -> ImportedDocument {
        PdfTextReader.read(TextDocument(file: "cut.txt", data: Data(text.utf8)))
    }

    static func truncations(_ document: ImportedDocument) -> [Finding] {
        document.findings.filter { $0.rule == TruncationCheck.rule }
    }

    @Test func aWholeDocumentHasNoTruncationFinding() throws {
        let whole = try Self.fixture()
        #expect(Self.truncations(Self.read(whole)).isEmpty)
        #expect(Self.truncations(Self.read(whole + whole.replacingOccurrences(of: "TV99", with: "TV98"))).isEmpty)
    }

    @Test func theLastOfTwoProposalsCutInItsRiskSectionIsReportedWithTheLineWhereTheTextEnds() throws {
        let whole = try Self.fixture()
        let second = try Self.cut(whole.replacingOccurrences(of: "TV99", with: "TV98"), atLineHolding: "Risikoen vurderes", keeping: 12)
        let text = whole + second
        let document = Self.read(text)
        // Both proposals are still read, the cut one as far as its text goes.
        #expect(document.proposals.map(\.code) == ["TV99", "TV98"])
        #expect(document.proposals.last?.lines.count == document.proposals.first?.lines.count)
        let finding = try #require(Self.truncations(document).first)
        #expect(Self.truncations(document).count == 1)
        #expect(finding.proposal == "TV98")
        #expect(finding.severity == .warning)
        #expect(finding.line == text.split(separator: "\n", omittingEmptySubsequences: false).count)
        #expect(finding.message.contains("'9. Risikovurdering'"))
        #expect(finding.message.contains("'Hvem er hørt?', which the document's other proposal has"))
    }

    @Test func aProposalCutInsideItsTabel1LacksEverySection() throws {
        let whole = try Self.fixture()
        let second = try Self.cut(whole.replacingOccurrences(of: "TV99", with: "TV98"), atLineHolding: "Drift af vikarpuljens", keeping: 9)
        let document = Self.read(whole + second)
        let finding = try #require(Self.truncations(document).first)
        #expect(finding.proposal == "TV98")
        #expect(finding.message.contains("before this proposal's first section: it has none of the sections the document's other proposal has"))
        #expect(finding.message.contains("('Baggrund og formål', 'Økonomi', 'Risikovurdering', 'Hvem er hørt?')"))
    }

    @Test func aProposalThatLeavesOutAMiddleSectionButEndsWithTheClosingOneIsNotCutOff() throws {
        let whole = try Self.fixture()
        let withoutRisk = whole.replacingOccurrences(of: "TV99", with: "TV98")
            .replacingOccurrences(of: "9. Risikovurdering\nRisikoen vurderes som lav.\n", with: "")
        #expect(!withoutRisk.contains("Risikovurdering"))
        #expect(Self.truncations(Self.read(whole + withoutRisk)).isEmpty)
    }

    @Test func aSingleProposalIsReportedOnlyWhenItsTextStopsInsideALine() throws {
        let whole = try Self.fixture()
        let midLine = try Self.cut(whole, atLineHolding: "Risikoen vurderes", keeping: 12)
        let finding = try #require(Self.truncations(Self.read(midLine)).first)
        #expect(finding.proposal == "TV99")
        #expect(finding.message.contains("closing section 'Hvem er hørt?' is missing and the text stops without a line break"))
        // Cut at a line break, one proposal gives nothing to compare with: no finding rather than a guess.
        let atLineBreak = try Self.cut(whole, atLineHolding: "Risikoen vurderes", keeping: 0)
        #expect(Self.truncations(Self.read(atLineBreak)).isEmpty)
    }

    @Test(.enabled(if: SeedCorpus.isAvailable, Comment(rawValue: SeedCorpus.skipMessage)))
    func seed000CutAfter50000BytesNamesBU05() throws {
        let seed = try #require(SeedCorpus.data(SeedCorpus.proposals2021))
        let cut = seed.prefix(50_000)
        let read = try DocumentImporter.read(data: cut, file: "000-cut.txt")
        // Person-read: the cut falls in BU05's "1. Baggrund og formål", on line 1402 ("… hvor barnet fra").
        #expect(read.proposals.map(\.code) == ["BU/SI01", "BU03", "BU04", "BU05"])
        let finding = try #require(Self.truncations(read).first)
        #expect(finding.proposal == "BU05")
        #expect(finding.line == 1402)
        #expect(finding.message.contains("'1. Baggrund og formål'"))
        #expect(finding.message.contains("'Risikovurdering', 'Hvem er hørt?', which every other proposal in the document has"))
    }

    @Test(.enabled(if: SeedCorpus.isAvailable, Comment(rawValue: SeedCorpus.skipMessage)))
    func seed000CutInsideBU05sTabel1NamesTheUntitledProposal() throws {
        let seed = try #require(SeedCorpus.data(SeedCorpus.proposals2021))
        // Person-read: BU05's Tabel 1 (line 1300) comes before its title; cut inside the row on line 1313.
        let text = try #require(String(data: seed, encoding: .utf8))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let cut = lines[..<1312].joined(separator: "\n") + "\nAflastning af fami"
        let read = try DocumentImporter.read(data: Data(cut.utf8), file: "000-cut.txt")
        let finding = try #require(Self.truncations(read).first)
        #expect(finding.proposal == "(untitled)")
        #expect(finding.line == 1313)
        #expect(finding.message.contains("before this proposal's first section"))
    }

    @Test(.enabled(if: SeedCorpus.isAvailable, Comment(rawValue: SeedCorpus.skipMessage)))
    func catalogue003CutAfter150000BytesNamesUD03() throws {
        let seed = try #require(SeedCorpus.data(SeedCorpus.catalogue2019))
        let read = try DocumentImporter.read(data: seed.prefix(150_000), file: "003-cut.txt")
        // Person-read: UD03's title is on line 1736, its "### 1.2 BAGGRUND OG FORMÅL" on line 1764, and the cut falls
        // in that section's text on line 1770 ("I behandlingen arbejder borgeren med at ændre problematiske rusmiddel").
        #expect(read.proposals.last?.code == "UD03")
        #expect(read.proposals.count == 12)
        let finding = try #require(Self.truncations(read).first)
        #expect(finding.proposal == "UD03")
        #expect(finding.line == 1770)
        #expect(finding.message.contains("'1.2 BAGGRUND OG FORMÅL'"))
        #expect(finding.message.contains("'FORSLAGETS INDHOLD', 'ØKONOMI'"))
    }

    @Test(.enabled(if: SeedCorpus.isAvailable, Comment(rawValue: SeedCorpus.skipMessage)))
    func noWholeSeedIsReportedAsCutOff() throws {
        for name in [SeedCorpus.proposals2021, SeedCorpus.transferCase2025, SeedCorpus.catalogue2019, SeedCorpus.strategyPlan, SeedCorpus.followUp2024] {
            let read = try DocumentImporter.read(data: try #require(SeedCorpus.data(name)), file: name)
            #expect(Self.truncations(read).isEmpty, "\(name)")
        }
    }
}
