import GevinstCore

/// Whitespace as PDF text has it (space, tab, line breaks, no-break space), tested without Unicode property
/// tables: reading a large document calls this for every character.
enum Blank {
    static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0xA0, 0x2007, 0x202F, 0x2009, 0x200A: true
        default: false
        }
    }

    /// The byte length of the `isBlank` character ending just before `end` in UTF-8 `bytes`, or 0: one byte for
    /// ASCII, C2 A0 for U+00A0, E2 80 87/89/8A/AF for U+2007, U+2009, U+200A and U+202F.
    static func width(endingAt end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let last = bytes[end - 1]
        switch last {
        case 0x20, 0x09...0x0D: return 1
        case 0xA0: return end >= 2 && bytes[end - 2] == 0xC2 ? 2 : 0
        case 0x87, 0x89, 0x8A, 0xAF: return end >= 3 && bytes[end - 3] == 0xE2 && bytes[end - 2] == 0x80 ? 3 : 0
        default: return 0
        }
    }

    /// The byte length of the `isBlank` character starting at `index` in UTF-8 `bytes`, or 0.
    static func width(startingAt index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        switch bytes[index] {
        case 0x20, 0x09...0x0D: return 1
        case 0xC2: return index + 1 < bytes.count && bytes[index + 1] == 0xA0 ? 2 : 0
        case 0xE2:
            guard index + 2 < bytes.count, bytes[index + 1] == 0x80 else { return 0 }
            switch bytes[index + 2] {
            case 0x87, 0x89, 0x8A, 0xAF: return 3
            default: return 0
            }
        default: return 0
        }
    }

    static func isBlank(_ character: Character) -> Bool {
        character.unicodeScalars.count == 1 && character.unicodeScalars.first.map(isBlank) == true
    }
}

extension StringProtocol {
    /// The text without leading and trailing whitespace.
    func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !Blank.isBlank($0) }),
              let last = scalars.lastIndex(where: { !Blank.isBlank($0) }) else { return "" }
        return String(self[first..<scalars.index(after: last)])
    }

    /// The text with runs of whitespace collapsed to one space, trimmed.
    func collapsingSpaces() -> String {
        // Most lines have single spaces already (0xC2 and 0xE2 start the no-break and thin spaces).
        if isSingleSpaced(without: { ($0 >= 0x09 && $0 <= 0x0D) || $0 == 0xC2 || $0 == 0xE2 }) { return String(self) }
        // On the bytes: a blank is told by its first bytes (`Blank.width(startingAt:in:)`), and every other
        // character is copied as it stands.
        return withBytes { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { output in
                var count = 0
                var pendingSpace = false
                var index = 0
                while index < bytes.count {
                    let width = Blank.width(startingAt: index, in: bytes)
                    if width > 0 {
                        pendingSpace = count > 0
                        index += width
                        continue
                    }
                    if pendingSpace {
                        output[count] = 0x20
                        count += 1
                        pendingSpace = false
                    }
                    output[count] = bytes[index]
                    count += 1
                    index += 1
                }
                return count
            }
        }
    }
}

/// Danish formatting of amounts printed in 1.000 kr., for finding messages ("-5.802").
enum PrintedAmount {
    static func text(_ thousands: Amount) -> String { DanishNumber.format(thousands) }
}

/// A word with its position on the line, in characters (for `pdftotext -layout` columns).
struct PositionedWord: Sendable, Hashable {
    var text: String
    var start: Int
    var end: Int

    var center: Int { (start + end) / 2 }

    /// The words of a line with their character positions.
    static func words(of line: String) -> [PositionedWord] {
        wordsOnBytes(of: line) ?? wordsByCharacters(of: line)
    }

    /// `words(of:)` character by character: for lines whose characters may span several scalars.
    static func wordsByCharacters(of line: String) -> [PositionedWord] {
        var result: [PositionedWord] = []
        var current = ""
        var start = 0
        var position = 0
        for character in line {
            if Blank.isBlank(character) {
                if !current.isEmpty { result.append(PositionedWord(text: current, start: start, end: position)); current = "" }
            } else {
                if current.isEmpty { start = position }
                current.append(character)
            }
            position += 1
        }
        if !current.isEmpty { result.append(PositionedWord(text: current, start: start, end: position)) }
        return result
    }

