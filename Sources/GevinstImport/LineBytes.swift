import Foundation

/// Byte-level scanning of lines. Readers look at every line of documents of up to hundreds of megabytes,
/// several times (each reader's confidence, then the chosen reader), so the common questions — blank? a tab?
/// the words? the cells? — are answered on the UTF-8 bytes, never on grapheme clusters.
extension UInt8 {
    /// "0"–"9".
    @inline(__always)
    var isASCIIDigit: Bool { self &- 0x30 < 10 }

    /// "A"–"Z" or "a"–"z": one range once bit 0x20 is set.
    @inline(__always)
    var isASCIILetter: Bool { (self | 0x20) &- 0x61 < 26 }
}

extension StringProtocol {
    /// Runs `body` on the text's UTF-8 bytes (copied only when the text is not stored as UTF-8).
    @inline(__always)
    func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(utf8).withUnsafeBufferPointer(body)
    }
}

extension Substring {

    /// The substring between two byte offsets of this line.
    @inline(__always)
    func bytes(_ start: Int, _ end: Int) -> Substring {
        let view = utf8
        let from = view.index(view.startIndex, offsetBy: start)
        let to = view.index(from, offsetBy: end - start)
        return self[from..<to]
    }

    /// True when the text is empty or only white space.
    var isBlankText: Bool {
        let ascii: Bool? = withBytes { buffer in
            for byte in buffer {
                switch byte {
                case 0x09...0x0D, 0x20: continue
                case 0x80...: return nil
                default: return false
                }
            }
            return true
        }
        return ascii ?? allSatisfy(\.isWhitespace)
    }

    /// True when the text holds the ASCII character `byte`.
    func containsByte(_ byte: UInt8) -> Bool {
        withBytes { buffer in buffer.contains(byte) }
    }

    /// True when the text starts with `prefix`, compared byte by byte.
    func hasBytePrefix(_ prefix: StaticString) -> Bool {
        withBytes { buffer in
            guard buffer.count >= prefix.utf8CodeUnitCount else { return false }
            for offset in 0..<prefix.utf8CodeUnitCount where buffer[offset] != prefix.utf8Start[offset] { return false }
            return true
        }
    }

    /// The text without leading and trailing white space, found on bytes.
    var trimmedBytes: Substring {
        let range: (Int, Int) = withBytes { buffer in
            var start = 0
            var end = buffer.count
            while start < end {
                let width = Substring.whitespaceWidth(buffer, at: start)
                if width == 0 { break }
                start += width
            }
            while end > start {
                let width = Substring.whitespaceWidthEnding(buffer, at: end)
                if width == 0 { break }
                end -= width
            }
            return (start, end)
        }
        return range == (0, utf8.count) ? self : bytes(range.0, range.1)
    }

    /// The cells of a tab-separated line, empty cells kept.
    var tabCells: [Substring] {
        let bounds: [Int] = withBytes { buffer in
            var tabs: [Int] = []
            for (offset, byte) in buffer.enumerated() where byte == 0x09 { tabs.append(offset) }
            return tabs
        }
        var cells: [Substring] = []
        cells.reserveCapacity(bounds.count + 1)
        var start = 0
        for tab in bounds {
            cells.append(bytes(start, tab))
            start = tab + 1
        }
        cells.append(bytes(start, utf8.count))
        return cells
    }

    /// The words of the text, split at white space: ASCII spaces and tabs, the no-break space and the
    /// typographic spaces PDF text uses.
    var words: [Substring] {
        let ranges: [(Int, Int)] = withBytes { buffer in
            var result: [(Int, Int)] = []
            var index = 0
            var wordStart = -1
            while index < buffer.count {
                let width = Substring.whitespaceWidth(buffer, at: index)
                if width > 0 {
                    if wordStart >= 0 {
                        result.append((wordStart, index))
                        wordStart = -1
                    }
                    index += width
                } else {
                    if wordStart < 0 { wordStart = index }
                    index += 1
                }
            }
            if wordStart >= 0 { result.append((wordStart, buffer.count)) }
            return result
        }
        return ranges.map { bytes($0.0, $0.1) }
    }

    /// True when the line could be a table header with years: it holds "kr" (any case) and eight digits.
    var mayHoldUnitAndYears: Bool { withBytes { $0.mayHoldUnitAndYears } }

    /// True when the line ends in two four-digit numbers.
    var endsWithTwoYears: Bool { withBytes { $0.endsWithTwoYears } }

    /// True when the line holds "kr" in any case.
    var holdsKr: Bool { withBytes { $0.holdsKr } }

    /// The byte length of the white-space character starting at `index`, or 0: ASCII white space, the
    /// no-break space (C2 A0), U+2000–U+200A, U+202F, U+205F and U+3000.
    static func whitespaceWidth(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = buffer[index]
        if byte == 0x20 || (0x09...0x0D).contains(byte) { return 1 }
        if byte < 0xC2 { return 0 }
        if byte == 0xC2 { return index + 1 < buffer.count && buffer[index + 1] == 0xA0 ? 2 : 0 }
        guard byte == 0xE2 || byte == 0xE3, index + 2 < buffer.count else { return 0 }
        return isWideSpace(byte, buffer[index + 1], buffer[index + 2]) ? 3 : 0
    }

