/// Amounts per year over a contiguous range of years, stored densely so that totals are simple loops.
///
/// A year without an amount (an empty cell in a municipal table) holds 0. Reading a year outside the range
/// gives 0; the range itself is the proposal's year range.
public struct YearSeries: Sendable, Hashable {
    public let firstYear: Int
    public private(set) var values: [Amount]

    public init(firstYear: Int, values: [Amount]) {
        self.firstYear = firstYear
        self.values = values
    }

    /// A series of zeros over `years`.
    public init(years: ClosedRange<Int>) {
        self.firstYear = years.lowerBound
        self.values = Array(repeating: 0, count: years.count)
    }

    /// A series over `years` from a sparse map; years outside the range are ignored (callers validate).
    public init(years: ClosedRange<Int>, amounts: [Int: Amount]) {
        self.init(years: years)
        for (year, amount) in amounts where years.contains(year) {
            values[year - firstYear] = amount
        }
    }

    public var lastYear: Int { firstYear + values.count - 1 }
    public var years: ClosedRange<Int> { firstYear...max(firstYear, lastYear) }
    public var isEmpty: Bool { values.isEmpty }

    public subscript(year: Int) -> Amount {
        get {
            let index = year - firstYear
            return index >= 0 && index < values.count ? values[index] : 0
        }
        set {
            let index = year - firstYear
            if index >= 0 && index < values.count { values[index] = newValue }
        }
    }

    /// The sum of all years.
    public var sum: Amount { values.reduce(0, +) }

    /// True when every year is zero.
    public var isZero: Bool { values.allSatisfy { $0 == 0 } }

    /// Adds `other` year by year over this series' range.
    public mutating func add(_ other: YearSeries) {
        if other.firstYear == firstYear && other.values.count == values.count {
            for index in values.indices { values[index] &+= other.values[index] }
        } else {
            for year in years { self[year] &+= other[year] }
        }
    }

    public static func + (lhs: YearSeries, rhs: YearSeries) -> YearSeries {
        var result = lhs
        result.add(rhs)
        return result
    }

    /// The non-zero years as a map (the sparse form used in files).
    public var nonZeroAmounts: [Int: Amount] {
        var result: [Int: Amount] = [:]
        for (index, value) in values.enumerated() where value != 0 { result[firstYear + index] = value }
        return result
    }

    /// The same amounts over another year range: years outside `years` are dropped, new years are 0.
    public func resized(to years: ClosedRange<Int>) -> YearSeries {
        var result = YearSeries(years: years)
        for year in years { result[year] = self[year] }
        return result
    }
}
