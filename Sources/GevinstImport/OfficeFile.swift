import Foundation

/// The office files a user may give `gevinst import` instead of a PDF or a text export: a proposal kept in Word
/// (or saved from it as RTF or as a web page), a follow-up sheet kept in Excel. They are not the plain text the
/// readers read (an RTF file read as text gave a "proposal" titled with its markup); they are told apart by their
/// first bytes and, for the zip containers of Office and OpenDocument, by the names inside, so that the message
/// can say what to do with them, or LibreOffice can make the texts into PDF.
public enum OfficeFile: String, Sendable, Hashable, CaseIterable {
    case wordDocument
    case excelWorkbook
    case openDocumentText
    case openDocumentSpreadsheet
    /// Office 97–2003 (.doc, .xls): one compound file format for both.
    case olderOfficeFile
    /// Rich Text Format, as Word saves it: "{\rtf1…".
    case richText
    /// An HTML page (Word's "Web page", or a proposal Gevinst rendered as HTML).
    case webPage

    /// What the file is, as a user calls it.
    public var name: String {
        switch self {
        case .wordDocument: "a Word document (.docx)"
        case .excelWorkbook: "an Excel workbook (.xlsx)"
        case .openDocumentText: "an OpenDocument text (.odt)"
        case .openDocumentSpreadsheet: "an OpenDocument spreadsheet (.ods)"
        case .olderOfficeFile: "an Office 97–2003 file (.doc or .xls)"
        case .richText: "a Rich Text document (.rtf)"
        case .webPage: "a web page (.html)"
        }
    }

    /// What to do instead.
    public var advice: String {
        switch self {
        case .wordDocument, .openDocumentText, .olderOfficeFile, .richText, .webPage:
            "save it as PDF (File → Save as → PDF) and import the PDF; where LibreOffice is installed, `gevinst import` does this itself"
        case .excelWorkbook, .openDocumentSpreadsheet:
            "a workbook is read only as a follow-up table (`gevinst import` without --format, or with --format follow-up; `gevinst followup load` stores it); for anything else in a sheet, save it as PDF or as tab-separated text"
        }
    }

    /// A word processor's document, which reads as a PDF once printed to one; a spreadsheet does not.
    public var isText: Bool {
        switch self {
        case .wordDocument, .openDocumentText, .olderOfficeFile, .richText, .webPage: true
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
        case .richText: "rtf"
        case .webPage: "html"
        }
    }

    /// True for a zip archive that is no office file: the follow-up report's CSV export, or documents packed
    /// together ("PK\u{3}\u{4}", or an empty archive's "PK\u{5}\u{6}"). A zip named as an office file
    /// (`forslag.docx` without its document part) is a damaged office file, not an archive.
    public static func isArchive(_ data: Data, file: String) -> Bool {
        guard data.starts(with: [0x50, 0x4B, 0x03, 0x04]) || data.starts(with: [0x50, 0x4B, 0x05, 0x06]),
              recognise(data) == nil else { return false }
        let name = file.lowercased()
        return ![".docx", ".xlsx", ".odt", ".ods", ".pptx", ".odp"].contains(where: name.hasSuffix)
    }

    /// The kind of office file `data` is, or nil for anything else.
    public static func recognise(_ data: Data) -> OfficeFile? {
        let head = [UInt8](data.prefix(8))
        if head == [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] { return .olderOfficeFile }
        // Markup files by how they open, after a byte order mark and blank space: the markdown catalogue holds
        // <b> and <input> tags in its text, but never opens as a page does.
        let opening = data.prefix(512).drop { $0 == 0xEF || $0 == 0xBB || $0 == 0xBF || $0 == 0x20 || (0x09...0x0D).contains($0) }
        let start = String(decoding: opening.prefix(14), as: UTF8.self).lowercased()
        if start.hasPrefix("{\\rtf") { return .richText }
        if start.hasPrefix("<!doctype html") || start.hasPrefix("<html") { return .webPage }
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