    /// The byte length of the white-space character ending just before `end`, or 0.
    static func whitespaceWidthEnding(_ buffer: UnsafeBufferPointer<UInt8>, at end: Int) -> Int {
        let last = buffer[end - 1]
        if last == 0x20 || (0x09...0x0D).contains(last) { return 1 }
        if last == 0xA0 && end >= 2 && buffer[end - 2] == 0xC2 { return 2 }
        if end >= 3 && isWideSpace(buffer[end - 3], buffer[end - 2], last) { return 3 }
        return 0
    }

    private static func isWideSpace(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> Bool {
        switch (a, b) {
        case (0xE2, 0x80): return (0x80...0x8A).contains(c) || c == 0xAF
        case (0xE2, 0x81): return c == 0x9F
        case (0xE3, 0x80): return c == 0x80
        default: return false
        }
    }
}

extension TextDocument {
    /// Calls `body` with each line's index (0-based) and UTF-8 bytes until it returns false. The lines are the
    /// byte ranges `TextDocument` found when it split the text, so the indices match `lines`, and no line is
    /// copied or reference counted. A line cut at `maxLineLength` is given whole here; callers that need the
    /// cut line use `lines`.
    func scanLines(_ body: (Int, UnsafeBufferPointer<UInt8>) -> Bool) {
        let whole = lines.text.utf8.withContiguousStorageIfAvailable { buffer -> Bool in
            for (number, bound) in lines.bounds.enumerated() where !body(number, UnsafeBufferPointer(rebasing: buffer[bound])) {
                break
            }
            return true
        }
        if whole == true { return }
        // Text not stored as contiguous UTF-8: line by line.
        for (number, line) in lines.enumerated() where !line.withBytes({ body(number, $0) }) { return }
    }
}

extension UnsafeBufferPointer where Element == UInt8 {
    /// The number of times `byte` occurs, counting no further than `limit` (found with `memchr`).
    func count(of byte: UInt8, upTo limit: Int) -> Int {
        guard let base = baseAddress else { return 0 }
        var found = 0
        var position = 0
        while found < limit, position < count,
              let hit = memchr(base + position, Int32(byte), count - position) {
            found += 1
            position = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) + 1
        }
        return found
    }

    /// The number of runs of bytes other than the space, as `split(separator: " ")` counts the words of ASCII
    /// text, counting no further than `limit`.
    func spaceSeparatedWords(upTo limit: Int = .max) -> Int {
        var words = 0
        var inWord = false
        for byte in self {
            if byte == 0x20 {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
                if words >= limit { break }
            }
        }
        return words
    }

    /// True when `byte` occurs (found with `memchr`).
    func holds(_ byte: UInt8) -> Bool {
        count(of: byte, upTo: 1) > 0
    }

    /// The bytes after leading ASCII spaces and tabs.
    var afterLeadingSpaces: UnsafeBufferPointer<UInt8> {
        var start = 0
        while start < count, self[start] == 0x20 || self[start] == 0x09 { start += 1 }
        return UnsafeBufferPointer(rebasing: self[start...])
    }

    /// True when the bytes start with `prefix`.
    func starts(with prefix: StaticString) -> Bool {
        guard count >= prefix.utf8CodeUnitCount else { return false }
        for offset in 0..<prefix.utf8CodeUnitCount where self[offset] != prefix.utf8Start[offset] { return false }
        return true
    }

    /// True when the line could be a table header with years ("Mio. kr. 2019 2020 2021 2022"): it ends in two
    /// four-digit numbers and holds "kr" in any case. Looks at the end of the line first, so that prose costs
    /// almost nothing.
    var mayHoldUnitAndYears: Bool {
        guard let end = startOfTwoFinalNumbers else { return false }
        return UnsafeBufferPointer(rebasing: self[0..<end]).holdsKr
    }

    /// True when the bytes hold "kr" in any case, as every unit of amounts does ("kr.", "mio. kr.", "t.kr.").
    var holdsKr: Bool {
        var previous: UInt8 = 0
        for byte in self {
            if (byte | 0x20) == 0x72 && (previous | 0x20) == 0x6B { return true }
            previous = byte
        }
        return false
    }

    /// True when the line ends in two four-digit numbers, as a header of years does ("2019 2020 2021 2022").
    var endsWithTwoYears: Bool { startOfTwoFinalNumbers != nil }

    /// The offset where the line's last two four-digit numbers (each after a blank) start, or nil.
    private var startOfTwoFinalNumbers: Int? {
        var end = count
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D }
        for _ in 0..<2 {
            while end > 0, isSpace(self[end - 1]) { end -= 1 }
            guard end >= 5, self[end - 1].isASCIIDigit, self[end - 2].isASCIIDigit, self[end - 3].isASCIIDigit, self[end - 4].isASCIIDigit,
                  isSpace(self[end - 5]) else { return nil }
            end -= 5
        }
        return end
    }
}
