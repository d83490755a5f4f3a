/// A target-group area as a catalogue names it in a level-1 heading, with the code letters its proposals carry
/// (DOMAIN.md §3). Seed 003 groups its proposals under "# BØRNEFAMILIER MED SÆRLIGE BEHOV" (BU), "# BORGERE MED
/// SINDSLIDELSE" (SI), "# UDSATTE VOKSNE" (UD), "# BORGERE MED HANDICAP" (HA) and "# TVÆRGÅENDE FORSLAG" (TV).
/// The list is configuration: another municipality passes its own.
public struct CatalogueArea: Sendable, Hashable {
    /// The code letters: "BU".
    public var code: String
    /// Heading texts that name the area, compared case-insensitively as prefixes of the cleaned heading.
    public var headings: [String]

    public init(code: String, headings: [String]) {
        self.code = code
        self.headings = headings
    }

    /// The areas of Copenhagen's Social Administration (seeds 002 and 003).
    public static let copenhagenSocial: [CatalogueArea] = [
        CatalogueArea(code: "BU", headings: ["Børnefamilier med særlige behov", "Udsatte børn og unge"]),
        CatalogueArea(code: "SI", headings: ["Borgere med sindslidelse", "Sindslidende"]),
        CatalogueArea(code: "UD", headings: ["Udsatte voksne", "Socialt udsatte"]),
        CatalogueArea(code: "HA", headings: ["Borgere med handicap", "Handicap"]),
        CatalogueArea(code: "HJ", headings: ["Den sociale hjemmepleje", "Hjemmepleje"]),
        CatalogueArea(code: "TV", headings: ["Tværgående"]),
        CatalogueArea(code: "CE", headings: ["Centrale", "Centralt"]),
    ]

    /// The area a heading names, or nil.
    static func matching(_ heading: String, in areas: [CatalogueArea]) -> CatalogueArea? {
        let lower = MarkdownInline.clean(heading).lowercased()
        return areas.first { area in area.headings.contains { lower.hasPrefix($0.lowercased()) } }
    }
}
