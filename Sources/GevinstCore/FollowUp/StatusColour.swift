/// The traffic light of a follow-up status (*rød, gul, grøn*). Which status text has which colour is
/// configuration (`FollowUpConfiguration`); the colours themselves are fixed by the municipal categorisation
/// the seed 002 refers to ("Kategoriseringen af rød, gul og grøn følger den aftalte kategorisering i
/// Københavns Kommune").
public enum StatusColour: String, Sendable, Hashable, CaseIterable, Comparable {
    case green
    case yellow
    case red

    /// The word a Danish report prints beside the coloured cell, for readers without colour.
    public var danishName: String {
        switch self {
        case .green: "Grøn"
        case .yellow: "Gul"
        case .red: "Rød"
        }
    }

    /// How serious the colour is: green < yellow < red.
    private var rank: Int {
        switch self {
        case .green: 0
        case .yellow: 1
        case .red: 2
        }
    }

    public static func < (lhs: StatusColour, rhs: StatusColour) -> Bool { lhs.rank < rhs.rank }
}
