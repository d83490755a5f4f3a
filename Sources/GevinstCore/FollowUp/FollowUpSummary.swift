/// The portfolio summary of a follow-up period, per area and in total (issue 5): counts by colour, total
/// investment, efficiency at full phase-in as printed, efficiency planned and realised to date (years up to
/// the period's year, where both are known), lost efficiency and how much carried-out compensating actions
/// cover. Amounts are kroner, savings negative; sums saturate rather than trap (`saturated`).
public struct FollowUpSummary: Sendable, Hashable {
    public struct Figures: Sendable, Hashable {
        /// The area's name, or "I alt" for the total.
        public var area: String
        public var records = 0
        public var green = 0
        public var yellow = 0
        public var red = 0
        public var totalInvestment: Amount = 0
        public var efficiencyAtFullPhaseIn: Amount = 0
        public var plannedToDate: Amount = 0
        public var realisedToDate: Amount = 0
        public var lostEfficiency: Amount = 0
        public var coveredEfficiency: Amount = 0
        /// True when a sum went beyond `Int64` and was stopped at its limit.
        public var saturated = false

        public init(area: String) { self.area = area }

        public func count(_ colour: StatusColour) -> Int {
            switch colour {
            case .green: green
            case .yellow: yellow
            case .red: red
            }
        }

        /// Lost efficiency that no carried-out action covers (≤ 0).
        public var uncoveredEfficiency: Amount { SaturatingAmount.subtracting(lostEfficiency, coveredEfficiency).value }
    }

    public var period: String
    /// One entry per configured area that has records, in the configuration's order, then any other area.
    public var areas: [Figures]
    public var total: Figures

    public func figures(forArea area: String) -> Figures? {
        let wanted = FollowUpText.normalised(area)
        return areas.first { FollowUpText.normalised($0.area) == wanted }
    }

    public static let totalLabel = "I alt"

    public static func summarise(_ period: FollowUpPeriod, configuration: FollowUpConfiguration = .default) -> FollowUpSummary {
        var accumulators: [String: Accumulator] = [:]
        var order: [String] = []
        var total = Accumulator(area: totalLabel)
        var normalisedAreas: [String: String] = [:]
        for record in period.records {
            let key: String
            if let known = normalisedAreas[record.area] {
                key = known
            } else {
                key = FollowUpText.normalised(record.area)
                normalisedAreas[record.area] = key
            }
            if accumulators[key] == nil {
                accumulators[key] = Accumulator(area: record.area)
                order.append(key)
            }
            let contribution = Contribution(record: record, asOfYear: period.year)
            accumulators[key]?.add(contribution)
            total.add(contribution)
        }
        let configured = configuration.areas.map { FollowUpText.normalised($0.name) }
        let sortedKeys = configured.filter { accumulators[$0] != nil } + order.filter { !configured.contains($0) }
        return FollowUpSummary(
            period: period.name, areas: sortedKeys.compactMap { accumulators[$0]?.figures }, total: total.figures)
    }

    /// What one record adds to the sums.
    private struct Contribution {
        let colour: StatusColour
        let investment: Amount?
        let efficiency: Amount?
        let planned: Amount
        let realised: Amount
        let lost: Amount
        let covered: Amount
        let saturated: Bool

        init(record: FollowUpRecord, asOfYear: Int) {
            colour = record.colour
            investment = record.totalInvestment
            efficiency = record.efficiencyAtFullPhaseIn
            var planned = AmountTotal()
            var realised = AmountTotal()
            for (year, amount) in record.plannedEfficiency where year <= asOfYear {
                guard let realisedAmount = record.realisedEfficiency[year] else { continue }
                planned.add(amount)
                realised.add(realisedAmount)
            }
            let lost = record.lostEfficiency(through: asOfYear)
            let coverage = lost.coverage(by: record.compensatingActions)
            self.planned = planned.value
            self.realised = realised.value
            self.lost = coverage.totalOutstanding
            self.covered = coverage.totalCovered
            saturated = planned.saturated || realised.saturated || lost.saturated
        }
    }

    private struct Accumulator {
        let area: String
        var records = 0
        var colours: [StatusColour: Int] = [:]
        var investment = AmountTotal()
        var efficiency = AmountTotal()
        var planned = AmountTotal()
        var realised = AmountTotal()
        var lost = AmountTotal()
        var covered = AmountTotal()
        var saturated = false

        init(area: String) { self.area = area }

        mutating func add(_ contribution: Contribution) {
            records += 1
            colours[contribution.colour, default: 0] += 1
            investment.add(contribution.investment)
            efficiency.add(contribution.efficiency)
            planned.add(contribution.planned)
            realised.add(contribution.realised)
            lost.add(contribution.lost)
            covered.add(contribution.covered)
            if contribution.saturated { saturated = true }
        }

        var figures: Figures {
            var figures = Figures(area: area)
            figures.records = records
            figures.green = colours[.green] ?? 0
            figures.yellow = colours[.yellow] ?? 0
            figures.red = colours[.red] ?? 0
            figures.totalInvestment = investment.value
            figures.efficiencyAtFullPhaseIn = efficiency.value
            figures.plannedToDate = planned.value
            figures.realisedToDate = realised.value
            figures.lostEfficiency = lost.value
            figures.coveredEfficiency = covered.value
            figures.saturated = saturated || [investment, efficiency, planned, realised, lost, covered].contains { $0.saturated }
            return figures
        }
    }
}
