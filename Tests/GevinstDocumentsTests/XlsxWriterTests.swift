import Foundation
import GevinstCore
import Testing
@testable import GevinstDocuments

@Suite("XLSX")
struct XlsxWriterTests {
    /// A worksheet read back: cell reference → (formula, value, style, type).
    struct Sheet {
        struct Cell { var formula: String?; var value: String?; var style: String?; var type: String? }
        var cells: [String: Cell] = [:]
        let root: XMLElementNode

        init(_ root: XMLElementNode) {
            self.root = root
            for cell in root.all("c") {
                guard let reference = cell.attributes["r"] else { continue }
                cells[reference] = Cell(formula: cell.first("f")?.text, value: cell.first("v")?.text,
                                        style: cell.attributes["s"], type: cell.attributes["t"])
            }
        }

        /// Evaluates `SUM(C3:C5,C8)` over the sheet's own values (missing cells count 0), in thousandths.
        func evaluate(_ formula: String) -> Int64? {
            guard formula.hasPrefix("SUM("), formula.hasSuffix(")") else { return nil }
            var total: Int64 = 0
            for argument in formula.dropFirst(4).dropLast().split(separator: ",") {
                let ends = argument.split(separator: ":").map(String.init)
                guard let (column, first) = Self.split(ends[0]) else { return nil }
                let last = ends.count > 1 ? (Self.split(ends[1])?.row ?? first) : first
                for row in first...last {
                    if let value = cells["\(column)\(row)"]?.value { total += Self.thousandths(value) ?? 0 }
                }
            }
            return total
        }

        static func split(_ reference: String) -> (column: String, row: Int)? {
            let column = reference.prefix { $0.isLetter }
            guard let row = Int(reference.dropFirst(column.count)) else { return nil }
            return (String(column), row)
        }

        /// "-1300" → -1300000, "12.5" → 12500: the value back in kroner when the unit is 1.000 kr.
        static func thousandths(_ text: String) -> Int64? {
            let parts = text.split(separator: ".", maxSplits: 1)
            guard let whole = Int64(parts[0]) else { return nil }
            var fraction = parts.count > 1 ? String(parts[1]) : ""
            guard fraction.count <= 3 else { return nil }
            while fraction.count < 3 { fraction += "0" }
            let rest = Int64(fraction) ?? 0
            return whole * 1000 + (text.hasPrefix("-") ? -rest : rest)
        }
    }

    @Test("every part has a content type, relationships resolve, XML well-formed, docProps present")
    func packageStructure() throws {
        let model = try CatalogueDocument(proposals: Fixtures.all).model()
        let package = try PackageInspection(XlsxWriter.write(model))
        for path in package.parts.keys where path != "[Content_Types].xml" {
            #expect(try package.contentType(of: path) != nil, "no content type for \(path)")
            _ = try package.xml(path)
        }
        for rels in package.parts.keys where rels.hasSuffix(".rels") {
            for target in try package.relationshipTargets(rels) {
                #expect(package.parts[target.path] != nil, "\(rels) points at missing \(target.path)")
            }
        }
        #expect(package.parts["docProps/core.xml"] != nil && package.parts["docProps/app.xml"] != nil)
        let workbook = try package.xml("xl/workbook.xml")
        let sheets = workbook.all("sheet")
        // A sheet per table of figures, then one per chart (ChartPartsTests looks at those), then one per
        // table of words (XlsxTextTablesTests).
        let charts = model.blocks.filter { if case .chart = $0 { true } else { false } }
        #expect(sheets.count == model.tables.count + charts.count)
        #expect(sheets.first?.attributes["name"] == "Oversigt")
        #expect(Set(sheets.compactMap { $0.attributes["name"]?.lowercased() }).count == sheets.count)
        #expect(sheets.allSatisfy { ($0.attributes["name"]?.utf16.count ?? 99) <= 31 })
        #expect(sheets.contains { $0.attributes["name"] == "SI-UD07 Tabel 1" })
    }

