/// A line given by its calculation instead of typed amounts (DOMAIN.md §4, "How the amounts are estimated").
///
/// The amount for a year is `sign × formula × share(year)`, rounded once to whole kroner by `Rounding`.
/// `profile` says which share of the full effect applies each year: a half-year first year is 0,5; a
/// phase-in is 0,75 then 1; a year missing from the profile has no amount.
public struct Driver: Sendable, Hashable {
    public var formula: DriverFormula
    /// Whether the result is a saving (negative amounts) or a cost (positive amounts).
    public var effect: Effect
    /// Share of the full effect per year.
    public var profile: [Int: Quantity]

    public enum Effect: String, Sendable, Hashable, CaseIterable {
        case saving
        case cost
    }

    public init(formula: DriverFormula, effect: Effect, profile: [Int: Quantity]) {
        self.formula = formula
        self.effect = effect
        self.profile = profile
    }

    /// The formula as a consultant writes it in section 1.4, with the share per year.
    public var explanation: String {
        let shares = profile.keys.sorted().map { "\($0): \(profile[$0]?.danish ?? "0")" }.joined(separator: ", ")
        let sign = effect == .saving ? "besparelse" : "udgift"
        return "\(formula.explanation) (\(sign); andel pr. år: \(shares))"
    }

    /// The driver's amounts over `years`, each rounded to whole kroner. Returns nil when a result exceeds
    /// `AmountLimits.maxMagnitude` or its exact product does not fit in `Int128` (the caller reports it).
    public func amounts(over years: ClosedRange<Int>) -> YearSeries? {
        var series = YearSeries(years: years)
        guard let (fullNumerator, fullScale) = formula.checkedProduct else { return nil }
        for (year, share) in profile where years.contains(year) {
            let (numerator, overflow) = fullNumerator.multipliedReportingOverflow(by: Int128(share.units))
            guard !overflow, share.scale >= 0, share.scale <= 36 else { return nil }
            let scale = fullScale + share.scale
            guard scale >= 0, scale <= 36 else { return nil }
            var denominator: Int128 = 1
            for _ in 0..<scale { denominator *= 10 }
            let rounded = Rounding.wholeKroner(numerator, over: denominator)
            let signed = effect == .saving ? -rounded : rounded
            guard signed.magnitude <= UInt128(AmountLimits.maxMagnitude.magnitude) else { return nil }
            series[year] = Amount(signed)
        }
        return series
    }
}

/// The calculations that the seeds show behind their amounts.
public enum DriverFormula: Sendable, Hashable {
    /// Staff: FTE × annual cost per FTE (kr.). The share of the year is the driver's profile.
    case staff(fte: Quantity, annualCost: Quantity)
    /// Cases: count × duration (months, weeks…) × unit price per duration (kr.).
    /// "8 unge × 3 måneder × 75 t.kr. pr. måned".
    case cases(count: Quantity, duration: Quantity, unitPrice: Quantity)
    /// Target group, as in Socialstyrelsen's SØM: people × success rate × consequence per success × unit price.
    case targetGroup(people: Quantity, successRate: Quantity, consequencePerSuccess: Quantity, unitPrice: Quantity)
    /// A fixed amount per year (rent, licences; "63 borde × 2.400 kr." is a `cases` with duration 1).
    case fixed(amount: Quantity)

    /// The factors in order.
    public var factors: [Quantity] {
        switch self {
        case let .staff(fte, annualCost): [fte, annualCost]
        case let .cases(count, duration, unitPrice): [count, duration, unitPrice]
        case let .targetGroup(people, successRate, consequence, unitPrice): [people, successRate, consequence, unitPrice]
        case let .fixed(amount): [amount]
        }
    }

    /// The product of the factors as an exact `numerator × 10^-scale`, or nil when it does not fit in `Int128`
    /// (far beyond any amount `AmountLimits` allows).
    var checkedProduct: (Int128, Int)? {
        var numerator: Int128 = 1
        var scale = 0
        for factor in factors {
            let (product, overflow) = numerator.multipliedReportingOverflow(by: Int128(factor.units))
            if overflow || factor.scale < 0 || factor.scale > 36 { return nil }
            numerator = product
            scale += factor.scale
        }
        return (numerator, scale)
    }

    public var kind: String {
        switch self {
        case .staff: "staff"
        case .cases: "cases"
        case .targetGroup: "targetGroup"
        case .fixed: "fixed"
        }
    }

    /// The formula in words, Danish number format.
    public var explanation: String {
        switch self {
        case let .staff(fte, annualCost):
            "\(fte.danish) årsværk × \(DanishNumber.format(annualCost)) kr. pr. årsværk"
        case let .cases(count, duration, unitPrice):
            "\(count.danish) sager × \(duration.danish) perioder × \(DanishNumber.format(unitPrice)) kr. pr. periode"
        case let .targetGroup(people, successRate, consequence, unitPrice):
            "\(people.danish) personer × \(successRate.danish) succesrate × \(consequence.danish) konsekvens pr. succes × \(DanishNumber.format(unitPrice)) kr."
        case let .fixed(amount):
            "\(DanishNumber.format(amount)) kr. pr. år"
        }
    }
}
