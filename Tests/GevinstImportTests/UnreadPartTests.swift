import Foundation
import GevinstCore
import GevinstTestSupport
import Testing
@testable import GevinstImport

/// A file holding two kinds of document (a catalogue with the follow-up table as its appendix) is read by one
/// reader; the other part is named, with the `--format` that reads it. Before, seed 003 followed by seed 002 in
/// one file came out as 63 follow-up rows, and the catalogue's 22 proposals were left out without a word.
@Suite(.enabled(if: SeedCorpus.isAvailable, Comment(rawValue: SeedCorpus.skipMessage)))
struct UnreadPartTests {
    static func text(_ name: String) throws -> String {
        String(decoding: try #require(SeedCorpus.data(name)), as: UTF8.self)
    }

    @Test func noSeedHasAnUnreadPart() throws {
        for name in [SeedCorpus.proposals2021, SeedCorpus.transferCase2025, SeedCorpus.followUp2024, SeedCorpus.catalogue2019, SeedCorpus.strategyPlan] {
            let read = try DocumentImporter.read(data: Data(Self.text(name).utf8), file: name)
            #expect(!read.findings.contains { $0.rule == "read.unread-part" }, "\(name)")
        }
    }

    @Test(arguments: [
        (SeedCorpus.catalogue2019, 22, "markdown", 25), (SeedCorpus.proposals2021, 13, "pdf-text", 1),
    ])
    func theOtherPartIsNamedWithTheFormatThatReadsIt(_ proposalsSeed: String, _ count: Int, _ format: String, _ line: Int) throws {
        let joined = try Self.text(proposalsSeed) + Self.text(SeedCorpus.followUp2024)
        let read = try DocumentImporter.read(data: Data(joined.utf8), file: "bilag.txt")
        #expect(read.kind == .followUp)
        #expect(read.followUps.count == 63)
        let note = try #require(read.findings.first { $0.rule == "read.unread-part" })
        #expect(note.severity == .warning)
        #expect(note.line == line)
        #expect(note.message.contains("\(count) proposals"))
        #expect(note.message.contains("--format \(format)"))
        // Read as the note says, the part comes out as the seed alone does.
        let part = try DocumentImporter.read(data: Data(joined.utf8), file: "bilag.txt", format: format)
        let alone = try DocumentImporter.read(data: Data(Self.text(proposalsSeed).utf8), file: proposalsSeed)
        #expect(part.proposals.map(\.lines) == alone.proposals.map(\.lines))
        #expect(!part.findings.contains { $0.rule == "read.unread-part" })
    }
}
