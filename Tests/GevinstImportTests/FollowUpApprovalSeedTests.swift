import Foundation
import GevinstCore
import GevinstImport
import GevinstTestSupport
import Testing

/// The ØU/BR approval rule on seed 002: every row answers "Nej"; the seven rows whose handling is a compensating
/// action recover the loss by a frame cut on the affected area, which the default rule lets the committee
/// decide alone, so the check finds nothing; under the rule "always" it names those seven lines.
@Suite(.enabled(if: SeedCorpus.isAvailable, Comment(rawValue: SeedCorpus.skipMessage)))
struct FollowUpApprovalSeedTests {
    let period: FollowUpPeriod

    init() throws {
        let rows = FollowUpSeedTests.seedRows()
        period = try FollowUpPeriod(named: "December 2024", records: FollowUpRowConversion.records(from: rows).records)
    }

    static let frameCutLines = [36, 42, 52, 64, 80, 89, 92]

    @Test func theDefaultRuleAgreesWithEveryRowOfTheSeed() {
        #expect(period.records.count == 63)
        #expect(period.records.allSatisfy { $0.requiresApprovalByOEUAndBR == false })
        let answered = period.records.filter { FollowUpConfiguration.default.approval(of: $0).required != nil }
        #expect(answered.compactMap(\.line) == Self.frameCutLines)
        #expect(answered.allSatisfy { FollowUpConfiguration.default.approval(of: $0).agrees == true })
        #expect(FollowUpChecks.check(period).filter { $0.rule == "approval.differs-from-rule" }.isEmpty)
        // Line 57 (BU04, 2019) repays surplus investment: no compensating action, nothing for the rule to judge.
        let bu04 = period.records.first { $0.line == 57 }
        #expect(bu04?.handling.contains("tilbagebetales") == true)
        #expect(bu04.map { FollowUpConfiguration.default.approval(of: $0).required } == .some(nil))
    }

    @Test func underTheRuleAlwaysTheSevenFrameCutsAreNamedByLine() {
        var always = FollowUpConfiguration.default
        always.approvalRule = .always
        let findings = FollowUpChecks.check(period, configuration: always).filter { $0.rule == "approval.differs-from-rule" }
        #expect(findings.compactMap(\.line) == Self.frameCutLines)
        #expect(findings.first?.proposal == "HA06")
        // The other period checks are unchanged: the seed's seven known findings.
        #expect(FollowUpChecks.check(period, configuration: always).count == 7 + 7)
    }

    @Test func theAcceptanceColoursDoNotChange() {
        let summary = FollowUpSummary.summarise(period)
        #expect((summary.total.records, summary.total.green, summary.total.yellow, summary.total.red) == (63, 56, 2, 5))
    }
}
