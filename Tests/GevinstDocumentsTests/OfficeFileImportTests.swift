import Foundation
import GevinstCore
import GevinstImport
import GevinstTestSupport
import Testing
@testable import GevinstDocuments

/// A proposal kept in Word or a sheet kept in Excel, given to `gevinst import` instead of its PDF: the message
/// names the kind of file and says what to do, for the files Gevinst writes and those LibreOffice saves.
@Suite struct OfficeFileImportTests {
    static func refusal(_ data: Data, _ file: String) -> ImportError? {
        do {
            _ = try DocumentImporter.read(data: data, file: file)
            return nil
        } catch {
            return error
        }
    }

    @Test("Gevinst's own DOCX and XLSX are named as a Word document and an Excel workbook")
    func gevinstsOwnFiles() throws {
        let model = try ProposalDocument(Fixtures.bu05).model()
        #expect(Self.refusal(try DocxWriter.write(model), "BU05.docx") == .officeFile(file: "BU05.docx", kind: .wordDocument))
        #expect(Self.refusal(try XlsxWriter.write(model), "BU05.xlsx") == .officeFile(file: "BU05.xlsx", kind: .excelWorkbook))
    }

    @Test("LibreOffice's ODT, ODS and Office 97–2003 files are named as what they are",
          .enabled(if: OfficeTools.enabled, Comment(rawValue: OfficeTools.skipMessage)))
    func libreOfficeFiles() throws {
        let office = try OfficeTools.libreOffice()
        let model = try ProposalDocument(Fixtures.bu05).model()
        let docx = try DocxWriter.write(model)
        let xlsx = try XlsxWriter.write(model)
        let cases: [(Data, String, OfficeFile)] = [
            (try office.convertToFile(docx, inputExtension: "docx", to: "odt"), "BU05.odt", .openDocumentText),
            (try office.convertToFile(xlsx, inputExtension: "xlsx", to: "ods"), "BU05.ods", .openDocumentSpreadsheet),
            (try office.convertToFile(docx, inputExtension: "docx", to: "doc"), "BU05.doc", .olderOfficeFile),
            (try office.convertToFile(xlsx, inputExtension: "xlsx", to: "xls"), "BU05.xls", .olderOfficeFile),
        ]
        for (data, file, kind) in cases {
            #expect(Self.refusal(data, file) == .officeFile(file: file, kind: kind), "\(file)")
        }
    }
}
