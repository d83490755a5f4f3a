import Foundation

/// Characters that a reader sees as a space, as nothing, or as plain letters, but that are other bytes: Word's
/// no-break space between "mio." and "kr.", its optional hyphen inside a long word, the zero-width marks text
/// picks up on the web, the "ﬁ" ligature a PDF font hands `pdftotext`, and "å" written as "a" plus a ring (text
/// copied on a Mac). A document holding them reads as its plain twin: every label, heading and amount is found
/// by comparing bytes, and "Beløb i 1.000 kr." with a no-break space is no year header to a reader that looks
/// for a space.
///
/// Line breaks are left as they are, so every line keeps its number.
enum LookalikeCharacters {
    /// The text with every such character replaced; nil when it holds none (nearly every file, found in one pass
    /// over its bytes that looks only at the lead bytes of non-ASCII characters).
    static func replaced(in text: String) -> String? {
        var text = text
        text.makeContiguousUTF8()
        let scanned = text.utf8.withContiguousStorageIfAvailable(rewrite) ?? Array(text.utf8).withUnsafeBufferPointer(rewrite)
        guard scanned.bytes != nil || scanned.combining else { return nil }
        var result = scanned.bytes.map { String(decoding: $0, as: UTF8.self) } ?? text
        // Letters written as a base letter and a combining mark, composed as a Danish keyboard writes them.
        if scanned.combining { result = result.precomposedStringWithCanonicalMapping }
        return result
    }

    /// The bytes with every replacement made (nil when none was needed), and whether combining marks were seen.
    private static func rewrite(_ buffer: UnsafeBufferPointer<UInt8>) -> (bytes: [UInt8]?, combining: Bool) {
        var output: [UInt8]? = nil
        var copiedUpTo = 0
        var combining = false
        var index = 0
        let count = buffer.count
        guard let base = UnsafeRawPointer(buffer.baseAddress) else { return (nil, false) }
        while index < count {
            // Eight ASCII bytes at a time: nearly every byte of a Danish text is ASCII.
            if index + 8 <= count, base.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                index += 8
                continue
            }
            let byte = buffer[index]
            // ASCII and continuation bytes, and the two-byte letters of Danish (C3 xx): nothing to look at.
            if byte < 0xC2 || byte == 0xC3 {
                index += 1
                continue
            }
            guard let (width, replacement) = lookalike(buffer, at: index) else {
                if isCombiningMark(buffer, at: index) { combining = true }
                index += 1
                continue
            }
            if output == nil {
                output = []
                output?.reserveCapacity(count)
            }
            output?.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[copiedUpTo..<index]))
            output?.append(contentsOf: replacement)
            index += width
            copiedUpTo = index
        }
        if output != nil { output?.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[copiedUpTo..<count])) }
        return (output, combining)
    }

    private static let space: [UInt8] = [0x20]
    private static let nothing: [UInt8] = []
    /// U+FB00–U+FB06: ff, fi, fl, ffi, ffl, long s + t, st.
    private static let ligatures: [[UInt8]] = ["ff", "fi", "fl", "ffi", "ffl", "st", "st"].map { Array($0.utf8) }

    /// The byte length and replacement of the look-alike character starting at `index` (a lead byte from C2 up),
    /// or nil. The spaces are the readers' own (`Substring.whitespaceWidth`: the no-break space, U+2000–U+200A,
    /// U+202F, U+205F, U+3000).
    private static func lookalike(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int) -> (Int, [UInt8])? {
        let spaceWidth = Substring.whitespaceWidth(buffer, at: index)
        if spaceWidth > 0 { return (spaceWidth, space) }
        let lead = buffer[index]
        if lead == 0xC2 {
            // The soft (optional) hyphen.
            return index + 1 < buffer.count && buffer[index + 1] == 0xAD ? (2, nothing) : nil
        }
        guard lead >= 0xE2, lead <= 0xEF, index + 2 < buffer.count else { return nil }
        let (second, third) = (buffer[index + 1], buffer[index + 2])
        switch (lead, second) {
        case (0xE2, 0x80): return (0x8B...0x8F).contains(third) ? (3, nothing) : nil // zero-width space, (non-)joiner, direction marks
        case (0xE2, 0x81): return third == 0xA0 ? (3, nothing) : nil // word joiner
        case (0xEF, 0xBB): return third == 0xBF ? (3, nothing) : nil // zero-width no-break space (a stray byte order mark)
        case (0xEF, 0xAC): return (0x80...0x86).contains(third) ? (3, ligatures[Int(third - 0x80)]) : nil
        default: return nil
        }
    }

    /// True for U+0300–U+036F, the combining accents, rings and strokes (CC 80 – CD AF).
    private static func isCombiningMark(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index + 1 < buffer.count else { return false }
        let (lead, next) = (buffer[index], buffer[index + 1])
        return lead == 0xCC ? (0x80...0xBF).contains(next) : lead == 0xCD && (0x80...0xAF).contains(next)
    }
}
