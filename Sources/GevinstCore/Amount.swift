/// An amount of money in whole Danish kroner. Savings are negative (the municipal sign convention:
/// "Alle besparelser er angivet med negativt (-) fortegn").
///
/// Amounts are exact integers; nothing in Gevinst adds kroner in floating point. Rounding to whole kroner
/// happens once, in `Rounding.wholeKroner`, where a driver or a price conversion produces a fraction.
public typealias Amount = Int64

public enum AmountLimits {
    /// The largest magnitude a single entered amount may have: 10 000 mia. kr., far above any municipal
    /// budget line. Keeping entered amounts below this bound means that sums over a proposal's lines and
    /// years (at most `maxLines` × `maxYears`) can never overflow `Int64`.
    public static let maxMagnitude: Amount = 10_000_000_000_000
    /// The most economic lines one proposal may have.
    public static let maxLines = 1_000
    /// The widest year range one proposal may span.
    public static let maxYears = 50

    public static func isWithinLimit(_ amount: Amount) -> Bool {
        amount >= -maxMagnitude && amount <= maxMagnitude
    }
}
