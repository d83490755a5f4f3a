import Foundation
import GevinstCore
import GevinstImport

/// `gevinst import --out DIR`: one native proposal file per imported proposal, in a folder per document
/// (`DIR/<document>/<code or title>.json`), each written whole or not at all.
enum ImportOutput {
    /// Writes the proposals of `documents` and returns the paths written. A failure names the file or folder and
    /// says how many proposal files were written before it (each of those whole).
    static func write(_ documents: [ImportedDocument], to folder: String) throws(ExitWithMessage) -> [String] {
        var written: [String] = []
        func failure(_ path: String, _ what: String, _ error: any Error) -> ExitWithMessage {
            ExitWithMessage("gevinst import: cannot \(what) \(path) (\(FileErrorText.reason(error))); "
                + "\(count(written.count)) \(written.count == 1 ? "was" : "were") written to \(folder) before it")
        }
        // Two documents of one name ("2021/forslag.txt" and "2022/forslag.txt", or a PDF beside its text) get a
        // folder each: the second is "forslag-2", so that neither's proposal files replace the other's.
        var usedFolders: Set<String> = []
        for document in documents where !document.proposals.isEmpty {
            let stem = URL(fileURLWithPath: document.file).deletingPathExtension().lastPathComponent
            let folderName = unused(fileName(stem), in: &usedFolders)
            let target = URL(fileURLWithPath: folder, isDirectory: true).appendingPathComponent(folderName, isDirectory: true)
            do {
                try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
            } catch {
                throw failure(target.path, "create the folder", error)
            }
            var used: Set<String> = []
            for proposal in document.proposals {
                let name = unused(fileName(proposal.code ?? proposal.title), in: &used)
                let url = target.appendingPathComponent(name + ".json")
                do {
                    try Data(NativeFormat.encode(proposal).utf8).write(to: url, options: .atomic)
                } catch {
                    throw failure(url.path, "write", error)
                }
                written.append(url.path)
            }
        }
        return written
    }

    /// "1 proposal file", "3 proposal files".
    static func count(_ files: Int) -> String {
        files == 1 ? "1 proposal file" : "\(files) proposal files"
    }

    /// `base`, or `base-2`, `base-3`… when it is taken; the name returned is taken from then on. Names are compared
    /// without regard to case, as on a Windows or macOS disk.
    static func unused(_ base: String, in used: inout Set<String>) -> String {
        var name = base
        var counter = 2
        while used.contains(name.lowercased()) {
            name = "\(base)-\(counter)"
            counter += 1
        }
        used.insert(name.lowercased())
        return name
    }

    /// A file name from a code or title: "SI/UD03" → "SI-UD03", "Øget brug af …" → "oeget-brug-af-…"; letters
    /// and digits kept (æ, ø, å spelt out), anything else one hyphen, at most 60 characters.
    static func fileName(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "æ": result += "ae"
            case "Æ": result += "AE"
            case "ø": result += "oe"
            case "Ø": result += "OE"
            case "å": result += "aa"
            case "Å": result += "AA"
            default:
                if character.isASCII && (character.isLetter || character.isNumber) {
                    result.append(character)
                } else if !result.isEmpty && !result.hasSuffix("-") {
                    result += "-"
                }
            }
            if result.count >= 60 { break }
        }
        while result.hasSuffix("-") { result.removeLast() }
        return result.isEmpty ? "proposal" : result
    }
}
