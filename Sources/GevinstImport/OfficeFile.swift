import Foundation

/// The office files a user may give `gevinst import` instead of a PDF or a text export: a proposal kept in Word,
/// a follow-up sheet kept in Excel. They are no text; they are told apart by their first bytes and, for the zip
/// containers of Office and OpenDocument, by the names inside, so that the message can say what to do with them.
public enum OfficeFile: String, Sendable, Hashable, CaseIterable {
    case wordDocument
    case excelWorkbook
    case openDocumentText
    case openDocumentSpreadsheet
    /// Office 97–2003 (.doc, .xls): one compound file format for both.
    case olderOfficeFile

    /// What the file is, as a user calls it.
    public var name: String {
        switch self {
        case .wordDocument: "a Word document (.docx)"
        case .excelWorkbook: "an Excel workbook (.xlsx)"
        case .openDocumentText: "an OpenDocument text (.odt)"
        case .openDocumentSpreadsheet: "an OpenDocument spreadsheet (.ods)"
        case .olderOfficeFile: "an Office 97–2003 file (.doc or .xls)"
        }
    }

    /// What to do instead.
    public var advice: String {
        switch self {
        case .wordDocument, .openDocumentText, .olderOfficeFile:
            "save it as PDF (File → Save as → PDF) and import the PDF; where LibreOffice is installed, `gevinst import` does this itself"
        case .excelWorkbook, .openDocumentSpreadsheet:
            "`gevinst followup load` reads a follow-up workbook in the layout Gevinst writes; to import a sheet, save it as PDF or as tab-separated text"
        }
    }

    /// A word processor's document, which reads as a PDF once printed to one; a spreadsheet does not.
    public var isText: Bool {
        switch self {
        case .wordDocument, .openDocumentText, .olderOfficeFile: true
        case .excelWorkbook, .openDocumentSpreadsheet: false
        }
    }

    /// The file name extension a converter needs to open it.
    public var fileExtension: String {
        switch self {
        case .wordDocument: "docx"
        case .excelWorkbook: "xlsx"
        case .openDocumentText: "odt"
        case .openDocumentSpreadsheet: "ods"
        case .olderOfficeFile: "doc"
        }
    }

    /// The kind of office file `data` is, or nil for anything else.
    public static func recognise(_ data: Data) -> OfficeFile? {
        let head = [UInt8](data.prefix(8))
        if head == [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] { return .olderOfficeFile }
        guard head.starts(with: [0x50, 0x4B, 0x03, 0x04]) else { return nil }
        // The part names stand in the clear in a zip's local headers and its closing directory.
        let markers: [(String, OfficeFile)] = [
            ("word/document.xml", .wordDocument), ("xl/workbook.xml", .excelWorkbook),
            ("application/vnd.oasis.opendocument.text", .openDocumentText),
            ("application/vnd.oasis.opendocument.spreadsheet", .openDocumentSpreadsheet),
        ]
        return data.withUnsafeBytes { raw -> OfficeFile? in
            let bytes = raw.bindMemory(to: UInt8.self)
            for (marker, kind) in markers where ByteSearch.contains(bytes, Array(marker.utf8)) { return kind }
            return nil
        }
    }
}
