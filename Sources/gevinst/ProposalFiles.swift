import Foundation
import GevinstCore

/// Reading native proposal files for the commands: a missing file, an unreadable one or a malformed one
/// is reported on standard error with file, line and column, and the command exits with status 2.
enum ProposalFiles {
    static func load(_ path: String) throws(ExitWithMessage) -> Proposal {
        let url = URL(fileURLWithPath: path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw ExitWithMessage("\(path): error: no such file")
        }
        guard !isDirectory.boolValue else { throw ExitWithMessage("\(path): error: is a folder; give a proposal file (.json)") }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw ExitWithMessage("\(path): error: cannot read the file (\(FileErrorText.reason(error)))")
        }
        do {
            return try NativeFormat.decode(bytes: [UInt8](data), file: path)
        } catch {
            // Not JSON at all: an old document given where a proposal file belongs ("gevinst check 000_….txt").
            let opening = data.drop { $0 == 0xEF || $0 == 0xBB || $0 == 0xBF || $0 == 0x20 || (0x09...0x0D).contains($0) }.first
            guard let opening, opening != UInt8(ascii: "{") else {
                throw ExitWithMessage(error.description)
            }
            throw ExitWithMessage(error.description + "\n\(path): note: this is not a Gevinst proposal file (JSON); an old document "
                + "(PDF, text, Word, the catalogue) is read and checked with `gevinst import \(path)`, and `--out DIR` writes its proposals as such files")
        }
    }

    /// Writes `text` to `path` atomically (a temporary file renamed into place), so that an interrupted
    /// write never leaves half a file.
    static func writeAtomically(_ text: String, to path: String) throws(ExitWithMessage) {
        try writeAtomically(Data(text.utf8), to: path)
    }

    static func writeAtomically(_ data: Data, to path: String) throws(ExitWithMessage) {
        do {
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw ExitWithMessage("\(path): error: cannot write the file (\(FileErrorText.reason(error)))")
        }
    }
}

/// A failure already phrased for the user; the command prints it on standard error and exits with `code`.
struct ExitWithMessage: Error {
    let message: String
    let code: Int32

    init(_ message: String, code: Int32 = 2) {
        self.message = message
        self.code = code
    }
}

enum StandardError {
    static func write(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }
}