    @Test("BU05 Tabel 1: numbers are numbers, totals are SUM formulas whose cached values are Core's")
    func formulasCarryCoreFigures() throws {
        let computed = try #require(Compute.proposal(Fixtures.bu05).first)
        let package = try PackageInspection(XlsxWriter.write(ProposalDocument(Fixtures.bu05).model()))
        let sheet = Sheet(try package.xml("xl/worksheets/sheet1.xml"))
        // Rows: 1 caption, 2 header, 3 "Varige ændringer", 4–5 lines, 6 total, 7 section, 8–12 lines, 13 total, 14 net.
        #expect(sheet.cells["C4"]?.value == nil)
        #expect(sheet.cells["D4"]?.value == "-1100")
        #expect(sheet.cells["D4"]?.type == nil)
        #expect(sheet.cells["C11"]?.value == "1540")
        #expect(sheet.cells["D6"]?.formula == "SUM(D4:D5)")
        #expect(sheet.cells["C13"]?.formula == "SUM(C8:C12)")
        #expect(sheet.cells["C14"]?.formula == "SUM(C6,C13)")
        let columns = ["C", "D", "E", "F", "G", "H"]
        for (index, year) in computed.years.enumerated() {
            let column = columns[index]
            for (row, series) in [(6, computed.table1.permanentTotal), (13, computed.table1.implementationTotal), (14, computed.table1.net)] {
                let cell = try #require(sheet.cells["\(column)\(row)"])
                let cached = try #require(cell.value.flatMap(Sheet.thousandths))
                #expect(cached == series[year], "cached \(column)\(row)")
                #expect(cell.formula.flatMap(sheet.evaluate) == series[year], "recomputed \(column)\(row)")
            }
        }
        #expect(sheet.cells["C14"]?.value == "2065")
    }

    @Test("every formula in the catalogue recomputes to its cached value, and the overview totals are Core's")
    func everyFormulaConsistent() throws {
        let model = try CatalogueDocument(proposals: Fixtures.all).model()
        let package = try PackageInspection(XlsxWriter.write(model))
        var formulas = 0
        for path in package.parts.keys where path.hasPrefix("xl/worksheets/") {
            let sheet = Sheet(try package.xml(path))
            for (reference, cell) in sheet.cells {
                guard let formula = cell.formula else { continue }
                formulas += 1
                #expect(sheet.evaluate(formula) == cell.value.flatMap(Sheet.thousandths), "\(path) \(reference): \(formula)")
            }
        }
        #expect(formulas > 100)
        // The overview's last row: the overall total of investment (service) over the six fixtures.
        let overview = Sheet(try package.xml("xl/worksheets/sheet1.xml"))
        let expected = try Fixtures.all.reduce(Int64(0)) { sum, proposal in
            sum + (try #require(Compute.proposal(proposal).first)).investment.service
        }
        // The overall total is the table's last row: sheet row = table rows + 2 (caption and header above).
        let row = try OverviewTable(proposals: Fixtures.all).table.rows.count + 2
        #expect(overview.cells["A\(row)"]?.type == "s" && overview.cells["C\(row)"]?.formula != nil)
        #expect(overview.cells["C\(row)"]?.value.flatMap(Sheet.thousandths) == expected)
        #expect(expected == 1_800_000 + 1_890_000 + 2_000_000 + 5_000_000 + 25_000 + 100_000)
    }

    @Test("number formats, frozen header rows, print titles")
    func presentation() throws {
        let package = try PackageInspection(XlsxWriter.write(ProposalDocument(Fixtures.tv09).model()))
        let styles = try package.xml("xl/styles.xml")
        let formats = styles.all("numFmt").compactMap { $0.attributes["formatCode"] }
        #expect(formats.contains("#,##0"))
        let sheet = try package.xml("xl/worksheets/sheet1.xml")
        let pane = try #require(sheet.first("pane"))
        #expect(pane.attributes["state"] == "frozen" && pane.attributes["ySplit"] == "2" && pane.attributes["topLeftCell"] == "A3")
        let workbook = try package.xml("xl/workbook.xml")
        #expect(workbook.all("definedName").first?.attributes["name"] == "_xlnm.Print_Titles")
        // TV09 has two models: a Tabel 1 per model.
        let names = workbook.all("sheet").compactMap { $0.attributes["name"] }
        #expect(names.contains("TV09 Model 1 Tabel 1") && names.contains("TV09 Model 2 Tabel 1"))
        // 12.500 kr. is 12,5 in 1.000 kr.: a decimal number with the decimal style.
        let read = Sheet(sheet)
        // Row 7 is the licence line (caption, header, section, the model's line, total, section, licence).
        let licence = try #require(read.cells["C7"])
        #expect(licence.value == "12.5")
        #expect(licence.style == String(XlsxStyles.Format.amountDecimal.rawValue))
    }

    @Test("awkward text is stored as written in the shared strings")
    func awkwardText() throws {
        let package = try PackageInspection(XlsxWriter.write(CatalogueDocument(proposals: [Fixtures.awkward]).model()))
        let strings = try package.xml("xl/sharedStrings.xml").all("t").map(\.text)
        #expect(strings.contains(Fixtures.awkwardText))
        #expect(strings.contains("=SUM(A1:A2) ; \"quoted\""))
    }
}
