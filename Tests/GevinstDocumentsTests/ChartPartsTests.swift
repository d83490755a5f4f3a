import Foundation
import GevinstCore
import Testing
@testable import GevinstDocuments

/// The charts in DOCX and XLSX: native DrawingML charts whose parts, relationships and content types are
/// where the formats require them, whose series refer to the cells holding their figures, and whose
/// cached values are those figures.
@Suite("Charts in DOCX and XLSX")
struct ChartPartsTests {
    static let chartRelationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart"
    static let chartContentType = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"

    static func charts(_ model: DocumentModel) -> [Chart] {
        model.blocks.compactMap { block in
            if case .chart(let chart) = block { return chart }
            return nil
        }
    }

    /// "'BU01 Tabel 1 figur'!$B$3:$B$8" → ("BU01 Tabel 1 figur", "B", 3, 8).
    static func range(_ formula: String) -> (sheet: String, column: String, first: Int, last: Int)? {
        guard let bang = formula.lastIndex(of: "!") else { return nil }
        var sheet = String(formula[..<bang])
        if sheet.hasPrefix("'") && sheet.hasSuffix("'") { sheet = String(sheet.dropFirst().dropLast()).replacing("''", with: "'") }
        let cells = formula[formula.index(after: bang)...].replacing("$", with: "").split(separator: ":").map(String.init)
        guard let first = XlsxWriterTests.Sheet.split(cells[0]) else { return nil }
        let last = cells.count > 1 ? XlsxWriterTests.Sheet.split(cells[1]) : first
        guard let last else { return nil }
        return (sheet, first.column, first.row, last.row)
    }

    /// Every series of `chartSpace` refers to its column of `sheet` (named `sheetName`), and its cached
    /// values are the sheet's cells and the chart's figures.
    static func expectSeriesMatchSheet(_ chartSpace: XMLElementNode, sheet: XlsxWriterTests.Sheet, sheetName: String,
                                       data: BarChartData) throws {
        let series = chartSpace.all("c:ser")
        #expect(series.count == data.series.count)
        for (index, element) in series.enumerated() {
            let numRef = try #require(element.first("c:val")?.first("c:numRef"))
            let formula = try #require(numRef.first("c:f")?.text)
            let range = try #require(Self.range(formula), "\(formula)")
            #expect(range.sheet == sheetName)
            #expect(range.last - range.first + 1 == data.categories.count)
            let points = numRef.all("c:pt")
            #expect(points.count == data.categories.count)
            for point in points {
                let idx = try #require(point.attributes["idx"].flatMap { Int($0) })
                let cached = point.first("c:v")?.text
                #expect(cached == data.sheetValue(data.series[index], idx))
                #expect(sheet.cells["\(range.column)\(range.first + idx)"]?.value == cached, "\(formula) point \(idx)")
            }
            #expect(element.first("c:tx")?.first("c:v")?.text == data.series[index].name)
            let categories = try #require(element.first("c:cat"))
            #expect((categories.first("c:strRef") ?? categories.first("c:multiLvlStrRef")) != nil)
            #expect(categories.first("c:f").flatMap { Self.range($0.text) }?.sheet == sheetName)
        }
    }

