import GevinstCore

/// A portfolio of proposals with Core's computation for each, summed per target-group area and overall:
/// the totals of the catalogue's overview table and the portfolio chart.
///
/// Each proposal counts once, under `ProposalArea.primary`. A proposal with variants ("Model 1", "Model 2")
/// is an alternative between models, so the totals count its first variant only. Every sum is checked for
/// overflow.
public struct PortfolioTotals: Sendable, Hashable {
    public var entries: [Entry]
    /// Area codes in catalogue order ("" for proposals without an area, last).
    public var areas: [String]
    public var byArea: [String: Totals]
    public var overall: Totals
    /// Every year any proposal's tables cover, ascending.
    public var years: [Int]

    public struct Entry: Sendable, Hashable {
        public var proposal: Proposal
        /// `Compute.proposal`'s result: one per variant, at least one.
        public var computed: [ComputedProposal]
        public var area: String

        /// The computation the totals count: the first variant.
        public var counted: ComputedProposal? { computed.first }
    }

    public struct Totals: Sendable, Hashable {
        public var investmentService: Amount = 0
        public var investmentAnlaeg: Amount = 0
        public var fullPhaseInEffect: Amount = 0
        /// *Samlede implementeringsomkostninger* per year.
        public var implementationPerYear: [Int: Amount] = [:]
        /// *Samlet varig ændring* per year.
        public var permanentPerYear: [Int: Amount] = [:]

        mutating func add(_ computed: ComputedProposal, what: String) throws(DocumentError) {
            investmentService = try Self.sum(investmentService, computed.investment.service, what: "investment (service), \(what)")
            investmentAnlaeg = try Self.sum(investmentAnlaeg, computed.investment.anlaeg, what: "investment (anlæg), \(what)")
            fullPhaseInEffect = try Self.sum(fullPhaseInEffect, computed.fullPhaseInEffect, what: "efficiency, \(what)")
            for year in computed.years {
                implementationPerYear[year] = try Self.sum(
                    implementationPerYear[year, default: 0], computed.table1.implementationTotal[year], what: "investment \(year), \(what)")
                permanentPerYear[year] = try Self.sum(
                    permanentPerYear[year, default: 0], computed.table1.permanentTotal[year], what: "efficiency \(year), \(what)")
            }
        }

        static func sum(_ lhs: Amount, _ rhs: Amount, what: String) throws(DocumentError) -> Amount {
            let (result, overflow) = lhs.addingReportingOverflow(rhs)
            if overflow { throw .totalOverflow(what: what) }
            return result
        }
    }

    /// Computes every proposal with Core under `settings.paybackRule` and sums them.
    public init(proposals: [Proposal], settings: DocumentSettings) throws(DocumentError) {
        var entries: [Entry] = []
        for proposal in proposals {
            try RenderLimits.check(proposal)
            entries.append(Entry(
                proposal: proposal, computed: Compute.proposal(proposal, rule: settings.paybackRule),
                area: ProposalArea.primary(of: proposal)))
        }
        try self.init(entries: entries, settings: settings)
    }

    /// Sums entries already computed.
    public init(entries unordered: [Entry], settings: DocumentSettings) throws(DocumentError) {
        var codes: [String] = []
        for entry in unordered where !entry.area.isEmpty && !codes.contains(entry.area) { codes.append(entry.area) }
        var areas = settings.orderedAreas(codes)
        if unordered.contains(where: { $0.area.isEmpty }) { areas.append("") }
        var ordered: [Entry] = []
        var byArea: [String: Totals] = [:]
        var overall = Totals()
        var years = Set<Int>()
        for area in areas {
            var totals = Totals()
            for entry in unordered where entry.area == area {
                ordered.append(entry)
                guard let counted = entry.counted else { continue }
                try totals.add(counted, what: settings.areaName(area))
                try overall.add(counted, what: "of all proposals")
                years.formUnion(counted.years)
            }
            byArea[area] = totals
        }
        self.entries = ordered
        self.areas = areas
        self.byArea = byArea
        self.overall = overall
        self.years = years.sorted()
    }

    /// The entries of one area, in catalogue order.
    public func entries(in area: String) -> [Entry] { entries.filter { $0.area == area } }

    /// The price levels the proposals state, ascending; more than one means the sums mix price levels.
    public var priceLevels: [Int] { Array(Set(entries.compactMap(\.proposal.priceLevelYear))).sorted() }
}
