import Foundation
import GevinstCore
import GevinstImport
import GevinstTestSupport
import Testing

/// Every finding about a proposal names its line in the document, also those Core's checks make (Core knows
/// the proposal, not the document; the importer finds the line the finding quotes).
@Suite(.enabled(if: SeedCorpus.isAvailable, Comment(rawValue: SeedCorpus.skipMessage)))
struct FindingLinesTests {
    @Test(arguments: [SeedCorpus.proposals2021, SeedCorpus.transferCase2025, SeedCorpus.catalogue2019])
    func everyFindingAboutAProposalHasALine(seed: String) throws {
        guard let data = SeedCorpus.data(seed) else { return }
        let document = try DocumentImporter.read(data: data, file: seed)
        let withoutLine = document.findings.filter { $0.proposal != nil && $0.line == nil }
        #expect(withoutLine.isEmpty, "\(withoutLine.map { "\($0.rule) \($0.proposal ?? ""): \($0.message)" })")
    }

    /// 000 HA03's section 2 keeps the editorial note "[Placering samt varighed af pavillon er under afklaring…",
    /// on line 3306 (read off the document); BU05's two "X antal" goals are reported once each, by the reader.
    @Test func coreTemplateFindingsGetTheQuotedLineAndAreNotRepeated() throws {
        guard let data = SeedCorpus.data(SeedCorpus.proposals2021) else { return }
        let document = try DocumentImporter.read(data: data, file: SeedCorpus.proposals2021)
        let note = document.findings.first { $0.rule.description == "template.editorial-note" && $0.proposal == "HA03" }
        #expect(note?.line == 3306)
        let xAntal = document.findings.filter { $0.proposal == "BU05" && $0.rule.family == "template" }
        #expect(xAntal.map(\.line) == [1712, 1726])
    }
}