    @Test("DOCX: each chart stands inline where the document has it, as a chart part with its relationship and content type, its cached values equal to the cells of the workbook embedded beside it")
    func docxChartParts() throws {
        let model = try DocxWriterTests.catalogue()
        let charts = Self.charts(model)
        let package = try PackageInspection(DocxWriter.write(model))
        let document = try package.xml("word/document.xml")
        let references = document.all("c:chart").compactMap { $0.attributes["r:id"] }
        #expect(references.count == charts.count)
        #expect(document.all("wp:inline").count == charts.count)
        #expect(Set(document.all("wp:docPr").compactMap { $0.attributes["id"] }).count == charts.count)
        let relationships = try package.xml("word/_rels/document.xml.rels").children
        for (index, id) in references.enumerated() {
            let relationship = try #require(relationships.first { $0.attributes["Id"] == id })
            #expect(relationship.attributes["Type"] == Self.chartRelationship)
            let path = PackageInspection.resolve(relationship.attributes["Target"] ?? "", in: "word")
            #expect(path == "word/charts/chart\(index + 1).xml")
            #expect(try package.contentType(of: path) == Self.chartContentType)
            let chartSpace = try package.xml(path)
            #expect(chartSpace.name == "c:chartSpace")
            #expect(chartSpace.first("c:barChart") != nil && chartSpace.first("c:catAx") != nil && chartSpace.first("c:valAx") != nil)

            let targets = try package.relationshipTargets(PackageInspection.relationshipsPath(of: path))
            let workbookPath = try #require(targets.first { $0.type.hasSuffix("/package") }?.path)
            #expect(chartSpace.first("c:externalData")?.attributes["r:id"] == "rId1")
            #expect(try package.contentType(of: workbookPath) == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            let workbook = try PackageInspection(try #require(package.parts[workbookPath]))
            #expect(workbook.xmlPaths.allSatisfy { (try? workbook.xml($0)) != nil })
            let sheet = XlsxWriterTests.Sheet(try workbook.xml("xl/worksheets/sheet1.xml"))
            try Self.expectSeriesMatchSheet(chartSpace, sheet: sheet, sheetName: DocxWriter.chartSheetName, data: BarChartData(charts[index]))
        }
        // The figures stay under each chart as a table, for readers who cannot see it.
        #expect(document.allText.contains("Akkumuleret økonomisk påvirkning"))
    }

