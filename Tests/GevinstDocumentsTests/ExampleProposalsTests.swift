import Foundation
import GevinstCore
import GevinstImport
import GevinstTestSupport
import Testing
@testable import GevinstDocuments

/// The example proposals in examples/ (native format), rendered in every format: the XLSX holds Compute's
/// totals, the CSV and DOCX show them in Danish format, and with GEVINST_TEST_OFFICE=1 LibreOffice reads
/// the same figures back.
@Suite("Example proposals")
struct ExampleProposalsTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("examples", isDirectory: true)

    static func proposals() throws -> [Proposal] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted()
        return try names.map { name in
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            return try NativeFormat.decode(bytes: [UInt8](data), file: name)
        }
    }

    @Test("every example renders in every format, and Tabel 1's totals in the XLSX are Compute's")
    func everyFormat() throws {
        let proposals = try Self.proposals()
        #expect(proposals.count >= 3)
        for proposal in proposals {
            let model = try ProposalDocument(proposal).model()
            #expect(!HTMLRenderer.render(model).isEmpty)
            _ = try PackageInspection(DocxWriter.write(model)).xml("word/document.xml")
            // A CSV file for every table, the tables of words (implementation grid, follow-up, consultations) too.
            #expect(CsvWriter.files(model).count == model.tables.count)
            #expect(model.tables.count > model.figureTables.count)
            let package = try PackageInspection(XlsxWriter.write(model))
            let workbook = try package.xml("xl/workbook.xml")
            let names = workbook.all("sheet").compactMap { $0.attributes["name"] }
            for computed in Compute.proposal(proposal) {
                // The sheet of this model's Tabel 1, and in it the net row: the last row before the payback rows.
                let wanted = EconomicTables.name(proposal, computed, "Tabel 1")
                var sheetNames = SheetNames()
                let sheetIndex = try #require(model.figureTables.firstIndex { $0.name == wanted })
                let expectedName = model.figureTables.prefix(sheetIndex + 1).map { sheetNames.name(for: $0.name) }.last
                #expect(names[sheetIndex] == expectedName)
                let sheet = XlsxWriterTests.Sheet(try package.xml("xl/worksheets/sheet\(sheetIndex + 1).xml"))
                let table = model.figureTables[sheetIndex]
                let netRow = try #require(table.rows.firstIndex { $0.cells.first == .text("Samlet økonomisk påvirkning") }) + 3
                let permanentRow = try #require(table.rows.firstIndex { $0.cells.first == .text("Samlet varig ændring") }) + 3
                for (offset, year) in computed.years.enumerated() {
                    let column = CellReference.column(offset + 2)
                    #expect(sheet.cells["\(column)\(netRow)"]?.value.flatMap(XlsxWriterTests.Sheet.thousandths) == computed.table1.net[year])
                    #expect(sheet.cells["\(column)\(permanentRow)"]?.value.flatMap(XlsxWriterTests.Sheet.thousandths) == computed.table1.permanentTotal[year])
                    let formula = try #require(sheet.cells["\(column)\(netRow)"]?.formula)
                    #expect(sheet.evaluate(formula) == computed.table1.net[year])
                }
            }
        }
    }

    @Test("LibreOffice reads the examples' catalogue back with Compute's figures", .enabled(if: OfficeTools.enabled, Comment(rawValue: OfficeTools.skipMessage)))
    func libreOffice() throws {
        #expect(try Self.readBackThroughLibreOffice(Self.proposals()) > 100)
    }

    /// The proposals imported from the seeds (003, the 2019 catalogue with its two-model SI05, and 000, PDF text),
    /// rendered as a catalogue workbook and read back by LibreOffice, give Compute's figures cell by cell.
    @Test("LibreOffice reads the seed proposals' catalogue back with Compute's figures",
          .enabled(if: OfficeTools.enabled && SeedCorpus.isAvailable, Comment(rawValue: OfficeTools.skipMessage + "; " + SeedCorpus.skipMessage)))
    func seedProposalsThroughLibreOffice() throws {
        for seed in [SeedCorpus.catalogue2019, SeedCorpus.proposals2021] {
            let url = try #require(SeedCorpus.url(seed))
            let proposals = try DocumentImporter.readFile(at: url.path).proposals.filter { !$0.lines.isEmpty }
            #expect(proposals.count >= 11, "\(seed)")
            #expect(try Self.readBackThroughLibreOffice(proposals) > 1_000, "\(seed)")
        }
    }

    /// Renders `proposals` as a catalogue workbook, has LibreOffice recalculate it and save every sheet as CSV,
    /// and compares every amount cell with the model's (Compute's) figure; returns how many were compared.
    static func readBackThroughLibreOffice(_ proposals: [Proposal]) throws -> Int {
        let model = try CatalogueDocument(proposals: proposals).model()
        let files = try OfficeTools.libreOffice().convert(
            XlsxWriter.write(model), inputExtension: "xlsx",
            to: "csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,false,false,false,-1", recalculateOnLoad: true)
        var names = SheetNames()
        var compared = 0
        for table in model.figureTables {
            let sheet = names.name(for: table.name)
            let text = try #require(files.first { $0.name == "document-\(sheet).csv" }.flatMap { String(data: $0.data, encoding: .utf8) })
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingSuffix("\r") }
            for (rowIndex, row) in table.rows.enumerated() {
                let fields = OfficeTools.fields(lines[rowIndex + 2])
                var column = 0
                for cell in row.cells {
                    if case .amount(let kroner) = cell.content {
                        #expect(XlsxWriterTests.Sheet.thousandths(fields[column]) == kroner, "\(sheet) row \(rowIndex + 3)")
                        compared += 1
                    }
                    column += cell.span
                }
            }
        }
        return compared
    }
}