    /// `words(of:)` on the line's bytes, when every character is one Unicode scalar below U+0300 (no byte from
    /// CC up, and no carriage return, which joins a line feed): then a character starts at every byte that is
    /// not a continuation byte, and the blanks are ASCII or the no-break space (C2 A0). Nil for other lines.
    static func wordsOnBytes(of line: String) -> [PositionedWord]? {
        line.withBytes { bytes -> [PositionedWord]? in
            var result: [PositionedWord] = []
            var wordStart = -1
            var start = 0
            var position = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte >= 0xCC || byte == 0x0D { return nil }
                let blankWidth = Blank.width(startingAt: index, in: bytes)
                if blankWidth > 0 {
                    if wordStart >= 0 {
                        result.append(PositionedWord(text: String(decoding: UnsafeBufferPointer(rebasing: bytes[wordStart..<index]), as: UTF8.self), start: start, end: position))
                        wordStart = -1
                    }
                    index += blankWidth
                } else {
                    if wordStart < 0 {
                        wordStart = index
                        start = position
                    }
                    index += 1
                    // The rest of a multi-byte character belongs to the same position.
                    while index < bytes.count && bytes[index] & 0xC0 == 0x80 { index += 1 }
                }
                position += 1
            }
            if wordStart >= 0 {
                result.append(PositionedWord(text: String(decoding: UnsafeBufferPointer(rebasing: bytes[wordStart..<bytes.count]), as: UTF8.self), start: start, end: position))
            }
            return result
        }
    }
}

/// Joining of text wrapped over several lines.
enum WrappedText {
    /// Joins two pieces of wrapped text. A break after a hyphen joins the word ("Samlede implementerings-" +
    /// "Omkostninger" gives "Samlede implementeringsomkostninger"), except before "og"/"eller"/"samt" ("børne-
    /// og unge") and after a capital or digit ("IT-" + "løsning" gives "IT-løsning").
    static func join(_ head: String, _ tail: String) -> String {
        var result = needsTrimming(head) ? head.trimmingSpaces() : head
        append(tail, to: &result)
        return result
    }

    /// Joins `tail` onto `left` in place: joining a paragraph's lines one by one onto a new string each time
    /// copied the paragraph once per line.
    static func append(_ tail: String, to left: inout String) {
        let right = needsTrimming(tail) ? tail.trimmingSpaces() : tail
        if left.isEmpty { left = right; return }
        if right.isEmpty { return }
        // Indices from the end, not `dropLast()`: that walked the whole paragraph for every line joined onto it.
        guard left.hasSuffix("-"), left.unicodeScalars.index(before: left.unicodeScalars.endIndex) > left.unicodeScalars.startIndex else {
            left += " "
            left += right
            return
        }
        let firstWord = right.prefix { $0 != " " }.lowercased()
        if ["og", "eller", "samt", "til", "&"].contains(firstWord) {
            left += " "
            left += right
            return
        }
        let hyphen = left.index(before: left.endIndex)
        let beforeHyphen: Character? = hyphen > left.startIndex ? left[left.index(before: hyphen)] : nil
        if let character = beforeHyphen, character.isUppercase || character.isNumber {
            left += right
            return
        }
        guard let character = beforeHyphen, character.isLetter else {
            left += " "
            left += right
            return
        }
        left.removeLast()
        if let first = right.first, first.isUppercase, let second = right.dropFirst().first, second.isLowercase {
            left += first.lowercased()
            left += right.dropFirst()
        } else {
            left += right
        }
    }

    static func needsTrimming(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        return Blank.isBlank(first) || Blank.isBlank(last)
    }

    static func join(_ pieces: [String]) -> String {
        var result = ""
        for piece in pieces { append(piece, to: &result) }
        return result
    }
}

/// Years written for people: "2023–2027", "2022, 2024".
enum YearText {
    static func describe(_ years: [Int]) -> String {
        guard let first = years.first, let last = years.last else { return "no year" }
        if years.count == 1 { return String(first) }
        if last - first + 1 == years.count { return "\(first)–\(last)" }
        return years.map(String.init).joined(separator: ", ")
    }
}

extension String {
    /// The text without the given characters at either end.
    func strippingCharacters(_ set: String) -> String {
        var view = Substring(self)
        while let first = view.first, set.contains(first) { view = view.dropFirst() }
        while let last = view.last, set.contains(last) { view = view.dropLast() }
        return String(view)
    }
}
