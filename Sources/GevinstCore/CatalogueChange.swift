/// One entry of the list a catalogue opens with: what changed since the committee last saw it (DOMAIN.md §1,
/// step 3). Seed 003 opens with such a list: changed proposals ("BU05: Samling af …"), a new one ("UD03: … [NYT
/// FORSLAG]"), two moved to the efficiency catalogue ("SI03: … [Forslaget er ikke længere et
/// investeringsforslag …]") and two still in process (under "Nedenstående investeringsforslag er fortsat i proces").
public struct CatalogueChange: Sendable, Hashable {
    /// The code as printed ("BU05"); nil where the entry names none.
    public var code: String?
    /// The title without its code, its type prefix ("Investeringsforslag - ") and bracketed notes.
    public var title: String
    public var kind: Kind
    /// The source line of the entry.
    public var line: Int?

    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Changed since the committee last saw the catalogue.
        case changed
        /// New since then (`[NYT FORSLAG]`).
        case new
        /// No longer an investment proposal: presented in the efficiency catalogue instead.
        case movedToEfficiencyCatalogue = "moved-to-efficiency-catalogue"
        /// Still being prepared ("fortsat i proces"); not in this edition of the catalogue.
        case inProcess = "in-process"
    }

    public init(code: String?, title: String, kind: Kind, line: Int?) {
        self.code = code
        self.title = title
        self.kind = kind
        self.line = line
    }

    /// Whether the catalogue that carries this entry should also hold the proposal itself: changed and new
    /// proposals are in it; moved and in-process ones are not.
    public var expectsProposalInCatalogue: Bool { kind == .changed || kind == .new }
}
