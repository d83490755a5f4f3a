/// A step in a proposal's life (DOMAIN.md §1 "The life of a proposal"; the service issue's workflow:
/// draft → submitted → approved or returned → presented to committee → adopted / rejected / withdrawn /
/// moved to the efficiency catalogue).
public enum ProposalTransition: String, Sendable, Hashable, CaseIterable {
    /// The administration hands a draft (or a returned proposal) to the finance centre.
    case submit
    /// The finance centre approves the economics (003 §1.11: "Center for Økonomi … Ja, 12. februar 2019").
    case approve
    /// The finance centre sends the proposal back to drafting with a comment.
    case `return`
    /// The proposal goes into the catalogue for a committee reading (003 opens "siden SUD sidst fik det fremlagt").
    case present
    /// The budget round adopts the proposal.
    case adopt
    /// The committee or the budget round rejects it.
    case reject
    /// The administration withdraws it.
    case withdraw
    /// It leaves the investment catalogue for the efficiency catalogue (003 SI03, UD01: "indgår derfor ikke i
    /// investeringskataloget. I stedet vil det blive fremlagt som en del af effektiviseringskataloget").
    case moveToEfficiencyCatalogue = "move-to-efficiency-catalogue"

    /// The status a proposal has after this step.
    public var target: ProposalStatus {
        switch self {
        case .submit: .submitted
        case .approve: .approved
        case .return: .returned
        case .present: .presented
        case .adopt: .adopted
        case .reject: .rejected
        case .withdraw: .withdrawn
        case .moveToEfficiencyCatalogue: .movedToEfficiencyCatalogue
        }
    }

    /// The statuses this step may start from.
    public var allowedFrom: [ProposalStatus] {
        switch self {
        case .submit: [.draft, .returned]
        case .approve: [.submitted]
        case .return: [.submitted, .approved, .presented]
        case .present: [.approved]
        case .adopt, .reject: [.presented]
        case .withdraw: [.draft, .returned, .submitted, .approved, .presented]
        case .moveToEfficiencyCatalogue: [.approved, .presented]
        }
    }

    /// The roles that may take this step (administrators may take every step).
    public var allowedRoles: [Role] {
        switch self {
        case .submit, .withdraw: [.author, .admin]
        case .approve, .return, .present, .adopt, .reject, .moveToEfficiencyCatalogue: [.financeReviewer, .admin]
        }
    }

    /// The steps open from `status`, in declaration order.
    public static func available(from status: ProposalStatus) -> [ProposalTransition] {
        allCases.filter { $0.allowedFrom.contains(status) }
    }

    /// The transition named as in the API ("submit", "move-to-efficiency-catalogue"); also accepts the target
    /// status ("submitted", "approved", …) so that a client may say where the proposal should go.
    public init?(named name: String) {
        if let transition = ProposalTransition(rawValue: name) {
            self = transition
        } else if let transition = ProposalTransition.allCases.first(where: { $0.target.rawValue == name }) {
            self = transition
        } else {
            return nil
        }
    }

    public static var allNames: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
