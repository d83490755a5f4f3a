import Foundation
import GevinstCore

/// Unfinished template text: "X antal dagbehandlingselever" (000 BU05), "[Tabelnummer opdateres]" (001),
/// "Angiv succeskriterium 2" (the template's own instruction), "[Indsæt …]", "xx mio. kr.".
enum TemplateTextDetector {
    static func findings(_ lines: ArraySlice<PdfLine>, proposal: String?) -> [Finding] {
        var result: [Finding] = []
        for line in lines where line.isContent && mayMatch(line.text) {
            let text = line.trimmed.collapsingSpaces()
            if let match = match(text) {
                result.append(Finding(
                    rule: "template.unfinished-text", severity: .warning, proposal: proposal, line: line.number,
                    message: "Unfinished template text: '\(match)'."))
            }
        }
        return result
    }

    /// A quick look at the bytes: only lines with an "X"/"x" word or a "[", or that open with "Angiv", can match.
    /// Read on the line's own buffer. An "X" counts after any blank `collapsingSpaces` turns into a space (ASCII,
    /// or the last byte of a no-break or thin space), so that no line `match` would accept is passed over.
    static func mayMatch(_ text: String) -> Bool {
        text.withBytes { bytes in
            var previous: UInt8 = 0x20
            var atStart = true
            for (index, byte) in bytes.enumerated() {
                if byte == 0x5B { return true }
                if byte == 0x58 || byte == 0x78, endsBlank(previous) { return true }
                if atStart && byte != 0x20 && byte != 0x09 {
                    if byte == 0x41 && bytes[index...].starts(with: angiv) { return true }
                    atStart = false
                }
                previous = byte
            }
            return false
        }
    }

    private static let angiv = Array("Angiv".utf8)

    /// True when `byte` can end a blank: ASCII white space, or the last byte of U+00A0, U+2007, U+2009, U+200A
    /// or U+202F.
    private static func endsBlank(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x20, 0x09...0x0D, 0xA0, 0x87, 0x89, 0x8A, 0xAF: true
        default: false
        }
    }

    static func match(_ text: String) -> String? {
        // Looked at byte by byte first: most lines have neither an "X" nor a "[".
        let utf8 = text.utf8
        let hasX = utf8.contains(0x58) || utf8.contains(0x78)
        let hasBracket = utf8.contains(0x5B)
        if !hasX && !hasBracket && !text.hasPrefix("Angiv ") { return nil }
        let words = hasX ? text.split(separator: " ").map(String.init) : []
        for (index, word) in words.enumerated() {
            if (word == "X" || word == "XX" || word == "xx") && index + 1 < words.count {
                let next = words[index + 1].lowercased()
                if ["antal", "mio.", "kr.", "t.kr.", "borgere", "årsværk", "pct.", "%"].contains(next) {
                    return words[index...].prefix(4).joined(separator: " ")
                }
            }
        }
        if text.hasPrefix("Angiv ") || text.hasPrefix("[Angiv") { return text }
        for marker in ["[Tabelnummer", "[Indsæt", "[Skriv", "[Tekst", "[Titel", "[Navn"] where hasBracket {
            if let range = text.range(of: marker) {
                let tail = text[range.lowerBound...]
                let end = tail.firstIndex(of: "]").map { tail.index(after: $0) } ?? tail.endIndex
                return String(tail[..<end])
            }
        }
        return nil
    }
}
