import Foundation
import Testing
@testable import GevinstCore

/// No finding where the proposal is right, and every rule documented.
@Suite struct CleanProposalTests {
    @Test func aCorrectProposalHasNoFindings() {
        // 003 BU05 with Tabel 3 printing 1.540 as Tabel 1 and the text do.
        #expect(Checks.run(SeedProposals.clean).isEmpty)
        var entered = SeedProposals.clean
        entered.printed = nil
        #expect(Checks.run(entered).isEmpty)
        // A correct proposal is also clean under the strictest configuration that it satisfies.
        let strict = CheckConfiguration(maximumPaybackYears: 3)
        #expect(Checks.run(SeedProposals.clean, configuration: strict).isEmpty)
    }

    @Test func severitiesAndDisabledRulesAreConfiguration() {
        let configuration = CheckConfiguration(
            severityOverrides: ["detail.row-differs": .info], disabledRules: ["total.table3-total"])
        let found = Checks.run(SeedProposals.bu05(), configuration: configuration)
        #expect(found.map(\.rule) == ["detail.row-differs"])
        #expect(found.first?.severity == .info)
        #expect(found.first?.proposal == "BU05")
    }

    @Test func everyRuleIsDocumentedInDocsRulesMd() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let text = try String(contentsOf: root.appendingPathComponent("docs/rules.md"), encoding: .utf8)
        for rule in RuleCatalogue.all {
            #expect(text.contains("`\(rule.id)`"), "\(rule.id) is not in docs/rules.md")
        }
        #expect(Set(RuleCatalogue.all.map(\.id)).count == RuleCatalogue.all.count)
        #expect(RuleCatalogue.all.allSatisfy { !$0.id.family.isEmpty && !$0.id.name.isEmpty && !$0.summary.isEmpty })
    }
}
