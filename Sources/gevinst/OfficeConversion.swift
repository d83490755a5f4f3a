import GevinstDocuments
import GevinstImport
import GevinstServer

/// LibreOffice making a Word or OpenDocument text into PDF for `gevinst import`, where it is installed (the same
/// headless conversion `gevinst render --format pdf` uses). Nil where it is not: the import then names the file
/// and says to save it as PDF.
enum OfficeConversion {
    static func toPDF() -> DocumentImporter.OfficeToPDF? {
        guard let office = LibreOfficeConverter.locate() else { return nil }
        return { data, kind in try office.convertToFile(data, inputExtension: kind.fileExtension, to: "pdf") }
    }

    /// The follow-up workbook reader: .xlsx always, .ods through LibreOffice where it is installed.
    static func workbookReader() -> DocumentImporter.WorkbookReader {
        FollowUpWorkbookImport.reader(libreOffice: LibreOfficeConverter.locate())
    }

    /// .ods and .xls saved as .xlsx for `gevinst followup load` and the server's follow-up uploads, through
    /// LibreOffice where it is installed; without it, the refusal says to save an .xlsx.
    static func spreadsheetToXlsx() -> FollowUpWorkbookImport.ToXlsx {
        FollowUpWorkbookImport.toXlsx(libreOffice: LibreOfficeConverter.locate())
    }
}
