import GevinstCore

/// The change list of a catalogue: since when, and Core's entries (changed / new / moved / in process).
/// Computing the entries from two snapshots is the store's work, reading them from a legacy catalogue the
/// importer's; the catalogue document takes them as given.
public struct CatalogueChanges: Sendable, Hashable {
    /// What the list is measured against, in words: "SUD sidst fik det fremlagt d. 22. og 23. februar".
    public var since: String
    public var entries: [CatalogueChange]

    public init(since: String, entries: [CatalogueChange]) {
        self.since = since
        self.entries = entries
    }
}

/// How a change-list entry is printed, as seed 003 opens: "BU03: Bedre digital understøttelse …", with the
/// bracketed remark 003 gives new and moved proposals.
public enum CatalogueChangeWording {
    public static func listText(_ change: CatalogueChange) -> String {
        let name = change.code.map { "\($0): \(change.title)" } ?? change.title
        switch change.kind {
        case .changed, .inProcess: return name
        case .new: return name + " [NYT FORSLAG]"
        case .movedToEfficiencyCatalogue:
            return name + " [Forslaget er ikke længere et investeringsforslag og er flyttet til effektiviseringskataloget]"
        }
    }
}
