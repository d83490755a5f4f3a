import Foundation

/// Makes PDF from a document with a program installed on the machine: LibreOffice converts the DOCX (its
/// Word layout, tables and page numbers), headless Chromium prints the HTML (its A4 print CSS). Gevinst
/// writes no PDF itself.
public struct PdfConverter: Sendable {
    public enum Engine: Sendable, Hashable {
        case libreOffice(executable: String)
        case chromium(executable: String)
    }

    public let engine: Engine
    public var timeout: Duration

    public init(engine: Engine, timeout: Duration = .seconds(300)) {
        self.engine = engine
        self.timeout = timeout
    }

    /// LibreOffice (`soffice`, `libreoffice`) or Chromium (`chromium`, `chromium-browser`) on `searchPath`
    /// (PATH by default), LibreOffice preferred. Throws `PdfConverterError.notInstalled` when neither is there.
    public static func locate(searchPath: String? = nil, timeout: Duration = .seconds(300)) throws(PdfConverterError) -> PdfConverter {
        let path = searchPath ?? ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        if let office = ExternalProcess.find(["soffice", "libreoffice"], searchPath: path) {
            return PdfConverter(engine: .libreOffice(executable: office), timeout: timeout)
        }
        if let chromium = ExternalProcess.find(["chromium", "chromium-browser"], searchPath: path) {
            return PdfConverter(engine: .chromium(executable: chromium), timeout: timeout)
        }
        throw .notInstalled
    }

    /// The document as PDF: its DOCX through LibreOffice, or its HTML through Chromium.
    public func pdf(_ model: DocumentModel) throws -> Data {
        switch engine {
        case .libreOffice: try convert(DocxWriter.write(model, tableOfContents: .pageReferences), from: .docx)
        case .chromium: try convert(Data(HTMLRenderer.render(model).utf8), from: .html)
        }
    }

    public enum Source: String, Sendable {
        case html
        case docx
    }

    /// Converts an HTML or DOCX file to PDF. Chromium reads only HTML.
    public func convert(_ data: Data, from source: Source) throws(PdfConverterError) -> Data {
        switch engine {
        case .libreOffice(let executable):
            let target = source == .html ? "pdf:writer_web_pdf_Export" : "pdf"
            return try LibreOfficeConverter(executable: executable, timeout: timeout)
                .convertToFile(data, inputExtension: source.rawValue, to: target)
        case .chromium(let executable):
            guard source == .html else { throw .unsupported("Chromium prints HTML only; convert the DOCX with LibreOffice") }
            return try chromiumPrint(data, executable: executable)
        }
    }

    func chromiumPrint(_ html: Data, executable: String) throws(PdfConverterError) -> Data {
        let fileManager = FileManager.default
        let work = fileManager.temporaryDirectory.appendingPathComponent("gevinst-chromium-\(UUID().uuidString)", isDirectory: true)
        defer { try? fileManager.removeItem(at: work) }
        let input = work.appendingPathComponent("document.html")
        let output = work.appendingPathComponent("document.pdf")
        do {
            try fileManager.createDirectory(at: work, withIntermediateDirectories: true)
            try html.write(to: input)
        } catch {
            throw .io(String(describing: error))
        }
        var arguments = ["--headless", "--disable-gpu", "--no-pdf-header-footer", "--user-data-dir=" + work.appendingPathComponent("profile").path,
                         "--print-to-pdf=" + output.path, input.absoluteString]
        // Chromium refuses to run as root without this; the page is Gevinst's own, with no external requests.
        if geteuid() == 0 { arguments.insert("--no-sandbox", at: 0) }
        let command = ([executable] + arguments).joined(separator: " ")
        let result: ExternalProcess.Result
        do {
            result = try ExternalProcess.run(executable, arguments, in: work, timeout: timeout)
        } catch {
            switch error {
            case .timedOut: throw .timedOut(command: command, seconds: Int(timeout.components.seconds))
            case .couldNotStart(let message): throw .failed(command: command, status: -1, output: message)
            }
        }
        guard result.status == 0, let pdf = fileManager.contents(atPath: output.path), !pdf.isEmpty else {
            throw .failed(command: command, status: result.status, output: result.output)
        }
        return pdf
    }
}

/// Why no PDF could be made.
public enum PdfConverterError: Error, Sendable, Hashable, CustomStringConvertible {
    case notInstalled
    case unsupported(String)
    case timedOut(command: String, seconds: Int)
    case failed(command: String, status: Int32, output: String)
    case io(String)

    public var description: String {
        switch self {
        case .notInstalled:
            "PDF needs LibreOffice or Chromium, and neither soffice, libreoffice nor chromium is on PATH. On Debian or Ubuntu install one: apt-get install libreoffice-writer-nogui (or: apt-get install chromium)"
        case .unsupported(let message): message
        case .timedOut(let command, let seconds): "the conversion did not finish within \(seconds) s: \(command)"
        case .failed(let command, let status, let output):
            "the conversion failed (exit status \(status)): \(command)\n\(output.suffix(2_000))"
        case .io(let message): "could not prepare the conversion: \(message)"
        }
    }
}
