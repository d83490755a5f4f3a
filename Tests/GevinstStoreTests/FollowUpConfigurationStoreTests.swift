import Foundation
import GevinstCore
import GevinstStore
import Testing

/// The saved follow-up configuration: the one in force for a period by its date, saved from a date on, and the
/// period's records read in it.
@Suite struct FollowUpConfigurationStoreTests {
    static func day(_ text: String) throws -> CalendarDay { try #require(CalendarDay.parse(text)) }

    @Test(arguments: TestDatabases.kinds)
    func theConfigurationInForceIsPickedByThePeriodsDate(kind: DatabaseKind) async throws {
        try await TestDatabases.withStore(kind) { store in
            #expect(try await store.followUpConfigurations() == .default)
            #expect(try await store.followUpConfiguration(on: Self.day("2024-12-31")) == .default)

            let admin = try await StoreTests.author(store, "ea", role: .admin)
            var from2025 = FollowUpConfiguration.default
            from2025.effectiveFrom = try Self.day("2025-01-01")
            from2025.economyThreshold = 2_000_000
            from2025.approvalRule = .always
            try await store.saveFollowUpConfiguration(from2025, by: admin)
            // Periods before its date keep the default; later ones take it.
            #expect(try await store.followUpConfiguration(on: Self.day("2024-12-31")) == .default)
            #expect(try await store.followUpConfiguration(on: Self.day("2025-06-30")) == from2025)

            // Saving the same date again replaces that configuration only.
            var changed = from2025
            changed.scheduleThresholdMonths = 9
            try await store.saveFollowUpConfiguration(changed, by: admin)
            #expect(try await store.followUpConfigurations().configurations.map(\.scheduleThresholdMonths) == [6, 9])

            // A caller's own configurations (a command's --colour-rules) take the place of the saved ones.
            let own = FollowUpConfigurationSet([changed])
            #expect(try await store.followUpConfiguration(on: Self.day("2024-12-31"), from: own) == changed)

            // The store's text is the format's and audited.
            let text = try #require(try await store.setting(SettingKey.followUpConfiguration))
            #expect(try FollowUpConfigurationFormat.decodeSet(text: text).configurations.count == 2)
        }
    }

    @Test func recordsAreReadInTheirPeriodsConfiguration() async throws {
        try await TestDatabases.withStore(.sqlite) { store in
            let admin = try await StoreTests.author(store, "ea", role: .admin)
            let karin = try await FollowUpStoreTests.controller(store)
            let stored = try await store.createFollowUpPeriod(try FollowUpStoreTests.period(), by: karin)
            #expect(try await store.followUpRecords(periodID: stored.id).map(\.record.colour) == [.green, .green, .red])

            // The administrator makes "schedule and economy slipped" yellow from before the period on.
            var yellow = FollowUpConfiguration.default
            for index in yellow.categories.indices where yellow.categories[index].id == "schedule-and-economy-slipped" {
                yellow.categories[index].colour = .yellow
            }
            try await store.saveFollowUpConfiguration(yellow, by: admin)
            #expect(try await store.followUpRecords(periodID: stored.id).map(\.record.colour) == [.green, .green, .yellow])
            #expect(try await store.followUpPeriodValue(id: stored.id)?.records.last?.colour == .yellow)
            let last = try #require(try await store.followUpRecords(periodID: stored.id).last)
            #expect(try await store.followUpRecord(id: last.id)?.record.colour == .yellow)
        }
    }

    @Test func theNextPeriodNeedsEveryCarriedStatusInItsConfiguration() async throws {
        try await TestDatabases.withStore(.sqlite) { store in
            let admin = try await StoreTests.author(store, "ea", role: .admin)
            let karin = try await FollowUpStoreTests.controller(store)
            _ = try await store.createFollowUpPeriod(try FollowUpStoreTests.period(), by: karin)
            var renamed = FollowUpConfiguration.default
            renamed.effectiveFrom = try Self.day("2025-01-01")
            for index in renamed.categories.indices where renamed.categories[index].id == "on-track" {
                renamed.categories[index].id = "planned"
            }
            try await store.saveFollowUpConfiguration(renamed, by: admin)
            await #expect(throws: StoreError.self) {
                try await store.startNextFollowUpPeriod(named: "Juni 2025", by: .commandLine)
            }
            #expect(try await store.followUpPeriods().count == 1)
        }
    }
}
