import Foundation
import GevinstCore
import GevinstStore
import Testing

/// Follow-up periods in the store, on SQLite always and on PostgreSQL when `GEVINST_TEST_POSTGRES_URL` is set.
@Suite struct FollowUpStoreTests {
    static let configuration = FollowUpConfiguration.default

    static func category(_ role: StatusRole) throws -> StatusCategory {
        try #require(configuration.category(for: role))
    }

    /// Three small records built in code: BU01 (2020) is on track and matches the stored sample proposal;
    /// HA03 (2024) is implemented (drops out of the next period); UD05 (2023) is red with a handling.
    static func period(name: String = "December 2024") throws -> FollowUpPeriod {
        let records = [
            FollowUpRecord(
                key: FollowUpKey(adoptedBudgetYear: 2020, code: "BU01", title: "Peer-to-Peer familier"), code: "BU01",
                title: "Peer-to-Peer familier", type: .investment, area: "Børnefamilier med særlige behov",
                assessment: .recorded(try category(.onTrack)), plannedFullImplementationYear: 2021,
                currentFullImplementationYear: 2021, efficiencyAtFullPhaseIn: -1_300_000, totalInvestment: 1_200_000, line: 10),
            FollowUpRecord(
                key: FollowUpKey(adoptedBudgetYear: 2024, code: "HA03", title: "Botilbud"), code: "HA03", title: "Botilbud",
                area: "Borgere med handicap", assessment: .recorded(try category(.implemented)), efficiencyAtFullPhaseIn: -500_000,
                line: 11),
            FollowUpRecord(
                key: FollowUpKey(adoptedBudgetYear: 2023, code: "UD05", title: "Misbrugsbehandling"), code: "UD05",
                title: "Misbrugsbehandling", area: "Udsatte voksne", assessment: .recorded(try category(.scheduleAndEconomySlipped)),
                remark: "Forsinket", plannedFullImplementationYear: 2024, currentFullImplementationYear: 2026,
                efficiencyAtFullPhaseIn: -2_000_000, plannedEfficiency: [2024: -2_000_000], realisedEfficiency: [2024: -400_000],
                handling: "Den tabte effektivisering i 2024 vil blive indhentet ved rammebesparelse på det berørte område", line: 12),
        ]
        return try FollowUpPeriod(named: name, records: records)
    }

    static func controller(_ store: GevinstStore) async throws -> FollowUpActor {
        FollowUpActor(try await store.addUser(
            name: "karin", passwordHash: StoreTests.hash, role: .followUpController, administrations: ["Socialforvaltningen"]))
    }

