/// Converts a proposal from its price level year A to year B: every amount × I(B) / I(A), with I an index
/// series (DOMAIN.md §4; "udarbejdes i 2023 p/l, men udmøntes i overførselssagen i 2022 p/l", 000).
///
/// Each typed amount is computed exactly and rounded once, half away from zero (`Rounding.wholeKroner`).
/// A line given by a driver converts its price (annual cost per FTE, unit price, fixed amount), rounded to
/// whole kroner as a consultant states a price, and its amounts are the converted driver's results, so the
/// formula and the amounts of a converted file always agree (the native format refuses a file where they do
/// not). Such an amount may differ from converting the old amount directly by at most half a krone per unit
/// of the driver's other factors (e.g. 12 sager × 4 måneder → at most 24 kr.). The converted proposal
/// carries no `printed` figures: they were printed at year A and no longer describe its lines.
///
/// Round trip: converting A→B→A changes an amount by at most ⌊1/2 + I(A)/(2·I(B))⌋ kr.: not at all when
/// I(B) > I(A), at most 1 kr. when I(B)/I(A) > 1/3 (every real p/l step).
public enum PriceConversion {
    public static func convert(_ proposal: Proposal, to year: Int, using series: PriceIndexSeries) -> Result<Proposal, PriceConversionError> {
        guard let from = proposal.priceLevelYear else { return .failure(.noPriceLevel(proposal: proposal.displayName)) }
        if from == year { return .success(proposal) }
        guard let indexFrom = series.index(for: from) else { return .failure(.missingIndexYear(year: from, series: series.name)) }
        guard let indexTo = series.index(for: year) else { return .failure(.missingIndexYear(year: year, series: series.name)) }
        guard indexFrom.units > 0, indexFrom.scale >= 0 else { return .failure(.nonPositiveIndex(year: from, series: series.name)) }
        guard indexTo.units > 0, indexTo.scale >= 0 else { return .failure(.nonPositiveIndex(year: year, series: series.name)) }
        let ratio = Ratio(from: indexFrom, to: indexTo)

        var result = proposal
        for lineIndex in result.lines.indices {
            let line = result.lines[lineIndex]
            var values = line.amounts.values
            for valueIndex in values.indices where values[valueIndex] != 0 {
                guard let converted = ratio.apply(units: values[valueIndex], scale: 0) else {
                    return .failure(.amountOutOfRange(
                        proposal: proposal.displayName, line: line.label, year: line.amounts.firstYear + valueIndex))
                }
                values[valueIndex] = converted
            }
            result.lines[lineIndex].amounts = YearSeries(firstYear: line.amounts.firstYear, values: values)
            if let driver = line.driver {
                guard let formula = convert(driver.formula, ratio) else {
                    return .failure(.unitPriceOutOfRange(proposal: proposal.displayName, line: line.label))
                }
                var converted = driver
                converted.formula = formula
                guard let amounts = converted.amounts(over: proposal.years) else {
                    return .failure(.unitPriceOutOfRange(proposal: proposal.displayName, line: line.label))
                }
                result.lines[lineIndex].driver = converted
                result.lines[lineIndex].amounts = amounts
            }
        }
        result.priceLevelYear = year
        result.printed = nil
        return .success(result)
    }

    /// One amount converted from index `from` to index `to`, rounded once; nil when the result is beyond
    /// `AmountLimits` or an index is not positive.
    public static func convert(_ amount: Amount, from: Quantity, to: Quantity) -> Amount? {
        guard from.units > 0, to.units > 0, from.scale >= 0, to.scale >= 0 else { return nil }
        return Ratio(from: from, to: to).apply(units: amount, scale: 0)
    }

    /// The driver with its money factor converted (FTE counts, durations and rates are not prices).
    private static func convert(_ formula: DriverFormula, _ ratio: Ratio) -> DriverFormula? {
        func price(_ quantity: Quantity) -> Quantity? {
            ratio.apply(units: quantity.units, scale: quantity.scale).map { Quantity(units: $0, scale: 0) }
        }
        switch formula {
        case let .staff(fte, annualCost):
            return price(annualCost).map { .staff(fte: fte, annualCost: $0) }
        case let .cases(count, duration, unitPrice):
            return price(unitPrice).map { .cases(count: count, duration: duration, unitPrice: $0) }
        case let .targetGroup(people, successRate, consequence, unitPrice):
            return price(unitPrice).map {
                .targetGroup(people: people, successRate: successRate, consequencePerSuccess: consequence, unitPrice: $0)
            }
        case let .fixed(amount):
            return price(amount).map { .fixed(amount: $0) }
        }
    }

    /// I(B) / I(A) as exact integers.
    struct Ratio {
        let from: Quantity
        let to: Quantity

        /// `units × 10^-scale × to / from`, rounded half away from zero to whole kroner; nil beyond
        /// `AmountLimits` or beyond `Int128`.
        func apply(units: Int64, scale: Int) -> Amount? {
            let scales = 0...36
            guard scales.contains(scale), scales.contains(from.scale), scales.contains(to.scale) else { return nil }
            // value = units × to.units × 10^(from.scale) / (10^scale × from.units × 10^(to.scale))
            var (numerator, overflow) = Int128(units).multipliedReportingOverflow(by: Int128(to.units))
            if overflow { return nil }
            var denominator = Int128(from.units)
            let exponent = from.scale - to.scale - scale
            guard let power = Ratio.powerOfTen(abs(exponent)) else { return nil }
            if exponent >= 0 {
                (numerator, overflow) = numerator.multipliedReportingOverflow(by: power)
            } else {
                (denominator, overflow) = denominator.multipliedReportingOverflow(by: power)
            }
            if overflow { return nil }
            let rounded = Rounding.wholeKroner(numerator, over: denominator)
            guard rounded.magnitude <= UInt128(AmountLimits.maxMagnitude.magnitude) else { return nil }
            return Amount(rounded)
        }

        static func powerOfTen(_ exponent: Int) -> Int128? {
            guard exponent >= 0, exponent <= 36 else { return nil }
            var result: Int128 = 1
            for _ in 0..<exponent { result *= 10 }
            return result
        }
    }
}

/// Why a proposal could not be converted, in words a finance consultant acts on.
public enum PriceConversionError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The proposal states no price level year to convert from.
    case noPriceLevel(proposal: String)
    /// The series has no index for a year the conversion needs.
    case missingIndexYear(year: Int, series: String)
    case nonPositiveIndex(year: Int, series: String)
    /// A converted amount would exceed `AmountLimits`.
    case amountOutOfRange(proposal: String, line: String, year: Int)
    case unitPriceOutOfRange(proposal: String, line: String)

    public var description: String {
        switch self {
        case let .noPriceLevel(proposal):
            "\(proposal): the proposal states no price level (p/l) year, so there is nothing to convert from"
        case let .missingIndexYear(year, series):
            "the index series \"\(series)\" has no value for \(year)"
        case let .nonPositiveIndex(year, series):
            "the index series \"\(series)\" has a value for \(year) that is not positive"
        case let .amountOutOfRange(proposal, line, year):
            "\(proposal): line \"\(line)\" in \(year) would exceed \(DanishNumber.format(AmountLimits.maxMagnitude)) kr. after conversion"
        case let .unitPriceOutOfRange(proposal, line):
            "\(proposal): the driver price of line \"\(line)\" would exceed \(DanishNumber.format(AmountLimits.maxMagnitude)) kr. after conversion"
        }
    }
}
