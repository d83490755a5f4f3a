import GevinstCore

/// The unit a table prints its amounts in. Amounts are kroner everywhere in Gevinst; a table shows them in
/// 1.000 kr. (the municipal template) or in mio. kr. (the strategy plan in seed 004, "Mio. kr. 2019 2020…").
public enum AmountUnit: String, Sendable, Hashable, CaseIterable {
    /// 1.000 kr., whole thousands as the municipal tables print them ("-1.300"; 12.500 kr. shows as "13").
    case thousands
    /// mio. kr. with at least one decimal, as seed 004 prints them ("2,0", "0,75", "-1,5").
    case millions
    /// Whole kroner.
    case kroner

    /// How many kroner one printed unit is.
    public var divisor: Int64 {
        switch self {
        case .thousands: 1_000
        case .millions: 1_000_000
        case .kroner: 1
        }
    }

    /// The unit as the table heading writes it.
    public var label: String {
        switch self {
        case .thousands: "1.000 kr."
        case .millions: "mio. kr."
        case .kroner: "kr."
        }
    }

    /// The unit a document states in words ("mio. kr.", "1.000 kr.", "t.kr."); kroner when it names neither.
    public init(documentUnit text: String) {
        let lowered = text.lowercased()
        if lowered.contains("mio") { self = .millions }
        else if lowered.contains("1.000") || lowered.contains("t.kr") || lowered.contains("tkr") { self = .thousands }
        else { self = .kroner }
    }

    /// Danish format in this unit: thousands through Core's `DanishNumber.thousands`; millions with at least
    /// one decimal and no trailing zeros beyond it.
    public func format(_ kroner: Amount) -> String {
        switch self {
        case .thousands: return DanishNumber.thousands(kroner)
        case .kroner: return DanishNumber.format(kroner)
        case .millions:
            let (whole, fraction) = ExactDecimal.split(kroner, divisor: divisor)
            let decimals = fraction.isEmpty ? "0" : fraction
            let sign = kroner < 0 ? "-" : ""
            return sign + ExactDecimal.grouped(whole) + "," + decimals
        }
    }

    /// The amount in this unit as a plain decimal for a spreadsheet cell ("-1300", "12.5", "0.75").
    public func spreadsheetValue(_ kroner: Amount) -> String {
        let (whole, fraction) = ExactDecimal.split(kroner, divisor: divisor)
        let sign = kroner < 0 ? "-" : ""
        return sign + String(whole) + (fraction.isEmpty ? "" : "." + fraction)
    }

    /// True when the amount is a whole number of units (the `#,##0` style fits it).
    public func isWhole(_ kroner: Amount) -> Bool { kroner % divisor == 0 }
}

/// Exact decimal division of kroner by a power of ten, without floating point.
enum ExactDecimal {
    /// The magnitude's whole part and its fraction digits without trailing zeros: (1, "5") for 1500 / 1000.
    static func split(_ value: Amount, divisor: Int64) -> (whole: UInt64, fraction: String) {
        let magnitude = value.magnitude
        let unsignedDivisor = UInt64(divisor)
        let whole = magnitude / unsignedDivisor
        let rest = magnitude % unsignedDivisor
        guard rest != 0 else { return (whole, "") }
        var digits = String(rest)
        let width = String(unsignedDivisor).count - 1
        while digits.count < width { digits = "0" + digits }
        while digits.hasSuffix("0") { digits.removeLast() }
        return (whole, digits)
    }

    /// Digits grouped by "." in threes: 1234567 → "1.234.567".
    static func grouped(_ value: UInt64) -> String {
        let digits = String(value)
        var result = ""
        for (offset, character) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { result.append(".") }
            result.append(character)
        }
        return result
    }
}
