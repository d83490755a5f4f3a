/// Lost efficiency (*tabt effektivisering*, DOMAIN.md §1, §6): per year, planned − realised, in the
/// municipal sign convention (savings negative), for the years where both are known up to the period. A
/// negative value is a saving that was planned and not realised: it is outstanding and must be covered by a
/// compensating action, by default a frame cut on the affected area (002: "Den tabte effektivisering i 2024
/// vil blive indhentet ved rammebesparelse på det berørte område"). A positive value is more realised than
/// planned; it does not offset another year's shortfall.
public struct LostEfficiency: Sendable, Hashable {
    /// planned − realised per year (years where both are known, up to `through`).
    public let perYear: [Int: Amount]
    /// The shortfall per year: the negative part of planned − realised (0 is left out).
    public let outstanding: [Int: Amount]
    /// True when a difference did not fit in `Amount` and was stopped at its limit.
    public let saturated: Bool

    public init(planned: [Int: Amount], realised: [Int: Amount], through lastYear: Int? = nil) {
        var perYear: [Int: Amount] = [:]
        var saturated = false
        for (year, plannedAmount) in planned {
            if let lastYear, year > lastYear { continue }
            guard let realisedAmount = realised[year] else { continue }
            let difference = SaturatingAmount.subtracting(plannedAmount, realisedAmount)
            perYear[year] = difference.value
            if difference.saturated { saturated = true }
        }
        self.perYear = perYear
        self.outstanding = perYear.filter { $0.value < 0 }
        self.saturated = saturated
    }

    /// The shortfall over all years (≤ 0).
    public var totalOutstanding: Amount {
        var total = AmountTotal()
        for amount in outstanding.values { total.add(amount) }
        return total.value
    }

    /// How far carried-out compensating actions cover the shortfall, year by year. An action that is only
    /// planned covers nothing yet, and no year is covered beyond its shortfall.
    public func coverage(by actions: [CompensatingAction]) -> EfficiencyCoverage {
        var compensation: [Int: AmountTotal] = [:]
        for action in actions where action.isCarriedOut {
            for (year, amount) in action.amounts where amount < 0 { compensation[year, default: AmountTotal()].add(amount) }
        }
        var covered: [Int: Amount] = [:]
        var remaining: [Int: Amount] = [:]
        for (year, shortfall) in outstanding {
            let available = compensation[year]?.value ?? 0
            // Both are ≤ 0: the covered part is the one nearer to zero.
            let part = max(shortfall, available)
            if part != 0 { covered[year] = part }
            let rest = shortfall - part
            if rest != 0 { remaining[year] = rest }
        }
        return EfficiencyCoverage(outstanding: outstanding, covered: covered, remaining: remaining)
    }
}

/// The shortfall of a record split into what compensating actions cover and what remains, per year;
/// all amounts ≤ 0 with |covered| ≤ |outstanding| and covered + remaining = outstanding in every year.
public struct EfficiencyCoverage: Sendable, Hashable {
    public let outstanding: [Int: Amount]
    public let covered: [Int: Amount]
    public let remaining: [Int: Amount]

    public var totalOutstanding: Amount { Self.total(outstanding) }
    public var totalCovered: Amount { Self.total(covered) }
    public var totalRemaining: Amount { Self.total(remaining) }

    /// True when nothing is outstanding or everything outstanding is covered.
    public var isFullyCovered: Bool { remaining.isEmpty }

    private static func total(_ amounts: [Int: Amount]) -> Amount {
        var total = AmountTotal()
        for amount in amounts.values { total.add(amount) }
        return total.value
    }
}
