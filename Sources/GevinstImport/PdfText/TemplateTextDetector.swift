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
    /// Read on the line's own buffer. An "X" counts at the start or after any `Blank` (which `collapsingSpaces`
    /// turns into the space `match` splits at), so that no line `match` would accept is passed over.
    static func mayMatch(_ text: String) -> Bool {
        text.withBytes { bytes in
            var atStart = true
            for (index, byte) in bytes.enumerated() {
                if byte == 0x5B { return true }
                if byte == 0x58 || byte == 0x78, index == 0 || Blank.width(endingAt: index, in: bytes) > 0 { return true }
                if atStart && byte != 0x20 && byte != 0x09 {
                    if byte == 0x41 && bytes[index...].starts(with: angiv) { return true }
                    atStart = false
                }
            }
            return false
        }
    }

    private static let angiv = Array("Angiv".utf8)

    static func match(_ text: String) -> String? {
        // Looked at byte by byte first: most lines have neither an "X" nor a "[".
        let utf8 = text.utf8
        let hasX = utf8.contains(0x58) || utf8.contains(0x78)
        let hasBracket = utf8.contains(0x5B)
        if !hasX && !hasBracket && !text.hasPrefix("Angiv ") { return nil }
        let words = hasX ? text.splitAtSpaces().map(String.init) : []
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
