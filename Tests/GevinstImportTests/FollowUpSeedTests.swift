import Foundation
import Testing
import GevinstCore
import GevinstImport
import GevinstTestSupport

/// Seed 002 ("Bilag 8", status December 2024) read by `FollowUpTableReader` and through the follow-up model
/// with the default configuration. Expected figures were read off the seed by eye.
@Suite(.enabled(if: SeedCorpus.isAvailable, Comment(rawValue: SeedCorpus.skipMessage)))
struct FollowUpSeedTests {
    static func seedRows() -> [FollowUpRow] {
        guard let data = SeedCorpus.data(SeedCorpus.followUp2024) else { return [] }
        return FollowUpTableReader.read(TextDocument(file: SeedCorpus.followUp2024, data: data)).followUps
    }

    let conversion = FollowUpRowConversion.records(from: Self.seedRows())

    var period: FollowUpPeriod {
        get throws { try FollowUpPeriod(named: "December 2024", records: conversion.records) }
    }

    @Test func all63RowsLoadWithoutErrors() {
        #expect(conversion.records.count == 63)
        #expect(conversion.findings.filter { $0.severity == .error }.isEmpty)
        // "Initiativet implementeres ikke som tiltænk" (sic) on lines 52, 80 and 89 is recognised, and said.
        let misspelled = conversion.findings.filter { $0.rule == "status.text-misspelled" }
        #expect(misspelled.compactMap(\.line) == [52, 80, 89])
        #expect(misspelled.allSatisfy { $0.severity == .info })
    }

    @Test func defaultColoursAre56Green2Yellow5Red() throws {
        let summary = FollowUpSummary.summarise(try period)
        #expect(summary.total.records == 63)
        #expect(summary.total.green == 56)
        #expect(summary.total.yellow == 2)
        #expect(summary.total.red == 5)
    }

