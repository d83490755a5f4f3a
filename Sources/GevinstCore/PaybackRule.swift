/// A named, documented convention for *tilbagebetalingstid* (payback time), DOMAIN.md §5.
///
/// The seeds follow no single rule, so the rule is data chosen per budget round. The default,
/// `first-year-strict`, reproduces 19 of the 21 printed paybacks of catalogue 003 (2019): year 1 is the first
/// year of the table, and payback is the first year in which the cumulative net is below zero.
public struct PaybackRule: Sendable, Hashable, CustomStringConvertible {
    public var start: Start
    public var threshold: Threshold
    public var interpolation: Interpolation

    public enum Start: String, Sendable, Hashable, CaseIterable {
        /// Year 1 is the first year of the table (the first investment year).
        case firstYearOfTable = "first-year"
        /// Year 1 is the first year with a saving (the permanent total below zero): one year less when the
        /// investment comes a year before the savings, as some of 000 and 001 count.
        case firstYearWithSavings = "first-savings-year"
    }

    public enum Threshold: String, Sendable, Hashable, CaseIterable {
        /// Paid back when the cumulative net is below zero (003 SI02 reaches exactly 0 in year 2 and prints 3).
        case strict
        /// Paid back when the cumulative net is zero or below.
        case inclusive
    }

    public enum Interpolation: String, Sendable, Hashable, CaseIterable {
        /// Whole years.
        case wholeYears = "whole"
        /// The fraction of the crossing year in which the cumulative net reaches zero, assuming the year's net
        /// accrues evenly, rounded up to the next tenth of a year (so a stated payback is never optimistic).
        case tenthsRoundedUp = "tenths"
    }

    public init(start: Start = .firstYearOfTable, threshold: Threshold = .strict, interpolation: Interpolation = .wholeYears) {
        self.start = start
        self.threshold = threshold
        self.interpolation = interpolation
    }

    /// The default rule (catalogue 003's convention).
    public static let firstYearStrict = PaybackRule()
    public static let firstYearInclusive = PaybackRule(threshold: .inclusive)
    public static let firstSavingsYearStrict = PaybackRule(start: .firstYearWithSavings)
    public static let firstSavingsYearInclusive = PaybackRule(start: .firstYearWithSavings, threshold: .inclusive)
    public static let interpolated = PaybackRule(interpolation: .tenthsRoundedUp)

    /// Every rule with a name, default first; documents' printed paybacks are compared against each.
    public static let named: [PaybackRule] = [
        .firstYearStrict, .firstYearInclusive, .firstSavingsYearStrict, .firstSavingsYearInclusive, .interpolated,
    ]

    /// "first-year-strict", "first-savings-year-inclusive", "first-year-strict-tenths".
    public var name: String {
        let base = "\(start.rawValue)-\(threshold.rawValue)"
        return interpolation == .wholeYears ? base : base + "-tenths"
    }

    public var description: String { name }

    /// The rule with this name, or nil.
    public static func named(_ name: String) -> PaybackRule? {
        for start in Start.allCases {
            for threshold in Threshold.allCases {
                for interpolation in Interpolation.allCases {
                    let rule = PaybackRule(start: start, threshold: threshold, interpolation: interpolation)
                    if rule.name == name { return rule }
                }
            }
        }
        return nil
    }

    /// The names `named(_:)` accepts.
    public static var allNames: [String] {
        Start.allCases.flatMap { start in
            Threshold.allCases.flatMap { threshold in
                Interpolation.allCases.map { PaybackRule(start: start, threshold: threshold, interpolation: $0).name }
            }
        }
    }

    /// The payback of a net series. `permanent` says which years have savings (used by `firstYearWithSavings`).
    public func payback(net: YearSeries, permanent: YearSeries) -> PaybackYears? {
        let values = net.values
        var cumulative: Amount = 0
        var crossing: Int? = nil
        var before: Amount = 0
        for (index, value) in values.enumerated() {
            before = cumulative
            cumulative &+= value
            let paid = threshold == .strict ? cumulative < 0 : cumulative <= 0
            // A table whose cumulative net never rises above zero and has no saving has nothing to pay back.
            if paid && (cumulative != 0 || values[...index].contains { $0 != 0 }) {
                crossing = index
                break
            }
        }
        guard let crossingIndex = crossing else { return nil }
        var offset = 0
        if start == .firstYearWithSavings, let firstSaving = permanent.values.firstIndex(where: { $0 < 0 }) {
            offset = min(firstSaving, crossingIndex)
        }
        let wholeYears = crossingIndex + 1 - offset
        switch interpolation {
        case .wholeYears:
            return PaybackYears(tenths: wholeYears * 10)
        case .tenthsRoundedUp:
            // Cumulative was `before` (> 0) at the start of the crossing year and `cumulative` at its end.
            let yearNet = cumulative - before
            guard before > 0, yearNet < 0 else { return PaybackYears(tenths: wholeYears * 10) }
            let numerator = Int128(before) * 10
            let denominator = Int128(-yearNet)
            var tenthsInYear = Int(numerator / denominator)
            if numerator % denominator != 0 { tenthsInYear += 1 }
            return PaybackYears(tenths: (wholeYears - 1) * 10 + max(1, min(10, tenthsInYear)))
        }
    }
}

/// A payback time in tenths of a year (whole-year rules give multiples of ten).
public struct PaybackYears: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let tenths: Int

    public init(tenths: Int) { self.tenths = tenths }
    public init(years: Int) { self.tenths = years * 10 }

    /// Whole years when the value is whole, else nil.
    public var wholeYears: Int? { tenths % 10 == 0 ? tenths / 10 : nil }

    /// "3" or "2,4".
    public var description: String {
        tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10),\(tenths % 10)"
    }

    public static func < (lhs: PaybackYears, rhs: PaybackYears) -> Bool { lhs.tenths < rhs.tenths }
}
