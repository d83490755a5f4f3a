import Foundation
import GevinstDocuments
import GevinstImport

/// The workbook reader `gevinst import`, `POST /api/imports` and the import page give `DocumentImporter`: a
/// follow-up table kept in Excel (.xlsx) is read by `FollowUpXlsxReader`, with one area per sheet or every area
/// one under the other in a sheet; an OpenDocument spreadsheet (.ods) or an Excel 97–2003 workbook (.xls) is first
/// saved as .xlsx by LibreOffice, where it is installed; a CSV file holds one area's table, the area named by the
/// file (`FollowUpCsvReader`).
public enum FollowUpWorkbookImport {
    /// Saves an OpenDocument spreadsheet or an Excel 97–2003 workbook as .xlsx; it throws
    /// `ImportError.workbookUnreadable` with the reason when it cannot.
    public typealias ToXlsx = @Sendable (_ data: Data, _ kind: WorkbookKind, _ file: String) throws(ImportError) -> Data

    /// LibreOffice's conversion to .xlsx, or, without LibreOffice, a refusal that says what to do instead.
    public static func toXlsx(libreOffice: LibreOfficeConverter?) -> ToXlsx {
        { data, kind, file throws(ImportError) in
            guard let libreOffice else {
                throw ImportError.workbookUnreadable(
                    file: file, reason: "\(kind.name) is read through LibreOffice, which is not installed here; save it as an Excel workbook (.xlsx)")
            }
            do {
                return try libreOffice.convertToFile(data, inputExtension: kind.fileExtension, to: "xlsx:Calc MS Excel 2007 XML")
            } catch {
                throw ImportError.workbookUnreadable(file: file, reason: "LibreOffice could not save it as .xlsx: \(error)")
            }
        }
    }

    public static func reader(libreOffice: LibreOfficeConverter?) -> DocumentImporter.WorkbookReader {
        let toXlsx = toXlsx(libreOffice: libreOffice)
        return { data, kind, file in
            let xlsx: Data
            switch kind {
            case .csv:
                // One area's table, named by the file as the report's export names each file: the configured area
                // the name matches, as `followup load` finds it ("Udsatte_voksne.csv"), else the name itself.
                let area = FollowUpDocumentLoad.csvArea(file: file, given: nil, configuration: .default)
                    ?? URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
                let read = FollowUpCsvReader.read(data, file: file, area: area)
                return FollowUpWorkbook(rows: read.rows, findings: read.findings)
            case .excel:
                xlsx = data
            case .openDocument, .olderExcel:
                xlsx = try toXlsx(data, kind, file)
            }
            do throws(XlsxReadError) {
                let read = try FollowUpXlsxReader.read(xlsx, file: file)
                return FollowUpWorkbook(rows: read.rows, findings: read.findings)
            } catch {
                throw ImportError.workbookUnreadable(file: file, reason: error.message)
            }
        }
    }
}
