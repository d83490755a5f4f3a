import Foundation

/// Turns a PDF into text with poppler's `pdftotext` (Debian package poppler-utils), found on the PATH.
/// Plain mode gives the reading order the seeds were extracted in; `-layout` keeps columns side by side.
public enum PdfText {
    public enum Mode: String, Sendable, CaseIterable {
        case plain
        case layout
    }

    /// The first PDF bytes: "%PDF-".
    public static func looksLikePDF(_ data: Data) -> Bool {
        data.prefix(5).elementsEqual("%PDF-".utf8)
    }

    /// The path of `pdftotext`, or nil when it is not installed.
    public static func toolPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        let path = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") where !folder.isEmpty {
            let candidate = "\(folder)/pdftotext"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// The longest a conversion may take before it is stopped.
    public static let timeLimitSeconds = 120.0

    /// The text of the PDF at `path`, as UTF-8 bytes. `file` names it in errors.
    public static func extract(path: String, file: String, mode: Mode) throws(ImportError) -> Data {
        guard let tool = toolPath() else { throw .pdfToolMissing(file: file) }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gevinst-pdf-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .pdfConversionFailed(file: file, reason: "cannot create a temporary folder: \(error.localizedDescription)")
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("text.txt")
        let errors = folder.appendingPathComponent("errors.txt")
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = (mode == .layout ? ["-layout"] : []) + ["-enc", "UTF-8", path, output.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        let errorHandle = FileHandle(forWritingAtPath: errors.path)
        process.standardError = errorHandle ?? FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw .pdfConversionFailed(file: file, reason: "cannot start \(tool): \(error.localizedDescription)")
        }
        let deadline = Date().addingTimeInterval(timeLimitSeconds)
        while process.isRunning {
            if Date() > deadline {
                process.terminate()
                process.waitUntilExit()
                throw .pdfConversionFailed(file: file, reason: "pdftotext took longer than \(Int(timeLimitSeconds)) seconds and was stopped")
            }
            Thread.sleep(forTimeInterval: 0.01)
        }
        try? errorHandle?.close()
        guard process.terminationStatus == 0 else {
            let message = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
            throw .pdfConversionFailed(file: file, reason: failureReason(status: process.terminationStatus, message: message))
        }
        do {
            return try Data(contentsOf: output)
        } catch {
            throw .pdfConversionFailed(file: file, reason: "no text came out: \(error.localizedDescription)")
        }
    }

    /// Why `pdftotext` failed, in plain words, with the line of its own output that says most: its last error
    /// (a damaged file gives a warning first, "May not be a PDF file", and the errors after it).
    static func failureReason(status: Int32, message: String) -> String {
        let lines = message.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let detail = lines.last { $0.localizedCaseInsensitiveContains("error") } ?? lines.first
        let plain = switch status {
        case 1: "the file is damaged, locked with a password, or not a PDF"
        case 3: "the PDF's permissions forbid copying its text"
        default: "pdftotext stopped with exit status \(status)"
        }
        return detail.map { "\(plain) (\($0))" } ?? plain
    }

    /// The text of PDF bytes (written to a temporary file for `pdftotext`).
    public static func extract(data: Data, file: String, mode: Mode) throws(ImportError) -> Data {
        let input = FileManager.default.temporaryDirectory.appendingPathComponent("gevinst-\(UUID().uuidString).pdf")
        do {
            try data.write(to: input)
        } catch {
            throw .pdfConversionFailed(file: file, reason: "cannot write a temporary copy: \(error.localizedDescription)")
        }
        defer { try? FileManager.default.removeItem(at: input) }
        return try extract(path: input.path, file: file, mode: mode)
    }
}
