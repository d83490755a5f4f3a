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
        #expect(read.leftOut == [.proposals])
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

    /// A strategy plan appended to proposals, or proposals to a plan: the proposals are read and the plan's five
    /// tables named from the first one's header. Before, the plan was left out without a word (its reader yields to
    /// any document with proposals), and the catalogue with the plan behind it was read as the plan alone, its 22
    /// proposals left out.
    @Test(arguments: [
        (SeedCorpus.proposals2021, true, 13, 5254 + 114), (SeedCorpus.proposals2021, false, 13, 114),
        (SeedCorpus.catalogue2019, true, 22, 3422 + 114), (SeedCorpus.transferCase2025, true, 4, 1925 + 114),
    ])
    func aPlanBesideProposalsIsNamed(_ proposalsSeed: String, _ planLast: Bool, _ count: Int, _ line: Int) throws {
        let proposals = try Self.text(proposalsSeed)
        let plan = try Self.text(SeedCorpus.strategyPlan)
        let joined = planLast ? proposals + plan : plan + proposals
        let read = try DocumentImporter.read(data: Data(joined.utf8), file: "bilag.txt")
        #expect(read.kind == .proposals)
        #expect(read.proposals.count == count)
        let note = try #require(read.findings.first { $0.rule == "read.unread-part" })
        #expect(note.line == line)
        #expect(note.message.contains("a strategy plan of 5 tables"))
        #expect(note.message.contains("--format plan"))
        #expect(read.leftOut == [.plan])
        // Read as the note says, the plan's tables with rows are the seed's.
        let part = try DocumentImporter.read(data: Data(joined.utf8), file: "bilag.txt", format: "plan")
        let alone = try DocumentImporter.read(data: Data(plan.utf8), file: SeedCorpus.strategyPlan)
        let tablesWithRows = part.plans.flatMap(\.tables).filter { !$0.rows.isEmpty }
        #expect(tablesWithRows.map { $0.rows.map(\.amounts) } == alone.plans.flatMap(\.tables).map { $0.rows.map(\.amounts) })
    }

    /// The catalogue's title label keeps the plan reader from taking it, as "Tabel 1" does for PDF text.
    @Test func theCatalogueIsNoPlan() throws {
        let catalogue = TextDocument(file: "003", data: Data(try Self.text(SeedCorpus.catalogue2019).utf8))
        #expect(StrategyPlanReader.holdsProposalTitles(catalogue))
        let plan = TextDocument(file: "004", data: Data(try Self.text(SeedCorpus.strategyPlan).utf8))
        #expect(!StrategyPlanReader.holdsProposalTitles(plan))
        #expect(StrategyPlanReader.confidence(plan) == 95)
    }
}
