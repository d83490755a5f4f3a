import GevinstCore
import GevinstStore

/// The proposals already in Gevinst that an imported proposal may be a copy of: the same code, or without a code
/// the same title, among those the user may see. Importing a document twice makes a second draft of each of its
/// proposals; the import page and `POST /api/imports` say so, with the proposals found.
extension GevinstAPI {
    func storedCounterparts(of proposal: Proposal, visibleTo user: StoredUser) async throws -> [ProposalRecord] {
        let visible = AccessPolicy.draftsVisible(to: user)
        if let code = proposal.code, !code.isEmpty {
            return try await store.proposals(matching: ProposalFilter(code: code, draftsOnlyFrom: visible, limit: 10))
        }
        guard !proposal.title.isEmpty else { return [] }
        // The title filter finds the words anywhere; only the same title, without a code, is the same proposal.
        let similar = try await store.proposals(matching: ProposalFilter(text: proposal.title, draftsOnlyFrom: visible, limit: 50))
        return similar.filter { ($0.code ?? "").isEmpty && $0.title == proposal.title }.prefix(10).map { $0 }
    }
}
