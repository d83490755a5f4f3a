/// Inline markup of the markdown-like catalogue text (seed 003): `<b>…</b>` cells, `**bold**` and `*emphasis*`,
/// `<sup>n</sup>` footnote markers, list markers and heading hashes. Everything here is a pure function of a
/// string, so the readers compare and store plain text.
enum MarkdownInline {
    /// The text without tags, emphasis markers and footnote markers, with runs of white space (tabs
    /// included) collapsed to one space: `"<b>Samlet varig ændring</b>"` → `"Samlet varig ændring"`.
    ///
    /// Works on UTF-8 bytes: every character it removes or folds is ASCII (or the no-break space), so multi-byte
    /// characters pass through unchanged.
    static func clean<S: StringProtocol>(_ text: S) -> String {
        // Most cells and many lines have nothing to remove (an empty cell, "2020", "Service"): returned as they
        // are, without the copy into bytes and back.
        if text.isSingleSpaced(without: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "*") || ($0 >= 0x09 && $0 <= 0x0D) || $0 == 0xC2 }) {
            return String(text)
        }
        let count = text.utf8.count
        // Written straight into the new string's storage: the result is never longer than the text.
        return String(unsafeUninitializedCapacity: count) { output in
            if let written = text.utf8.withContiguousStorageIfAvailable({ cleanBytes($0, into: output) }) { return written }
            return Array(text.utf8).withUnsafeBufferPointer { cleanBytes($0, into: output) }
        }
    }

    /// `clean` on bytes: writes the cleaned bytes of `bytes` to `output` (at least as long) and returns their count.
    private static func cleanBytes(_ bytes: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>) -> Int {
        let count = bytes.count
        var written = 0
        var pendingSpace = false
        var skippingSup = false
        var index = 0
        while index < count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "<"), let (length, tag) = knownTag(bytes, at: index) {
                if tag == .supOpen { skippingSup = true } else if tag == .supClose { skippingSup = false }
                index += length
                continue
            }
            if skippingSup || byte == UInt8(ascii: "*") {
                index += 1
                continue
            }
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                pendingSpace = written > 0
                index += 1
                continue
            }
            if byte == 0xC2 && index + 1 < count && bytes[index + 1] == 0xA0 {
                pendingSpace = written > 0
                index += 2
                continue
            }
            if pendingSpace {
                output[written] = 0x20
                written += 1
            }
            pendingSpace = false
            output[written] = byte
            written += 1
            index += 1
        }
        return written
    }

    private enum TagKind { case supOpen, supClose, other }

    /// Formatting tags (not `<input>`, which carries the checkbox state): their byte length from `start`.
    private static func knownTag(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> (Int, TagKind)? {
        var index = start + 1
        var closing = false
        if index < bytes.count && bytes[index] == UInt8(ascii: "/") { closing = true; index += 1 }
        // The name, lower-cased, up to eight letters packed into one word: compared without an array per tag.
        var name: UInt64 = 0
        var length = 0
        while index < bytes.count, length < 8 {
            var byte = bytes[index]
            if byte >= 0x41 && byte <= 0x5A { byte += 0x20 }
            guard byte >= 0x61 && byte <= 0x7A else { break }
            name = name << 8 | UInt64(byte)
            length += 1
            index += 1
        }
        guard knownTagNames.contains(name) else { return nil }
        let limit = min(bytes.count, start + 60)
        while index < limit {
            if bytes[index] == UInt8(ascii: ">") {
                let kind: TagKind = name == packedTagName("sup") ? (closing ? .supClose : .supOpen) : .other
                return (index + 1 - start, kind)
            }
            index += 1
        }
        return nil
    }

    private static let knownTagNames: Set<UInt64> = Set(
        ["b", "strong", "i", "em", "u", "sup", "sub", "br", "span", "p", "div"].map(packedTagName))

    /// A tag name of at most eight ASCII letters as one number, its bytes in order.
    private static func packedTagName(_ name: String) -> UInt64 {
        name.utf8.reduce(0) { $0 << 8 | UInt64($1) }
    }

    /// True when the trimmed text is wrapped in bold markup (`<b>…</b>` or `**…**`).
    static func isBold<S: StringProtocol>(_ text: S) -> Bool {
        // Text that starts with a visible ASCII character has no white space to drop, and its start is compared on
        // bytes; the characters agree unless a combining mark (U+0300 and up, lead byte CC and up) follows.
        let onBytes: Bool?? = text.utf8.withContiguousStorageIfAvailable { bytes in
            guard let first = bytes.first, first > 0x20, first < 0x80 else { return nil }
            let length = bytes.starts(with: "<b>") ? 3 : bytes.starts(with: "<strong>") ? 8 : bytes.starts(with: "**") ? 2 : 0
            guard length > 0 else { return false }
            return length == bytes.count || bytes[length] < 0xCC ? true : nil
        }
        if let answer = onBytes ?? nil { return answer }
        let trimmed = text.drop(while: { $0.isWhitespace })
        return trimmed.hasPrefix("<b>") || trimmed.hasPrefix("<strong>") || trimmed.hasPrefix("**")
    }

    /// The heading level of a `#` line (1 for `# X`, 3 for `### X`), or nil for other lines.
    static func headingLevel<S: StringProtocol>(_ line: S) -> Int? {
        // Nearly every line is told by its first byte.
        guard line.utf8.first == UInt8(ascii: "#") else { return nil }
        let hashes = line.prefix(while: { $0 == "#" }).count
        guard hashes > 0, hashes <= 6 else { return nil }
        let rest = line.dropFirst(hashes)
        guard let next = rest.first, next == " " || next == "\t" else { return nil }
        return hashes
    }

    /// The line without a leading list marker (`- `, `* `, `+ `) and indentation.
    static func droppingListMarker<S: StringProtocol>(_ line: S) -> S.SubSequence {
        // A line that starts with neither indentation nor a marker (nor "•", E2 80 A2) is returned whole.
        if let first = line.utf8.first, first != 0x20, first != 0x09, first != UInt8(ascii: "-"), first != UInt8(ascii: "+"),
           first != 0xE2 {
            return line[...]
        }
        var rest = line.drop(while: { $0 == " " || $0 == "\t" })
        if let first = rest.first, first == "-" || first == "+" || first == "•" {
            let after = rest.dropFirst()
            if after.first == " " { rest = after.drop(while: { $0 == " " }) }
        }
        return rest
    }

    /// A comparison key for labels: lower case, letters and digits only, single spaces. "Evaluering " and
    /// "evaluering." give the same key.
    ///
    /// Built as UTF-8 bytes: ASCII and the Latin-1 letters (æ, ø, å, é …) are lowered by arithmetic, and only
    /// other scalars ask the Unicode tables.
    static func key<S: StringProtocol>(_ text: S) -> String {
        let cleaned = clean(text)
        if let key = latinKey(cleaned) { return key }
        return keyByScalars(cleaned)
    }

    /// `key` for text of ASCII and Latin-1 characters only (lead byte C3: æ, ø, å, é …), the text of nearly every
    /// label, written straight into the new string's storage in one pass over the bytes: no scalar decoding, no
    /// array, no check of the bytes written. Nil for other text. The key is never longer than the text: a letter
    /// keeps its byte length, and a space stands for at least one dropped byte.
    private static func latinKey(_ cleaned: String) -> String? {
        let key: String?? = cleaned.utf8.withContiguousStorageIfAvailable { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 { index += 1 } else if byte == 0xC3 && index + 1 < bytes.count { index += 2 } else { return nil }
            }
            return String(unsafeUninitializedCapacity: bytes.count) { output in
                var written = 0
                var pendingSpace = false
                var index = 0
                while index < bytes.count {
                    let byte = bytes[index]
                    var letter: (UInt8, UInt8?)? = nil
                    if byte < 0x80 {
                        if byte.isASCIIDigit || byte &- 0x61 < 26 { letter = (byte, nil) } else if byte &- 0x41 < 26 { letter = (byte + 0x20, nil) }
                        index += 1
                    } else {
                        // C3 80–C3 BF is U+00C0–U+00FF: À–Þ lower to à–þ, ß–ÿ are lower case; × (C3 97) and ÷ (C3 B7)
                        // are no letters.
                        let next = bytes[index + 1]
                        if next != 0x97 && next != 0xB7 { letter = (0xC3, next <= 0x9E ? next + 0x20 : next) }
                        index += 2
                    }
                    guard let (first, second) = letter else {
                        pendingSpace = true
                        continue
                    }
                    if pendingSpace && written > 0 {
                        output[written] = 0x20
                        written += 1
                    }
                    pendingSpace = false
                    output[written] = first
                    written += 1
                    if let second {
                        output[written] = second
                        written += 1
                    }
                }
                return written
            }
        }
        return key ?? nil
    }

    /// `key` for any text, scalar by scalar: the general path, and the oracle `MarkdownKeyTests` holds the byte
    /// path to.
    static func keyByScalars(_ cleaned: String) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(cleaned.utf8.count)
        var pendingSpace = false
        func startLetter() {
            if pendingSpace && !result.isEmpty { result.append(0x20) }
            pendingSpace = false
        }
        for scalar in cleaned.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                let isDigit = value >= 0x30 && value <= 0x39
                let isUpper = value >= 0x41 && value <= 0x5A
                let isLower = value >= 0x61 && value <= 0x7A
                guard isDigit || isUpper || isLower else {
                    pendingSpace = true
                    continue
                }
                startLetter()
                result.append(UInt8(isUpper ? value + 0x20 : value))
            } else if value >= 0xC0 && value <= 0xFF && value != 0xD7 && value != 0xF7 {
                // Latin-1 letters (C3 80–C3 BF): À–Þ lower to à–þ, ß–ÿ are lower case; × and ÷ are no letters.
                startLetter()
                result.append(0xC3)
                result.append(UInt8(0x80 | ((value <= 0xDE ? value + 0x20 : value) & 0x3F)))
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                startLetter()
                result.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
            } else {
                pendingSpace = true
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// True when the text has at least one letter and no lower-case letters: "1.5 FORDELING PÅ UDVALG".
    static func isUpperCase<S: StringProtocol>(_ text: S) -> Bool {
        var sawLetter = false
        for character in text where character.isLetter {
            if character.isLowercase { return false }
            sawLetter = true
        }
        return sawLetter
    }

    /// The first four-digit year in 1900–2199 followed by "p/l" ("1.000 kr. 2020 p/l", "2020 P/L").
    static func priceLevelYear<S: StringProtocol>(_ text: S) -> Int? {
        // Lower-casing makes no "/": text without one cannot name a price level.
        guard text.utf8.contains(UInt8(ascii: "/")) else { return nil }
        let lower = text.fastLowercased()
        guard lower.containsBytes("p/l") else { return nil }
        let characters = Array(lower)
        var index = 0
        while index + 4 <= characters.count {
            let slice = characters[index..<(index + 4)]
            let before = index > 0 ? characters[index - 1] : " "
            let after = index + 4 < characters.count ? characters[index + 4] : " "
            if slice.allSatisfy({ $0.isASCII && $0.isNumber }) && !before.isNumber && !after.isNumber && before != "." {
                let rest = characters[(index + 4)...].drop(while: { $0 == " " })
                if rest.starts(with: ["p", "/", "l"]), let year = Int(String(slice)), (1900...2199).contains(year) {
                    return year
                }
            }
            index += 1
        }
        return nil
    }

    /// A cell that is exactly a year: "2019".
    static func year<S: StringProtocol>(_ text: S) -> Int? {
        let trimmed = clean(text)
        guard trimmed.utf8.count == 4, trimmed.count == 4, trimmed.allSatisfy({ $0.isASCII && $0.isNumber }), let year = Int(trimmed),
              (1900...2199).contains(year) else { return nil }
        return year
    }
}
