import Foundation
import GevinstCore
import Testing
@testable import GevinstDocuments

/// The native charts opened by LibreOffice: a DOCX with a chart converts to PDF with the chart's values
/// drawn, and LibreOffice reads every chart of a DOCX and an XLSX as a bar chart (its own ODF chart objects),
/// the XLSX ones over the cells of their sheets. Enabled by GEVINST_TEST_OFFICE=1.
@Suite("Charts read by LibreOffice", .enabled(if: OfficeTools.enabled, Comment(rawValue: OfficeTools.skipMessage)))
struct ChartOfficeTests {
    /// The `content.xml` of every chart object in an ODF package ("Object 1/content.xml", …).
    static func chartObjects(_ odf: Data) throws -> [String] {
        let package = try PackageInspection(odf)
        return package.parts.filter { $0.key.hasPrefix("Object ") && $0.key.hasSuffix("/content.xml") }
            .sorted { $0.key < $1.key }
            .compactMap { String(data: $0.value, encoding: .utf8) }
            .filter { $0.contains("<chart:chart") }
    }

    @Test("DOCX → PDF: BU05's cumulative-net chart is drawn with its values; LibreOffice reads it as a bar chart")
    func docxChartToPdf() throws {
        let office = try OfficeTools.libreOffice()
        let docx = try DocxWriter.write(ProposalDocument(Fixtures.bu05).model())
        let pdf = try office.convertToFile(docx, inputExtension: "docx", to: "pdf")
        #expect(pdf.starts(with: Data("%PDF".utf8)))
        let text = try OfficeTools.pdfText(pdf)
        // 2021's cumulative net, -935, stands once in the table under the chart and once on the chart's bar;
        // the chart's value axis is in 1.000 kr. with Danish grouping.
        #expect(text.components(separatedBy: "-935").count - 1 == 2, "\(text)")
        #expect(text.contains("-5.435"))
        #expect(text.contains("Tilbagebetalt i 2021 (3 år, totaløkonomi)"))

        let objects = try Self.chartObjects(office.convertToFile(docx, inputExtension: "docx", to: "odt"))
        #expect(objects.count == 1)
        #expect(objects.first?.contains("chart:class=\"chart:bar\"") == true)
    }

    @Test("XLSX → ODS: every chart of the catalogue is a bar chart over the cells of its own sheet")
    func xlsxChartsOverCells() throws {
        let model = try CatalogueDocument(proposals: Fixtures.all).model()
        let charts = XlsxChartSheet.charts(model)
        let objects = try Self.chartObjects(OfficeTools.libreOffice().convertToFile(XlsxWriter.write(model), inputExtension: "xlsx", to: "ods"))
        #expect(objects.count == charts.count)
        for object in objects {
            #expect(object.contains("chart:class=\"chart:bar\""))
            // The series' values are cell ranges on a chart sheet, not values copied into the chart.
            #expect(object.contains("chart:values-cell-range-address=") && object.contains(" figur"), "\(object.prefix(2_000))")
        }
    }
}
