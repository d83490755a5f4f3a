/// A compensating action (*kompenserende handling*, DOMAIN.md §1, §6): what is done to recover efficiency
/// that an adopted proposal does not deliver. Seed 002's usual handling: "Den tabte effektivisering i 2024 vil
/// blive indhentet ved rammebesparelse på det berørte område".
public struct CompensatingAction: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// *Rammebesparelse*: a cut of the budget frame of an area.
        case frameCut(area: String)
        /// Anything else (a saving on another committee's area, a new proposal…), described in words.
        case other(String)
    }

    public var kind: Kind
    /// The saving the action brings per year, in kroner, savings negative (as the efficiency it replaces).
    /// Empty when the handling text names no amounts.
    public var amounts: [Int: Amount]
    /// True once the handling has been carried out ("gennemført"); only carried-out actions cover lost
    /// efficiency, since seed 002 turns a record green "når håndteringen af udestående effektivisering er
    /// gennemført".
    public var isCarriedOut: Bool
    /// The handling as written.
    public var description: String

    public init(kind: Kind, amounts: [Int: Amount] = [:], isCarriedOut: Bool = false, description: String = "") {
        self.kind = kind
        self.amounts = amounts
        self.isCarriedOut = isCarriedOut
        self.description = description
    }

    /// The default compensating action: a frame cut on the affected area for exactly what is outstanding.
    public static func frameCut(covering lost: LostEfficiency, area: String, isCarriedOut: Bool = false) -> CompensatingAction {
        CompensatingAction(
            kind: .frameCut(area: area), amounts: lost.outstanding, isCarriedOut: isCarriedOut,
            description: "Den tabte effektivisering indhentes ved rammebesparelse på \(area)")
    }

    public var isFrameCut: Bool {
        if case .frameCut = kind { return true }
        return false
    }
}
