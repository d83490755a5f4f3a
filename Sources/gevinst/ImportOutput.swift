import Foundation
import GevinstCore
import GevinstImport

/// `gevinst import --out DIR`: one native proposal file per imported proposal, in a folder per document
/// (`DIR/<document>/<code or title>.json`), each written whole or not at all.
enum ImportOutput {
    /// Writes the proposals of `documents` and returns the paths written.
    static func write(_ documents: [ImportedDocument], to folder: String) throws -> [String] {
        let fileManager = FileManager.default
        var written: [String] = []
        for document in documents where !document.proposals.isEmpty {
            let stem = URL(fileURLWithPath: document.file).deletingPathExtension().lastPathComponent
            let target = URL(fileURLWithPath: folder, isDirectory: true).appendingPathComponent(fileName(stem), isDirectory: true)
            try fileManager.createDirectory(at: target, withIntermediateDirectories: true)
            var used: Set<String> = []
            for proposal in document.proposals {
                let base = fileName(proposal.code ?? proposal.title)
                var name = base
                var counter = 2
                while used.contains(name) {
                    name = "\(base)-\(counter)"
                    counter += 1
                }
                used.insert(name)
                let url = target.appendingPathComponent(name + ".json")
                try Data(NativeFormat.encode(proposal).utf8).write(to: url, options: .atomic)
                written.append(url.path)
            }
        }
        return written
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
