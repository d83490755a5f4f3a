import GevinstCore
import GevinstStore

/// Who may see and do what (the service issue, "Accounts and access"): administrators and the finance centre
/// see every proposal; authors and follow-up controllers are scoped to their administrations, whose drafts
/// only they see; readers see proposals once they have left drafting. Writing is for authors (in their
/// administrations) and administrators.
public enum AccessPolicy {
    /// Whether `user` may read a proposal of `administration` in `status`.
    public static func canRead(_ user: StoredUser, administration: String?, status: ProposalStatus) -> Bool {
        switch user.role {
        case .admin, .financeReviewer: return true
        case .reader: return status.isPastDrafting
        case .author, .followUpController:
            return status.isPastDrafting || belongs(user, to: administration)
        }
    }

    /// The filter that lists what `user` may read: nil (every draft) or the administrations whose drafts show.
    public static func draftsVisible(to user: StoredUser) -> [String]? {
        switch user.role {
        case .admin, .financeReviewer: nil
        case .reader: []
        case .author, .followUpController: user.administrations
        }
    }

    /// Why `user` may not write proposals of `administration`, or nil when they may.
    public static func writeRefusal(_ user: StoredUser, administration: String?) -> String? {
        switch user.role {
        case .admin:
            return nil
        case .author:
            if belongs(user, to: administration) { return nil }
            return "you write proposals for \(list(user.administrations)); this proposal belongs to \(administration ?? "no administration")"
        case .reader, .financeReviewer, .followUpController:
            return "a user with the role \(user.role.rawValue) cannot write proposals; that needs the role author or admin"
        }
    }

    /// Why `user` may not take `transition` on a proposal of `administration`, or nil. The workflow decides
    /// the role; this adds the scope: an author submits and withdraws only in their administrations.
    public static func transitionRefusal(_ user: StoredUser, _ transition: ProposalTransition, administration: String?) -> String? {
        if user.role.isScopedToAdministrations && transition.allowedRoles.contains(user.role) && !belongs(user, to: administration) {
            return "you work in \(list(user.administrations)); this proposal belongs to \(administration ?? "no administration")"
        }
        return nil
    }

    /// The audit log, snapshots and portfolio sums are for the finance centre and administrators.
    public static func canOverseeAll(_ user: StoredUser) -> Bool { user.role == .admin || user.role == .financeReviewer }

    /// Users and configuration are for administrators.
    public static func canAdminister(_ user: StoredUser) -> Bool { user.role == .admin }

    static func belongs(_ user: StoredUser, to administration: String?) -> Bool {
        guard let administration else { return false }
        return user.administrations.contains(administration)
    }

    static func list(_ administrations: [String]) -> String {
        administrations.isEmpty ? "no administration" : administrations.joined(separator: ", ")
    }
}
