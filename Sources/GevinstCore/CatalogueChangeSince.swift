/// Which entry, if any, a proposal gets in a catalogue's change list when the catalogue is compared with a
/// snapshot the committee saw (DOMAIN.md §1 step 3). Seed 003's list shows the four kinds: changed proposals,
/// new ones marked "[NYT FORSLAG]", proposals moved to the efficiency catalogue, and proposals "fortsat i proces".
public enum CatalogueChangeSince {
    /// - Parameters:
    ///   - status: the proposal's workflow status now.
    ///   - inSnapshot: whether the snapshot names a version of the proposal.
    ///   - changedSinceSnapshot: whether the current content differs from the snapshot's version (a diff with
    ///     at least one change); ignored when the proposal is not in the snapshot.
    /// - Returns: `movedToEfficiencyCatalogue` for a proposal moved there (a status change makes no new
    ///   version, so every moved proposal is listed, as seed 003 lists its two), `changed` for a proposal the committee saw in another form,
    ///   `new` for one past drafting that the committee has not seen, `inProcess` for one still in drafting that
    ///   the committee has not seen, and nil for one the committee saw as it is now.
    public static func kind(status: ProposalStatus, inSnapshot: Bool, changedSinceSnapshot: Bool) -> CatalogueChange.Kind? {
        if status == .movedToEfficiencyCatalogue { return .movedToEfficiencyCatalogue }
        if inSnapshot { return changedSinceSnapshot ? .changed : nil }
        return status.isPastDrafting ? .new : .inProcess
    }
}
