import Foundation
import GevinstCore

/// Unfinished template text left in a proposal (DOMAIN.md §8: "X antal", "Angiv succeskriterium 2",
/// "[Tabelnummer opdateres]"). Seed 003 has "X antal støttefamilier rekrutteres" in BU01's follow-up table
/// (line 168), "Angiv succeskriterium 2." and "… 3." in HA05's (lines 2434–2435), and the open note "[Lokation
/// er pt. under afklaring]" above HA01 and HA03 (lines 1849, 2144), which no field of the proposal holds.
///
/// The rule ids are those of Core's `TemplateChecks` (`template.placeholder-number`, `template.instruction`,
/// `template.editorial-note`, docs/rules.md): Core finds the same text inside the proposal's fields, without a
/// source line; the reader's finding carries the line, and finds what stands outside any field.
enum TemplateTextScanner {
    struct Marker: Sendable, Hashable {
        /// The text, compared case-sensitively where `caseSensitive` (so "X antal" but not "x antal").
        var text: String
        var caseSensitive: Bool
        var rule: RuleID
        var severity: Severity
        var explanation: String
    }

    /// The markers; configuration as data.
    static let markers: [Marker] = [
        Marker(text: "X antal", caseSensitive: true, rule: "template.placeholder-number", severity: .warning,
               explanation: "a number left as \"X\""),
        Marker(text: "XX", caseSensitive: true, rule: "template.placeholder-number", severity: .warning,
               explanation: "a placeholder \"XX\""),
        Marker(text: "[Tabelnummer opdateres]", caseSensitive: false, rule: "template.editorial-note", severity: .warning,
               explanation: "a table number not yet filled in"),
        Marker(text: "Angiv succeskriterium", caseSensitive: false, rule: "template.instruction", severity: .warning,
               explanation: "the template's instruction to state a success criterion"),
        Marker(text: "[Indsæt", caseSensitive: false, rule: "template.instruction", severity: .warning,
               explanation: "the template's instruction to insert text"),
        Marker(text: "Skriv her", caseSensitive: false, rule: "template.instruction", severity: .warning,
               explanation: "the template's instruction to write here"),
    ]

    /// Bracketed notes that are part of the document's meaning, not loose ends.
    static let expectedNotes: Set<String> = ["nyt forslag", "offentlig version", "forslaget er fortsat under udarbejdelse"]

    /// Findings for lines `range` (0-based indices) of a proposal.
    static func scan(_ lines: [Substring], range: Range<Int>, proposal: String?) -> [Finding] {
        var findings: [Finding] = []
        for index in range where index >= 0 && index < lines.count {
            let line = lines[index]
            // Most lines hold no marker: look at the raw line before cleaning it.
            guard mayHoldMarker(line) else { continue }
            let text = MarkdownInline.clean(line)
            guard !text.isEmpty else { continue }
            // The markers compared without case all hold "[" or "iv " (as "Angiv succeskriterium", "Skriv her"), which
            // lower-casing makes from nothing else: other lines are not lower-cased.
            let lower = mayHoldUncasedMarker(text) ? text.fastLowercased() : nil
            var marked = false
            for marker in markers where matches(marker, in: text, lower: lower) {
                marked = true
                findings.append(Finding(
                    rule: marker.rule, severity: marker.severity, proposal: proposal, line: index + 1,
                    message: "unfinished template text: \(marker.explanation) in \"\(excerpt(text, around: marker.text))\""))
            }
            let bare = MarkdownInline.clean(line.drop(while: { $0 == "#" || $0 == " " }))
            if !marked, bare.hasPrefix("["), bare.hasSuffix("]"), bare.count > 2 {
                let note = String(bare.dropFirst().dropLast())
                if !expectedNotes.contains(MarkdownInline.key(note)) {
                    findings.append(Finding(
                        rule: "template.editorial-note", severity: .warning, proposal: proposal, line: index + 1,
                        message: "the proposal still carries the note \"\(bare)\""))
                }
            }
        }
        return findings
    }

    /// One pass over the bytes: an "X" or "[" (placeholders, notes) or "ngiv"/"kriv" (instructions).
    static func mayHoldMarker(_ line: Substring) -> Bool {
        line.withBytes { bytes in
            guard let base = bytes.baseAddress else { return false }
            // memchr skips many bytes at a time; most lines hold no "X" or "[", and few a "v".
            if bytes.holds(UInt8(ascii: "X")) || bytes.holds(UInt8(ascii: "[")) {
                return true
            }
            var index = 0
            while index < bytes.count, let hit = memchr(base + index, Int32(UInt8(ascii: "v")), bytes.count - index) {
                index = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if index >= 3 && bytes[index - 1] == UInt8(ascii: "i") {
                    let (first, second) = (bytes[index - 3], bytes[index - 2])
                    if first == UInt8(ascii: "n") && second == UInt8(ascii: "g") || first == UInt8(ascii: "k") && second == UInt8(ascii: "r") {
                        return true
                    }
                }
                index += 1
            }
            return false
        }
    }

    /// True when the text holds "[" or "iv " in any case.
    private static func mayHoldUncasedMarker(_ text: String) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in text.utf8 {
            if byte == UInt8(ascii: "[") { return true }
            if byte == 0x20 && previous.0 | 0x20 == UInt8(ascii: "i") && previous.1 | 0x20 == UInt8(ascii: "v") { return true }
            previous = (previous.1, byte)
        }
        return false
    }

    private static func matches(_ marker: Marker, in text: String, lower: String?) -> Bool {
        if marker.caseSensitive {
            // Bytes first: where the characters match, the bytes do, and most lines hold neither.
            guard text.containsBytes(marker.text), let range = text.firstRange(of: marker.text) else { return false }
            // Whole words only: "XX" must not match inside "XXL", "X antal" must start a word.
            let before = range.lowerBound > text.startIndex ? text[text.index(before: range.lowerBound)] : " "
            let after = range.upperBound < text.endIndex ? text[range.upperBound] : " "
            return !before.isLetter && !after.isLetter
        }
        return lower?.containsBytes(marker.text.lowercased()) ?? false
    }

    private static func excerpt(_ text: String, around marker: String) -> String {
        text.count <= 90 ? text : String(text.prefix(87)) + "…"
    }
}
