import Foundation
import GevinstCore
import Testing
@testable import GevinstDocuments

/// The tables of words (a proposal's implementation grid, follow-up plan and consultations) in the workbook:
/// a sheet each after the tables of figures and the charts, so the sheets of figures keep their places.
@Suite("XLSX tables of words")
struct XlsxTextTablesTests {
    @Test("BU01: Tabel 1–3 (no anlæg, so no Tabel 4), the chart, then Implementering, Opfølgning and Hørt, each with its heading row and its words")
    func sheetsAfterTheFiguresAndCharts() throws {
        let model = try ProposalDocument(Fixtures.bu01).model()
        let package = try PackageInspection(XlsxWriter.write(model))
        let names = try package.xml("xl/workbook.xml").all("sheet").compactMap { $0.attributes["name"] }
        #expect(names == [
            "BU01 Tabel 1", "BU01 Tabel 2", "BU01 Tabel 3", "BU01 Tabel 1 figur",
            "BU01 Implementering", "BU01 Opfølgning", "BU01 Hørt",
        ])
        let strings = try package.xml("xl/sharedStrings.xml").all("si").map(\.allText)
        func text(_ sheet: XlsxWriterTests.Sheet, _ reference: String) -> String? {
            guard let cell = sheet.cells[reference], cell.type == "s", let index = cell.value.flatMap(Int.init), index < strings.count else {
                return nil
            }
            return strings[index]
        }
        let grid = XlsxWriterTests.Sheet(try package.xml("xl/worksheets/sheet5.xml"))
        #expect(text(grid, "A1") == "Implementeringsplan")
        #expect(["A2", "B2", "C2", "D2", "E2"].map { text(grid, $0) } == ["Aktivitet", "2019", "2020", "2021", "2022"])
        #expect(["A4", "B4", "C4", "D4", "E4"].map { text(grid, $0) } == ["Rekruttering af støttefamilier", nil, "X", "X", "X"])
        // Frozen heading rows, as on every sheet.
        #expect(grid.root.first("pane")?.attributes["ySplit"] == "2")

        let followUp = XlsxWriterTests.Sheet(try package.xml("xl/worksheets/sheet6.xml"))
        #expect(text(followUp, "A1") == "BU01 Opfølgning")
        #expect(text(followUp, "A3") == "Milepæle for implementering og anvendelse af investeringsmidler")
        #expect(["A4", "B4", "C4", "D4"].map { text(followUp, $0) }
                == ["Støttefamilier rekrutteres", "Registrering ved Familiehusene", "Borgercenter Børn og Unge", "2021"])

        let consulted = XlsxWriterTests.Sheet(try package.xml("xl/worksheets/sheet7.xml"))
        #expect(["A4", "B4"].map { text(consulted, $0) } == ["IT-kredsen", "Ikke relevant"])
        // No formulas on a sheet of words.
        #expect([grid, followUp, consulted].allSatisfy { $0.cells.values.allSatisfy { $0.formula == nil } })
    }

    @Test("a proposal without tables of words keeps the sheets it had")
    func noTextTables() throws {
        let model = try ProposalDocument(Fixtures.bu05).model()
        #expect(model.tables.allSatisfy { $0.isFigureTable })
        let package = try PackageInspection(XlsxWriter.write(model))
        let names = try package.xml("xl/workbook.xml").all("sheet").compactMap { $0.attributes["name"] }
        #expect(names == ["BU05 Tabel 1", "BU05 Tabel 2", "BU05 Tabel 3", "BU05 Tabel 4", "BU05 Tabel 1 figur"])
    }
}
