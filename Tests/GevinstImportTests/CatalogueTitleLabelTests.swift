import Foundation
import GevinstCore
import GevinstTestSupport
import Testing
@testable import GevinstImport

/// A catalogue's proposals are told apart by their *Forslagets titel* line. Typed with two spaces, the label was
/// not found: seed 003 came out as 5 proposals instead of 22, the others merged into them without a word. A
/// proposal heading whose label could not be read at all lost its whole proposal (HA01's Tabel 1 with it).
@Suite(.enabled(if: SeedCorpus.isAvailable, Comment(rawValue: SeedCorpus.skipMessage)))
struct CatalogueTitleLabelTests {
    static func seed() throws -> String {
        String(decoding: try #require(SeedCorpus.data(SeedCorpus.catalogue2019)), as: UTF8.self)
    }

    /// What a reading is, line by line: each proposal's code, lines and source, and each finding's rule, proposal
    /// and line (a quoted text may keep the doubled spaces).
    static func shape(_ document: ImportedDocument) -> [String] {
        document.proposals.map { "\($0.code ?? "-") \($0.lines.map(\.amounts)) \(String(describing: $0.source))" }
            + document.findings.map { "\($0.rule) \($0.proposal ?? "-") \($0.line ?? 0)" }
    }

    @Test func theLabelWithTwoSpacesIsTheLabel() throws {
        let seed = try Self.seed()
        let plain = try DocumentImporter.read(data: Data(seed.utf8), file: SeedCorpus.catalogue2019)
        let spaced = seed.replacingOccurrences(of: "Forslagets titel", with: "Forslagets  titel")
        #expect(spaced != seed)
        let read = try DocumentImporter.read(data: Data(spaced.utf8), file: SeedCorpus.catalogue2019)
        #expect(read.proposals.count == 22)
        #expect(read.proposals == plain.proposals)
        #expect(Self.shape(read) == Self.shape(plain))
    }

    @Test func aCatalogueWithEverySpaceDoubledReadsAsTheSeed() throws {
        let seed = try Self.seed()
        let plain = try DocumentImporter.read(data: Data(seed.utf8), file: SeedCorpus.catalogue2019)
        let read = try DocumentImporter.read(data: Data(seed.replacingOccurrences(of: " ", with: "  ").utf8), file: SeedCorpus.catalogue2019)
        #expect(read.proposals.count == 22)
        #expect(Self.shape(read) == Self.shape(plain))
    }

    /// HA01 (line 1851) is the one proposal of 003 whose label is plain text. Renamed to a label no reader knows,
    /// its proposal is still read, named by its first line, with a warning at its heading.
    @Test func aProposalWhoseLabelCannotBeReadIsKeptAndNamed() throws {
        let seed = try Self.seed()
        let plain = try DocumentImporter.read(data: Data(seed.utf8), file: SeedCorpus.catalogue2019)
        var lines = seed.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[1850] == "Forslagets titel: HA01 - Mestringsstøtte til unge med handicap")
        lines[1850] = "Titel på forslaget: HA01 - Mestringsstøtte til unge med handicap"
        let read = try DocumentImporter.read(data: Data(lines.joined(separator: "\n").utf8), file: SeedCorpus.catalogue2019)
        #expect(read.proposals.count == 22)
        let original = try #require(plain.proposals.first { $0.code == "HA01" })
        let kept = try #require(read.proposals.first { $0.source?.firstLine == 1847 })
        #expect(kept.code == nil)
        #expect(kept.title == "Titel på forslaget: HA01 - Mestringsstøtte til unge med handicap")
        #expect(kept.lines == original.lines)
        #expect(kept.source == original.source)
        let finding = try #require(read.findings.first { $0.rule == "extraction.title-missing" })
        #expect(finding.line == 1847)
        #expect(finding.severity == .warning)
        #expect(plain.findings.allSatisfy { $0.rule != "extraction.title-missing" })
    }
}
