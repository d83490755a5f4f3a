import Foundation
import GevinstCore
import GevinstTestSupport
import Testing
@testable import GevinstDocuments

/// The follow-up report opened by LibreOffice: each format converts to PDF and the PDF's text shows the
/// rows; a workbook saved again by LibreOffice loads back row for row. Enabled by GEVINST_TEST_OFFICE=1.
@Suite("Follow-up report read back by LibreOffice",
       .enabled(if: OfficeTools.enabled && SeedCorpus.isAvailable, Comment(rawValue: OfficeTools.skipMessage)))
struct FollowUpOfficeTests {
    @Test(arguments: ["html", "docx", "xlsx"])
    func everyFormatConvertsToPdfShowingTheRows(format: String) throws {
        let report = FollowUpReport(period: try FollowUpReportTests.seedPeriod())
        let data: Data = switch format {
        case "html": Data(report.html().utf8)
        case "docx": try report.docx()
        default: try report.xlsx()
        }
        let target = format == "html" ? "pdf:writer_web_pdf_Export" : "pdf"
        let pdf = try OfficeTools.libreOffice().convertToFile(data, inputExtension: format, to: target)
        let text = try OfficeTools.pdfText(pdf)
        for expected in ["Kapacitetstilpasning", "HA/S108", "SU/UD03", "TV03(2025)", "Familierådslagning", "Borgere med handicap"] {
            #expect(text.contains(expected), "\(format) → PDF lacks \(expected)")
        }
        // The workbook stores -1113 with the format #,##0; LibreOffice shows it with its locale's separator.
        #expect(text.contains("-1.113") || text.contains("-1,113"), "\(format) → PDF lacks HA06's efficiency")
    }

    @Test func aWorkbookSavedByLibreOfficeLoadsBack() throws {
        let period = try FollowUpReportTests.seedPeriod()
        let resaved = try OfficeTools.libreOffice().convertToFile(
            try FollowUpReport(period: period).xlsx(), inputExtension: "xlsx", to: "xlsx:Calc MS Excel 2007 XML")
        let read = try FollowUpXlsxReader.read(resaved, file: "libreoffice.xlsx")
        #expect(read.findings.isEmpty)
        let records = FollowUpRowConversion.records(from: read.rows).records
        #expect(records.map(FollowUpReportTests.Printed.init) == period.records.map(FollowUpReportTests.Printed.init))
    }
}
