import Foundation
import GevinstCore
import Testing

/// The ØU/BR approval rule applied to records (`FollowUpConfiguration.approval(of:)`) and its check
/// `approval.differs-from-rule`, and configurations over time (`FollowUpConfigurationSet`).
@Suite struct FollowUpApprovalTests {
    static let frameCut = "Den tabte effektivisering i 2024 vil blive indhentet ved rammebesparelse på det berørte område."

    static func record(line: Int, handling: String = frameCut, approval: Bool?, area: String = "Borgere med handicap") throws -> FollowUpRecord {
        let row = FollowUpRow(
            adoptedBudgetYear: 2022, code: "HA\(line)", title: "Titel", typeText: "Investeringsforslag", type: .investment, area: area,
            status: "Forløber som planlagt", remark: "", totalInvestment: 1_000_000, efficiencyAtFullPhaseIn: -500_000,
            efficiencyPriceLevelYear: 2025, fullImplementationYear: 2026, handling: handling, earlierCompensatingAction: false,
            requiresApprovalByOEUAndBR: approval, consequence: "", period: "December 2024", line: line)
        return try #require(FollowUpRowConversion.record(from: row).0)
    }

    @Test func aFrameCutOnTheCommitteesOwnAreaNeedsNoApproval() throws {
        let approval = FollowUpConfiguration.default.approval(of: try Self.record(line: 36, approval: false))
        #expect(approval.rule == .unlessFrameCutWithinCommitteeAreas)
        #expect(approval.required == false)
        #expect(approval.agrees == true)
        #expect(approval.proposed == nil)
        #expect(approval.reason.contains("Borgere med handicap"))
    }

    @Test func anEmptyAnswerGetsTheRulesAnswerAsAProposal() throws {
        let record = try Self.record(line: 36, approval: nil)
        #expect(FollowUpConfiguration.default.approval(of: record).proposed == false)
        var always = FollowUpConfiguration.default
        always.approvalRule = .always
        #expect(always.approval(of: record).proposed == true)
        // An empty answer is a proposal, not a disagreement.
        let period = try FollowUpPeriod(named: "December 2024", records: [record])
        #expect(FollowUpChecks.check(period, configuration: always).allSatisfy { $0.rule != "approval.differs-from-rule" })
    }

    @Test func anAnswerTheRuleContradictsIsAFindingOnItsLine() throws {
        let records = [try Self.record(line: 36, approval: true), try Self.record(line: 42, approval: false)]
        let period = try FollowUpPeriod(named: "December 2024", records: records)
        let findings = FollowUpChecks.check(period).filter { $0.rule == "approval.differs-from-rule" }
        #expect(findings.map(\.line) == [36])
        #expect(findings.first?.severity == .warning)
        #expect(findings.first?.message.contains("says ØU/BR approval is required (Ja)") == true)
        #expect(findings.first?.message.contains("not required (Nej)") == true)

        var always = FollowUpConfiguration.default
        always.approvalRule = .always
        #expect(FollowUpChecks.check(period, configuration: always).filter { $0.rule == "approval.differs-from-rule" }.map(\.line) == [42])
    }

    @Test func aFrameCutOutsideTheCommitteesAreasNeedsApproval() throws {
        var configuration = FollowUpConfiguration.default
        configuration.committeeAreas = ["Udsatte voksne"]
        let approval = configuration.approval(of: try Self.record(line: 36, approval: false))
        #expect(approval.required == true)
        #expect(approval.agrees == false)
        #expect(approval.reason.contains("outside the committee's areas"))
    }

    @Test func withoutACompensatingActionThereIsNothingToApprove() throws {
        // Seed 002 line 57 (BU04, 2019): a repayment of surplus investment, answered "Nej".
        let repayment = try Self.record(line: 57, handling: "De overskydende investeringsmidler på 400 t. kr. tilbagebetales.", approval: true)
        let none = try Self.record(line: 58, handling: "", approval: nil)
        for record in [repayment, none] {
            let approval = FollowUpConfiguration.default.approval(of: record)
            #expect(approval.required == nil)
            #expect(approval.proposed == nil)
            #expect(approval.agrees == nil)
        }
        let period = try FollowUpPeriod(named: "December 2024", records: [repayment, none])
        #expect(FollowUpChecks.check(period).isEmpty)
    }

    @Test func theConfigurationInForceIsTheLatestEffectiveOnThePeriodsDate() throws {
        var later = FollowUpConfiguration.default
        later.effectiveFrom = try #require(CalendarDay.parse("2025-01-01"))
        later.economyThreshold = 2_000_000
        later.approvalRule = .always
        let set = FollowUpConfigurationSet.default.replacing(later)
        #expect(set.configurations.count == 2)
        #expect(set.effective(on: try #require(CalendarDay.parse("2024-12-31"))) == .default)
        #expect(set.effective(on: try #require(CalendarDay.parse("2025-06-30"))) == later)

        // Replacing the one of the same date keeps the others.
        var changed = later
        changed.scheduleThresholdMonths = 9
        let replaced = set.replacing(changed)
        #expect(replaced.configurations.map(\.scheduleThresholdMonths) == [6, 9])

        // One configuration is written as an object, several as a list; both read back.
        #expect(try FollowUpConfigurationFormat.decodeSet(text: FollowUpConfigurationFormat.encodeSet(replaced)) == replaced)
        let single = FollowUpConfigurationFormat.encodeSet(.default)
        #expect(single.hasPrefix("{"))
        #expect(try FollowUpConfigurationFormat.decodeSet(text: single) == .default)
    }
}