    @Test("XLSX: each chart on a sheet of its own after the tables, anchored under its figures, its series referring to the sheet's cells with those cells' values cached")
    func xlsxChartParts() throws {
        let model = try CatalogueDocument(proposals: Fixtures.all).model()
        let charts = Self.charts(model)
        let package = try PackageInspection(XlsxWriter.write(model))
        for path in package.xmlPaths { _ = try package.xml(path) }
        let sheets = try package.xml("xl/workbook.xml").all("sheet")
        #expect(sheets.count == model.tables.count + charts.count)
        // Named after the table each follows, as valid sheet names after every table's.
        var names = SheetNames()
        for table in model.figureTables { _ = names.name(for: table.name) }
        let expectedNames = XlsxChartSheet.charts(model).map { names.name(for: $0.name) }
        for (index, chart) in charts.enumerated() {
            let sheetNumber = model.figureTables.count + index + 1
            let sheetName = try #require(sheets[sheetNumber - 1].attributes["name"])
            #expect(sheetName == expectedNames[index])
            let sheetPath = "xl/worksheets/sheet\(sheetNumber).xml"
            let sheetRoot = try package.xml(sheetPath)
            let drawingId = try #require(sheetRoot.first("drawing")?.attributes["r:id"])
            let drawingTarget = try #require(try package.relationshipTargets(PackageInspection.relationshipsPath(of: sheetPath))
                .first { $0.type.hasSuffix("/drawing") })
            #expect(try package.xml(PackageInspection.relationshipsPath(of: sheetPath)).children.first?.attributes["Id"] == drawingId)
            #expect(try package.contentType(of: drawingTarget.path) == "application/vnd.openxmlformats-officedocument.drawing+xml")
            let drawing = try package.xml(drawingTarget.path)
            // The chart sits below the figures and their note.
            let anchorRow = try #require(drawing.first("xdr:from")?.first("xdr:row").flatMap { Int($0.text) })
            let usedRows = sheetRoot.all("row").compactMap { $0.attributes["r"].flatMap { Int($0) } }
            #expect(anchorRow >= usedRows.max() ?? 0)
            let chartTarget = try #require(try package.relationshipTargets(PackageInspection.relationshipsPath(of: drawingTarget.path))
                .first { $0.type == Self.chartRelationship })
            #expect(drawing.first("c:chart")?.attributes["r:id"] == "rId1")
            #expect(try package.contentType(of: chartTarget.path) == Self.chartContentType)
            let chartSpace = try package.xml(chartTarget.path)
            #expect(chartSpace.first("c:title")?.allText.contains(chart.caption) == true)
            try Self.expectSeriesMatchSheet(chartSpace, sheet: XlsxWriterTests.Sheet(sheetRoot), sheetName: sheetName, data: BarChartData(chart))
        }
    }

    @Test("the cumulative-net chart: red bars while a cost, green once a gain, the payback year outlined, as the SVG draws it")
    func cumulativeNetColours() throws {
        let model = try ProposalDocument(Fixtures.bu05).model()
        let chart = try #require(Self.charts(model).first)
        let data = BarChartData(chart)
        // BU05: 2.065, 565, -935, … (1.000 kr.); paid back in 2021.
        #expect(data.categories.map { $0[0] } == ["2019", "2020", "2021", "2022", "2023", "2024"])
        #expect(data.series.count == 1)
        #expect(data.series[0].values.prefix(3) == [2_065_000, 565_000, -935_000])
        #expect(data.series[0].pointColours == [0: ChartColours.cost, 1: ChartColours.cost])
        #expect(data.series[0].colour == ChartColours.gain)
        #expect(data.markedCategory == 2)
        #expect(data.note == "Tilbagebetalt i 2021 (3 år, totaløkonomi)")

        let chartSpace = try XMLElementNode.parse(Data(DrawingMLChart.chartSpace(data, sheet: "Figur", showsTitle: true).utf8))
        let points = chartSpace.all("c:dPt")
        let outlined = points.filter { $0.first("a:ln")?.attributes["w"] != nil }
        #expect(outlined.map { $0.first("c:idx")?.attributes["val"] } == ["2"])
        #expect(points.first { $0.first("c:idx")?.attributes["val"] == "0" }?.first("a:srgbClr")?.attributes["val"] == ChartColours.cost.uppercased())
        #expect(chartSpace.first("c:title")?.allText.contains("Tilbagebetalt i 2021") == true)
        let svg = SvgChart.render(chart)
        #expect(svg.contains("#" + ChartColours.cost) && svg.contains("#" + ChartColours.gain))
    }

    @Test("the portfolio chart: two stacked bars a year (investment, and permanent change hatched), one series per area")
    func portfolioBars() throws {
        let overview = try OverviewTable(proposals: Fixtures.all)
        let data = BarChartData(overview.chart)
        #expect(data.grouping == .stacked)
        #expect(data.categoryLevels == 2)
        #expect(data.categories.count == 2 * Fixtures.years.count)
        #expect(data.categories.prefix(2) == [["2019", "Inv."], ["", "Varig"]])
        #expect(data.series.map(\.colour) == data.series.indices.map(ChartColours.area))
        let chartSpace = try XMLElementNode.parse(Data(DrawingMLChart.chartSpace(data, sheet: "Oversigt figur", showsTitle: true).utf8))
        let cache = try #require(chartSpace.first("c:multiLvlStrCache"))
        #expect(cache.all("c:lvl").count == 2)
        #expect(cache.all("c:lvl").last?.all("c:pt").count == Fixtures.years.count)
        #expect(chartSpace.all("a:pattFill").count == data.series.count * Fixtures.years.count)
    }

    @Test("the colour chart: lying bars per area, stacked green, yellow, red; user text in labels written as given")
    func statusColoursWithAwkwardText() throws {
        let chart = Chart.statusColours(StatusColourChart(caption: "Status & <farver>", areas: [
            .init(area: Fixtures.awkwardText, green: 3, yellow: 1, red: 0),
            .init(area: "Børnefamilier", green: 0, yellow: 2, red: 5),
        ]))
        let data = BarChartData(chart)
        #expect(data.direction == .horizontal && data.grouping == .stacked)
        #expect(data.series.map(\.name) == ["Grøn", "Gul", "Rød"])
        #expect(data.series.map(\.values) == [[3, 0], [1, 2], [0, 5]])
        let model = DocumentModel(title: "t", blocks: [.chart(chart)])
        for format in [DocumentFormat.docx, .xlsx] {
            let package = try PackageInspection(format == .docx ? DocxWriter.write(model) : XlsxWriter.write(model))
            let path = format == .docx ? "word/charts/chart1.xml" : "xl/charts/chart1.xml"
            let chartSpace = try package.xml(path)
            let labels = chartSpace.first("c:cat")?.all("c:v").map(\.text)
            #expect(labels == [Fixtures.awkwardText, "Børnefamilier"])
            #expect(chartSpace.first("c:barDir")?.attributes["val"] == "bar")
        }
    }
}
