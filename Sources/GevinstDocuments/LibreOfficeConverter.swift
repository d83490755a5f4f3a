import Foundation

/// Converts files with LibreOffice in headless mode (`soffice --headless --convert-to …`): DOCX or HTML
/// to PDF, HTML to DOCX, XLSX to CSV. By default each conversion runs with its own fresh user profile, so conversions
/// never wait on another LibreOffice instance, and the profile can be told to recalculate every formula
/// when a spreadsheet is loaded (to check that XLSX totals recompute to Gevinst's figures).
public struct LibreOfficeConverter: Sendable {
    /// The `soffice` or `libreoffice` executable.
    public let executable: String
    public var timeout: Duration
    /// A user profile to reuse across conversions (kept, not removed); nil: a fresh profile each time.
    /// Reusing one skips LibreOffice's first-start setup, but two conversions must not share it at once.
    public var profileDirectory: URL?

    public init(executable: String, timeout: Duration = .seconds(300), profileDirectory: URL? = nil) {
        self.executable = executable
        self.timeout = timeout
        self.profileDirectory = profileDirectory
    }

    /// LibreOffice on `searchPath` (PATH by default), or nil.
    public static func locate(searchPath: String? = nil) -> LibreOfficeConverter? {
        let path = searchPath ?? ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return ExternalProcess.find(["soffice", "libreoffice"], searchPath: path).map { LibreOfficeConverter(executable: $0) }
    }

    /// Converts `data` (a file with extension `inputExtension`) with the `--convert-to` argument `target`
    /// ("pdf", "docx", "csv:Text - txt - csv (StarCalc):…"), and returns every file LibreOffice wrote (a
    /// CSV export of all sheets writes one file per sheet).
    public func convert(
        _ data: Data, inputExtension: String, to target: String, recalculateOnLoad: Bool = false
    ) throws(PdfConverterError) -> [NamedFile] {
        let fileManager = FileManager.default
        let work = fileManager.temporaryDirectory.appendingPathComponent("gevinst-office-\(UUID().uuidString)", isDirectory: true)
        let profile = profileDirectory ?? work.appendingPathComponent("profile", isDirectory: true)
        let outputFolder = work.appendingPathComponent("out", isDirectory: true)
        defer { try? fileManager.removeItem(at: work) }
        let input = work.appendingPathComponent("document.\(inputExtension)")
        do {
            try fileManager.createDirectory(at: outputFolder, withIntermediateDirectories: true)
            try fileManager.createDirectory(at: profile.appendingPathComponent("user"), withIntermediateDirectories: true)
            if recalculateOnLoad {
                try Data(Self.alwaysRecalculate.utf8).write(to: profile.appendingPathComponent("user/registrymodifications.xcu"))
            }
            try data.write(to: input)
        } catch {
            throw .io(String(describing: error))
        }
        let arguments = [
            "-env:UserInstallation=" + profile.absoluteString, "--headless", "--norestore", "--nologo",
            "--nodefault", "--nolockcheck", "--convert-to", target, "--outdir", outputFolder.path, input.path,
        ]
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
        let names = ((try? fileManager.contentsOfDirectory(atPath: outputFolder.path)) ?? []).sorted()
        guard result.status == 0, !names.isEmpty else {
            throw .failed(command: command, status: result.status, output: result.output)
        }
        var files: [NamedFile] = []
        for name in names {
            guard let bytes = fileManager.contents(atPath: outputFolder.appendingPathComponent(name).path) else { continue }
            files.append(NamedFile(name: name, data: bytes))
        }
        return files
    }

    /// Converts and returns the one file written.
    public func convertToFile(_ data: Data, inputExtension: String, to target: String) throws(PdfConverterError) -> Data {
        let files = try convert(data, inputExtension: inputExtension, to: target)
        guard let first = files.first else { throw .failed(command: "soffice --convert-to \(target)", status: 0, output: "no output file") }
        return first.data
    }

    /// A profile setting: recalculate all formulas when loading an Excel 2007+ file
    /// (org.openoffice.Office.Calc/Formula/Load/OOXMLRecalcMode = 0, "always").
    static let alwaysRecalculate = """
        <?xml version="1.0" encoding="UTF-8"?>
        <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
        <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
        </oor:items>
        """
}
