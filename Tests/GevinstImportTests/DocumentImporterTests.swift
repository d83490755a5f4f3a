import Foundation
import GevinstCore
import GevinstTestSupport
import Testing
@testable import GevinstImport

@Suite struct DocumentImporterTests {
    static let seedTrait = ConditionTrait.enabled(if: SeedCorpus.isAvailable, Comment(rawValue: SeedCorpus.skipMessage))

    @Test(seedTrait) func theSeedsAreGivenToTheirReaders() throws {
        let expected = [
            (SeedCorpus.proposals2021, PdfTextReader.formatName), (SeedCorpus.transferCase2025, PdfTextReader.formatName),
            (SeedCorpus.followUp2024, "follow-up"), (SeedCorpus.catalogue2019, MarkdownCatalogueReader.formatName),
            (SeedCorpus.strategyPlan, "plan"),
        ]
        for (name, format) in expected {
            let data = try #require(SeedCorpus.data(name))
            let document = TextDocument(file: name, data: data)
            let choice = try DocumentImporter.chooseReader(for: document)
            #expect(choice.reader.formatName == format)
        }
    }

    @Test(seedTrait) func theFollowUpAndPlanReadersDoNotClaimTheProposalDocuments() throws {
        for name in [SeedCorpus.proposals2021, SeedCorpus.transferCase2025, SeedCorpus.catalogue2019] {
            let document = TextDocument(file: name, data: try #require(SeedCorpus.data(name)))
            #expect(FollowUpTableReader.confidence(document) < DocumentImporter.minimumConfidence, "\(name)")
            #expect(StrategyPlanReader.confidence(document) < DocumentImporter.minimumConfidence, "\(name)")
        }
    }

    @Test func anUnknownFormatNameListsTheFormats() {
        let document = TextDocument(file: "a.txt", text: "hello")
        #expect(throws: ImportError.unknownFormat(name: "excel", known: ReaderRegistry.formatNames)) {
            try DocumentImporter.read(document, format: "excel")
        }
        let message = ImportError.unknownFormat(name: "excel", known: ReaderRegistry.formatNames).description
        #expect(message.contains("follow-up") && message.contains("plan"))
    }

    @Test func aDocumentNoReaderKnowsNamesTheFormatsTried() throws {
        let document = TextDocument(file: "letter.txt", text: "Kære udvalg\n\nHermed en orientering.\n")
        do {
            _ = try DocumentImporter.read(document)
            Issue.record("expected an error")
        } catch {
            guard case .noReaderConfident(let file, let scores) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(file == "letter.txt")
            #expect(scores.map(\.format) == ReaderRegistry.formatNames)
            #expect(error.description.contains("follow-up 0/100"))
        }
    }

    @Test func aNamedReaderIsUsedEvenWhenUnsure() throws {
        let document = TextDocument(file: "p.txt", text: "Mio. kr. 2019 2020\n\n1 STU 1,0 1,0\n")
        let read = try DocumentImporter.read(document, format: "plan")
        #expect(read.kind == .plan)
        #expect(read.plans.first?.tables.first?.rows.first?.amounts == [2019: 1_000_000, 2020: 1_000_000])
    }

    @Test func theExitStatusSaysWhetherAnythingWasReadAndWhetherThereAreErrors() {
        let row = FollowUpRow(
            adoptedBudgetYear: 2024, code: "BU01", title: "t", typeText: "", type: nil, area: "", status: "", remark: "",
            totalInvestment: nil, efficiencyAtFullPhaseIn: nil, efficiencyPriceLevelYear: nil, fullImplementationYear: nil,
            handling: "", earlierCompensatingAction: nil, requiresApprovalByOEUAndBR: nil, consequence: "", period: nil, line: 1)
        let good = ImportedDocument(file: "a", kind: .followUp, followUps: [row])
        var bad = good
        bad.findings = [Finding(rule: "total.plan-total-mismatch", severity: .error, proposal: nil, message: "m")]
        let empty = ImportedDocument(file: "b", kind: .plan)
        #expect(ImportExitStatus(documents: [good], failures: 0) == .ok)
        #expect(ImportExitStatus(documents: [good, bad], failures: 0) == .errorFindings)
        #expect(ImportExitStatus(documents: [good, empty], failures: 0) == .nothingRead)
        #expect(ImportExitStatus(documents: [good], failures: 1) == .nothingRead)
    }

    @Test func findingsArePrunedPerRuleWithACount() {
        let many = (1...250).map { Finding(rule: "read.bad-amount", severity: .warning, proposal: nil, line: $0, message: "x") }
        let kept = DocumentImporter.limited(many)
        #expect(kept.count == DocumentImporter.maxFindingsPerRule + 1)
        #expect(kept.last?.message == "50 more findings of read.bad-amount are not listed")
    }
}
