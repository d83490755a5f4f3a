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
}
