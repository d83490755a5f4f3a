import Foundation
import GevinstCore
import GevinstStore
import Testing

/// The store on SQLite always and on PostgreSQL when `GEVINST_TEST_POSTGRES_URL` is set.
@Suite struct StoreTests {
    static let hash = "$2b$04$abcdefghijklmnopqrstuu5Jqg0Y4ZQZ1lK0x8Jm4Qy1m2n3o4p5q"

    static func author(_ store: GevinstStore, _ name: String = "anna", role: Role = .author) async throws -> StoredUser {
        try await store.addUser(name: name, passwordHash: hash, role: role, administrations: ["Socialforvaltningen"])
    }

    @Test(arguments: TestDatabases.kinds)
    func migrationsCreateTheSchemaOnceAndRecordIt(kind: DatabaseKind) async throws {
        try await TestDatabases.withLocation(kind) { location in
            let first = try await GevinstStore.open(location)
            #expect(first.isNewDatabase)
            #expect(try await first.schemaVersions() == [1, 2, 3, 4])
            let tables = try await first.tableNames()
            for table in [
                "administrations", "areas", "committees", "consultation_bodies", "budget_rounds", "users", "sessions",
                "api_tokens", "login_attempts", "proposals", "proposal_versions", "snapshots", "snapshot_versions",
                "audit_log", "amounts", "schema_migrations", "followup_periods", "followup_records", "followup_record_versions", "settings",
            ] {
                #expect(tables.contains(table), "missing table \(table)")
            }
            #expect(try await first.administrations().count == 7)
            #expect(try await first.areas().map(\.code) == ["BU", "CE", "HA", "HJ", "SI", "TV", "UD"])
            await first.close()

            let second = try await GevinstStore.open(location)
            #expect(!second.isNewDatabase)
            #expect(second.appliedMigrations.isEmpty)
            #expect(try await second.schemaVersions() == [1, 2, 3, 4])
            await second.close()
        }
    }

