import Foundation
import GevinstCore
import GevinstTestSupport
import Testing
@testable import GevinstImport

/// Thousands grouped by a space ("10 465"), as Excel shows a number formatted with a no-break space, are read as
/// "10.465" is. Before, seed 002 with its amounts so grouped gave 55 `read.bad-amount` warnings and lost every
/// investment and efficiency figure.
@Suite struct SpaceGroupedAmountTests {
    @Test func spaceGroupsAreThousands() {
        #expect(DanishDecimal.kroner("10 465", in: .thousands) == .success(10_465_000))
        #expect(DanishDecimal.kroner("-2\u{00A0}390", in: .thousands) == .success(-2_390_000))
        #expect(DanishDecimal.kroner("1\u{202F}234\u{2009}567,5", in: .thousands) == .success(1_234_567_500))
        #expect(DanishDecimal("1 5") == nil)
        #expect(DanishDecimal("1.234 567") == nil)
        #expect(DanishDecimal("10 465 ") == nil)
        #expect(DanishDecimal("2024 2025") == nil)
    }

    @Test(.enabled(if: SeedCorpus.isAvailable, Comment(rawValue: SeedCorpus.skipMessage)))
    func theFollowUpTableWithSpaceGroupsReadsAsTheSeed() throws {
        let seed = String(decoding: try #require(SeedCorpus.data(SeedCorpus.followUp2024)), as: UTF8.self)
        let plain = try DocumentImporter.read(data: Data(seed.utf8), file: SeedCorpus.followUp2024)
        let grouped = try Regex(#"\t(-?[0-9]{1,3})\.([0-9]{3})\t"#)
        var text = seed
        // Twice: a match takes the tab the next amount starts with.
        for _ in 0..<2 { text = text.replacing(grouped) { match in "\t\(match.output[1].substring ?? "") \(match.output[2].substring ?? "")\t" } }
        #expect(text.contains("\t10 465\t"))
        let read = try DocumentImporter.read(data: Data(text.utf8), file: SeedCorpus.followUp2024)
        #expect(read.followUps == plain.followUps)
        #expect(read.findings == plain.findings)
    }
}
