/// Whether a compensating action must be approved by Økonomiudvalget and Borgerrepræsentationen (the column
/// "Skal kompenserende handling godkendes af ØU og BR?" of seed 002). A configurable rule, since it is agreed
/// per municipality; the seed answers "Nej" on every row, each handled by a frame cut on the affected area.
public enum ApprovalRule: String, Sendable, Hashable, CaseIterable {
    /// Approval is needed unless every action is a frame cut (*rammebesparelse*) within the committee's own
    /// areas: the committee may cut its own frame, anything else moves money the committee does not govern.
    case unlessFrameCutWithinCommitteeAreas = "unless-frame-cut-within-committee-areas"
    /// Every compensating action needs approval.
    case always
    /// No compensating action needs approval.
    case never

    /// Applies the rule. With no compensating action there is nothing to approve.
    public func requiresApproval(_ actions: [CompensatingAction], committeeAreas: [String]) -> Bool {
        guard !actions.isEmpty else { return false }
        switch self {
        case .always: return true
        case .never: return false
        case .unlessFrameCutWithinCommitteeAreas:
            let own = Set(committeeAreas.map(FollowUpText.normalised))
            return actions.contains { action in
                guard case .frameCut(let area) = action.kind else { return true }
                return !own.contains(FollowUpText.normalised(area))
            }
        }
    }
}
