import Testing
import GevinstCore

@Suite struct FollowUpFormatTests {
    func record() throws -> FollowUpRecord {
        let configuration = FollowUpConfiguration.default
        let red = try #require(configuration.category(for: .scheduleAndEconomySlipped))
        let yellow = try #require(configuration.category(for: .scheduleSlipped))
        var record = FollowUpRecord(
            key: FollowUpKey(adoptedBudgetYear: 2022, code: "HA06", title: "Kapacitetstilpasning"), code: "HA06",
            title: "Kapacitetstilpasning", type: .investment, area: "Borgere med handicap", assessment: .recorded(red),
            plannedFullImplementationYear: 2023, currentFullImplementationYear: 2025, efficiencyAtFullPhaseIn: -1_113_000,
            plannedEfficiency: [2024: -1_113_000], realisedEfficiency: [2024: 0], totalInvestment: 4_150_000,
            handling: "Rammebesparelse", compensatingActions: [
                CompensatingAction(kind: .frameCut(area: "Borgere med handicap"), amounts: [2024: -1_113_000], isCarriedOut: true)
            ], earlierCompensatingAction: false, requiresApprovalByOEUAndBR: false, line: 36)
        try record.override(red, with: yellow, reason: "Pladserne tages i brug januar 2025")
        return record
    }

    @Test func aRecordRoundTripsWithItsOverride() throws {
        let period = FollowUpPeriod(name: "December 2024", date: try #require(CalendarDay(year: 2024, month: 12, day: 31)),
                                    records: [try record()], previousPeriod: "December 2023")
        let text = FollowUpFormat.encode(period)
        #expect(text.contains("\"colour\": \"yellow\""))
        #expect(try FollowUpFormat.decode(text: text) == period)
    }

    @Test func anOverrideWithoutItsReasonIsRefused() throws {
        let text = """
        {"format": "gevinst-follow-up-period/1", "name": "December 2024", "records": [
          {"adoptedBudgetYear": 2022, "code": "HA06", "title": "T", "area": "Borgere med handicap",
           "status": "schedule-slipped", "proposedStatus": "schedule-and-economy-slipped"}]}
        """
        do {
            _ = try FollowUpFormat.decode(text: text, file: "periode.json")
            Issue.record("an override without a reason must be refused")
        } catch {
            #expect(error.path == "records[0].overrideReason")
            #expect(error.position.line == 2)
        }
    }

    @Test func unknownStatusIdsAndAreasNameTheirField() {
        let text = """
        {"format": "gevinst-follow-up-period/1", "name": "December 2024", "records": [
          {"adoptedBudgetYear": 2022, "code": "HA06", "area": "Borgere med handicap", "status": "blue"}]}
        """
        #expect(throws: NativeFormatError.self) { try FollowUpFormat.decode(text: text) }
        do {
            _ = try FollowUpFormat.decode(text: text)
        } catch {
            #expect(error.path == "records[0].status")
            #expect(error.message.contains("\"blue\" is not a status"))
        }
    }
}
