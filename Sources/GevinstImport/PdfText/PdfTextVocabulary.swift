/// The names a municipality's documents use, as configuration: target-group areas with their code letters and
/// the administrations of the checkbox list. The default is Copenhagen's Social Administration (seeds 000–003).
public struct PdfTextVocabulary: Sendable {
    public struct Area: Sendable, Hashable {
        /// The code letters in proposal codes ("BU" in "BU03").
        public var code: String
        /// The names headings and cross-references use ("Børnefamilier med særlige behov").
        public var names: [String]

        public init(code: String, names: [String]) {
            self.code = code
            self.names = names
        }
    }

    public var areas: [Area] {
        didSet { foldedAreaNames = PdfTextVocabulary.fold(areas) }
    }
    /// *Forvaltninger* in the checkbox list, in the template's order.
    public var administrations: [String]
    /// The areas' names folded once (`TextFold.letters`), for matching headings.
    private var foldedAreaNames: [(name: String, area: Int)]

    public init(areas: [Area], administrations: [String]) {
        self.areas = areas
        self.administrations = administrations
        self.foldedAreaNames = PdfTextVocabulary.fold(areas)
    }

    private static func fold(_ areas: [Area]) -> [(name: String, area: Int)] {
        areas.enumerated().flatMap { index, area in area.names.map { (TextFold.letters($0), index) } }
    }

    /// Copenhagen's areas (DOMAIN.md §3) and seven administrations (000's checkbox list).
    public static let copenhagen = PdfTextVocabulary(
        areas: [
            Area(code: "BU", names: ["Børnefamilier med særlige behov", "Børn og unge"]),
            Area(code: "SI", names: ["Borgere med sindslidelse"]),
            Area(code: "UD", names: ["Udsatte voksne"]),
            Area(code: "HJ", names: ["Hjemmepleje", "Den sociale hjemmepleje"]),
            Area(code: "HA", names: ["Borgere med handicap"]),
            Area(code: "TV", names: ["Tværgående opgaver og administration", "Tværgående"]),
            Area(code: "CE", names: ["Central", "Centralt"]),
        ],
        administrations: [
            "Økonomiforvaltningen", "Socialforvaltningen", "Kultur- og Fritidsforvaltningen",
            "Teknik- og Miljøforvaltningen", "Børne- og Ungdomsforvaltningen",
            "Beskæftigelses- og Integrationsforvaltningen", "Sundheds- og Omsorgsforvaltningen",
        ])

    /// The area a name stands for, allowing OCR damage.
    func area(named name: String) -> Area? {
        guard name.count <= 60, !name.contains(where: { $0.isNumber }) else { return nil }
        let folded = TextFold.letters(name)
        guard !folded.isEmpty else { return nil }
        guard let match = foldedAreaNames.first(where: { TextFold.distance(folded, $0.name, limit: 2) <= 2 }) else { return nil }
        return areas[match.area]
    }

    var areaCodes: Set<String> { Set(areas.map(\.code)) }
}
