/// One entry of a catalogue's change list: what happened to a proposal since the committee last saw the
/// catalogue (DOMAIN.md §1, step 3; the list that opens seed 003). Computing it from two snapshots is the
/// store's work; the catalogue takes it as given.
public struct CatalogueChange: Sendable, Hashable {
    public var code: String?
    public var title: String
    public var kind: Kind

    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Changed since the snapshot.
        case changed
        /// New since the snapshot: "[NYT FORSLAG]".
        case new
        /// Moved to the efficiency catalogue.
        case moved
        /// Still being prepared: listed under "fortsat i proces".
        case inProcess = "in-process"
    }

    public init(code: String?, title: String, kind: Kind) {
        self.code = code
        self.title = title
        self.kind = kind
    }

    /// "BU03: Bedre digital understøttelse …", with 003's bracketed remark for new and moved proposals.
    public var listText: String {
        let name = code.map { "\($0): \(title)" } ?? title
        switch kind {
        case .changed, .inProcess: return name
        case .new: return name + " [NYT FORSLAG]"
        case .moved: return name + " [Forslaget er ikke længere et investeringsforslag og er flyttet til effektiviseringskataloget]"
        }
    }
}

/// The change list of a catalogue: since when, and the entries.
public struct CatalogueChanges: Sendable, Hashable {
    /// What the list is measured against, in words: "SUD sidst fik det fremlagt d. 22. og 23. februar".
    public var since: String
    public var entries: [CatalogueChange]

    public init(since: String, entries: [CatalogueChange]) {
        self.since = since
        self.entries = entries
    }
}
