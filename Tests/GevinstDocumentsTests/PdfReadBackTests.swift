import Foundation
import GevinstCore
import GevinstImport
import GevinstTestSupport
import Testing
@testable import GevinstDocuments

/// A proposal rendered to PDF (through LibreOffice, as `gevinst render --format pdf` does) and imported again
/// (through pdftotext, as `gevinst import file.pdf` does) gives the proposal's Tabel 1 back, with no warning or
/// error: Gevinst reads its own PDFs. The plain text of LibreOffice's tables comes column by column, so this is
/// also the test that the importer falls back on `pdftotext -layout` when the plain reading is in doubt.
@Suite("PDF rendered and read back", .enabled(if: OfficeTools.enabled, Comment(rawValue: OfficeTools.skipMessage)))
struct PdfReadBackTests {
    static func roundTrip(_ proposal: Proposal) throws -> (ImportedDocument, Proposal?) {
        let pdf = try PdfConverter.locate().pdf(try ProposalDocument(proposal).model())
        let document = try DocumentImporter.read(data: pdf, file: "\(proposal.code ?? "proposal").pdf")
        return (document, document.proposals.first)
    }

    /// Compute's Tabel 1 of every model of `expected` and of `actual` agree (permanent, implementation, net).
    static func expectSameTableOne(_ actual: Proposal, _ expected: Proposal) {
        let want = Compute.proposal(expected)
        let got = Compute.proposal(actual)
        #expect(got.map(\.variant) == want.map(\.variant), "\(expected.code ?? "?"): models")
        for (read, computed) in zip(got, want) {
            let name = "\(expected.code ?? "?") \(computed.variant ?? "")"
            #expect(read.table1.permanentTotal == computed.table1.permanentTotal, "\(name)")
            #expect(read.table1.implementationTotal == computed.table1.implementationTotal, "\(name)")
            #expect(read.table1.net == computed.table1.net, "\(name)")
        }
    }

    @Test("each example, one model or two, reads back from its PDF with Compute's Tabel 1 and no warning")
    func examples() throws {
        let examples = try ExampleProposalsTests.proposals()
        #expect(examples.contains { Compute.proposal($0).count > 1 })
        for proposal in examples {
            let (document, read) = try Self.roundTrip(proposal)
            let imported = try #require(read, "\(proposal.code ?? "?"): no proposal read back")
            #expect(imported.code == proposal.code)
            #expect(imported.title == proposal.title)
            Self.expectSameTableOne(imported, proposal)
            let troubles = document.findings.filter { $0.severity != .info }
            #expect(troubles.isEmpty, "\(proposal.code ?? "?"): \(troubles.map { "\($0.rule): \($0.message)" })")
        }
    }

    /// Seed 003's 22 proposals, imported, rendered as one catalogue PDF (117 pages with the front page, the
    /// overview and the contents) and imported again: every proposal, SI05's two models too, comes back with the
    /// Tabel 1 totals Compute gave the first import.
    @Test("the seed catalogue's PDF reads back with every proposal's Tabel 1",
          .enabled(if: SeedCorpus.isAvailable, Comment(rawValue: SeedCorpus.skipMessage)))
    func seedCatalogue() throws {
        let url = try #require(SeedCorpus.url(SeedCorpus.catalogue2019))
        let first = try DocumentImporter.readFile(at: url.path).proposals
        let pdf = try PdfConverter.locate().pdf(try CatalogueDocument(proposals: first).model())
        let document = try DocumentImporter.read(data: pdf, file: "katalog.pdf")
        let again = document.proposals
        #expect(again.count == first.count)
        // The catalogue prints Gevinst's own figures, so its tables agree; what is left is the seed's own unfinished
        // template text (BU01's "X antal", HA05's "Angiv succeskriterium"), which the catalogue prints as written.
        let troubles = document.findings.filter { $0.severity != .info && $0.rule.family != "template" }
        #expect(troubles.isEmpty, "\(troubles.map { "\($0.line ?? 0): \($0.rule): \($0.message)" })")
        for proposal in first {
            let read = try #require(again.first { $0.code == proposal.code }, "\(proposal.code ?? "?") was not read back")
            Self.expectSameTableOne(read, proposal)
        }
    }

    /// Seed 000's 11 proposals and 2 placeholders, imported, rendered as one catalogue PDF and imported again:
    /// every proposal comes back with its title and the Tabel 1 Compute gave the first import. The catalogue's
    /// `-layout` text holds what this needs: a page's running header beside its "Side N af M", a Tabel 1
    /// continued over a page break under its repeated header (HA03), a label wrapped over more lines than its
    /// appropriation before an "I alt, 3220 …" subtotal (TV06), a label's "stk." with its "2" on the next line
    /// (SI05), and title fields whose value wraps under itself (TV01) or is followed straight by the next field
    /// (the placeholders HA02, HA04).
    @Test("seed 000's catalogue PDF reads back with every proposal's title and Tabel 1",
          .enabled(if: SeedCorpus.isAvailable, Comment(rawValue: SeedCorpus.skipMessage)))
    func seedProposals2021() throws {
        let url = try #require(SeedCorpus.url(SeedCorpus.proposals2021))
        let first = try DocumentImporter.readFile(at: url.path).proposals
        #expect(first.count == 13)
        let pdf = try PdfConverter.locate().pdf(try CatalogueDocument(proposals: first).model())
        let document = try DocumentImporter.read(data: pdf, file: "katalog-2021.pdf")
        let again = document.proposals
        #expect(again.count == first.count)
        // What is left is the seed's own text, which the catalogue prints as written: unfinished template text
        // (BU05's "X antal") and HA03's reference to "UD013", UD13's code written differently.
        let troubles = document.findings.filter {
            $0.severity != .info && $0.rule.family != "template" && $0.rule != "code.mistyped-reference"
        }
        #expect(troubles.isEmpty, "\(troubles.map { "\($0.line ?? 0): \($0.rule): \($0.message)" })")
        for proposal in first {
            let read = try #require(again.first { $0.code == proposal.code }, "\(proposal.code ?? "?") was not read back")
            #expect(read.title == proposal.title)
            Self.expectSameTableOne(read, proposal)
        }
    }
}
