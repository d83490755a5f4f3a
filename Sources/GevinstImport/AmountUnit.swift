import GevinstCore

/// The unit a legacy table prints its amounts in, read from the table's own header. Amounts are stored in
/// kroner, so a figure printed in "1.000 kr." is multiplied by 1 000 and one in "mio. kr." by 1 000 000
/// (002 heads its amount columns "1000. kr."; 004 heads its tables "Mio. kr.").
public enum AmountUnit: Int64, Sendable, Hashable, CaseIterable {
    case kroner = 1
    case thousands = 1_000
    case millions = 1_000_000

    /// The unit named in a header text, or nil when the text names none. "1000. kr.", "1.000 kr.", "t.kr."
    /// and "tkr." are thousands; "mio. kr." and "mio.kr." are millions; a bare "kr." is kroner.
    public static func named(in text: some StringProtocol) -> AmountUnit? {
        let lower = text.lowercased()
        if lower.containsBytes("mio") { return .millions }
        let compact = lower.filter { !$0.isWhitespace }
        for marker in ["1000.kr", "1.000kr", "1000kr", "t.kr", "tkr", "tusindekr"] where compact.containsBytes(marker) {
            return .thousands
        }
        if compact.containsBytes("kr") { return .kroner }
        return nil
    }

    /// How the unit is written in reports: "kr.", "1.000 kr.", "mio. kr.".
    public var label: String {
        switch self {
        case .kroner: "kr."
        case .thousands: "1.000 kr."
        case .millions: "mio. kr."
        }
    }

    /// Kroner written in this unit, Danish format, exactly: 750 000 kr. in millions is "0,75", -5 788 000 in
    /// thousands is "-5.788". No figure is rounded: a remainder shows as decimals.
    public func format(_ kroner: Amount) -> String {
        let divisor = rawValue
        let whole = kroner / divisor
        let rest = (kroner % divisor).magnitude
        let sign = kroner < 0 && whole == 0 ? "-" : ""
        guard rest != 0 else { return DanishNumber.format(whole) }
        var fraction = String(rest)
        let width = String(divisor).count - 1
        while fraction.count < width { fraction = "0" + fraction }
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return sign + DanishNumber.format(whole) + "," + fraction
    }
}