    @Test func coloursAndSumsPerArea() throws {
        let summary = FollowUpSummary.summarise(try period)
        #expect(summary.areas.map(\.area) == [
            "Borgere med handicap", "Børnefamilier med særlige behov", "Udsatte voksne", "Den sociale hjemmepleje",
            "Tværgående opgaver og administration",
        ])
        let handicap = try #require(summary.figures(forArea: "Borgere med handicap"))
        #expect((handicap.records, handicap.green, handicap.yellow, handicap.red) == (18, 15, 1, 2))
        #expect(handicap.totalInvestment == 99_050_000)
        let children = try #require(summary.figures(forArea: "Børnefamilier med særlige behov"))
        #expect((children.records, children.green, children.yellow, children.red) == (18, 17, 0, 1))
        let adults = try #require(summary.figures(forArea: "Udsatte voksne"))
        #expect((adults.records, adults.green, adults.yellow, adults.red) == (14, 11, 1, 2))
        let homeCare = try #require(summary.figures(forArea: "Den sociale hjemmepleje"))
        #expect((homeCare.records, homeCare.totalInvestment, homeCare.efficiencyAtFullPhaseIn) == (1, 950_000, -1_800_000))
        let crossCutting = try #require(summary.figures(forArea: "Tværgående opgaver og administration"))
        #expect((crossCutting.records, crossCutting.green) == (12, 12))
        #expect(crossCutting.totalInvestment == 83_513_000)
        #expect(crossCutting.efficiencyAtFullPhaseIn == -77_033_000)
        // The seed holds no per-year realised figures, so nothing is lost or covered yet.
        #expect(summary.total.lostEfficiency == 0 && summary.total.coveredEfficiency == 0)
    }

    @Test func checksFindExactlyTheKnownFaults() throws {
        let findings = FollowUpChecks.check(try period)
        let found = findings.map { "\($0.rule)@\($0.line ?? 0)" }
        #expect(found == [
            "code.malformed@44",
            "code.unknown-area@83",
            "duplicate.counted-twice@87",
            "status.implemented-but-cancelled@104",
            "sign.positive-efficiency@111",
            "sign.positive-efficiency@112",
            "sign.positive-efficiency@114",
        ])
    }

    @Test func tv03CountedTwiceNamesBothAreas() throws {
        let finding = try #require(FollowUpChecks.check(try period).first { $0.rule == "duplicate.counted-twice" })
        #expect(finding.proposal == "TV03(2025)")
        #expect(finding.message.contains("Børnefamilier med særlige behov"))
        #expect(finding.message.contains("Udsatte voksne"))
        #expect(finding.message.contains("7.225") && finding.message.contains("-1.500"))
    }

    @Test func tv11PositiveEfficiencyIsReported() throws {
        let finding = try #require(FollowUpChecks.check(try period).first { $0.proposal == "TV11(2025)" })
        #expect(finding.rule == "sign.positive-efficiency")
        #expect(finding.message.contains("+5.780"))
    }

    @Test func mistypedCodesAreReportedWithTheirLikelyReading() throws {
        let findings = FollowUpChecks.check(try period)
        let ha = try #require(findings.first { $0.proposal == "HA/S108" })
        #expect(ha.rule == "code.malformed")
        #expect(ha.message.contains("HA/SI08"))
        let su = try #require(findings.first { $0.proposal == "SU/UD03" })
        #expect(su.rule == "code.unknown-area")
        #expect(su.message.contains("probably SI/UD03"))
    }

    @Test func codesAreReusedAcrossYearsSoTheKeyIncludesTheYear() {
        let ha03 = conversion.records.filter { $0.key.code == "HA03" }.map(\.key.adoptedBudgetYear)
        #expect(ha03 == [2022, 2023, 2024])
        #expect(conversion.records.contains { $0.key.code == "HA03(2025)" })
        // "TV06(2025)" and "TV06 (2025)" are one proposal, with a different status per area.
        let tv06 = conversion.records.filter { $0.key.code == "TV06(2025)" }
        #expect(tv06.map(\.colour) == [.red, .green])
        // TV02 (2024), TV06(2025) and TV03(2025) each appear in two areas: 63 rows, 60 proposals.
        #expect(Set(conversion.records.map(\.key)).count == 60)
    }

    @Test func nextPeriodDropsTheImplementedAndKeepsHistory() throws {
        let december2024 = try period
        let next = try december2024.next(named: "December 2025")
        // 25 rows say "Initiativet er implementeret"; the other 38 carry over.
        #expect(next.records.count == 38)
        #expect(next.previousPeriod == "December 2024")
        #expect(next.records.allSatisfy { $0.assessment.confirmed.role != .implemented && $0.line == nil })
        #expect(next.records.contains { $0.key == FollowUpKey(adoptedBudgetYear: 2022, code: "HA06", title: "") })
        #expect(!next.records.contains { $0.key == FollowUpKey(adoptedBudgetYear: 2022, code: "HA03", title: "") })
        #expect(december2024.records.count == 63)
        #expect(throws: FollowUpError.periodNotAfter(new: "Juni 2024", last: "December 2024")) {
            try december2024.next(named: "Juni 2024")
        }
    }

    @Test func frameCutHandlingNeedsNoApprovalAsTheSeedSays() {
        // Every row answers "Nej" to ØU/BR approval; those with a handling use a frame cut on the area.
        let configuration = FollowUpConfiguration.default
        for record in conversion.records {
            #expect(configuration.requiresApproval(record.compensatingActions) == (record.requiresApprovalByOEUAndBR ?? false))
        }
        #expect(conversion.records.filter { !$0.compensatingActions.isEmpty }.count == 7)
    }

    @Test func thePeriodRoundTripsThroughJSON() throws {
        let december2024 = try period
        let text = FollowUpFormat.encode(december2024)
        #expect(try FollowUpFormat.decode(text: text) == december2024)
    }
}
