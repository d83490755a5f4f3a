import Foundation
import GevinstCore
import GevinstTestSupport
import Testing
@testable import GevinstImport

/// A catalogue whose tables are lined up with blanks instead of tabs. Before, every proposal of seed 003 so
/// written lost its Tabel 1 (22 `extraction.table-one-missing` warnings, no lines, no totals).
@Suite struct AlignedTableTextTests {
    static let seedTrait = ConditionTrait.enabled(if: SeedCorpus.isAvailable, Comment(rawValue: SeedCorpus.skipMessage))

    @Test(seedTrait) func theCatalogueSeedLinedUpWithBlanksReadsAsTheSeed() throws {
        let seed = String(decoding: try #require(SeedCorpus.data(SeedCorpus.catalogue2019)), as: UTF8.self)
        let plain = try DocumentImporter.read(data: Data(seed.utf8), file: SeedCorpus.catalogue2019)
        let aligned = LinedUpTables.withBlanks(seed)
        #expect(!aligned.contains("\t"))
        #expect(aligned.contains("Kortere behandlingsperiode i et familiebehandlingsforløb                         Service"))
        let read = try DocumentImporter.read(data: Data(aligned.utf8), file: SeedCorpus.catalogue2019)
        #expect(read.kind == .proposals)
        #expect(read.proposals.count == 22)
        // Every proposal as the seed gives it: lines, printed figures, sections, follow-up plan, source lines.
        #expect(read.proposals == plain.proposals)
        #expect(read.findings.map(\.rule) == ["read.aligned-tables"] + plain.findings.map(\.rule))
        #expect(read.findings.dropFirst().map(\.line) == plain.findings.map(\.line))
    }

    /// The seed itself, with its tabs, is left as it is: one search of the text tells.
    @Test(seedTrait) func aTabSeparatedCatalogueIsLeftAlone() throws {
        let document = TextDocument(file: "003", data: try #require(SeedCorpus.data(SeedCorpus.catalogue2019)))
        #expect(AlignedTableText.asTabSeparated(document) == nil)
    }

    static func rows(_ text: String) -> [[String]]? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return AlignedTableText.rewritten(lines)?.rows.map { $0.components(separatedBy: "\t") }
    }

    /// As pandoc writes a simple table: indented, a separator of dashes, empty cells as blanks.
    @Test func aSimpleTableIsCutIntoItsCells() throws {
        let table = """
              1.000 kr. 2020 p/l          Styrings-område  2019   2020    2021
              --------------------------  ---------------  -----  ------  ------
              Kortere behandlingsperiode  Service                 -1.300  -1.300
              Evaluering                  Service          0      600     600
            """
        let rows = try #require(Self.rows(table))
        #expect(rows[0] == ["1.000 kr. 2020 p/l", "Styrings-område", "2019", "2020", "2021"])
        #expect(rows[1].allSatisfy { $0.allSatisfy { $0 == "-" } })
        #expect(rows[2] == ["Kortere behandlingsperiode", "Service", "", "-1.300", "-1.300"])
        #expect(rows[3] == ["Evaluering", "Service", "0", "600", "600"])
    }

    /// Two blanks inside one cell, where the other rows are shorter, are no column; a total row alone in its
    /// amounts' columns keeps them (003 HA08, TV01).
    @Test func aGapInsideOneCellIsNoColumn() throws {
        let table = """
            Succeskriterier  Hvordan måles?                              Hvem?
            Spor 1           Survey                                      Staben
            Økonomi          En oversigt over forløbene.  Mht. besparel  Økonomiafdelingen
            """
        let rows = try #require(Self.rows(table))
        #expect(rows.map(\.count) == [3, 3, 3])
        #expect(rows[2][1] == "En oversigt over forløbene.  Mht. besparel")
        let totals = """
            Tabel 3       2019        2020
            Projektleder  300
            <b>I alt</b>  <b>300</b>  <b>900</b>
            """
        let totalRows = try #require(Self.rows(totals))
        #expect(totalRows[2] == ["<b>I alt</b>", "<b>300</b>", "<b>900</b>"])
    }

    /// Paragraphs, lists and checkbox lines have no column every line leaves open: a document of them is left
    /// as it is, even where a line holds two blanks.
    @Test func proseIsNoTable() {
        let text = """
            # INVESTERINGSFORSLAG

            **Forslagets titel:** BU01 - Peer-to-Peer familier i familiebehandling

            Formålet med dette investeringsforslag er at udvikle et familiebehandlingsforløb.  Forslaget har to dele:
            1. Udvikling af et familiebehandlingsforløb med Peer-to-Peer familier
            2. Implementering af forløbet med forankring i Socialforvaltningens Familiehuse
            <input type="checkbox"/> Beskæftigelses- og Integrationsforvaltningen
            <input type="checkbox" checked/> Socialforvaltningen
            """
        #expect(AlignedTableText.asTabSeparated(TextDocument(file: "p.md", text: text)) == nil)
    }

    /// A row's text carried below a blank line, under the row's later cells, goes on in the table's columns;
    /// a caption below the table does not (003 HA08 line 2880, and every "Tabel 3." caption).
    @Test func textCarriedBelowABlankLineKeepsTheColumns() throws {
        let text = """
            Succeskriterier  Hvordan måles?  Hvem?
            Spor 1           Survey          Staben

                             og opfølgning
            --               ---             --

            Tabel 3. Serviceinvesteringer
            """
        let document = try #require(AlignedTableText.asTabSeparated(TextDocument(file: "p.md", text: text)))
        #expect(document.lines[3] == "\tog opfølgning\t")
        #expect(document.lines[6] == "Tabel 3. Serviceinvesteringer")
    }
}
