/// Why a file could not be read at all. Each message names the file and what to do.
public enum ImportError: Error, Sendable, Hashable, CustomStringConvertible {
    case empty(file: String)
    case blank(file: String)
    case binary(file: String)
    /// A Word, Excel or OpenDocument file: no text, but the message can say what to do with it.
    case officeFile(file: String, kind: OfficeFile)
    case undecodable(file: String, encoding: String)
    case tooLarge(file: String, bytes: Int, limit: Int)
    case unreadable(file: String, reason: String)
    case unknownFormat(name: String, known: [String])
    case noReaderConfident(file: String, scores: [ReaderScore])
    case pdfToolMissing(file: String)
    case pdfConversionFailed(file: String, reason: String)
    /// A PDF whose pages are images only (a scan without OCR).
    case pdfWithoutText(file: String)
    case officeConversionFailed(file: String, reason: String)
    /// A spreadsheet the workbook reader could not open (not a zip archive, a damaged part, no LibreOffice for .ods).
    case workbookUnreadable(file: String, reason: String)
    /// A PDF of the follow-up table (the status report printed) whose rows could not be told apart in its column
    /// layout: cells centred in their rows, or columns that run into each other (`LayoutFollowUpText`).
    case followUpTableInPDF(file: String)
    /// A zip archive that is no office file: the report's CSV export, or documents packed together.
    case zipArchive(file: String)

    public var file: String? {
        switch self {
        case .empty(let file), .blank(let file), .binary(let file), .officeFile(let file, _), .undecodable(let file, _),
             .tooLarge(let file, _, _), .unreadable(let file, _), .noReaderConfident(let file, _),
             .pdfToolMissing(let file), .pdfConversionFailed(let file, _), .pdfWithoutText(let file),
             .officeConversionFailed(let file, _), .workbookUnreadable(let file, _), .followUpTableInPDF(let file), .zipArchive(let file):
            file
        case .unknownFormat:
            nil
        }
    }

    public var description: String {
        switch self {
        case .empty(let file):
            "\(file): the file is empty; nothing to read"
        case .blank(let file):
            "\(file): the file holds only blank lines; nothing to read"
        case .binary(let file):
            "\(file): this is not a text document (it holds NUL or other control bytes); give a text export, or a PDF file named .pdf"
        case .officeFile(let file, let kind):
            "\(file): this is \(kind.name), not text; \(kind.advice)"
        case .undecodable(let file, let encoding):
            "\(file): the bytes are not valid \(encoding) although the file starts with a \(encoding) byte-order mark"
        case .tooLarge(let file, let bytes, let limit):
            "\(file): the file has \(bytes) bytes, more than the \(limit) a document may have"
        case .unreadable(let file, let reason):
            "\(file): cannot be read: \(reason)"
        case .unknownFormat(let name, let known):
            "unknown format \"\(name)\"; the formats are: \(known.joined(separator: ", "))"
        case .noReaderConfident(let file, let scores):
            "\(file): no reader recognised the document (tried \(scores.map { "\($0.format) \($0.confidence)/100" }.joined(separator: ", "))); name the format with --format"
        case .pdfToolMissing(let file):
            "\(file): reading PDF files needs pdftotext: apt-get install poppler-utils"
        case .pdfConversionFailed(let file, let reason):
            "\(file): pdftotext could not read the PDF: \(reason)"
        case .pdfWithoutText(let file):
            "\(file): the PDF holds no text, only images (a scanned document?); give it text recognition first, e.g. with ocrmypdf (apt-get install ocrmypdf), and import the PDF that makes"
        case .officeConversionFailed(let file, let reason):
            "\(file): LibreOffice could not make it into a PDF: \(reason)"
        case .workbookUnreadable(let file, let reason):
            "\(file): the workbook cannot be read: \(reason)"
        case .followUpTableInPDF(let file):
            "\(file): this PDF holds a follow-up table whose rows and columns could not be told apart in its layout; a table is read from a PDF when each row's cells start on the row's first line and its columns stand apart on every page, as in a table printed from Word or LibreOffice; give the sheet it was made from instead (.xlsx, .csv or its text)"
        case .zipArchive(let file):
            "\(file): this is a zip archive (such as the follow-up report's CSV export), not a document; unpack it and import the folder it makes (gevinst import FOLDER reads every document in it)"
        }
    }
}

/// How sure one reader was about a document.
public struct ReaderScore: Sendable, Hashable {
    public var format: String
    public var confidence: Int

    public init(format: String, confidence: Int) {
        self.format = format
        self.confidence = confidence
    }
}
