/// What a status category means to the rules, whatever its printed text: the classifier proposes a role,
/// the configuration supplies the text and colour for it. The five roles are the five status texts of
/// seed 002 (DOMAIN.md §6).
public enum StatusRole: String, Sendable, Hashable, CaseIterable {
    /// "Forløber som planlagt".
    case onTrack = "on-track"
    /// "Initiativet er implementeret": drops out at the next status.
    case implemented
    /// "Tidsplanen er skredet mere end 6 mdr.".
    case scheduleSlipped = "schedule-slipped"
    /// "Tidsplanen er skredet mere end 6 mdr. og økonomien er skredet med mere end 1 mio. kr.".
    case scheduleAndEconomySlipped = "schedule-and-economy-slipped"
    /// "Initiativet implementeres ikke som tiltænkt".
    case notImplementedAsIntended = "not-implemented-as-intended"
}

/// One status category of a follow-up configuration: the text printed in the report, its colour, its role,
/// and whether a record with this status leaves the follow-up at the next period.
public struct StatusCategory: Sendable, Hashable {
    /// A stable id ("on-track"), used in files and the API.
    public var id: String
    /// The text as the report prints it ("Forløber som planlagt").
    public var text: String
    public var colour: StatusColour
    public var role: StatusRole
    /// True when a record in this category does not appear in the next period ("Når projekter er endeligt
    /// implementeret eller afsluttet, vil det ikke fremgå af oversigten ved næste status", seed 002).
    public var endsFollowUp: Bool
    /// Other spellings accepted when reading a table ("Forløber som planlagt." with a full stop is matched
    /// anyway; list real variants here).
    public var aliases: [String]

    public init(id: String, text: String, colour: StatusColour, role: StatusRole, endsFollowUp: Bool = false, aliases: [String] = []) {
        self.id = id
        self.text = text
        self.colour = colour
        self.role = role
        self.endsFollowUp = endsFollowUp
        self.aliases = aliases
    }
}
