import Foundation

/// The formats a document renders to.
public enum DocumentFormat: String, Sendable, Hashable, CaseIterable {
    case html
    case docx
    case xlsx
    case csv
    case pdf

    public var fileExtension: String { rawValue }
}

/// What rendering produced: one file, or several (CSV: one file per table).
public enum RenderedOutput: Sendable, Hashable {
    case file(Data)
    case files([NamedFile])
}

/// Renders a `DocumentModel` to any `DocumentFormat`.
public enum DocumentRenderer {
    /// HTML, DOCX, XLSX and CSV are written by Gevinst; PDF goes through `pdfConverter` (located on PATH
    /// when not given), which throws `PdfConverterError.notInstalled` naming the packages to install.
    public static func render(_ model: DocumentModel, as format: DocumentFormat, pdfConverter: PdfConverter? = nil) throws -> RenderedOutput {
        switch format {
        case .html: return .file(Data(HTMLRenderer.render(model).utf8))
        case .docx: return .file(try DocxWriter.write(model))
        case .xlsx: return .file(try XlsxWriter.write(model))
        case .csv: return .files(CsvWriter.files(model))
        case .pdf:
            let converter = try pdfConverter ?? PdfConverter.locate()
            return .file(try converter.pdf(model))
        }
    }
}
