import Foundation
import GevinstCore
import GevinstTestSupport
import Testing
@testable import GevinstImport

/// A document that joins a scanned, OCR'd appendix to pages printed from Word (a committee's collected appendices)
/// is judged for OCR proposal by proposal. Before, seed 001 read after seed 000 in one file was judged by 000's
/// Danish letters: 001's lost minus signs were not repaired, and two of its proposals got wrong Tabel 1 totals.
@Suite(.enabled(if: SeedCorpus.isAvailable, Comment(rawValue: SeedCorpus.skipMessage)))
struct MixedOcrDocumentTests {
    static func text(_ name: String) throws -> String {
        String(decoding: try #require(SeedCorpus.data(name)), as: UTF8.self)
    }

    @Test(arguments: [
        [SeedCorpus.proposals2021, SeedCorpus.transferCase2025], [SeedCorpus.transferCase2025, SeedCorpus.proposals2021],
    ])
    func eachPartIsReadAsOnItsOwn(_ names: [String]) throws {
        let parts = try names.map { name in try DocumentImporter.read(data: Data(Self.text(name).utf8), file: name) }
        let joined = try names.map(Self.text).joined()
        let read = try DocumentImporter.read(data: Data(joined.utf8), file: "bilag.txt")
        let expected = parts.flatMap(\.proposals)
        #expect(read.proposals.count == expected.count)
        #expect(read.proposals.map(\.code) == expected.map(\.code))
        #expect(read.proposals.map(\.lines) == expected.map(\.lines))
        let repairs = { (document: ImportedDocument) in document.findings.filter { $0.rule == "extraction.ocr-repaired" }.count }
        #expect(repairs(read) == parts.map(repairs).reduce(0, +))
        #expect(repairs(read) > 0)
        // 001's four proposals are named as read by OCR, at their first lines; 000's are not.
        let ocr = read.findings.filter { $0.rule == "extraction.ocr-text" }
        #expect(ocr.count == 4)
        #expect(Set(ocr.compactMap(\.proposal)) == Set(parts[names.firstIndex(of: SeedCorpus.transferCase2025) ?? 0].proposals.map(\.displayName)))
    }
}
