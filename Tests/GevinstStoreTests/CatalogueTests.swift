import Foundation
import GevinstCore
import GevinstStore
import Testing

/// A round's catalogue from the store and its change list since a snapshot (the documents issue's
/// "what changed since the committee last saw it"), on SQLite and on PostgreSQL when set.
@Suite struct CatalogueTests {
    static func native(_ proposal: Proposal) -> ProposalContent {
        ProposalContent(proposal: proposal, text: NativeFormat.encode(proposal))
    }

    static func proposal(code: String, title: String, saving: Amount = -1_300_000) -> Proposal {
        var proposal = SampleProposals.peerToPeer(title: title, saving: saving)
        proposal.code = code
        return proposal
    }

    @Test(arguments: TestDatabases.kinds)
    func changeListSinceASnapshotHasTheFourKinds(kind: DatabaseKind) async throws {
        try await TestDatabases.withStore(kind) { store in
            let anna = try await StoreTests.author(store)
            let admin = try await store.addUser(name: "ea", passwordHash: StoreTests.hash, role: .admin, administrations: [])
            func create(_ proposal: Proposal, status: ProposalStatus) async throws -> Int64 {
                try await store.createProposal(Self.native(proposal), status: status, by: anna, administration: "Socialforvaltningen").proposalID
            }
            let unchanged = try await create(Self.proposal(code: "BU01", title: "Uændret"), status: .presented)
            let changed = try await create(Self.proposal(code: "BU02", title: "Ændret"), status: .draft)
            let moved = try await create(Self.proposal(code: "BU03", title: "Flyttet"), status: .presented)
            let rejected = try await create(Self.proposal(code: "BU04", title: "Forkastet"), status: .presented)
            let snapshot = try await store.createSnapshot(name: "1. behandling", stage: .firstReading, round: "Budget 2020", by: admin)
            #expect(snapshot.versions.count == 4)

            _ = try await store.saveProposal(
                id: changed, expectedVersion: 1, Self.native(Self.proposal(code: "BU02", title: "Ændret", saving: -1_500_000)),
                by: anna, administration: "Socialforvaltningen")
            try await store.setStatus(id: moved, from: .presented, to: .movedToEfficiencyCatalogue, transition: "move", comment: nil, by: admin)
            try await store.setStatus(id: rejected, from: .presented, to: .rejected, transition: "reject", comment: nil, by: admin)
            _ = try await create(Self.proposal(code: "BU05", title: "Nyt"), status: .submitted)
            _ = try await create(Self.proposal(code: "BU06", title: "I proces"), status: .draft)

            let catalogue = try await store.catalogue(round: "Budget 2020", since: snapshot.id)
            #expect(catalogue.proposals.map(\.code) == ["BU01", "BU02", "BU05", "BU06"])
            #expect(catalogue.proposals.first?.status == .presented)
            #expect(catalogue.since?.id == snapshot.id)
            let entries = catalogue.changes.map { "\($0.code ?? "-") \($0.kind.rawValue)" }
            #expect(entries == ["BU02 changed", "BU03 moved-to-efficiency-catalogue", "BU05 new", "BU06 in-process"])
            #expect(!catalogue.changes.contains { $0.code == "BU01" }, "proposal \(unchanged) is as the committee saw it")

            let plain = try await store.catalogue(round: "Budget 2020")
            #expect(plain.changes.isEmpty)
            #expect(plain.proposals.count == 4)
        }
    }

    @Test(arguments: TestDatabases.kinds)
    func anUnknownRoundOrSnapshotIsNamedInTheError(kind: DatabaseKind) async throws {
        try await TestDatabases.withStore(kind) { store in
            let anna = try await StoreTests.author(store)
            _ = try await store.createProposal(
                Self.native(Self.proposal(code: "BU01", title: "Et")), status: .draft, by: anna, administration: "Socialforvaltningen")
            await #expect(throws: StoreError.notFound("the budget round \"Budget 2099\" (rounds: Budget 2020)")) {
                try await store.catalogue(round: "Budget 2099")
            }
            await #expect(throws: StoreError.notFound("snapshot 42")) {
                try await store.catalogue(round: "Budget 2020", since: 42)
            }
        }
    }
}
