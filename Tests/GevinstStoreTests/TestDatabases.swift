import Foundation
import GevinstCore
import GevinstStore
import GevinstTestSupport

/// The databases the store tests run on: a fresh SQLite file always, and a fresh PostgreSQL database when
/// `GEVINST_TEST_POSTGRES_URL` is set (`.ci/postgres.sh` prints it).
enum TestDatabases {
    static let postgresURL: PostgresURL? = {
        guard let text = ProcessInfo.processInfo.environment["GEVINST_TEST_POSTGRES_URL"], !text.isEmpty else { return nil }
        return try? PostgresURL(parsing: text)
    }()

    static var kinds: [DatabaseKind] { postgresURL == nil ? [.sqlite] : [.sqlite, .postgres] }

    /// Runs `body` with a store on a new database of `kind`, then closes and removes it.
    static func withStore<R>(_ kind: DatabaseKind, _ body: (GevinstStore) async throws -> R) async throws -> R {
        try await withLocation(kind) { location in
            let store = try await GevinstStore.open(location)
            do {
                let result = try await body(store)
                await store.close()
                return result
            } catch {
                await store.close()
                throw error
            }
        }
    }

    /// Runs `body` with the location of a new, empty database of `kind`, removed afterwards.
    static func withLocation<R>(_ kind: DatabaseKind, _ body: (DatabaseLocation) async throws -> R) async throws -> R {
        switch kind {
        case .sqlite:
            let folder = try TemporaryFolder(prefix: "gevinst-store")
            defer { folder.remove() }
            return try await body(.sqlite(path: folder.url.appendingPathComponent("test.sqlite").path))
        case .postgres:
            guard let base = postgresURL else { throw StoreError.unavailable("GEVINST_TEST_POSTGRES_URL is not set") }
            let scratch = try await PostgresScratchDatabase.create(from: base, prefix: "gevinst_test")
            do {
                let result = try await body(.postgres(scratch))
                try await PostgresScratchDatabase.drop(scratch, base: base)
                return result
            } catch {
                try? await PostgresScratchDatabase.drop(scratch, base: base)
                throw error
            }
        }
    }
}

/// Small proposals built in code.
enum SampleProposals {
    static func peerToPeer(title: String = "Peer-to-Peer familier i familiebehandling", saving: Amount = -1_300_000) -> Proposal {
        Proposal(
            code: "BU01", title: title, type: .investment, submittingAdministration: "Socialforvaltningen",
            areas: ["BU"], budgetRound: "Budget 2020", priceLevelYear: 2020, years: 2019...2024,
            lines: [
                EconomicLine(
                    label: "Kortere behandlingsperiode", block: .permanent,
                    amounts: YearSeries(years: 2019...2024, amounts: [2020: saving, 2021: saving, 2022: saving, 2023: saving, 2024: saving])),
                EconomicLine(
                    label: "Projektleder", block: .implementation,
                    amounts: YearSeries(years: 2019...2024, amounts: [2019: 600_000, 2020: 600_000])),
            ],
            consultations: [Consultation(body: "IT-kredsen", answer: .ikkeRelevant)])
    }

    /// Stand-in content text (the server stores the native JSON; the store only stores and hashes text).
    static func content(_ proposal: Proposal, marker: String = "") -> ProposalContent {
        ProposalContent(proposal: proposal, text: "{\"title\": \"\(proposal.title)\", \"marker\": \"\(marker)\"}")
    }
}
