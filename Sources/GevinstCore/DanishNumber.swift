/// Danish number format: "." groups thousands, "," is the decimal mark ("1.500", "-2.000", "0,5").
public enum DanishNumber {
    /// An integer with thousands separators: 1500 → "1.500", -2000000 → "-2.000.000".
    public static func format(_ value: Int64) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (offset, character) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { grouped.append(".") }
            grouped.append(character)
        }
        return value < 0 ? "-" + grouped : grouped
    }

    /// Kroner shown in whole 1.000 kr. as the municipal tables print them: 1_540_000 → "1.540",
    /// -1_184_832 → "-1.185" (half away from zero). Totals are always summed from the exact kroner first; use
    /// `isWholeThousands` to say under a table when a figure was rounded for display.
    public static func thousands(_ kroner: Amount) -> String {
        format(Int64(Rounding.wholeKroner(Int128(kroner), over: 1000)))
    }

    /// Kroner in 1.000 kr. without hiding a remainder: 1_540_000 → "1.540", 12_500 → "12,5".
    public static func thousandsExact(_ kroner: Amount) -> String {
        let whole = kroner / 1000
        let rest = (kroner % 1000).magnitude
        if rest == 0 { return format(whole) }
        var fraction = String(rest)
        while fraction.count < 3 { fraction = "0" + fraction }
        while fraction.hasSuffix("0") { fraction.removeLast() }
        let sign = (kroner < 0 && whole == 0) ? "-" : ""
        return sign + format(whole) + "," + fraction
    }

    /// True when `kroner` is a whole number of thousands (shown exactly by `thousands`).
    public static func isWholeThousands(_ kroner: Amount) -> Bool { kroner % 1000 == 0 }

    /// A quantity with grouped whole part: 75000 → "75.000", 2,5 → "2,5".
    public static func format(_ quantity: Quantity) -> String {
        let text = quantity.danish
        let parts = text.split(separator: ",", maxSplits: 1)
        guard let wholeText = parts.first, let whole = Int64(wholeText) else { return text }
        let grouped = (wholeText.hasPrefix("-") && whole == 0 ? "-" : "") + format(whole)
        return parts.count > 1 ? grouped + "," + parts[1] : grouped
    }

    /// Parses a Danish-formatted integer amount as printed: "1.500", "-2.000", "−400", "0", and "1 500" grouped by
    /// a space (or the no-break space Excel shows), never mixed with ".". Returns nil for anything else (a decimal, a
    /// word). Use `parseDecimal` for "0,5".
    public static func parseInteger(_ text: String) -> Int64? {
        var body = Substring(text.trimmingSpaces())
        var negative = false
        if let first = body.first, first == "-" || first == "−" || first == "–" { negative = true; body = body.dropFirst() }
        guard !body.isEmpty else { return nil }
        let separator: Character = body.contains(".") ? "." : " "
        if separator == " " {
            body = Substring(String(body.map { $0 == "\u{00A0}" || $0 == "\u{202F}" || $0 == "\u{2009}" ? " " : $0 }))
        }
        let groups = body.split(separator: separator, omittingEmptySubsequences: false)
        for (index, group) in groups.enumerated() {
            guard !group.isEmpty, group.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            if index > 0 && group.count != 3 { return nil }
            if index == 0 && groups.count > 1 && group.count > 3 { return nil }
        }
        guard let value = Int64(groups.joined()) else { return nil }
        return negative ? -value : value
    }
}
