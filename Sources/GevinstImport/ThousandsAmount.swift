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
        var text = MarkdownInline.clean(cell)
        if text.isEmpty || text == "-" || text == "–" || text == "—" { return .blank }
        if let reading = readPlain(text) { return reading }
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

    /// The same reading for a cell of ASCII digits, dots and commas after an optional "-" ("1.540", "-1200",
    /// "12,5"), the form of nearly every cell, done on its bytes instead of its characters; nil for other text.
    private static func readPlain(_ text: String) -> Reading? {
        let all = Array(text.utf8)
        let negative = all.first == UInt8(ascii: "-")
        var bytes = negative ? all.dropFirst() : all[...]
        let isPlain = { (byte: UInt8) in byte &- 0x30 < 10 || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",") }
        guard bytes.allSatisfy(isPlain) else { return nil }
        // Up to three decimals after the first comma: "0,5" is 500 kr.; "-,5" reads as "-0,5".
        var fraction: UInt64 = 0
        var wholeIsZero = false
        if let comma = bytes.firstIndex(of: UInt8(ascii: ",")) {
            let decimals = bytes[(comma + 1)...]
            guard !decimals.isEmpty, decimals.count <= 3, decimals.allSatisfy({ $0 &- 0x30 < 10 }) else { return .unreadable(text) }
            for place in 0..<3 {
                fraction = fraction * 10 + (place < decimals.count ? UInt64(decimals[decimals.startIndex + place] &- 0x30) : 0)
            }
            wholeIsZero = negative && comma == bytes.startIndex
            bytes = bytes[..<comma]
        }
        // The whole part: digits without dots ("1200"), or one to three digits then groups of three ("1.540.000").
        var whole: UInt64 = 0
        if !wholeIsZero {
            guard !bytes.isEmpty else { return .unreadable(text) }
            let groups = bytes.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
            for (index, group) in groups.enumerated() {
                guard !group.isEmpty, index == 0 || group.count == 3, index > 0 || groups.count == 1 || group.count <= 3 else {
                    return .unreadable(text)
                }
                for digit in group {
                    let (times, timesOverflow) = whole.multipliedReportingOverflow(by: 10)
                    let (sum, sumOverflow) = times.addingReportingOverflow(UInt64(digit &- 0x30))
                    guard !timesOverflow, !sumOverflow else { return .unreadable(text) }
                    whole = sum
                }
            }
        }
        guard whole <= UInt64(AmountLimits.maxMagnitude / 1000) else { return .unreadable(text) }
        let kroner = Int64(whole * 1000 + fraction)
        return .amount(negative ? -kroner : kroner)
    }
}
