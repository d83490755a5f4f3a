/// Folding of Danish words so that headings and labels match across template editions and OCR damage.
///
/// OCR of the 2025 transfer case (seed 001) reads "ø" as "g", "@" or "e" ("Overfgrsler", "@konomi"), "å" as
/// "a" and "æ" as "ae" or "ee" ("eendring"). Folding maps the Danish letters to the OCR's plain forms and keeps
/// only letters, so that a small edit distance is enough to recognise a damaged word.
enum TextFold {
    /// Lowercase letters only: æ→ae, ø→o, å→a, é→e, "@"→o (OCR's Ø); digits, spaces and punctuation dropped.
    static func letters(_ text: some StringProtocol) -> String {
        // Text folded already (a folded label asked again, a literal key) is its own folding: no copy of a String.
        if isFolded(text) { return String(text) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        // On the text's own UTF-8 buffer: ASCII bytes are folded where they stand, and only the rest is decoded
        // to a scalar (most of a line is ASCII; the scalar walk cost a decode and a call per character).
        let folded: Void? = text.utf8.withContiguousStorageIfAvailable { buffer in
            var index = 0
            while index < buffer.count {
                let byte = buffer[index]
                if byte < 0x80 {
                    if byte >= 0x61 && byte <= 0x7A {
                        bytes.append(byte)
                    } else if byte >= 0x41 && byte <= 0x5A {
                        bytes.append(byte + 32)
                    } else if byte == 0x40 {
                        bytes.append(0x6F)
                    }
                    index += 1
                    continue
                }
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                var value = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                var next = index + 1
                while next < index + length && next < buffer.count {
                    value = value << 6 | UInt32(buffer[next] & 0x3F)
                    next += 1
                }
                if let scalar = Unicode.Scalar(value) { appendFolded(scalar, to: &bytes, keepDigits: false) }
                index = next
            }
        }
        guard folded != nil else { return lettersByScalars(text) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `letters` by Unicode scalars, for text without contiguous UTF-8 storage.
    static func lettersByScalars(_ text: some StringProtocol) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars { appendFolded(scalar, to: &bytes, keepDigits: false) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// False when `letters(text)` certainly does not start with `letter` (an ASCII lower-case letter): the first
    /// folded character is another ASCII letter, or there is none. A non-ASCII character first leaves it to the
    /// folding. Lets a caller skip folding the many lines that cannot match.
    static func mayStart(_ text: some StringProtocol, with letter: UInt8) -> Bool {
        for byte in text.utf8 {
            switch byte {
            case 0x41...0x5A: return byte + 32 == letter
            case 0x61...0x7A: return byte == letter
            case 0x40: return letter == 0x6F
            case 0x80...: return true
            default: continue
            }
        }
        return false
    }

    /// Lowercase letters and digits, folded as `letters`, with single spaces between words.
    static func words(_ text: some StringProtocol) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if Blank.isBlank(scalar) || scalar == "-" || scalar == "–" || scalar == "/" {
                pendingSpace = !bytes.isEmpty
                continue
            }
            // Folded straight onto the result; the space goes in front of it only when it gave a letter.
            let before = bytes.count
            appendFolded(scalar, to: &bytes, keepDigits: true)
            guard bytes.count > before else { continue }
            if pendingSpace { bytes.insert(0x20, at: before); pendingSpace = false }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func appendFolded(_ scalar: Unicode.Scalar, to bytes: inout [UInt8], keepDigits: Bool) {
        let value = scalar.value
        switch value {
        case 0x41...0x5A: bytes.append(UInt8(value + 32))
        case 0x61...0x7A: bytes.append(UInt8(value))
        case 0x30...0x39: if keepDigits { bytes.append(UInt8(value)) }
        case 0xE6, 0xC6: bytes += [0x61, 0x65]
        case 0xF8, 0xD8, 0x40: bytes.append(0x6F)
        case 0xE5, 0xC5, 0xE0, 0xE1, 0xE4, 0xC4: bytes.append(0x61)
        case 0xE9, 0xC9, 0xE8, 0xEA: bytes.append(0x65)
        case 0xF6, 0xD6, 0xF3: bytes.append(0x6F)
        case 0xFC, 0xDC, 0xFA: bytes.append(0x75)
        case 0xED: bytes.append(0x69)
        default:
            if value > 0x7F && scalar.properties.isAlphabetic {
                for lower in scalar.properties.lowercaseMapping.unicodeScalars where lower.value >= 0x61 && lower.value <= 0x7A {
                    bytes.append(UInt8(lower.value))
                }
            }
        }
    }

    /// Edit distance between two strings, stopping early once it exceeds `limit` (then `limit + 1` is returned).
    static func distance(_ a: String, _ b: String, limit: Int) -> Int {
        // The distance is at least the difference in length: most pairs are told apart before any copy.
        if abs(a.utf8.count - b.utf8.count) > limit { return limit + 1 }
        if a == b { return 0 }
        return a.withBytes { left in b.withBytes { right in distance(left, right, limit: limit) } }
    }

    /// The distance on the strings' own buffers, with its two rows in one temporary allocation (it was four
    /// arrays a call, and a follow-up table asks it about every line).
    private static func distance(_ left: UnsafeBufferPointer<UInt8>, _ right: UnsafeBufferPointer<UInt8>, limit: Int) -> Int {
        if left.isEmpty { return min(right.count, limit + 1) }
        if right.isEmpty { return min(left.count, limit + 1) }
        let width = right.count + 1
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * width) { rows in
            guard let base = rows.baseAddress else { return limit + 1 }
            var previous = base
            var current = base + width
            for j in 0..<width { previous[j] = j }
            for i in 1...left.count {
                current[0] = i
                var rowMinimum = i
                for j in 1...right.count {
                    let cost = left[i - 1] == right[j - 1] ? 0 : 1
                    let value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                    current[j] = value
                    rowMinimum = min(rowMinimum, value)
                }
                if rowMinimum > limit { return limit + 1 }
                swap(&previous, &current)
            }
            return min(previous[right.count], limit + 1)
        }
    }

    /// True when the folded `text` equals the folded `key` within `tolerance` edits.
    static func matches(_ text: some StringProtocol, _ key: String, tolerance: Int) -> Bool {
        distance(letters(text), letters(key), limit: tolerance) <= tolerance
    }

    /// True when the folded `text` begins with the folded `key`, allowing `tolerance` edits in that prefix.
    static func hasPrefix(_ text: some StringProtocol, _ key: String, tolerance: Int) -> Bool {
        let folded = letters(text)
        let foldedKey = letters(key)
        guard !foldedKey.isEmpty else { return true }
        if folded.hasPrefix(foldedKey) { return true }
        guard tolerance > 0 else { return false }
        return folded.withBytes { text in foldedKey.withBytes { target in prefixWithin(tolerance, text, target) } }
    }

    /// True when the text is folded already: only the ASCII letters a–z, which `letters` keeps as they are.
    static func isFolded(_ text: some StringProtocol) -> Bool {
        text.withBytes { bytes in !bytes.contains { $0 &- 0x61 >= 26 } }
    }

    /// Whether some prefix of folded `text` is within `tolerance` edits of folded `target`. Folded text is
    /// ASCII, so bytes are letters. One edit-distance table over the text's first letters against the key:
    /// the last cell of row i is the distance of the text's i-letter prefix, so every prefix length is judged
    /// in one pass; its two rows are one temporary allocation.
    private static func prefixWithin(_ tolerance: Int, _ text: UnsafeBufferPointer<UInt8>, _ target: UnsafeBufferPointer<UInt8>) -> Bool {
        let shortest = max(0, target.count - tolerance)
        let longest = min(text.count, target.count + tolerance)
        guard shortest <= longest else { return false }
        if shortest == 0 && target.count <= tolerance { return true }
        let width = target.count + 1
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * width) { rows in
            guard let base = rows.baseAddress else { return false }
            var previous = base
            var current = base + width
            for j in 0..<width { previous[j] = j }
            for i in 1...max(1, longest) where i <= longest {
                current[0] = i
                var rowMinimum = i
                for j in 1...target.count {
                    let cost = text[i - 1] == target[j - 1] ? 0 : 1
                    current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                    rowMinimum = min(rowMinimum, current[j])
                }
                if i >= shortest && current[target.count] <= tolerance { return true }
                // A row's smallest distance never falls in the rows below.
                if rowMinimum > tolerance { return false }
                swap(&previous, &current)
            }
            return false
        }
    }
}
