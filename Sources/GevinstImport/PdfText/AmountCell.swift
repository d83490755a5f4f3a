import GevinstCore

/// One amount cell of a table as printed, in the table's unit (1.000 kr.), with where it stood and what may be
/// wrong with it.
struct AmountCell: Sendable, Hashable {
    /// The value as read (in the table's unit, 1.000 kr.).
    var value: Amount
    /// The token as printed ("-2.000", "1733", ".6.000", "(o}").
    var text: String
    var line: Int
    /// Character columns on the line (meaningful in `pdftotext -layout` output).
    var start: Int
    var end: Int
    var suspicion: Suspicion?
    /// Other readings the token allows, tried when the table's totals do not add up (`OcrRepair`).
    var alternatives: [Amount]

    enum Suspicion: String, Sendable, Hashable {
        /// ".6.000": a point where the minus sign should be.
        case leadingPoint = "leading-point"
        /// "6.00": thousands separator in the wrong place.
        case malformed
        /// "(o}", "0o": letters read where digits were.
        case ocrLetters = "ocr-letters"
        /// "2" and ".520" on two lines: one number split by the layout.
        case splitAcrossLines = "split"
    }

    var center: Int { (start + end) / 2 }
}

/// Reads amount tokens as the municipal tables print them: "-2.000", "500", "0"; in OCR'd text also "-5090|",
/// "-1.620]", ".6.000", "1733" and "(o}".
enum AmountCellReader {
    /// The largest magnitude of a cell in 1.000 kr., so that the amount in kroner stays within
    /// `AmountLimits.maxMagnitude`.
    static let maxThousands: Amount = AmountLimits.maxMagnitude / 1000

    /// Characters OCR leaves around numbers in table rules: "|", "]", "(", "}".
    static let ruleCharacters: Set<Character> = ["|", "[", "]", "(", ")", "{", "}", "'", "\"", "`", "‘", "’", ",", ";", ":"]

    enum Reading: Sendable, Hashable {
        case amount(AmountCell)
        /// ".520": the rest of a number whose first digits ended the previous line.
        case fragment(String)
    }

    /// The cell a word stands for, or nil when the word is not an amount.
    static func read(_ word: PositionedWord, line: Int, ocr: Bool) -> Reading? {
        // Asked of every word of a table line: a word opening with an ASCII letter other than o/O (OCR's zero)
        // is no amount, told by its first byte before the word is copied.
        if let lead = word.text.utf8.first {
            let lower = lead | 0x20
            if lower >= 0x61 && lower <= 0x7A && lower != 0x6F { return nil }
        }
        var body = Substring(word.text)
        while let first = body.first, ruleCharacters.contains(first) { body = body.dropFirst() }
        while let last = body.last, ruleCharacters.contains(last) || last == "*" { body = body.dropLast() }
        guard !body.isEmpty else { return nil }
        let text = String(body)
        if text.count == 4, text.first == ".", text.dropFirst().allSatisfy({ $0.isASCII && $0.isNumber }) {
            return .fragment(text)
        }
        func cell(_ value: Amount, _ suspicion: AmountCell.Suspicion? = nil, _ alternatives: [Amount] = []) -> Reading? {
            guard value.magnitude <= maxThousands.magnitude else { return nil }
            return .amount(AmountCell(
                value: value, text: word.text, line: line, start: word.start, end: word.end,
                suspicion: suspicion, alternatives: alternatives.filter { $0.magnitude <= maxThousands.magnitude }))
        }
        if let value = parse(text) { return cell(value) }
        // ".6.000": a point standing where a minus sign was.
        if text.first == ".", let value = parse(String(text.dropFirst())), value > 0 {
            return cell(value, .leadingPoint, [-value])
        }
        // "(o}", "0o": OCR read a zero as the letter o.
        if ocr, text.count <= 3, text.allSatisfy({ $0 == "o" || $0 == "O" || $0 == "0" }), text.contains(where: { $0 != "0" }) {
            return cell(0, .ocrLetters)
        }
        // "6.00": separators in the wrong place; read as the digits, and as the digits with the last group filled.
        if let malformed = readMalformed(text) { return cell(malformed.value, .malformed, malformed.alternatives) }
        return nil
    }

