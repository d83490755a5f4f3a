import GevinstCore
import GevinstTestSupport
import Testing
@testable import GevinstImport

@Suite struct ImportChecksTests {
    static let proposal = Proposal(
        code: "BU01", title: "Peer", priceLevelYear: 2020, years: 2019...2021,
        lines: [
            EconomicLine(label: "Besparelse", block: .permanent, amounts: YearSeries(firstYear: 2019, values: [0, -1_000_000, -1_000_000])),
            EconomicLine(label: "Projekt", block: .implementation, amounts: YearSeries(firstYear: 2019, values: [500_000, 0, 0])),
        ],
        followUpPlan: [FollowUpPlanRow(group: .milestone, goal: "X antal familier", measurement: "", responsible: "", when: "2021")],
        printed: PrintedFigures(
            tables: [PrintedTable(kind: .table1, priceLevelYear: 2020, rows: [
                PrintedRow(label: "Samlet varig ændring", role: .permanentTotal, amounts: [2020: -1_000_000, 2021: -900_000], line: 12),
            ])],
            payback: PrintedPayback(service: 2, serviceLine: 20)))

    @Test func importedProposalsAreCheckedAgainstWhatTheyPrinted() {
        let document = ImportedDocument(file: "f.txt", kind: .proposals, proposals: [Self.proposal])
        let findings = ImportChecks.findings(for: document)
        #expect(findings.contains { $0.rule.family == "total" && $0.line == 12 && $0.proposal == "BU01" })
        #expect(!findings.contains { $0.rule.family == "missing" || $0.rule.family == "criteria" })
        #expect(findings.contains { $0.rule == ImportChecks.conventionSummary })
    }

    @Test func aRuleTheReaderAlreadyReportedForTheProposalIsNotRepeated() throws {
        let bare = ImportChecks.findings(for: ImportedDocument(file: "f.txt", kind: .proposals, proposals: [Self.proposal]))
        let template = try #require(bare.first { $0.rule.family == "template" })
        let fromReader = Finding(rule: template.rule, severity: .warning, proposal: "BU01", line: 40, message: "X antal")
        let document = ImportedDocument(file: "f.txt", kind: .proposals, proposals: [Self.proposal], findings: [fromReader])
        #expect(!ImportChecks.findings(for: document).contains { $0.rule == template.rule })
    }
}
