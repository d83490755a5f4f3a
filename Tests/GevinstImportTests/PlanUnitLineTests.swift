import Foundation
import GevinstCore
import GevinstTestSupport
import Testing
@testable import GevinstImport

/// A plan table whose unit is not on its header line: on a line of its own above the years ("Mio. kr." /
/// "2019 2020 2021 2022"), or in a caption ("(mio. kr.)" / "Initiativ 2019 …"). Before, seed 004 so printed was
/// recognised by no reader.
@Suite(.enabled(if: SeedCorpus.isAvailable, Comment(rawValue: SeedCorpus.skipMessage)))
struct PlanUnitLineTests {
    static func seed() throws -> String {
        String(decoding: try #require(SeedCorpus.data(SeedCorpus.strategyPlan)), as: UTF8.self)
    }

    /// Each table's years and rows, without line numbers (the variants add lines).
    static func tables(_ document: ImportedDocument) -> [String] {
        (document.plans.first?.tables ?? []).map { table in
            "\(table.years) \(table.rows.map { "\($0.label) \($0.amounts.sorted { $0.key < $1.key }) \($0.countsInTotal)" })"
        }
    }

    @Test(arguments: [
        ("Mio. kr.\n", ""), ("(mio. kr.)\n\n", "Initiativ "),
    ])
    func theUnitAboveTheYearsIsTheTablesUnit(_ above: String, _ before: String) throws {
        let seed = try Self.seed()
        let plain = try DocumentImporter.read(data: Data(seed.utf8), file: SeedCorpus.strategyPlan)
        let text = seed.replacingOccurrences(of: "Mio. kr. 2019", with: "\(above)\(before)2019")
        #expect(text != seed)
        let read = try DocumentImporter.read(data: Data(text.utf8), file: SeedCorpus.strategyPlan)
        #expect(read.kind == .plan)
        #expect(Self.tables(read).count == 5)
        #expect(Self.tables(read) == Self.tables(plain))
        #expect(read.findings.map(\.rule) == plain.findings.map(\.rule))
    }

    /// The catalogue's tab-separated tables ("⇥1.000 kr. 2020 p/l" above "⇥2019⇥2020…") are no plan tables.
    @Test func theCataloguesTablesAreNoPlan() throws {
        let catalogue = TextDocument(file: "003", data: try #require(SeedCorpus.data(SeedCorpus.catalogue2019)))
        #expect(StrategyPlanReader.confidence(catalogue) == 0)
    }
}
