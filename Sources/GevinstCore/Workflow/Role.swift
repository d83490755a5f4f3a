/// What a user of the service may do (the service issue: "reader, author, finance reviewer, follow-up
/// controller, administrator"). Authors and follow-up controllers work inside their own administration(s);
/// the finance centre (Center for Økonomi, DOMAIN.md §1 step 2) reviews every administration's proposals.
public enum Role: String, Sendable, Hashable, CaseIterable, Comparable {
    /// Reads proposals once they have left drafting.
    case reader
    /// Writes and submits proposals for their administration(s).
    case author
    /// The finance centre: approves or returns submitted proposals and takes them to committee.
    case financeReviewer = "finance-reviewer"
    /// Follows up adopted proposals in their administration(s).
    case followUpController = "follow-up-controller"
    /// Manages users and configuration; may do what every other role may.
    case admin

    /// True for the roles whose access is limited to the user's own administration(s).
    public var isScopedToAdministrations: Bool { self == .author || self == .followUpController }

    /// The names accepted on the command line and in the API, for error messages.
    public static var allNames: String { allCases.map(\.rawValue).joined(separator: ", ") }

    private var rank: Int { Role.allCases.firstIndex(of: self) ?? 0 }
    public static func < (lhs: Role, rhs: Role) -> Bool { lhs.rank < rhs.rank }
}
