import GevinstCore

/// An amount printed in "1.000 kr." (the unit of every table in seed 003: "1.000 kr. 2020 p/l"), read into
/// whole kroner: "1.540" → 1 540 000, "-1.300" → −1 300 000, "-1200" (003 HA06 Tabel 2, no thousands separator)
/// → −1 200 000, "12,5" → 12 500.
enum ThousandsAmount {
    enum Reading: Sendable, Hashable {
        /// An empty cell, or a dash standing for nothing.
        case blank
        case amount(Amount)
        /// Text that is not an amount, or one beyond `AmountLimits.maxMagnitude`.
        case unreadable(String)
    }

    /// Reads a cell. Never traps: overflow and unknown text come back as `.unreadable`.
    static func read(_ cell: String) -> Reading {
        let text = MarkdownInline.clean(cell)
        if text.isEmpty || text == "-" { return .blank }
        return readPlain(text) ?? readGeneral(text)
    }

    /// The reading of any cleaned cell, by `Character`: dashes, spaces inside the number, "−" and "–" signs.
    static func readGeneral(_ cleaned: String) -> Reading {
        var text = cleaned
        if text.isEmpty || text == "-" || text == "–" || text == "—" { return .blank }
        text = text.filter { $0 != " " && $0 != "\u{00A0}" }
        var wholeText = Substring(text)
        var fraction: Int64 = 0
        var negative = false
        if let first = wholeText.first, first == "-" || first == "−" || first == "–" { negative = true }
        if let comma = wholeText.firstIndex(of: ",") {
            let digits = wholeText[wholeText.index(after: comma)...]
            guard !digits.isEmpty, digits.count <= 3, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                return .unreadable(text)
            }
            var padded = String(digits)
            while padded.count < 3 { padded += "0" }
            fraction = Int64(padded) ?? 0
            wholeText = wholeText[..<comma]
            if wholeText == "-" || wholeText == "−" || wholeText == "–" { wholeText = "-0" }
        }
        guard let whole = DanishNumber.parseInteger(String(wholeText)) else { return .unreadable(text) }
        let limit = AmountLimits.maxMagnitude / 1000
        guard whole >= -limit && whole <= limit else { return .unreadable(text) }
        let magnitude = whole.magnitude * 1000 + UInt64(fraction)
        let kroner = Int64(magnitude)
        return .amount(negative ? -kroner : kroner)
    }

    /// `readGeneral` for a cell of ASCII digits, dots and commas after an optional "-" ("1.540", "-1200",
    /// "12,5"), the form of nearly every cell, done in one pass over its bytes; nil for other text.
    private static func readPlain(_ text: String) -> Reading? {
        let reading: Reading?? = text.utf8.withContiguousStorageIfAvailable { bytes in
            let negative = bytes.first == UInt8(ascii: "-")
            let start = negative ? 1 : 0
            var end = bytes.count
            for index in start..<end where !(bytes[index].isASCIIDigit || bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ",")) {
                return nil
            }
            // Up to three decimals after the first comma: "0,5" is 500 kr.; "-,5" reads as "-0,5".
            var fraction: UInt64 = 0
            var wholeIsZero = false
            if let comma = bytes[start...].firstIndex(of: UInt8(ascii: ",")) {
                let decimals = bytes[(comma + 1)...]
                guard !decimals.isEmpty, decimals.count <= 3, decimals.allSatisfy(\.isASCIIDigit) else { return .unreadable(text) }
                for place in 0..<3 {
                    fraction = fraction * 10 + (place < decimals.count ? UInt64(decimals[comma + 1 + place] &- 0x30) : 0)
                }
                wholeIsZero = negative && comma == start
                end = comma
            }
            // The whole part: digits without dots ("1200"), or one to three digits then groups of three ("1.540.000").
            var whole: UInt64 = 0
            if !wholeIsZero {
                var groups = 1
                var groupLength = 0
                for index in start..<end {
                    let byte = bytes[index]
                    if byte == UInt8(ascii: ".") {
                        guard groupLength > 0, groupLength == 3 || groups == 1 && groupLength < 3 else { return .unreadable(text) }
                        groups += 1
                        groupLength = 0
                        continue
                    }
                    let (times, timesOverflow) = whole.multipliedReportingOverflow(by: 10)
                    let (sum, sumOverflow) = times.addingReportingOverflow(UInt64(byte &- 0x30))
                    guard !timesOverflow, !sumOverflow else { return .unreadable(text) }
                    whole = sum
                    groupLength += 1
                }
                guard groupLength > 0, groups == 1 || groupLength == 3 else { return .unreadable(text) }
            }
            guard whole <= UInt64(AmountLimits.maxMagnitude / 1000) else { return .unreadable(text) }
            let kroner = Int64(whole * 1000 + fraction)
            return .amount(negative ? -kroner : kroner)
        }
        return reading ?? nil
    }
}
