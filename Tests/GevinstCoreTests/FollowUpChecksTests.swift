import Foundation
import Testing
import GevinstCore

/// Checks on constructed rows and records, for the rules the seed does not exercise and for bad rows.
@Suite struct FollowUpChecksTests {
    func row(
        line: Int, year: Int? = 2024, code: String? = "HA01", area: String = "Borgere med handicap",
        status: String = "Forløber som planlagt", investment: Amount? = 1_000_000, efficiency: Amount? = -500_000,
        fullYear: Int? = 2026, remark: String = ""
    ) -> FollowUpRow {
        FollowUpRow(
            adoptedBudgetYear: year, code: code, title: "Titel", typeText: "Investeringsforslag", type: .investment, area: area,
            status: status, remark: remark, totalInvestment: investment, efficiencyAtFullPhaseIn: efficiency,
            efficiencyPriceLevelYear: 2025, fullImplementationYear: fullYear, handling: "", earlierCompensatingAction: false,
            requiresApprovalByOEUAndBR: false, consequence: "", period: "December 2024", line: line)
    }

    @Test func badRowsBecomeFindingsWithTheirLineAndTheRestLoads() {
        let result = FollowUpRowConversion.records(from: [
            row(line: 10),
            row(line: 11, code: "HA02", status: "Afventer"),
            row(line: 12, code: "HA03", area: "Ældre og sundhed"),
            row(line: 13, year: nil, code: "HA04"),
            row(line: 14, code: "HA05", efficiency: AmountLimits.maxMagnitude + 1),
            row(line: 15, code: "HA06", investment: nil),
        ])
        #expect(result.records.map(\.line) == [10, 15])
        let errors = result.findings.filter { $0.severity == .error }.map { "\($0.rule)@\($0.line ?? 0)" }
        #expect(errors == ["status.unknown-text@11", "area.unknown@12", "missing.budget-year@13", "amount.out-of-range@14"])
        #expect(result.findings.contains { $0.rule == "missing.investment" && $0.line == 15 && $0.severity == .warning })
        let unknownStatus = result.findings.first { $0.line == 11 }
        #expect(unknownStatus?.message.contains("\"Afventer\"") == true)
    }

    @Test func onTrackWithAPastYearIsReported() throws {
        let records = FollowUpRowConversion.records(from: [
            row(line: 20, fullYear: 2023),
            row(line: 21, code: "HA02", fullYear: 2024),
            row(line: 22, code: "HA03", status: "Initiativet er implementeret", fullYear: 2022),
        ]).records
        let findings = FollowUpChecks.check(try FollowUpPeriod(named: "December 2024", records: records))
        #expect(findings.map { "\($0.rule)@\($0.line ?? 0)" } == ["status.on-track-past-year@20"])
    }

    @Test func theSameProposalTwiceInOneAreaIsReported() throws {
        let records = FollowUpRowConversion.records(from: [row(line: 30), row(line: 31, efficiency: -200_000)]).records
        let findings = FollowUpChecks.check(try FollowUpPeriod(named: "December 2024", records: records))
        #expect(findings.map { "\($0.rule)@\($0.line ?? 0)" } == ["duplicate.same-area@31"])
    }

    @Test func sharesOfACrossAreaProposalAreNotDuplicates() throws {
        // As 002 TV02 (2024): 2.450/-104 under Borgere med handicap and 1.225/-390 under Børnefamilier.
        let records = FollowUpRowConversion.records(from: [
            row(line: 46, code: "TV02", investment: 2_450_000, efficiency: -104_000, fullYear: 2024),
            row(line: 70, code: "TV02", area: "Børnefamilier med særlige behov", investment: 1_225_000, efficiency: -390_000, fullYear: 2024),
        ]).records
        let findings = FollowUpChecks.check(try FollowUpPeriod(named: "December 2024", records: records))
        #expect(!findings.contains { $0.rule.family == "duplicate" })
    }

