/// The kinds of spreadsheet file `gevinst import` reads as a follow-up table, through the workbook reader the
/// command line or the server gives (`DocumentImporter.WorkbookReader`).
public enum WorkbookKind: String, Sendable, Hashable, CaseIterable {
    /// .xlsx, read by Gevinst itself.
    case excel
    /// .ods, saved as .xlsx by LibreOffice first.
    case openDocument
    /// .xls (Excel 97–2003), saved as .xlsx by LibreOffice first. Its bytes open as a .doc's do, so it is told by
    /// its name.
    case olderExcel
    /// One area's table as CSV, as Excel saves a sheet ("CSV (semikolonsepareret)") and the report exports it;
    /// handed to the reader as UTF-8 whatever its encoding was.
    case csv

    /// The workbook kind of an office file named `file`, nil for a word processor's.
    public init?(_ office: OfficeFile, file: String) {
        switch office {
        case .excelWorkbook: self = .excel
        case .openDocumentSpreadsheet: self = .openDocument
        case .olderOfficeFile where file.lowercased().hasSuffix(".xls"): self = .olderExcel
        default: return nil
        }
    }

    /// What the file is, as a user calls it.
    public var name: String {
        switch self {
        case .excel: OfficeFile.excelWorkbook.name
        case .openDocument: OfficeFile.openDocumentSpreadsheet.name
        case .olderExcel: "an Excel 97–2003 workbook (.xls)"
        case .csv: "a CSV file (.csv)"
        }
    }

    /// The file name extension a converter needs to open it.
    public var fileExtension: String {
        switch self {
        case .excel: "xlsx"
        case .openDocument: "ods"
        case .olderExcel: "xls"
        case .csv: "csv"
        }
    }

    /// True for a file named .csv whose first line that holds anything is cut by semicolons or commas rather
    /// than tabs: a tab-separated text (the status report's own text saved as .csv) is left to the text readers.
    static func isDelimitedText(_ document: TextDocument) -> Bool {
        guard document.file.lowercased().hasSuffix(".csv"),
              let first = document.lines.prefix(20).first(where: { !$0.allSatisfy(\.isWhitespace) }) else { return false }
        var semicolons = 0, commas = 0, tabs = 0
        for byte in first.utf8 {
            switch byte {
            case 0x3B: semicolons += 1
            case 0x2C: commas += 1
            case 0x09: tabs += 1
            default: break
            }
        }
        return tabs == 0 && max(semicolons, commas) >= 2
    }
}
