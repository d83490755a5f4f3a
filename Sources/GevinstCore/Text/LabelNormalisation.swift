/// How a printed detail-table row is recognised as a line of Tabel 1: labels are compared after lower-casing,
/// dropping hyphens (a word broken over two lines, "børnefamilie-enheder", reads as "børnefamilieenheder") and
/// reducing every run of spaces and punctuation to one space. 003 BU05 prints "Besparelse på administration og
/// sagsbehandlere" in Tabel 1 and "… og sagsbehandler" in Tabel 2; such near-labels are matched by
/// `isAbbreviation(of:)` or by their amounts.
enum LabelNormalisation {
    static func normalise(_ label: String) -> String {
        normaliseLatin1(label) ?? normaliseByCharacters(label)
    }

    /// `normalise` for a label whose every scalar is below U+0100 (ASCII and Latin-1: Danish æ, ø, å, é), done on
    /// the scalars with Latin-1's own case and letter rules instead of a Unicode table look-up per character.
    /// Nil for any other label. Below U+0100 every scalar is a character of its own, and "\r\n" (one character,
    /// neither letter nor digit) gives a space either way.
    static func normaliseLatin1(_ label: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(label.utf8.count)
        var pendingSpace = false
        for scalar in label.unicodeScalars {
            var value = scalar.value
            guard value < 0x100 else { return nil }
            if value == 0x2D || value == 0xAD { continue }
            if (0x41...0x5A).contains(value) || ((0xC0...0xDE).contains(value) && value != 0xD7) { value += 0x20 }
            guard isLatin1LetterOrNumber(value) else {
                pendingSpace = true
                continue
            }
            if pendingSpace && !bytes.isEmpty { bytes.append(0x20) }
            pendingSpace = false
            if value < 0x80 {
                bytes.append(UInt8(value))
            } else {
                bytes.append(UInt8(0xC0 | (value >> 6)))
                bytes.append(UInt8(0x80 | (value & 0x3F)))
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `Character.isLetter || isNumber` for a scalar below U+0100 already lower-cased: a–z, 0–9, ª µ º, the
    /// Latin-1 letters but × and ÷, and the numbers ² ³ ¹ ¼ ½ ¾.
    private static func isLatin1LetterOrNumber(_ value: UInt32) -> Bool {
        switch value {
        case 0x30...0x39, 0x61...0x7A, 0xAA, 0xB5, 0xBA, 0xB2, 0xB3, 0xB9, 0xBC, 0xBD, 0xBE: true
        case 0xC0...0xFF: value != 0xD7 && value != 0xF7
        default: false
        }
    }

    /// The general reading, by `Character`, for labels with other scripts, signs or combining marks.
    static func normaliseByCharacters(_ label: String) -> String {
        var result = ""
        result.reserveCapacity(label.utf8.count)
        var pendingSpace = false
        for character in label.lowercased() {
            if character == "-" || character == "–" || character == "\u{00AD}" || character == "‐" { continue }
            if character.isLetter || character.isNumber {
                if pendingSpace && !result.isEmpty { result.append(" ") }
                pendingSpace = false
                result.append(character)
            } else {
                pendingSpace = true
            }
        }
        return result
    }

    /// Whether one normalised label begins with the other and the shorter has at least `minimumLength`
    /// characters: a table that shortens "Udvikling og implementering af brobygnings- og
    /// tilbageslusningsindsatser og samarbejdet herom …" (000 BU05 Tabel 1) to its first words in Tabel 3.
    static func isAbbreviation(_ lhs: String, of rhs: String, minimumLength: Int = 8) -> Bool {
        let (short, long) = lhs.count <= rhs.count ? (lhs, rhs) : (rhs, lhs)
        return short.count >= minimumLength && long.hasPrefix(short)
    }
}
