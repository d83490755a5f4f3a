/// The one place where Gevinst rounds to whole kroner.
///
/// Drivers and price conversions compute with exact fractions and call `wholeKroner` once on the result;
/// the rule is *half away from zero*, the rounding a person does by hand ("2,5 → 3", "-2,5 → -3").
public enum Rounding {
    /// `numerator / denominator` rounded half away from zero. `denominator` must be positive.
    public static func wholeKroner(_ numerator: Int128, over denominator: Int128) -> Int128 {
        precondition(denominator > 0, "rounding denominator must be positive")
        let quotient = numerator / denominator
        let remainder = numerator % denominator
        if remainder.magnitude * 2 >= denominator.magnitude {
            return numerator < 0 ? quotient - 1 : quotient + 1
        }
        return quotient
    }
}