    @Test(arguments: TestDatabases.kinds)
    func aLoadedPeriodKeepsItsRecordsAndLinksThoseWithAStoredProposal(kind: DatabaseKind) async throws {
        try await TestDatabases.withStore(kind) { store in
            #expect(try await store.schemaVersions().contains(3))
            let anna = try await StoreTests.author(store)
            let proposal = try await store.createProposal(
                SampleProposals.content(SampleProposals.peerToPeer()), by: anna, administration: "Socialforvaltningen")
            let karin = try await Self.controller(store)
            let loadFinding = Finding(rule: "follow-up.unknown-area", severity: .error, proposal: "XX01", line: 40, message: "unknown area")
            let stored = try await store.createFollowUpPeriod(try Self.period(), findings: [loadFinding], by: karin)
            #expect(stored.recordCount == 3)
            #expect(stored.linkedRecordCount == 1)

            let periods = try await store.followUpPeriods()
            #expect(periods.map(\.name) == ["December 2024"])
            #expect(periods.first?.date.description == "2024-12-31")
            #expect(periods.first?.findings == [loadFinding])
            #expect(periods.first?.createdBy == "karin")
            #expect(try await store.followUpPeriod(named: "December 2024")?.id == stored.id)

            let records = try await store.followUpRecords(periodID: stored.id)
            #expect(records.map(\.record.code) == ["BU01", "HA03", "UD05"])
            #expect(records.map(\.version) == [1, 1, 1])
            #expect(records.first?.proposalID == proposal.proposalID)
            #expect(records.dropFirst().allSatisfy { $0.proposalID == nil })
            #expect(records.map(\.record) == (try Self.period()).records)

            let value = try #require(try await store.followUpPeriodValue(id: stored.id))
            #expect(value == (try Self.period()))

            let audit = try await store.audit(from: Date(timeIntervalSinceNow: -60), to: Date(timeIntervalSinceNow: 60))
            let load = try #require(audit.first { $0.action == "followup.load" })
            #expect(load.newValue == "December 2024")
            #expect(load.detail == "3 records, 1 linked to stored proposals")
            #expect(load.username == "karin")

            // A second period of that name is refused and nothing more is stored.
            await #expect(throws: StoreError.duplicate("the follow-up period \"December 2024\"")) {
                try await store.createFollowUpPeriod(try Self.period(), by: karin)
            }
            #expect(try await store.followUpPeriods().count == 1)
        }
    }

    @Test(arguments: TestDatabases.kinds)
    func twoRecordsOfOneProposalInOneAreaAreRefusedWithNothingStored(kind: DatabaseKind) async throws {
        try await TestDatabases.withStore(kind) { store in
            var period = try Self.period()
            var twin = period.records[2]
            twin.line = 30
            period.records.append(twin)
            do {
                _ = try await store.createFollowUpPeriod(period, by: .commandLine)
                Issue.record("a period with the same proposal twice in one area was stored")
            } catch let error as StoreError {
                #expect(error.description.contains("UD05 (2023) appears twice under Udsatte voksne (lines 12 and 30)"))
            }
            #expect(try await store.followUpPeriods().isEmpty)
        }
    }

    @Test(arguments: TestDatabases.kinds)
    func anUpdateAppendsAVersionAndAStaleOneIsAConflict(kind: DatabaseKind) async throws {
        try await TestDatabases.withStore(kind) { store in
            let karin = try await Self.controller(store)
            let stored = try await store.createFollowUpPeriod(try Self.period(), by: .commandLine)
            let red = try #require(try await store.followUpRecords(periodID: stored.id).last)

            var covered = red.record
            covered.realisedEfficiency = [2024: -2_000_000]
            try covered.override(nil, with: try Self.category(.onTrack), reason: "")
            let saved = try await store.updateFollowUpRecord(
                id: red.id, expectedVersion: 1, record: covered, summary: "realised 2024 -2.000, status on track", by: karin)
            #expect(saved.version == 2)
            #expect(saved.record.colour == .green)
            #expect(saved.record.realisedEfficiency == [2024: -2_000_000])

            // Someone still holding version 1 is refused, and nothing of theirs is saved.
            var stale = red.record
            stale.remark = "Ny bemærkning"
            await #expect(throws: StoreError.followUpConflict(recordID: red.id, expected: 1, current: 2)) {
                try await store.updateFollowUpRecord(id: red.id, expectedVersion: 1, record: stale, summary: "remark", by: karin)
            }
            let current = try #require(try await store.followUpRecord(id: red.id))
            #expect(current.version == 2)
            #expect(current.record.remark == "Forsinket")

            // What changed since version 1, for the conflict answer.
            let since = try await store.followUpRecordVersions(recordID: red.id, after: 1)
            #expect(since.map(\.version) == [2])
            #expect(since.first?.authorName == "karin")
            #expect(since.first?.summary == "realised 2024 -2.000, status on track")
            #expect(try await store.followUpRecordVersions(recordID: red.id).first?.record == red.record)

            // The audit line holds the old and the new record.
            let audit = try await store.audit(from: Date(timeIntervalSinceNow: -60), to: Date(timeIntervalSinceNow: 60))
            let update = try #require(audit.first { $0.action == "followup.record.update" })
            #expect(update.entityID == String(red.id))
            #expect(update.oldValue?.contains("\"status\":\"schedule-and-economy-slipped\"") == true)
            #expect(update.newValue?.contains("\"status\":\"on-track\"") == true)
            #expect(update.detail == "version 1 → 2: realised 2024 -2.000, status on track")

            // A change may not move the record to another proposal or area.
            var moved = current.record
            moved.area = "Borgere med handicap"
            await #expect(throws: StoreError.self) {
                try await store.updateFollowUpRecord(id: red.id, expectedVersion: 2, record: moved, summary: "moved", by: karin)
            }
            await #expect(throws: StoreError.notFound("follow-up record 9999")) {
                try await store.updateFollowUpRecord(id: 9999, expectedVersion: 1, record: moved, summary: "x", by: karin)
            }
        }
    }

    @Test(arguments: TestDatabases.kinds)
    func aBulkUpdateWithOneStaleRecordSavesNothing(kind: DatabaseKind) async throws {
        try await TestDatabases.withStore(kind) { store in
            let stored = try await store.createFollowUpPeriod(try Self.period(), by: .commandLine)
            let records = try await store.followUpRecords(periodID: stored.id)
            var first = records[0].record
            first.remark = "Opdateret"
            var third = records[2].record
            third.remark = "Også opdateret"
            await #expect(throws: StoreError.followUpConflict(recordID: records[2].id, expected: 5, current: 1)) {
                try await store.updateFollowUpRecords([
                    FollowUpRecordChange(recordID: records[0].id, expectedVersion: 1, record: first, summary: "remark"),
                    FollowUpRecordChange(recordID: records[2].id, expectedVersion: 5, record: third, summary: "remark"),
                ], by: .commandLine)
            }
            #expect(try await store.followUpRecords(periodID: stored.id).map(\.version) == [1, 1, 1])
            #expect(try await store.followUpRecord(id: records[0].id)?.record.remark == "")

            let versions = try await store.updateFollowUpRecords([
                FollowUpRecordChange(recordID: records[0].id, expectedVersion: 1, record: first, summary: "remark"),
                FollowUpRecordChange(recordID: records[2].id, expectedVersion: 1, record: third, summary: "remark"),
            ], by: .commandLine)
            #expect(versions == [records[0].id: 2, records[2].id: 2])
            #expect(try await store.followUpRecords(periodID: stored.id).map(\.record.remark) == ["Opdateret", "", "Også opdateret"])
        }
    }

    @Test(arguments: TestDatabases.kinds)
    func theNextPeriodCarriesOverWhatIsOpenAndKeepsTheHistory(kind: DatabaseKind) async throws {
        try await TestDatabases.withStore(kind) { store in
            await #expect(throws: StoreError.self) {
                try await store.startNextFollowUpPeriod(named: "Juni 2025", by: .commandLine)
            }
            let anna = try await StoreTests.author(store)
            let proposal = try await store.createProposal(
                SampleProposals.content(SampleProposals.peerToPeer()), by: anna, administration: "Socialforvaltningen")
            let december = try await store.createFollowUpPeriod(try Self.period(), by: .commandLine)
            let june = try await store.startNextFollowUpPeriod(named: "Juni 2025", by: .commandLine)
            #expect(june.previousPeriodID == december.id)
            #expect(june.date.description == "2025-06-30")
            #expect(june.recordCount == 2)

            let carried = try await store.followUpRecords(periodID: june.id)
            #expect(carried.map(\.record.code) == ["BU01", "UD05"])
            #expect(carried.map(\.version) == [1, 1])
            #expect(carried.first?.proposalID == proposal.proposalID)
            #expect(carried.allSatisfy { $0.record.line == nil })
            #expect(try await store.followUpPeriodValue(id: june.id)?.previousPeriod == "December 2024")

            // The finished period is unchanged, implemented record included.
            #expect(try await store.followUpRecords(periodID: december.id).map(\.record.code) == ["BU01", "HA03", "UD05"])
            #expect(try await store.followUpPeriods().map(\.name) == ["Juni 2025", "December 2024"])

            // A period must come after the last one.
            await #expect(throws: StoreError.self) {
                try await store.startNextFollowUpPeriod(named: "Marts 2025", by: .commandLine)
            }
            #expect(try await store.followUpPeriods().count == 2)
        }
    }
}
