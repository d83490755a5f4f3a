/// The charts of a workbook. Each chart gets a sheet of its own after the tables of figures (so sheet *n*
/// is still the *n*-th table): the chart's figures in the sheet's cells (`BarChartData.sheetTable`), and
/// under them the chart, a DrawingML chart anchored on the sheet whose series refer to those cells.
enum XlsxChartSheet {
    /// The document's charts with the sheet name each asks for: the name of the table it follows (the
    /// proposal's Tabel 1, the overview) with " figur", or "Figur".
    static func charts(_ model: DocumentModel) -> [(name: String, chart: BarChartData)] {
        var charts: [(name: String, chart: BarChartData)] = []
        var previousTable: String?
        for block in model.blocks {
            switch block {
            case .table(let table) where table.isFigureTable:
                previousTable = table.name
            case .chart(let chart):
                charts.append((previousTable.map { $0 + " figur" } ?? "Figur", BarChartData(chart)))
            default:
                break
            }
        }
        return charts
    }

    /// The parts of chart `number` on sheet `sheetNumber`: the sheet's relationships to its drawing, the
    /// drawing that anchors the chart a row below the figures, the drawing's relationships, and the chart.
    static func parts(_ chart: BarChartData, sheetName: String, table: DocumentTable, sheetNumber: Int, number: Int) -> [ZipPackage.Part] {
        let sheetRelationships = OpenPackaging.relationships([
            .init(id: "rId1", type: OpenPackaging.RelationshipType.drawing, target: "../drawings/drawing\(number).xml"),
        ])
        let drawingRelationships = OpenPackaging.relationships([
            .init(id: "rId1", type: OpenPackaging.RelationshipType.chart, target: "../charts/chart\(number).xml"),
        ])
        return [
            ZipPackage.Part(path: "xl/worksheets/_rels/sheet\(sheetNumber).xml.rels", text: sheetRelationships),
            ZipPackage.Part(path: "xl/drawings/drawing\(number).xml",
                            text: drawing(chart, row: XlsxSheet.lastRow(table) + 1, number: number)),
            ZipPackage.Part(path: "xl/drawings/_rels/drawing\(number).xml.rels", text: drawingRelationships),
            ZipPackage.Part(path: "xl/charts/chart\(number).xml",
                            text: DrawingMLChart.chartSpace(chart, sheet: sheetName, showsTitle: true)),
        ]
    }

    static let namespace = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"

    /// A spreadsheet drawing holding the chart, its top-left corner in column A of `row` (counted from 0),
    /// its size fixed so that it prints as wide as a DOCX chart.
    static func drawing(_ chart: BarChartData, row: Int, number: Int) -> String {
        var xml = OpenPackaging.xmlDeclaration
        xml += "<xdr:wsDr xmlns:xdr=\"\(namespace)\" xmlns:a=\"\(DrawingMLChart.mainNamespace)\">"
        xml += "<xdr:oneCellAnchor><xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>\(row)</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>"
        xml += "<xdr:ext cx=\"\(BarChartData.width)\" cy=\"\(chart.height)\"/>"
        xml += "<xdr:graphicFrame macro=\"\"><xdr:nvGraphicFramePr>"
        xml += "<xdr:cNvPr id=\"2\" name=\"Figur \(number)\" descr=\"\(XMLEscaping.attribute(chart.description))\"/><xdr:cNvGraphicFramePr/>"
        xml += "</xdr:nvGraphicFramePr><xdr:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"0\" cy=\"0\"/></xdr:xfrm>"
        xml += "<a:graphic><a:graphicData uri=\"\(DrawingMLChart.namespace)\">"
        xml += "<c:chart xmlns:c=\"\(DrawingMLChart.namespace)\" xmlns:r=\"\(OpenPackaging.Namespace.officeRelationships)\" r:id=\"rId1\"/>"
        xml += "</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:oneCellAnchor></xdr:wsDr>"
        return xml
    }
}
