/// Who asks for a workflow step: a user's stable identity and role.
public struct WorkflowActor: Sendable, Hashable {
    /// The user's identity as the store knows it (compared with the proposal's authors).
    public var id: String
    public var role: Role

    public init(id: String, role: Role) {
        self.id = id
        self.role = role
    }
}

/// Why a workflow step was refused, in words a user can act on.
public struct WorkflowRefusal: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Reason: String, Sendable, Hashable {
        /// The step does not start from the proposal's current status.
        case wrongStatus = "wrong-status"
        /// The actor's role may not take the step.
        case roleNotAllowed = "role-not-allowed"
        /// The approver wrote a version of the proposal.
        case approverIsAuthor = "approver-is-author"
        /// A return needs a comment saying what to change.
        case commentRequired = "comment-required"
        /// Consultations are unanswered.
        case consultationsUnfinished = "consultations-unfinished"
    }

    public var reason: Reason
    public var message: String
    /// Findings behind the refusal (the unfinished consultations).
    public var findings: [Finding]

    public init(reason: Reason, message: String, findings: [Finding] = []) {
        self.reason = reason
        self.message = message
        self.findings = findings
    }

    public var description: String { message }
}

/// The proposal workflow as pure rules over a status, the proposal, who asks and who wrote it.
public enum Workflow {
    /// Decides whether `actor` may take `transition` on a proposal now in `status`, written by `authors` (every
    /// user who saved a version). Returns the new status, or the refusal with its reason.
    ///
    /// The rules, in the order they are checked:
    /// 1. the step must start from the current status (`ProposalTransition.allowedFrom`);
    /// 2. the actor's role must be allowed to take it (`ProposalTransition.allowedRoles`);
    /// 3. `ApproverIsNotAuthor`: the finance centre approves someone else's proposal;
    /// 4. a return carries a comment;
    /// 5. `ConsultationsFinished` before presenting to committee.
    public static func decide(
        _ transition: ProposalTransition, status: ProposalStatus, proposal: Proposal, actor: WorkflowActor,
        authors: Set<String>, comment: String?
    ) -> Result<ProposalStatus, WorkflowRefusal> {
        guard transition.allowedFrom.contains(status) else {
            let open = ProposalTransition.available(from: status).map(\.rawValue)
            let hint = open.isEmpty ? "no step is open from \(status.rawValue)" : "steps open from \(status.rawValue): \(open.joined(separator: ", "))"
            return .failure(WorkflowRefusal(
                reason: .wrongStatus,
                message: "cannot \(transition.rawValue) a proposal that is \(status.rawValue); \(transition.rawValue) starts from \(transition.allowedFrom.map(\.rawValue).joined(separator: " or ")) (\(hint))"))
        }
        guard transition.allowedRoles.contains(actor.role) else {
            return .failure(WorkflowRefusal(
                reason: .roleNotAllowed,
                message: "a user with the role \(actor.role.rawValue) cannot \(transition.rawValue) a proposal; that needs the role \(transition.allowedRoles.map(\.rawValue).joined(separator: " or "))"))
        }
        if transition == .approve, let refusal = ApproverIsNotAuthor.check(approver: actor, authors: authors) {
            return .failure(refusal)
        }
        if transition == .return && (comment ?? "").allSatisfy(\.isWhitespace) {
            return .failure(WorkflowRefusal(
                reason: .commentRequired,
                message: "a return needs a comment that tells the authors what to change"))
        }
        if transition == .present {
            let findings = ConsultationsFinished.findings(for: proposal)
            if !findings.isEmpty {
                let bodies = ConsultationsFinished.unfinishedBodies(of: proposal).joined(separator: ", ")
                return .failure(WorkflowRefusal(
                    reason: .consultationsUnfinished,
                    message: "cannot present to committee while consultations are unfinished: \(bodies) (section 1.11 must be answered before committee approval)",
                    findings: findings))
            }
        }
        return .success(transition.target)
    }
}

/// The approver cannot be the author: approval by someone other than the author is what makes the finance
/// centre's "Ja" (003 §1.11, Center for Økonomi) a review (DOMAIN.md §9, portfolio tools).
public enum ApproverIsNotAuthor {
    public static func check(approver: WorkflowActor, authors: Set<String>) -> WorkflowRefusal? {
        guard authors.contains(approver.id) else { return nil }
        return WorkflowRefusal(
            reason: .approverIsAuthor,
            message: "you wrote a version of this proposal, so you cannot approve it; another finance reviewer must approve it")
    }
}

/// A proposal past submission is locked: its content changes only after a return to drafting, and an adopted
/// proposal changes only through follow-up (the service issue's workflow; DOMAIN.md §1 step 5, follow-up).
public enum EditLock {
    /// True while the content may be edited: a draft or a returned proposal.
    public static func isEditable(_ status: ProposalStatus) -> Bool { status == .draft || status == .returned }

    /// Why the content of a proposal in `status` cannot be edited, or nil when it can.
    public static func refusal(for status: ProposalStatus) -> String? {
        switch status {
        case .draft, .returned:
            nil
        case .submitted, .approved, .presented:
            "the proposal is \(status.rawValue) and locked; the finance centre must return it to drafting before it can be changed"
        case .adopted:
            "the proposal is adopted; an adopted proposal changes only through follow-up"
        case .rejected, .withdrawn, .movedToEfficiencyCatalogue:
            "the proposal is \(status.rawValue) and can no longer be changed; create a new proposal instead"
        }
    }
}
