import Foundation
import GevinstCore
import GevinstTestSupport
import Testing
@testable import GevinstImport

@Suite struct ImportReportTests {
    @Test func aProposalHasTheShapeOfTheIssueWithTotalsForEveryYear() {
        let proposal = Proposal(
            code: "BU01", title: "Peer", priceLevelYear: 2023, years: 2022...2024,
            lines: [
                EconomicLine(label: "Besparelse", block: .permanent, amounts: YearSeries(firstYear: 2022, values: [0, -2_000_000, -2_000_000])),
                EconomicLine(label: "Frikøb", block: .implementation, amounts: YearSeries(firstYear: 2022, values: [1_000_000, 0, 0])),
            ],
            printed: PrintedFigures(payback: PrintedPayback(service: 2, total: 2)),
            source: SourceRange(firstLine: 10, lastLine: 90))
        let json = JSONWriter.write(ImportReport.proposal(proposal), pretty: false)
        #expect(json == """
            {"code":"BU01","title":"Peer","status":"draft","priceLevel":2023,"years":[2022,2023,2024],\
            "lines":[{"label":"Besparelse","block":"permanent","steeringArea":"service","amounts":{"2023":-2000000,"2024":-2000000}},\
            {"label":"Frikøb","block":"implementation","steeringArea":"service","amounts":{"2022":1000000}}],\
            "totals":{"permanent":{"2022":0,"2023":-2000000,"2024":-2000000},"implementation":{"2022":1000000,"2023":0,"2024":0},\
            "net":{"2022":1000000,"2023":-2000000,"2024":-2000000}},\
            "payback":{"service":{"years":2,"printed":2},"total":{"years":2,"printed":2}},\
            "source":{"firstLine":10,"lastLine":90}}
            """)
    }

    @Test func theDocumentListHasTheKeysOfTheIssue() {
        let document = ImportedDocument(
            file: "f.txt", kind: .plan,
            findings: [Finding(rule: "total.plan-total-mismatch", severity: .error, proposal: "Oversigt", line: 17, message: "m")])
        let json = ImportReport.text([document], pretty: false)
        #expect(json == """
            {"documents":[{"file":"f.txt","kind":"plan","proposals":[],"followUps":[],"plans":[],\
            "findings":[{"rule":"total.plan-total-mismatch","severity":"error","proposal":"Oversigt","line":17,"message":"m"}]}]}
            """)
    }
}
