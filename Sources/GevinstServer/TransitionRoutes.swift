import GevinstCore
import GevinstStore
import Hummingbird

/// `POST /api/proposals/{id}/transitions` with `{"transition": "approve", "comment": "…"}`: the workflow in
/// Core decides; the store moves the status only if nobody moved it meanwhile.
extension GevinstAPI {
    func addTransitionRoutes(to router: Router<GevinstRequestContext>) {
        router.post("/api/proposals/:id/transitions") { request, context in try await self.transition(request, context) }
    }

    func transition(_ request: Request, _ context: GevinstRequestContext) async throws -> Response {
        let user = try await user(request)
        let id = try proposalID(context)
        let body = try await RequestBodies.object(request, limit: configuration.maxJSONBodyBytes)
        try body.rejectUnknown(["transition", "comment"])
        let name = try body.requiredString("transition")
        guard let transition = ProposalTransition(named: name) else {
            throw APIError.badRequest("unknown transition \"\(name)\"; use one of \(ProposalTransition.allNames)")
        }
        let (record, target) = try await take(transition, on: id, comment: try body.string("comment"), by: user)
        return JSONResponse.make(.object([
            ("id", .int(id)), ("version", .int(record.version)), ("from", .string(record.status.rawValue)),
            ("status", .string(target.rawValue)),
            ("transitions", .list(ProposalTransition.available(from: target).map { .string($0.rawValue) })),
        ]))
    }

    /// Takes `transition` on proposal `id` for `user`: the proposal must be readable, the step within the
    /// user's administrations, and the workflow in Core must allow it; the store then moves the status only if
    /// nobody moved it meanwhile. The JSON API and the web pages both come here. Returns the record before the
    /// step and the new status.
    func take(_ transition: ProposalTransition, on id: Int64, comment: String?, by user: StoredUser) async throws
        -> (record: ProposalRecord, status: ProposalStatus)
    {
        guard let stored = try await store.proposalWithContent(id: id) else { throw APIError.notFound("proposal \(id) does not exist") }
        let record = stored.record
        try requireReadable(record, by: user)
        if let refusal = AccessPolicy.transitionRefusal(user, transition, administration: record.administration) {
            throw APIError.forbidden(refusal)
        }
        let proposal = try ProposalCodec.stored(stored.version, status: record.status)
        let authors = Set(try await store.authorIDs(proposalID: id).map(String.init))
        switch Workflow.decide(transition, status: record.status, proposal: proposal, actor: user.actor, authors: authors, comment: comment) {
        case .failure(let refusal):
            let status: HTTPResponse.Status
            switch refusal.reason {
            case .roleNotAllowed, .approverIsAuthor: status = .forbidden
            case .wrongStatus, .consultationsUnfinished: status = .conflict
            case .commentRequired: status = .unprocessableContent
            }
            throw APIError(
                status, refusal.message,
                detail: .object([
                    ("reason", .string(refusal.reason.rawValue)), ("status", .string(record.status.rawValue)),
                    ("findings", .list(refusal.findings.map(ServerJSON.finding))),
                ]))
        case .success(let target):
            try await store.setStatus(
                id: id, from: record.status, to: target, transition: transition.rawValue,
                comment: comment?.isEmpty == true ? nil : comment, by: user)
            return (record, target)
        }
    }
}