    @Test func wellFormedCodesPass() throws {
        let codes = ["HA01", "SI/UD02", "BU/SI01", "TV06 (2025)", "HA03(2025)", "CE01 (2024)", "UD13"]
        let records = FollowUpRowConversion.records(from: codes.enumerated().map { row(line: $0.offset + 1, code: $0.element) }).records
        let findings = FollowUpChecks.check(try FollowUpPeriod(named: "December 2024", records: records))
        #expect(!findings.contains { $0.rule.family == "code" })
    }

    @Test func anAreaLetterPairWithTwoReadingsListsBoth() throws {
        let records = FollowUpRowConversion.records(from: [row(line: 1, code: "SU01")]).records
        let finding = try #require(FollowUpChecks.check(try FollowUpPeriod(named: "December 2024", records: records)).first)
        #expect(finding.rule == "code.unknown-area")
        #expect(finding.message.contains("perhaps BU01 or SI01"))
    }
}

@Suite struct FollowUpRulesDocumentationTests {
    @Test func everyRuleIsDocumentedOnceWithItsSeverity() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/rules-follow-up.md")
        let text = try String(contentsOf: url, encoding: .utf8)
        for rule in FollowUpRules.all {
            #expect(text.contains("| `\(rule.id)` | \(rule.defaultSeverity.rawValue) |"), "\(rule.id) is not in docs/rules-follow-up.md")
        }
        #expect(Set(FollowUpRules.all.map(\.id)).count == FollowUpRules.all.count)
    }
}

@Suite struct FollowUpBulkUpdateTests {
    func row(line: Int, code: String, status: String = "Forløber som planlagt", remark: String = "", area: String = "Borgere med handicap") -> FollowUpRow {
        FollowUpRow(
            adoptedBudgetYear: 2024, code: code, title: "Titel", typeText: "Investeringsforslag", type: .investment, area: area,
            status: status, remark: remark, totalInvestment: 1_000_000, efficiencyAtFullPhaseIn: -500_000,
            efficiencyPriceLevelYear: 2025, fullImplementationYear: 2026, handling: "", earlierCompensatingAction: false,
            requiresApprovalByOEUAndBR: false, consequence: "", period: "December 2024", line: line)
    }

    @Test func matchingRowsApplyAndTheRestAreFindings() throws {
        let records = FollowUpRowConversion.records(from: [row(line: 1, code: "HA01"), row(line: 2, code: "HA02")]).records
        let period = try FollowUpPeriod(named: "December 2024", records: records)
        let result = FollowUpBulkUpdate.apply([
            row(line: 10, code: "HA02", status: "Tidsplanen er skredet mere end 6 mdr.", remark: "Forsinket"),
            row(line: 11, code: "HA01"),
            row(line: 12, code: "HA09"),
            row(line: 13, code: "HA02"),
        ], to: period, file: "rettet.xlsx")
        #expect(result.changes.map(\.line) == [10])
        #expect(result.changes.first?.summary == "status: Forløber som planlagt → Tidsplanen er skredet mere end 6 mdr.; remark changed")
        #expect(result.period.records[1].colour == .yellow)
        #expect(result.period.records[0] == period.records[0])
        #expect(result.findings.map { "\($0.rule)@\($0.line ?? 0)" } == ["bulk.unknown-record@12", "bulk.repeated-row@13"])
    }

    @Test func aStatusAgainstTheProposalIsAnOverrideNamingTheFile() throws {
        let configuration = FollowUpConfiguration.default
        var record = try #require(FollowUpRowConversion.records(from: [row(line: 1, code: "HA01")]).records.first)
        record.confirm(try #require(configuration.category(for: .onTrack)))
        let period = try FollowUpPeriod(named: "December 2024", records: [record])
        let result = FollowUpBulkUpdate.apply(
            [row(line: 7, code: "HA01", status: "Initiativet implementeres ikke som tiltænkt")], to: period, file: "status.csv")
        let updated = try #require(result.period.records.first)
        #expect(updated.colour == .red)
        #expect(updated.assessment.isOverride)
        #expect(updated.assessment.overrideReason == "set in status.csv, line 7")
    }
}