    @Test(arguments: TestDatabases.kinds)
    func usersHaveRolesAndAdministrations(kind: DatabaseKind) async throws {
        try await TestDatabases.withStore(kind) { store in
            let anna = try await store.addUser(
                name: "anna", passwordHash: Self.hash, role: .author,
                administrations: ["Socialforvaltningen", "Økonomiforvaltningen"])
            let loaded = try await store.user(named: "anna")
            #expect(loaded?.id == anna.id)
            #expect(loaded?.role == .author)
            #expect(loaded?.administrations == ["Socialforvaltningen", "Økonomiforvaltningen"])
            #expect(try await store.user(id: anna.id)?.name == "anna")
            #expect(try await store.userCount() == 1)

            await #expect(throws: StoreError.duplicate("a user named \"anna\"")) {
                try await store.addUser(name: "anna", passwordHash: Self.hash, role: .reader, administrations: [])
            }
            do {
                try await store.addUser(name: "bo", passwordHash: Self.hash, role: .author, administrations: ["Socialforvaltning"])
                Issue.record("an unknown administration was accepted")
            } catch let error as StoreError {
                #expect(error.description.contains("unknown administration \"Socialforvaltning\""))
                #expect(error.description.contains("Socialforvaltningen"))
            }
            #expect(try await store.user(named: "bo") == nil)
        }
    }

    @Test(arguments: TestDatabases.kinds)
    func savesAppendVersionsWithProjectionAndAudit(kind: DatabaseKind) async throws {
        try await TestDatabases.withStore(kind) { store in
            let anna = try await Self.author(store)
            let start = Date()
            let created = try await store.createProposal(
                SampleProposals.content(SampleProposals.peerToPeer(), marker: "v1"), by: anna, administration: "Socialforvaltningen")
            #expect(created.version == 1)
            #expect(created.contentHash.count == 64)

            let changed = SampleProposals.peerToPeer(saving: -1_500_000)
            let saved = try await store.saveProposal(
                id: created.proposalID, expectedVersion: 1, SampleProposals.content(changed, marker: "v2"), by: anna,
                administration: "Socialforvaltningen", detail: "saving changed")
            #expect(saved.version == 2)

            let current = try await store.proposalWithContent(id: created.proposalID)
            #expect(current?.record.version == 2)
            #expect(current?.record.status == .draft)
            #expect(current?.record.code == "BU01")
            #expect(current?.version.content.contains("v2") == true)
            #expect(current?.version.contentHash == SHA256.hex(current?.version.content ?? ""))

            let first = try await store.version(proposalID: created.proposalID, version: 1)
            #expect(first?.content.contains("v1") == true)
            #expect(try await store.versions(proposalID: created.proposalID).map(\.version) == [1, 2])
            #expect(try await store.authorIDs(proposalID: created.proposalID) == [anna.id])

            // Portfolio sums read the current version's projection: 2021 permanent = -1.500.000 (not -1.300.000).
            let sums = try await store.portfolioSums()
            let permanent2021 = sums.first { $0.year == 2021 && $0.block == .permanent }
            #expect(permanent2021?.amount == -1_500_000)
            let implementation2019 = sums.first { $0.year == 2019 && $0.block == .implementation }
            #expect(implementation2019?.amount == 600_000)

            let audit = try await store.audit(from: start.addingTimeInterval(-1), to: Date().addingTimeInterval(1))
            #expect(audit.map(\.action).filter { $0.hasPrefix("proposal.") } == ["proposal.create", "proposal.save"])
            let save = audit.first { $0.action == "proposal.save" }
            #expect(save?.oldValue == "version 1")
            #expect(save?.newValue?.hasPrefix("version 2") == true)
            #expect(save?.detail == "saving changed")
            #expect(save?.username == "anna")
            #expect(try await store.integrityProblems().isEmpty)
        }
    }

    @Test(arguments: TestDatabases.kinds)
    func aStaleVersionIsAConflictAndNothingIsWritten(kind: DatabaseKind) async throws {
        try await TestDatabases.withStore(kind) { store in
            let anna = try await Self.author(store)
            let created = try await store.createProposal(
                SampleProposals.content(SampleProposals.peerToPeer()), by: anna, administration: "Socialforvaltningen")
            _ = try await store.saveProposal(
                id: created.proposalID, expectedVersion: 1, SampleProposals.content(SampleProposals.peerToPeer(), marker: "a"),
                by: anna, administration: "Socialforvaltningen")
            await #expect(throws: StoreError.versionConflict(proposalID: created.proposalID, expected: 1, current: 2)) {
                try await store.saveProposal(
                    id: created.proposalID, expectedVersion: 1, SampleProposals.content(SampleProposals.peerToPeer(), marker: "b"),
                    by: anna, administration: "Socialforvaltningen")
            }
            #expect(try await store.versions(proposalID: created.proposalID).count == 2)
            #expect(try await store.integrityProblems().isEmpty)
        }
    }

    @Test(arguments: TestDatabases.kinds)
    func concurrentSavesOfOneVersionGiveOneSuccessAndOneConflict(kind: DatabaseKind) async throws {
        try await TestDatabases.withStore(kind) { store in
            let anna = try await Self.author(store)
            let created = try await store.createProposal(
                SampleProposals.content(SampleProposals.peerToPeer()), by: anna, administration: "Socialforvaltningen")
            let outcomes = await withTaskGroup(of: String.self) { group in
                for marker in ["left", "right"] {
                    group.addTask {
                        do {
                            _ = try await store.saveProposal(
                                id: created.proposalID, expectedVersion: 1,
                                SampleProposals.content(SampleProposals.peerToPeer(), marker: marker), by: anna,
                                administration: "Socialforvaltningen")
                            return "saved"
                        } catch let error as StoreError {
                            if case .versionConflict = error { return "conflict" }
                            return "error: \(error)"
                        } catch {
                            return "error: \(error)"
                        }
                    }
                }
                return await group.reduce(into: [String]()) { $0.append($1) }
            }
            #expect(outcomes.sorted() == ["conflict", "saved"])
            #expect(try await store.versions(proposalID: created.proposalID).map(\.version) == [1, 2])
            #expect(try await store.integrityProblems().isEmpty)
        }
    }

    @Test(arguments: TestDatabases.kinds)
    func aProposalPastSubmissionIsLocked(kind: DatabaseKind) async throws {
        try await TestDatabases.withStore(kind) { store in
            let anna = try await Self.author(store)
            let created = try await store.createProposal(
                SampleProposals.content(SampleProposals.peerToPeer()), by: anna, administration: "Socialforvaltningen")
            try await store.setStatus(id: created.proposalID, from: .draft, to: .submitted, transition: "submit", comment: nil, by: anna)
            #expect(try await store.proposal(id: created.proposalID)?.status == .submitted)
            await #expect(throws: StoreError.self) {
                try await store.saveProposal(
                    id: created.proposalID, expectedVersion: 1, SampleProposals.content(SampleProposals.peerToPeer(), marker: "x"),
                    by: anna, administration: "Socialforvaltningen")
            }
            // A second transition from the old status is refused: someone else moved it first.
            await #expect(throws: StoreError.statusConflict(proposalID: created.proposalID, expected: "draft", current: "submitted")) {
                try await store.setStatus(id: created.proposalID, from: .draft, to: .withdrawn, transition: "withdraw", comment: nil, by: anna)
            }
            let transitions = try await store.audit(from: Date(timeIntervalSince1970: 0), to: Date().addingTimeInterval(1))
                .filter { $0.action == "proposal.transition" }
            #expect(transitions.map(\.oldValue) == ["draft"])
            #expect(transitions.map(\.newValue) == ["submitted"])
        }
    }

    @Test(arguments: TestDatabases.kinds)
    func listFiltersByRoundAreaStatusCodeTextAndDraftVisibility(kind: DatabaseKind) async throws {
        try await TestDatabases.withStore(kind) { store in
            let anna = try await Self.author(store)
            var other = SampleProposals.peerToPeer(title: "Hjemtagning af tolkeydelser")
            other.code = "TV04"
            other.areas = ["TV"]
            other.budgetRound = "Budget 2021"
            other.submittingAdministration = "Økonomiforvaltningen"
            let first = try await store.createProposal(
                SampleProposals.content(SampleProposals.peerToPeer()), by: anna, administration: "Socialforvaltningen")
            let second = try await store.createProposal(
                SampleProposals.content(other), status: .submitted, by: anna, administration: "Økonomiforvaltningen")

            #expect(try await store.proposals(matching: ProposalFilter()).count == 2)
            #expect(try await store.proposals(matching: ProposalFilter(round: "Budget 2021")).map(\.id) == [second.proposalID])
            #expect(try await store.proposals(matching: ProposalFilter(area: "BU")).map(\.id) == [first.proposalID])
            #expect(try await store.proposals(matching: ProposalFilter(status: .submitted)).map(\.id) == [second.proposalID])
            #expect(try await store.proposals(matching: ProposalFilter(code: "BU01")).map(\.id) == [first.proposalID])
            #expect(try await store.proposals(matching: ProposalFilter(text: "TOLKE")).map(\.id) == [second.proposalID])
            #expect(try await store.proposals(matching: ProposalFilter(text: "50%_")).isEmpty)
            // Someone from another administration sees the submitted proposal but not the other's draft.
            #expect(try await store.proposals(matching: ProposalFilter(draftsOnlyFrom: ["Økonomiforvaltningen"])).map(\.id) == [second.proposalID])
            #expect(try await store.proposals(matching: ProposalFilter(draftsOnlyFrom: [])).map(\.id) == [second.proposalID])
            #expect(try await store.proposals(matching: ProposalFilter(draftsOnlyFrom: ["Socialforvaltningen"])).count == 2)
        }
    }

    @Test(arguments: TestDatabases.kinds)
    func snapshotsNameTheCurrentVersions(kind: DatabaseKind) async throws {
        try await TestDatabases.withStore(kind) { store in
            let anna = try await Self.author(store)
            let created = try await store.createProposal(
                SampleProposals.content(SampleProposals.peerToPeer()), by: anna, administration: "Socialforvaltningen")
            let reading = try await store.createSnapshot(name: "1. behandling i SUD", stage: .firstReading, by: anna)
            _ = try await store.saveProposal(
                id: created.proposalID, expectedVersion: 1, SampleProposals.content(SampleProposals.peerToPeer(), marker: "2"),
                by: anna, administration: "Socialforvaltningen")
            let second = try await store.createSnapshot(
                name: "2. behandling i SUD", stage: .secondReading, proposalIDs: [created.proposalID], by: anna)
            #expect(try await store.snapshot(id: reading.id)?.versions == [created.proposalID: 1])
            #expect(try await store.snapshot(id: second.id)?.versions == [created.proposalID: 2])
            #expect(try await store.snapshots().map(\.name) == ["2. behandling i SUD", "1. behandling i SUD"])
            await #expect(throws: StoreError.notFound("proposal 999")) {
                try await store.createSnapshot(name: "x", stage: .other, proposalIDs: [999], by: anna)
            }
        }
    }

    @Test(arguments: TestDatabases.kinds)
    func sessionsTokensAndLoginAttempts(kind: DatabaseKind) async throws {
        try await TestDatabases.withStore(kind) { store in
            let anna = try await Self.author(store)
            let now = Date()
            try await store.createSession(tokenHash: SHA256.hex("token-1"), userID: anna.id, expiresAt: now.addingTimeInterval(60), at: now)
            try await store.createSession(tokenHash: SHA256.hex("token-old"), userID: anna.id, expiresAt: now.addingTimeInterval(5), at: now)
            #expect(try await store.sessionUser(tokenHash: SHA256.hex("token-1"), at: now)?.name == "anna")
            #expect(try await store.sessionUser(tokenHash: SHA256.hex("token-old"), at: now.addingTimeInterval(10)) == nil)
            #expect(try await store.sessionUser(tokenHash: SHA256.hex("unknown"), at: now) == nil)
            try await store.deleteSession(tokenHash: SHA256.hex("token-1"))
            #expect(try await store.sessionUser(tokenHash: SHA256.hex("token-1"), at: now) == nil)

            _ = try await store.createAPIToken(name: "script", tokenHash: SHA256.hex("api"), for: anna)
            #expect(try await store.apiTokenUser(tokenHash: SHA256.hex("api"))?.id == anna.id)

            for offset in 0..<3 {
                try await store.recordLoginAttempt(username: "anna", address: "10.0.0.1", succeeded: false, at: now.addingTimeInterval(Double(offset)))
            }
            #expect(try await store.failedLoginAttempts(username: "anna", since: now.addingTimeInterval(-60)) == 3)
            #expect(try await store.failedLoginAttempts(address: "10.0.0.1", since: now.addingTimeInterval(-60)) == 3)
            #expect(try await store.failedLoginAttempts(address: "10.0.0.2", since: now.addingTimeInterval(-60)) == 0)
            // A successful login starts the user's count again; the address keeps counting.
            try await store.recordLoginAttempt(username: "anna", address: "10.0.0.1", succeeded: true, at: now.addingTimeInterval(5))
            #expect(try await store.failedLoginAttempts(username: "anna", since: now.addingTimeInterval(-60)) == 0)
            #expect(try await store.failedLoginAttempts(address: "10.0.0.1", since: now.addingTimeInterval(-60)) == 3)
        }
    }

    @Test(arguments: TestDatabases.kinds)
    func budgetRoundsAndReferenceData(kind: DatabaseKind) async throws {
        try await TestDatabases.withStore(kind) { store in
            try await store.saveBudgetRound(BudgetRound(name: "Budget 2020", priceLevelYear: 2020, paybackRule: .firstYearStrict, maxPaybackYears: 6))
            try await store.saveBudgetRound(BudgetRound(name: "Budget 2020", priceLevelYear: 2020, paybackRule: .interpolated, maxPaybackYears: 5))
            let round = try await store.budgetRound(named: "Budget 2020")
            #expect(round?.paybackRule == .interpolated)
            #expect(round?.maxPaybackYears == 5)
            #expect(try await store.budgetRounds().count == 1)
            try await store.addCommittee("Børne- og Ungdomsudvalget")
            #expect(try await store.committees().contains("Børne- og Ungdomsudvalget"))
            await #expect(throws: StoreError.self) { try await store.addCommittee("Socialudvalget") }
            #expect(try await store.consultationBodies().contains("IT-kredsen"))
            let audit = try await store.audit(from: Date(timeIntervalSince1970: 0), to: Date().addingTimeInterval(1))
            #expect(audit.filter { $0.action == "budget_round.save" }.last?.oldValue == "p/l 2020, first-year-strict, max payback 6 years")
        }
    }

    @Test(arguments: TestDatabases.kinds)
    func auditIsQueryableByDateRange(kind: DatabaseKind) async throws {
        try await TestDatabases.withStore(kind) { store in
            let day = 86_400.0
            let base = Date(timeIntervalSince1970: 1_700_000_000)
            for offset in 0..<3 {
                try await store.addUser(
                    name: "user\(offset)", passwordHash: Self.hash, role: .reader, administrations: [],
                    at: base.addingTimeInterval(Double(offset) * day))
            }
            let middle = try await store.audit(from: base.addingTimeInterval(day), to: base.addingTimeInterval(2 * day))
            #expect(middle.map(\.newValue) == ["user1 (reader)"])
            #expect(try await store.audit(from: base, to: base.addingTimeInterval(10 * day)).count == 3)
            #expect(try await store.audit(from: base, to: base.addingTimeInterval(10 * day), limit: 2).count == 2)
        }
    }
}
