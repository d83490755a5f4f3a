import Foundation
import GevinstCore
import GevinstTestSupport
import Testing
@testable import GevinstImport

/// A template that prints its captions in capitals ("TABEL 1. FORSLAGETS SAMLEDE …") is read as one that does not.
/// Before, the PDF-text reader knew "Tabel " only: every proposal of 000 and 001 lost its Tabel 1.
@Suite struct TableCaptionCaseTests {
    @Test func tableNumbersAreReadInAnyCase() {
        #expect(TableVocabulary.tableNumber("TABEL 1. FORSLAGETS SAMLEDE ØKONOMISKE KONSEKVENSER") == 1)
        #expect(TableVocabulary.tableNumber("tabel 3: Serviceinvesteringer") == 3)
        #expect(TableVocabulary.tableNumber(" Tabel 12 Opfølgning") == 12)
        #expect(TableVocabulary.tableNumber("Tabellen viser") == nil)
        #expect(TableVocabulary.tableNumber("TABEL") == nil)
        #expect(TableVocabulary.tableNumber("Tabel 123") == nil)
    }

    @Test(.enabled(if: SeedCorpus.isAvailable, Comment(rawValue: SeedCorpus.skipMessage)),
          arguments: [SeedCorpus.proposals2021, SeedCorpus.transferCase2025])
    func aSeedWithCapitalCaptionsReadsAsTheSeed(_ name: String) throws {
        let seed = String(decoding: try #require(SeedCorpus.data(name)), as: UTF8.self)
        let plain = try DocumentImporter.read(data: Data(seed.utf8), file: name)
        let capitals = seed.replacingOccurrences(of: "Tabel ", with: "TABEL ")
        let read = try DocumentImporter.read(data: Data(capitals.utf8), file: name)
        #expect(read.proposals.map(\.lines) == plain.proposals.map(\.lines))
        #expect(read.proposals.map(\.code) == plain.proposals.map(\.code))
        #expect(read.findings.map { "\($0.rule) \($0.line ?? 0)" } == plain.findings.map { "\($0.rule) \($0.line ?? 0)" })
    }
}
