import Foundation

/// Small text helpers the readers share: trimming, words, and the dates and price levels that headers state.
extension StringProtocol {
    /// The text without leading and trailing white space (including no-break spaces).
    var trimmedText: SubSequence {
        var start = startIndex
        var end = endIndex
        while start < end, self[start].isWhitespace { start = index(after: start) }
        while end > start {
            let before = index(before: end)
            guard self[before].isWhitespace else { break }
            end = before
        }
        return self[start..<end]
    }

    /// True when a cleaner would give the text back as it is: no space at either end, no two spaces in a row,
    /// and none of the bytes `special` picks out (what that cleaner removes or folds: tabs, markup, no-break
    /// spaces). Most lines and cells pass, and are returned without being rebuilt.
    func isSingleSpaced(without special: (UInt8) -> Bool) -> Bool {
        func scan(_ bytes: some Collection<UInt8>) -> Bool {
            var previousSpace = true
            for byte in bytes {
                let space = byte == 0x20
                if special(byte) || (space && previousSpace) { return false }
                previousSpace = space
            }
            return !previousSpace || bytes.isEmpty
        }
        // A buffer when the text has one: walking the UTF-8 view index by index costs several times more.
        return utf8.withContiguousStorageIfAvailable(scan) ?? scan(utf8)
    }

    /// The same as `lowercased()`. Text whose characters all lie below U+0100 (ASCII and Latin-1, Danish æ, ø and
    /// å included) is lowered on its bytes: A–Z and À–Þ (but ×) gain 0x20, every other character stays.
    func fastLowercased() -> String {
        let lowered: String?? = utf8.withContiguousStorageIfAvailable { bytes in
            // A lead byte from C4 up starts a character from U+0100 up: the general path.
            guard !bytes.contains(where: { $0 >= 0xC4 }) else { return nil }
            return String(unsafeUninitializedCapacity: bytes.count) { output in
                var index = 0
                while index < bytes.count {
                    let byte = bytes[index]
                    output[index] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
                    if byte == 0xC3 && index + 1 < bytes.count {
                        let next = bytes[index + 1]
                        output[index + 1] = next >= 0x80 && next <= 0x9E && next != 0x97 ? next + 0x20 : next
                        index += 1
                    }
                    index += 1
                }
                return bytes.count
            }
        }
        return (lowered ?? nil) ?? lowercased()
    }

    /// The pieces between spaces, empty ones dropped: `split(separator: " ")`.
    func splitAtSpaces() -> [SubSequence] {
        split(atASCII: { $0 == 0x20 })
    }

    /// The pieces between the ASCII characters `isSeparator` picks out, empty ones dropped: `split(whereSeparator:)`
    /// asking each character's ASCII value. Cut on bytes in one pass when the text has no carriage return (which
    /// joins a line feed into one character) and no character from U+0300 up (lead byte CC and up, the first that
    /// can join an ASCII character into one) but those `ASCIICut.joinsNothing` knows; other text is split by
    /// characters.
    func split(atASCII isSeparator: (UInt8) -> Bool) -> [SubSequence] {
        let cut: [SubSequence]?? = utf8.withContiguousStorageIfAvailable { bytes in
            let view = utf8
            var pieces: [SubSequence] = []
            var pieceStart: Int? = nil
            var from = view.startIndex
            for offset in 0..<bytes.count {
                let byte = bytes[offset]
                if byte == 0x0D || byte >= 0xCC && !ASCIICut.joinsNothing(bytes, lead: offset) { return nil }
                if isSeparator(byte) {
                    if let start = pieceStart {
                        pieces.append(self[from..<view.index(from, offsetBy: offset - start)])
                        pieceStart = nil
                    }
                } else if pieceStart == nil {
                    pieceStart = offset
                    from = view.index(view.startIndex, offsetBy: offset)
                }
            }
            if let start = pieceStart { pieces.append(self[from..<view.index(from, offsetBy: bytes.count - start)]) }
            return pieces
        }
        return (cut ?? nil) ?? split(whereSeparator: { character in character.asciiValue.map(isSeparator) ?? false })
    }

    /// True when the UTF-8 bytes of `needle` occur in the text: an exact byte search, much cheaper than
    /// Foundation's `contains`, for the key words readers look for.
    func containsBytes(_ needle: String) -> Bool {
        // A literal needle is stored as UTF-8 already: searched where it stands, with no array built per call
        // (readers ask this of most lines, often several needles each).
        firstByteOffset(of: needle) != nil
    }

