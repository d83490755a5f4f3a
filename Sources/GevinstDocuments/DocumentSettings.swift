import GevinstCore

/// What a municipality or budget round chooses for its documents: the payback rule, the administrations in
/// the header's checkbox grid and the target-group areas with their names. Values with defaults, never
/// constants in the renderers (ARCHITECTURE.md, "Configuration is data").
public struct DocumentSettings: Sendable, Hashable {
    /// The rule Core computes payback by (DOMAIN.md §5); catalogue 003's rule by default.
    public var paybackRule: PaybackRule
    /// The administrations of the *Berørte forvaltninger* grid, in the template's order.
    public var administrations: [String]
    /// The target-group areas in the order catalogues list them.
    public var areas: [TargetArea]

    public struct TargetArea: Sendable, Hashable {
        /// The code letters ("BU").
        public var code: String
        /// The heading a catalogue prints ("Børnefamilier med særlige behov").
        public var name: String

        public init(code: String, name: String) {
            self.code = code
            self.name = name
        }
    }

    public init(paybackRule: PaybackRule = .firstYearStrict, administrations: [String], areas: [TargetArea]) {
        self.paybackRule = paybackRule
        self.administrations = administrations
        self.areas = areas
    }

    /// Copenhagen's seven administrations as the template's checkbox grid lists them (seed 003, every
    /// proposal's *Berørte forvaltninger*), and the Social Administration's areas: the headings of catalogue
    /// 003 (BU, SI, UD, HA, TV) and the follow-up areas of seed 002 (HJ), with CE for central proposals.
    public static let copenhagen = DocumentSettings(
        administrations: [
            "Økonomiforvaltningen", "Socialforvaltningen", "Kultur- og Fritidsforvaltningen",
            "Teknik- og Miljøforvaltningen", "Børne- og Ungdomsforvaltningen",
            "Beskæftigelses- og Integrationsforvaltningen", "Sundheds- og Omsorgsforvaltningen",
        ],
        areas: [
            TargetArea(code: "BU", name: "Børnefamilier med særlige behov"),
            TargetArea(code: "SI", name: "Borgere med sindslidelse"),
            TargetArea(code: "UD", name: "Udsatte voksne"),
            TargetArea(code: "HA", name: "Borgere med handicap"),
            TargetArea(code: "HJ", name: "Den sociale hjemmepleje"),
            TargetArea(code: "TV", name: "Tværgående forslag"),
            TargetArea(code: "CE", name: "Centrale forslag"),
        ])

    /// The area's name, or its code where the settings do not name it.
    public func areaName(_ code: String) -> String {
        if code.isEmpty { return "Uden målgruppeområde" }
        return areas.first { $0.code == code }?.name ?? code
    }

    /// Area codes in catalogue order: the configured areas first, others after in the order given.
    func orderedAreas(_ codes: [String]) -> [String] {
        var ordered = areas.map(\.code).filter { codes.contains($0) }
        for code in codes where !ordered.contains(code) { ordered.append(code) }
        return ordered
    }
}