    /// A Danish integer with optional thousands separators and sign: "-2.000", "1733", "−400". Decimals
    /// ("3,5") and anything with letters are not amounts.
    static func parse(_ text: String) -> Amount? {
        text.withBytes { parse(bytes: $0) }
    }

    /// `parse` on the text's UTF-8 bytes, in one pass: the sign ("-", or "−" E2 88 92, "–" E2 80 93), then
    /// groups of ASCII digits between points, the first of one to three digits and the others of three when
    /// there are points, at most 16 characters and 11 digits.
    private static func parse(bytes: UnsafeBufferPointer<UInt8>) -> Amount? {
        var index = 0
        var negative = false
        if bytes.count >= 1 && bytes[0] == 0x2D {
            negative = true
            index = 1
        } else if bytes.count >= 3 && bytes[0] == 0xE2 && (bytes[1] == 0x88 && bytes[2] == 0x92 || bytes[1] == 0x80 && bytes[2] == 0x93) {
            negative = true
            index = 3
        }
        let length = bytes.count - index
        guard length > 0, length <= 16 else { return nil }
        var value: Amount = 0
        var digits = 0
        var groups = 0
        var groupLength = 0
        var firstGroupLength = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte >= 0x30 && byte <= 0x39 {
                value = value * 10 + Amount(byte - 0x30)
                digits += 1
                groupLength += 1
            } else if byte == 0x2E {
                guard groupLength > 0, groups == 0 || groupLength == 3 else { return nil }
                if groups == 0 { firstGroupLength = groupLength }
                groups += 1
                groupLength = 0
            } else {
                return nil
            }
            index += 1
        }
        guard groupLength > 0, groups == 0 || (groupLength == 3 && firstGroupLength <= 3), digits <= 11 else { return nil }
        return negative ? -value : value
    }

    static func readMalformed(_ text: String) -> (value: Amount, alternatives: [Amount])? {
        var body = Substring(text)
        var negative = false
        if let first = body.first, first == "-" || first == "−" || first == "–" { negative = true; body = body.dropFirst() }
        guard body.utf8.contains(0x2E), let first = body.first, first.isNumber, let last = body.last, last.isNumber,
              body.allSatisfy({ ($0.isASCII && $0.isNumber) || $0 == "." }), !body.containsBytes("..") else { return nil }
        let groups = body.split(separator: ".")
        let digits = groups.joined()
        guard digits.count <= 10, let plain = Int64(digits) else { return nil }
        var alternatives: [Amount] = []
        if let lastGroup = groups.last, lastGroup.count < 3 {
            let padded = groups.dropLast().joined() + lastGroup + String(repeating: "0", count: 3 - lastGroup.count)
            if let value = Int64(padded) { alternatives.append(negative ? -value : value) }
        }
        return (negative ? -plain : plain, alternatives)
    }

    /// True for a word that reads as an amount (used to tell titles from table rows).
    static func looksLikeAmount(_ word: String) -> Bool {
        guard word.contains(where: { $0.isNumber }) else { return false }
        if case .amount = read(PositionedWord(text: word, start: 0, end: word.count), line: 0, ocr: false) {
            return word.utf8.contains(0x2E) || word.hasPrefix("-") || word.count >= 4
        }
        return false
    }

    /// Readings a damaged OCR cell may stand for: the lost minus sign, and one lost digit anywhere in a number of
    /// up to four digits ("10" for "110"). The printed reading is not among them.
    static func ocrAlternatives(_ cell: AmountCell) -> [Amount] {
        var result = cell.alternatives
        if cell.value > 0 && !result.contains(-cell.value) { result.append(-cell.value) }
        let magnitude = cell.value.magnitude
        let digits = String(magnitude)
        if cell.value != 0 && digits.count <= 4 {
            let characters = Array(digits)
            for position in 0...characters.count {
                for digit in 0...9 {
                    if position == 0 && digit == 0 { continue }
                    var candidate = characters
                    candidate.insert(Character(String(digit)), at: position)
                    if let value = Int64(String(candidate)) {
                        let signed = cell.value < 0 ? -value : value
                        if !result.contains(signed) && signed != cell.value { result.append(signed) }
                    }
                }
            }
        }
        return result.filter { $0 != cell.value && $0.magnitude <= maxThousands.magnitude }
    }
}