    /// The range of the first occurrence of `needle`'s UTF-8 bytes, found as `containsBytes` finds it. For text
    /// folded to letters (`TextFold.letters`), which holds no combining mark, a match of bytes is a match of
    /// characters, as Foundation's `range(of:)` would find it at many times the cost.
    func byteRange(of needle: String) -> Range<Index>? {
        guard let offset = firstByteOffset(of: needle) else { return nil }
        let start = utf8.index(utf8.startIndex, offsetBy: offset)
        return start..<utf8.index(start, offsetBy: needle.utf8.count)
    }

    private func firstByteOffset(of needle: String) -> Int? {
        needle.withBytes { pattern in withBytes { buffer in ByteSearch.firstOffset(of: pattern, in: buffer) } }
    }
}

/// Cutting text at ASCII bytes as if at characters.
enum ASCIICut {
    /// True when the character whose lead byte (CC or up) stands at `index` is one that joins no neighbour into its
    /// character: U+2010–U+2027 (dashes, quotes, bullets, the ellipsis: E2 80 90–A7) and the euro sign (U+20AC,
    /// E2 82 AC), the characters from U+0300 up that the documents' prose is full of. Any other is taken to join.
    @inline(__always)
    static func joinsNothing(_ bytes: UnsafeBufferPointer<UInt8>, lead index: Int) -> Bool {
        guard bytes[index] == 0xE2, index + 2 < bytes.count else { return false }
        let second = bytes[index + 1]
        let third = bytes[index + 2]
        return (second == 0x80 && third >= 0x90 && third <= 0xA7) || (second == 0x82 && third == 0xAC)
    }
}

/// Searching bytes for bytes.
enum ByteSearch {
    /// True when `pattern` occurs in `buffer`.
    static func contains(_ buffer: UnsafeBufferPointer<UInt8>, _ pattern: [UInt8]) -> Bool {
        firstOffset(of: pattern, in: buffer) != nil
    }

    /// The offset of the first occurrence of `pattern` in `buffer` at or after `start`.
    static func firstOffset(of pattern: [UInt8], in buffer: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int? {
        pattern.withUnsafeBufferPointer { needle in firstOffset(of: needle, in: buffer, from: start) }
    }

    /// The offset of the first occurrence of `needle` in `buffer` at or after `start`.
    static func firstOffset(of needle: UnsafeBufferPointer<UInt8>, in buffer: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int? {
        guard let first = needle.first else { return start }
        guard buffer.count - start >= needle.count, let base = buffer.baseAddress else { return nil }
        let last = buffer.count - needle.count
        var index = start
        // Each candidate's first byte is found with memchr, which skips many bytes at a time.
        while index <= last, let hit = memchr(base + index, Int32(first), last + 1 - index) {
            index = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            var matched = 1
            while matched < needle.count && buffer[index + matched] == needle[matched] { matched += 1 }
            if matched == needle.count { return index }
            index += 1
        }
        return nil
    }
}

/// A year written as four digits between 1900 and 2199 ("2024"), or nil.
func fourDigitYear(_ text: some StringProtocol) -> Int? {
    guard text.utf8.count == 4, text.allSatisfy({ $0.isASCII && $0.isNumber }), let year = Int(text),
          (1900...2199).contains(year) else { return nil }
    return year
}

/// The period a heading names: a Danish month and a year, as in "Status december 2024" or "…; December 2024".
enum PeriodText {
    static let months = [
        "januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
        "november", "december",
    ]

    /// "December 2024" for any text holding a month name followed by a year; nil otherwise.
    static func monthAndYear(in text: some StringProtocol) -> String? {
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        for (position, word) in words.enumerated() where position + 1 < words.count {
            guard months.contains(String(word)), let year = fourDigitYear(words[position + 1]) else { continue }
            return word.prefix(1).uppercased() + word.dropFirst() + " \(year)"
        }
        return nil
    }
}

/// The price level a header states: "2025 p/l" (or "p/l 2025") → 2025.
enum PriceLevelText {
    static func year(in text: some StringProtocol) -> Int? {
        let words = text.lowercased().split(whereSeparator: { $0.isWhitespace || $0 == "," || $0 == "(" || $0 == ")" })
        for (position, word) in words.enumerated() where word == "p/l" || word == "pl" {
            if position > 0, let year = fourDigitYear(words[position - 1]) { return year }
            if position + 1 < words.count, let year = fourDigitYear(words[position + 1]) { return year }
        }
        return nil
    }
}
