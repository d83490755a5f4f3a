/// Case-insensitive search in UTF-8 text without allocating, for the checks' word lists ("besparelse",
/// "X antal", "[… opdateres]"). Folding covers ASCII and the Latin-1 letters Danish uses (Æ Ø Å É …), which is
/// all the municipal documents need; the checks run on every proposal of a portfolio, so they must not build
/// lowercased copies of every label.
struct FoldedPattern: Sendable, Hashable {
    /// The pattern's UTF-8 bytes, folded to lower case.
    let bytes: [UInt8]
    /// The pattern as given, for messages.
    let text: String

    init(_ text: String) {
        self.text = text
        var folded: [UInt8] = []
        var previous: UInt8 = 0
        for byte in text.utf8 {
            folded.append(FoldedText.fold(byte, after: previous))
            previous = byte
        }
        self.bytes = folded
    }
}

enum FoldedText {
    /// The lower-case form of `byte`, given the byte before it (UTF-8 capitals À–Þ are C3 80–C3 9E).
    @inline(__always)
    static func fold(_ byte: UInt8, after previous: UInt8) -> UInt8 {
        if byte >= 0x41 && byte <= 0x5A { return byte &+ 0x20 }
        if previous == 0xC3 && byte >= 0x80 && byte <= 0x9E && byte != 0x97 { return byte &+ 0x20 }
        return byte
    }

    /// True for a byte that starts or continues a letter or digit: ASCII letters and digits, and any non-ASCII
    /// byte (the Danish letters are two-byte sequences).
    @inline(__always)
    static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte >= 0x80
    }

    /// Whether `pattern` occurs in `bytes` starting at `start`, ignoring case.
    @inline(__always)
    static func matches(_ pattern: FoldedPattern, in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        let needle = pattern.bytes
        guard start >= 0, start + needle.count <= bytes.count else { return false }
        var previous: UInt8 = start > 0 ? bytes[start - 1] : 0
        for offset in 0..<needle.count {
            let byte = bytes[start + offset]
            if fold(byte, after: previous) != needle[offset] { return false }
            previous = byte
        }
        return true
    }

    /// Calls `body` with the UTF-8 bytes of `text`, copying only when the string is not stored contiguously.
    static func withBytes<Result>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        let copy = Array(text.utf8)
        return copy.withUnsafeBufferPointer(body)
    }

    /// The text of `bytes[range]` as a String (for quoting in a message), cut to at most `limit` bytes on a
    /// character boundary.
    static func excerpt(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, limit: Int = 80) -> String {
        let lower = max(0, min(start, bytes.count))
        var upper = max(lower, min(end, bytes.count, lower + limit))
        // Do not cut a multi-byte character in half.
        while upper < bytes.count && upper > lower && (bytes[upper] & 0xC0) == 0x80 { upper -= 1 }
        let slice = UnsafeBufferPointer(rebasing: bytes[lower..<upper])
        let text = String(decoding: slice, as: UTF8.self)
        return upper < min(end, bytes.count) ? text + "…" : text
    }
}
