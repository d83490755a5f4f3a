import GevinstCore
import GevinstStore
import GevinstWeb

/// Decoded proposals by (id, version). A stored version never changes (the history is append-only), so a
/// decoded version stays right for as long as the process lives, and instances on one database still agree:
/// each reads the current version numbers from the store on every request and only skips decoding a version
/// it has decoded before. Pages that show every proposal of a round (list, dashboard, catalogue) decode each
/// version once instead of on every request, which is most of their time with 1 000 proposals.
///
/// The list rows computed from a version (Core's figures and findings under a round's configuration) are kept
/// the same way, and so is the JSON API's rendering of a version for `GET /api/proposals/{id}` (the proposal,
/// its Tabel 1–4 and its findings, which depend only on the version, its status and its round's configuration).
/// Bounded: past `capacity` entries the decoded proposals and rows start again empty, and past
/// `renderedCapacityBytes` of text renderings are forgotten, rather than grow with the database.
actor DecodedProposalCache {
    struct Key: Hashable {
        var id: Int64
        var version: Int64
    }

    /// A version's list row under one round's check configuration, in one status (checks may depend on it).
    struct RowKey: Hashable {
        var key: Key
        var status: ProposalStatus
        var configuration: CheckConfiguration
    }

    /// A version's JSON rendering under one round's configuration, in one status (findings depend on both).
    struct RenderedKey: Hashable {
        var key: Key
        var status: ProposalStatus
        var round: BudgetRound?
    }

    let capacity: Int
    let renderedCapacityBytes: Int
    private var entries: [Key: Proposal] = [:]
    private var rows: [RowKey: ProposalRow] = [:]
    private var rendered: [RenderedKey: String] = [:]
    private var renderedBytes = 0

    init(capacity: Int = 5_000, renderedCapacityBytes: Int = 8 * 1024 * 1024) {
        self.capacity = capacity
        self.renderedCapacityBytes = renderedCapacityBytes
    }

    /// The decoded proposals among `keys` that are cached.
    func proposals(for keys: [Key]) -> [Key: Proposal] {
        var found: [Key: Proposal] = [:]
        for key in keys { if let proposal = entries[key] { found[key] = proposal } }
        return found
    }

    /// Remembers decoded versions; an older version of the same proposal is forgotten.
    func remember(_ decoded: [Key: Proposal]) {
        if entries.count + decoded.count > capacity { entries.removeAll(keepingCapacity: true) }
        for (key, proposal) in decoded where entries.count < capacity {
            if key.version > 1 { entries[Key(id: key.id, version: key.version - 1)] = nil }
            entries[key] = proposal
        }
    }

    /// The cached rows among `keys` (Core's figures and findings of a version; the caller sets the record's
    /// administration and the follow-up colour, which can change without a new version).
    func rows(for keys: [RowKey]) -> [RowKey: ProposalRow] {
        var found: [RowKey: ProposalRow] = [:]
        for key in keys { if let row = rows[key] { found[key] = row } }
        return found
    }

    func remember(rows computed: [RowKey: ProposalRow]) {
        if rows.count + computed.count > capacity { rows.removeAll(keepingCapacity: true) }
        for (key, row) in computed where rows.count < capacity { rows[key] = row }
    }

    /// The cached rendering of a version, if any.
    func rendered(for key: RenderedKey) -> String? { rendered[key] }

    /// Remembers a rendering; when the renderings would pass `renderedCapacityBytes`, arbitrary ones are
    /// forgotten until it fits (so a working set a little larger than the capacity still mostly hits).
    func remember(rendered text: String, for key: RenderedKey) {
        let size = text.utf8.count
        guard size <= renderedCapacityBytes else { return }
        while renderedBytes + size > renderedCapacityBytes, !rendered.isEmpty {
            let removed = rendered.remove(at: rendered.startIndex)
            renderedBytes -= removed.value.utf8.count
        }
        if let old = rendered.updateValue(text, forKey: key) { renderedBytes -= old.utf8.count }
        renderedBytes += size
    }
}
