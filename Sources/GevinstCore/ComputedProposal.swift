/// Everything Gevinst computes from a proposal's lines, for one variant: Tabel 1–4, investment, the effect
/// at full phase-in and payback. Nothing here is entered; everything is a function of `Proposal.lines`.
public struct ComputedProposal: Sendable, Hashable {
    /// nil for a proposal without variants; "Model 1" etc. otherwise.
    public var variant: String?
    public var years: ClosedRange<Int>
    public var table1: TableOne
    /// Tabel 2: permanent changes by appropriation.
    public var table2: DetailTable
    /// Tabel 3: service investments (implementation lines that are not Anlæg).
    public var table3: DetailTable
    /// Tabel 4: construction investments (implementation lines in Anlæg).
    public var table4: DetailTable
    public var investment: Investment
    /// *Effekt ved fuld indfasning*: the permanent total in the last year of the table.
    public var fullPhaseInEffect: Amount
    public var payback: Payback
}

/// A computed row: one line's label and amounts, with where it came from in `Proposal.lines`.
public struct ComputedRow: Sendable, Hashable {
    public var label: String
    public var steeringArea: SteeringArea
    public var appropriation: String?
    public var innovationPool: Bool
    public var amounts: YearSeries
    /// Index of the line in `Proposal.lines`.
    public var lineIndex: Int
}

/// Tabel 1, *Forslagets samlede økonomiske konsekvenser*.
public struct TableOne: Sendable, Hashable {
    public var permanentRows: [ComputedRow]
    /// *Samlet varig ændring*.
    public var permanentTotal: YearSeries
    /// The permanent total split by steering area (some editions print "…, service" and "…, Overførsler").
    public var permanentService: YearSeries
    public var permanentOverfoersler: YearSeries
    public var implementationRows: [ComputedRow]
    /// *Samlede implementeringsomkostninger*.
    public var implementationTotal: YearSeries
    /// *Samlet økonomisk påvirkning* = permanent total + implementation total.
    public var net: YearSeries
    /// The net without Overførsler lines, on which service payback is computed.
    public var serviceNet: YearSeries
}

/// A detail table: its rows, groups (Tabel 2 groups by appropriation) and total.
public struct DetailTable: Sendable, Hashable {
    public var rows: [ComputedRow]
    public var groups: [Group]
    public var total: YearSeries

    public struct Group: Sendable, Hashable {
        /// The appropriation; nil for lines that name none.
        public var name: String?
        public var total: YearSeries
    }
}

/// The investment (implementation costs) summed over all years.
public struct Investment: Sendable, Hashable {
    public var service: Amount
    public var anlaeg: Amount
    public var total: Amount { service + anlaeg }
}

/// Payback for service and for total economy, by one rule, beside what the document printed.
public struct Payback: Sendable, Hashable {
    public var rule: PaybackRule
    /// *Tilbagebetalingstid baseret på serviceeffektivisering*: without Overførsler lines.
    public var service: PaybackYears?
    /// *… baseret på totaløkonomi*: every line.
    public var total: PaybackYears?
    public var printedService: Int?
    public var printedTotal: Int?

    /// Said in words where there is no number.
    public static let notPaidBackText = "ikke tilbagebetalt inden for perioden"
}
