/// Finds unfinished template text in one text field, byte by byte and without allocating unless it finds
/// some (the seeds' examples: "X antal dagbehandlingselever" in 000 BU05, "X antal støttefamilier rekrutteres"
/// in 003 BU01, "Angiv succeskriterium 2." in 003 HA05, "[Tabelnummer opdateres]" in 001,
/// "[Forslaget er fortsat under udarbejdelse]" in 000).
///
/// Care against false positives: an "X" counts as a placeholder only where a number belongs, i.e. when it is a
/// word of its own ("X", "XX", "X,X", "xx") followed by a unit or counting word ("antal", "mio.", "kr.", "%",
/// "årsværk", "borgere" …). The X marks of an implementation plan ("Opstart X X") and a lower-case "x" used as
/// a multiplication sign ("8 unge x 3 måneder") are not.
enum TemplateTextScanner {
    enum Kind: Sendable, Hashable, CaseIterable {
        /// "X antal", "XX mio. kr.": a placeholder where a number belongs.
        case placeholderNumber
        /// "Angiv succeskriterium 2", "[Indsæt …]": the template's instruction to the author.
        case instruction
        /// "[Tabelnummer opdateres]", "[… under afklaring]": a bracketed note that something is still open.
        case editorialNote
    }

    struct Hit {
        let kind: Kind
        let excerpt: String
    }

    static let units: [FoldedPattern] = [
        "antal", "mio", "mia", "millioner", "kr", "kroner", "t.kr", "tkr", "pct", "procent", "%", "årsværk", "stk", "personer", "borgere",
        "medarbejdere", "måneder", "uger", "timer", "dage", "år", "pladser", "sager", "børn", "unge", "familier", "forløb",
    ].map(FoldedPattern.init)
    static let instructionsAtLineStart: [FoldedPattern] = ["angiv ", "indsæt ", "udfyld "].map(FoldedPattern.init)
    static let instructionsInBrackets: [FoldedPattern] =
        ["[indsæt", "[angiv", "[udfyld", "[skriv", "[beskriv"].map(FoldedPattern.init)
    static let openNoteWords: [FoldedPattern] =
        ["opdateres", "udestår", "under afklaring", "under udarbejdelse", "afventer", "mangler", "tbd"].map(FoldedPattern.init)

    /// The first hit of each kind in `text`.
    static func scan(_ text: String) -> [Hit] {
        guard !text.isEmpty else { return [] }
        return FoldedText.withBytes(of: text) { bytes in
            var hits: [Hit] = []
            if let hit = placeholderNumber(in: bytes) { hits.append(hit) }
            if let hit = instruction(in: bytes) { hits.append(hit) }
            if let hit = editorialNote(in: bytes) { hits.append(hit) }
            return hits
        }
    }

    /// The offset of the end of the line containing `start`.
    private static func lineEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var end = start
        while end < bytes.count && bytes[end] != 0x0A && bytes[end] != 0x0D { end += 1 }
        return end
    }

    private static func isX(_ byte: UInt8) -> Bool { byte == 0x58 || byte == 0x78 }

    private static func placeholderNumber(in bytes: UnsafeBufferPointer<UInt8>) -> Hit? {
        let count = bytes.count
        var index = 0
        while index < count {
            defer { index += 1 }
            guard isX(bytes[index]), index == 0 || !FoldedText.isWordByte(bytes[index - 1]) else { continue }
            var end = index
            var upper = 0
            var lower = 0
            while end < count {
                let byte = bytes[end]
                if byte == 0x58 { upper += 1 } else if byte == 0x78 { lower += 1 }
                else if (byte == 0x2C || byte == 0x2E) && end + 1 < count && isX(bytes[end + 1]) && end > index {}
                else { break }
                end += 1
            }
            let isPlaceholder = (upper >= 1 && lower == 0 && upper <= 4) || (lower >= 2 && upper == 0 && lower <= 4)
            guard isPlaceholder, end < count, !FoldedText.isWordByte(bytes[end]) else { continue }
            var unitStart = end
            while unitStart < count && (bytes[unitStart] == 0x20 || bytes[unitStart] == 0x09) { unitStart += 1 }
            if unitStart + 1 < count && bytes[unitStart] == 0xC2 && bytes[unitStart + 1] == 0xA0 { unitStart += 2 }
            for unit in units where FoldedText.matches(unit, in: bytes, at: unitStart) {
                let after = unitStart + unit.bytes.count
                if after < count && unit.bytes != [0x25] && FoldedText.isWordByte(bytes[after]) { continue }
                return Hit(kind: .placeholderNumber, excerpt: FoldedText.excerpt(bytes, from: index, to: lineEnd(bytes, from: index), limit: 60))
            }
        }
        return nil
    }

    private static func instruction(in bytes: UnsafeBufferPointer<UInt8>) -> Hit? {
        let count = bytes.count
        var lineStart = 0
        while lineStart < count {
            var start = lineStart
            while start < count, bytes[start] == 0x20 || bytes[start] == 0x09 || bytes[start] == 0x2D || bytes[start] == 0x2A {
                start += 1
            }
            // "•" is E2 80 A2.
            if start + 2 < count && bytes[start] == 0xE2 && bytes[start + 1] == 0x80 && bytes[start + 2] == 0xA2 {
                start += 3
                while start < count && bytes[start] == 0x20 { start += 1 }
            }
            for pattern in instructionsAtLineStart where FoldedText.matches(pattern, in: bytes, at: start) {
                return Hit(kind: .instruction, excerpt: FoldedText.excerpt(bytes, from: start, to: lineEnd(bytes, from: start), limit: 60))
            }
            let end = lineEnd(bytes, from: lineStart)
            lineStart = end + 1
        }
        for pattern in instructionsInBrackets {
            if let offset = FoldedText.firstOffset(of: pattern, in: bytes) {
                let close = closingBracket(in: bytes, after: offset) ?? lineEnd(bytes, from: offset)
                return Hit(kind: .instruction, excerpt: FoldedText.excerpt(bytes, from: offset, to: close + 1, limit: 80))
            }
        }
        return nil
    }

    private static func closingBracket(in bytes: UnsafeBufferPointer<UInt8>, after open: Int) -> Int? {
        var index = open + 1
        while index < bytes.count && index - open <= 400 {
            if bytes[index] == 0x5D { return index }
            if bytes[index] == 0x5B { return nil }
            index += 1
        }
        return nil
    }

    private static func editorialNote(in bytes: UnsafeBufferPointer<UInt8>) -> Hit? {
        var index = 0
        while index < bytes.count {
            defer { index += 1 }
            guard bytes[index] == 0x5B, let close = closingBracket(in: bytes, after: index) else { continue }
            let inner = UnsafeBufferPointer(rebasing: bytes[(index + 1)..<close])
            if instructionsInBrackets.contains(where: { FoldedText.matches($0, in: bytes, at: index) }) { continue }
            for word in openNoteWords where FoldedText.firstOffset(of: word, in: inner) != nil {
                return Hit(kind: .editorialNote, excerpt: FoldedText.excerpt(bytes, from: index, to: close + 1, limit: 100))
            }
        }
        return nil
    }
}
