import GevinstCore
import GevinstStore

/// Proposals travel and are stored in the native format (`gevinst-proposal/1`). What is stored is the
/// proposal re-encoded by `NativeFormat.encode`, so equal proposals have equal content hashes, and its
/// status is the workflow's (a client cannot change a status by editing the JSON).
enum ProposalCodec {
    /// The request body as a proposal, or a 422 that names line, column and field.
    static func decode(_ bytes: [UInt8]) throws -> Proposal {
        do {
            return try NativeFormat.decode(bytes: bytes, file: "request body")
        } catch {
            throw APIError(
                .unprocessableContent, error.description,
                detail: .object([
                    ("line", .int(error.position.line)), ("column", .int(error.position.column)),
                    ("path", .string(error.path)), ("message", .string(error.message)),
                ]))
        }
    }

    /// The content to store: the proposal with `status`, as native JSON.
    static func content(_ proposal: Proposal, status: ProposalStatus) -> ProposalContent {
        var stored = proposal
        stored.status = status
        return ProposalContent(proposal: stored, text: NativeFormat.encode(stored))
    }

    /// A stored version's proposal with the current `status`.
    static func stored(_ version: ProposalVersion, status: ProposalStatus? = nil) throws -> Proposal {
        do {
            var proposal = try NativeFormat.decode(text: version.content, file: "proposal \(version.proposalID) version \(version.version)")
            if let status { proposal.status = status }
            return proposal
        } catch {
            throw APIError(.internalServerError, "stored content cannot be read: \(error.description)")
        }
    }

    /// The administration a new or changed proposal belongs to: the one it names, else the author's only one.
    static func administration(of proposal: Proposal, for user: StoredUser) throws -> String? {
        if let named = proposal.submittingAdministration?.trimmingCharacters(in: .whitespaces), !named.isEmpty { return named }
        if user.administrations.count == 1 { return user.administrations[0] }
        if user.role == .admin { return nil }
        throw APIError(
            .unprocessableContent,
            "name the submitting administration (\"submittingAdministration\"); you work in \(AccessPolicy.list(user.administrations))")
    }
}
