/// A price/wage index series (DOMAIN.md §4): KL's service p/l estimates for service, a separate series for
/// construction, the net price index for SØM-style unit prices. Index values are published data with a
/// vintage ("KL juni 2024"); none are in the seeds, and Gevinst ships none as if they were real: a series
/// made up for examples or tests says so with `illustrative`.
public struct PriceIndexSeries: Sendable, Hashable {
    public var name: String
    /// Who publishes the values ("KL, Pris- og lønskøn").
    public var source: String
    /// Which edition of the values ("juni 2024").
    public var vintage: String
    /// True when the values are made up for an example, not published figures.
    public var illustrative: Bool
    /// Index value per year.
    public var values: [Int: Quantity]

    public init(name: String, source: String, vintage: String, illustrative: Bool, values: [Int: Quantity]) {
        self.name = name
        self.source = source
        self.vintage = vintage
        self.illustrative = illustrative
        self.values = values
    }

    /// The index for `year`, or nil when the series has none.
    public func index(for year: Int) -> Quantity? { values[year] }

    /// The years the series covers, in order.
    public var years: [Int] { values.keys.sorted() }
}
