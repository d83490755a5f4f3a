/// One line of a proposal's economy: a row of Tabel 1, with everything needed to place it in Tabel 2, 3 and 4.
///
/// Tabel 1 and the detail tables are views of the same lines, so in Gevinst they cannot disagree.
public struct EconomicLine: Sendable, Hashable {
    public var label: String
    public var block: Block
    public var steeringArea: SteeringArea
    /// *Bevilling*, e.g. "3000 – Børnefamilier med særlige behov" (Tabel 2 groups by it).
    public var appropriation: String?
    /// *Udvalg*, e.g. "Socialudvalget" (section 1.5).
    public var committee: String?
    /// Marked for the innovation pool in Tabel 3 ("Innovationspulje (sæt X)").
    public var innovationPool: Bool
    /// A variant such as "Model 1"; lines without a variant belong to every variant.
    public var variant: String?
    /// Amounts per year in kroner. When `driver` is set these are the driver's results.
    public var amounts: YearSeries
    /// The calculation the amounts come from, when the line is given by one.
    public var driver: Driver?

    public init(
        label: String, block: Block, steeringArea: SteeringArea = .service, appropriation: String? = nil,
        committee: String? = nil, innovationPool: Bool = false, variant: String? = nil,
        amounts: YearSeries, driver: Driver? = nil
    ) {
        self.label = label
        self.block = block
        self.steeringArea = steeringArea
        self.appropriation = appropriation
        self.committee = committee
        self.innovationPool = innovationPool
        self.variant = variant
        self.amounts = amounts
        self.driver = driver
    }
}
