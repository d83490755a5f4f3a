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

    static let units = FoldedPatternSet([
        "antal", "mio", "mia", "millioner", "kr", "kroner", "t.kr", "tkr", "pct", "procent", "%", "årsværk", "stk",
        "personer", "borgere", "medarbejdere", "måneder", "uger", "timer", "dage", "år", "pladser", "sager", "børn", "unge",
        "familier", "forløb",
    ])
    static let instructionsAtLineStart = FoldedPatternSet(["angiv ", "indsæt ", "udfyld "])
    static let instructionsInBrackets = FoldedPatternSet(["[indsæt", "[angiv", "[udfyld", "[skriv", "[beskriv"])
    static let openNoteWords = FoldedPatternSet(
        ["opdateres", "udestår", "under afklaring", "under udarbejdelse", "afventer", "mangler", "tbd"])

    /// The first hit of each kind in one text; no allocation when there is none.
    struct Hits {
        var placeholder: Hit?
        var instruction: Hit?
        var note: Hit?

        var isEmpty: Bool { placeholder == nil && instruction == nil && note == nil }
        /// In the order placeholder, instruction, editorial note.
        var all: [Hit] { [placeholder, instruction, note].compactMap { $0 } }
    }

    /// The first hit of each kind in `text`, in the order placeholder, instruction, editorial note.
    static func scan(_ text: String) -> [Hit] { hits(in: text).all }

    /// Whether `text` could hold template text at all: its first letter could begin an instruction ("Angiv",
    /// "Indsæt", "Udfyld") or it has a line break, "X", "x" or "[". Most labels and titles have none of these,
    /// and this test reads eight bytes at a time.
    static func mayContainTemplateText(_ text: String) -> Bool {
        FoldedText.withBytes(of: text) { bytes in
            let count = bytes.count
            var index = 0
            while index < count {
                let byte = bytes[index]
                if byte == 0x20 || byte == 0x09 || byte == 0x2D || byte == 0x2A { index += 1; continue }
                if byte == 0xE2 && index + 2 < count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0xA2 { index += 3; continue }
                let lower = byte | 0x20
                if lower == 0x61 || lower == 0x69 || lower == 0x75 { return true }  // a, i, u
                break
            }
            guard let base = bytes.baseAddress else { return false }
            while index + 8 <= count {
                if mayBeginTemplateText(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) { return true }
                index += 8
            }
            while index < count {
                let byte = bytes[index]
                if byte == 0x0A || byte == 0x0D || byte == 0x58 || byte == 0x78 || byte == 0x5B { return true }
                index += 1
            }
            return false
        }
    }

    /// The first hit of each kind in `text`, found in one pass: only a line start, an "X" and a "[" can begin
    /// template text, so every other byte costs a comparison.
    static func hits(in text: String) -> Hits {
        guard !text.isEmpty, mayContainTemplateText(text) else { return Hits() }
        return FoldedText.withBytes(of: text) { bytes in
            var placeholder: Hit?
            var instruction: Hit?
            var note: Hit?
            var atLineStart = true
            var index = 0
            let count = bytes.count
            while index < count {
                // Eight bytes at a time while none of them can begin template text (the usual case).
                if !atLineStart, let base = bytes.baseAddress {
                    while index + 8 <= count {
                        let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                        if mayBeginTemplateText(word) { break }
                        index += 8
                    }
                    guard index < count else { break }
                }
                let byte = bytes[index]
                if byte == 0x0A || byte == 0x0D {
                    atLineStart = true
                    index += 1
                    continue
                }
                if atLineStart {
                    // Leading spaces, tabs, "-", "*" and "•" (E2 80 A2) before an instruction.
                    if byte == 0x20 || byte == 0x09 || byte == 0x2D || byte == 0x2A {
                        index += 1
                        continue
                    }
                    if byte == 0xE2 && index + 2 < count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0xA2 {
                        index += 3
                        continue
                    }
                    atLineStart = false
                    if instruction == nil && instructionsAtLineStart.pattern(startingAt: index, in: bytes) != nil {
                        instruction = Hit(kind: .instruction, excerpt: FoldedText.excerpt(bytes, from: index, to: lineEnd(bytes, from: index), limit: 60))
                    }
                }
                if (byte == 0x58 || byte == 0x78) && placeholder == nil && isPlaceholderNumber(at: index, in: bytes) {
                    placeholder = Hit(kind: .placeholderNumber, excerpt: FoldedText.excerpt(bytes, from: index, to: lineEnd(bytes, from: index), limit: 60))
                }
                if byte == 0x5B {
                    let close = closingBracket(in: bytes, after: index)
                    if instructionsInBrackets.pattern(startingAt: index, in: bytes) != nil {
                        if instruction == nil {
                            instruction = Hit(kind: .instruction, excerpt: FoldedText.excerpt(bytes, from: index, to: (close ?? lineEnd(bytes, from: index) - 1) + 1, limit: 80))
                        }
                    } else if note == nil, let close, containsOpenNoteWord(bytes, from: index + 1, to: close) {
                        note = Hit(kind: .editorialNote, excerpt: FoldedText.excerpt(bytes, from: index, to: close + 1, limit: 100))
                    }
                }
                index += 1
            }
            return Hits(placeholder: placeholder, instruction: instruction, note: note)
        }
    }

    /// Whether any of eight bytes is a line break, "X", "x" or "[", the only bytes after which template text
    /// can start (a byte-wise zero test on the word XOR each byte repeated).
    @inline(__always)
    private static func mayBeginTemplateText(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func contains(_ byte: UInt8) -> Bool {
            let difference = word ^ (ones &* UInt64(byte))
            return (difference &- ones) & ~difference & highs != 0
        }
        return contains(0x0A) || contains(0x0D) || contains(0x58) || contains(0x78) || contains(0x5B)
    }

    /// The offset of the end of the line containing `start`.
    private static func lineEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var end = start
        while end < bytes.count && bytes[end] != 0x0A && bytes[end] != 0x0D { end += 1 }
        return end
    }

    private static func isX(_ byte: UInt8) -> Bool { byte == 0x58 || byte == 0x78 }

    /// Whether the "X" at `index` is a word of its own ("X", "XX", "X,X", "xx") followed by a unit.
    private static func isPlaceholderNumber(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        guard index == 0 || !FoldedText.isWordByte(bytes[index - 1]) else { return false }
        var end = index
        var upper = 0
        var lower = 0
        while end < count {
            let byte = bytes[end]
            if byte == 0x58 {
                upper += 1
            } else if byte == 0x78 {
                lower += 1
            } else if !((byte == 0x2C || byte == 0x2E) && end > index && end + 1 < count && isX(bytes[end + 1])) {
                break
            }
            end += 1
        }
        let isPlaceholder = (upper >= 1 && lower == 0 && upper <= 4) || (lower >= 2 && upper == 0 && lower <= 4)
        guard isPlaceholder, end < count, !FoldedText.isWordByte(bytes[end]) else { return false }
        var unitStart = end
        while unitStart < count && (bytes[unitStart] == 0x20 || bytes[unitStart] == 0x09) { unitStart += 1 }
        if unitStart + 1 < count && bytes[unitStart] == 0xC2 && bytes[unitStart + 1] == 0xA0 { unitStart += 2 }
        guard unitStart < count else { return false }
        for unit in units.patterns where FoldedText.matches(unit, in: bytes, at: unitStart) {
            let after = unitStart + unit.bytes.count
            if after < count && unit.bytes != [0x25] && FoldedText.isWordByte(bytes[after]) { continue }
            return true
        }
        return false
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

    private static func containsOpenNoteWord(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        guard start < end else { return false }
        let inner = UnsafeBufferPointer(rebasing: bytes[start..<end])
        for offset in 0..<inner.count where openNoteWords.pattern(startingAt: offset, in: inner) != nil { return true }
        return false
    }
}
