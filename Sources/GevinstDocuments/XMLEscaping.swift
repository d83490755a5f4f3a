/// Escaping of user text for XML and HTML: every title, remark and label a user typed passes through here
/// before it is written into HTML, SVG, WordprocessingML or SpreadsheetML.
///
/// XML 1.0 allows only tab, line feed, carriage return and the characters from U+0020 up (without U+FFFE and
/// U+FFFF) (the `Char` production, XML 1.0 §2.2). Anything else cannot be written even as a character
/// reference, so it is dropped; everything else is kept exactly as written, emoji included.
public enum XMLEscaping {
    /// Text content: `&`, `<` and `>` become entities; forbidden characters are dropped.
    public static func text(_ text: String) -> String {
        escape(text, quotes: false)
    }

    /// An attribute value in double or single quotes: also escapes `"` and `'`, and writes tab, line feed
    /// and carriage return as character references so that attribute-value normalisation keeps them.
    public static func attribute(_ text: String) -> String {
        escape(text, quotes: true)
    }

    /// True for the characters XML 1.0 allows in a document.
    public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// The text without the characters XML 1.0 forbids.
    public static func removingForbidden(_ text: String) -> String {
        // Fast path on the bytes: a forbidden scalar is a control byte other than tab, line feed and carriage
        // return, or U+FFFE/U+FFFF, whose UTF-8 starts with 0xEF (Swift strings hold no lone surrogates).
        let mayHoldForbidden = text.utf8.contains { byte in
            (byte < 0x20 && byte != 0x9 && byte != 0xA && byte != 0xD) || byte == 0xEF
        }
        guard mayHoldForbidden, text.unicodeScalars.contains(where: { !isAllowed($0) }) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where isAllowed(scalar) { scalars.append(scalar) }
        return String(scalars)
    }

    private static func escape(_ text: String, quotes: Bool) -> String {
        // Fast path: most labels need nothing.
        let needsWork = text.utf8.contains { byte in
            byte < 0x20 || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
                || (quotes && (byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'"))) || byte == 0xEF
        }
        guard needsWork else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"" where quotes: result += "&quot;"
            case "'" where quotes: result += "&apos;"
            case "\t" where quotes: result += "&#9;"
            case "\n" where quotes: result += "&#10;"
            case "\r" where quotes: result += "&#13;"
            default:
                if isAllowed(scalar) { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }
}
