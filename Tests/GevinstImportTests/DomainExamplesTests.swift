import Foundation
import GevinstCore
import GevinstImport
import GevinstTestSupport
import Testing

/// Every example of what the real documents get wrong (../shared/DOMAIN.md §8) comes out of `gevinst import`'s
/// path through the importer, with its rule, proposal and the line a person finds it on in the seed. The lines
/// were read off the seeds by eye.
@Suite(.enabled(if: SeedCorpus.isAvailable, Comment(rawValue: SeedCorpus.skipMessage)))
struct DomainExamplesTests {
    struct Expected: CustomStringConvertible, Sendable {
        var seed: String
        var rule: String
        var proposal: String
        var line: Int
        var says: String

        var description: String { "\(seed):\(line) \(rule) \(proposal) (\(says))" }
    }

    static let examples: [Expected] = [
        // A total that does not equal its rows.
        Expected(seed: SeedCorpus.proposals2021, rule: "total.permanent-total", proposal: "TV01", line: 4258, says: "printed -5.802, lines sum to -5.803"),
        Expected(seed: SeedCorpus.transferCase2025, rule: "total.net-not-sum-of-printed-totals", proposal: "unge pa midlertidigt botilbud", line: 791, says: "2030"),
        // A detail table that disagrees with Tabel 1, and its total that fits only Tabel 1.
        Expected(seed: SeedCorpus.catalogue2019, rule: "detail.row-differs", proposal: "BU05", line: 758, says: "printed 1.550, Tabel 1 has 1.540"),
        Expected(seed: SeedCorpus.catalogue2019, rule: "total.table3-total", proposal: "BU05", line: 759, says: "printed 1.890, rows sum to 1.900"),
        // A net row copied across years instead of computed.
        Expected(seed: SeedCorpus.catalogue2019, rule: "total.net", proposal: "SI05", line: 1579, says: "Model 1"),
        // A printed payback that no rule gives.
        Expected(seed: SeedCorpus.catalogue2019, rule: "payback.printed-differs", proposal: "HA02", line: 2031, says: "No named rule gives 4"),
        Expected(seed: SeedCorpus.catalogue2019, rule: "payback.printed-differs", proposal: "TV01", line: 2939, says: "No named rule gives 4"),
        // Text and table disagreeing.
        Expected(seed: SeedCorpus.proposals2021, rule: "text.figure-differs", proposal: "BU03", line: 606, says: "4,0 mio. kr. i 2023"),
        Expected(seed: SeedCorpus.catalogue2019, rule: "text.figure-differs", proposal: "BU05", line: 758, says: "1.540"),
        // A positive efficiency, a mistyped code, one proposal counted twice.
        Expected(seed: SeedCorpus.followUp2024, rule: "sign.positive-efficiency", proposal: "TV11(2025)", line: 114, says: "+5.780"),
        Expected(seed: SeedCorpus.followUp2024, rule: "code.looks-mistyped", proposal: "HA/S108", line: 44, says: "HA/SI08"),
        Expected(seed: SeedCorpus.followUp2024, rule: "duplicate.counted-twice", proposal: "TV03(2025)", line: 87, says: "same figures"),
        Expected(seed: SeedCorpus.proposals2021, rule: "code.mistyped-reference", proposal: "HA03", line: 3489, says: "UD013"),
        // Unfinished template text.
        Expected(seed: SeedCorpus.proposals2021, rule: "template.unfinished-text", proposal: "BU05", line: 1712, says: "X antal"),
        Expected(seed: SeedCorpus.catalogue2019, rule: "template.instruction", proposal: "HA05", line: 2434, says: "Angiv succeskriterium 2"),
        Expected(seed: SeedCorpus.transferCase2025, rule: "template.unfinished-text", proposal: "unge pa midlertidigt botilbud", line: 950, says: "[Tabelnummer opdateres]"),
        // Price level stated differently in two tables of one proposal.
        Expected(seed: SeedCorpus.proposals2021, rule: "price.tables-differ", proposal: "BU05", line: 1542, says: "2022 p/l"),
        // Extraction damage repaired only where the totals prove it, and shown.
        Expected(seed: SeedCorpus.transferCase2025, rule: "extraction.ocr-repaired", proposal: "unge pa midlertidigt botilbud", line: 772, says: "'1733' as '-1.733'"),
    ]

    static func findings(_ seed: String) throws -> [Finding] {
        guard let url = SeedCorpus.url(seed) else { return [] }
        return try DocumentImporter.readFile(at: url.path).findings
    }

    @Test func everyExampleOfDomainSection8IsFoundOnItsLine() throws {
        var bySeed: [String: [Finding]] = [:]
        for example in Self.examples {
            if bySeed[example.seed] == nil { bySeed[example.seed] = try Self.findings(example.seed) }
            let found = bySeed[example.seed, default: []].contains {
                $0.rule.description == example.rule && $0.line == example.line && ($0.proposal ?? "").contains(example.proposal)
                    && $0.message.contains(example.says)
            }
            #expect(found, "not found: \(example)")
        }
    }

    /// The strategy plan is right, so it gets no finding; and a proposal whose tables agree gets no total or
    /// detail finding (003 BU02, BU03 and BU04 are consistent, read by eye).
    @Test func noFindingWhereTheDocumentIsRight() throws {
        #expect(try Self.findings(SeedCorpus.strategyPlan).filter { $0.severity != .info }.isEmpty)
        let catalogue = try Self.findings(SeedCorpus.catalogue2019)
        for code in ["BU02", "BU03", "BU04"] {
            let wrong = catalogue.filter { $0.proposal == code && ["total", "detail"].contains($0.rule.family) }
            #expect(wrong.isEmpty, "\(code): \(wrong.map { $0.message })")
        }
    }
}
