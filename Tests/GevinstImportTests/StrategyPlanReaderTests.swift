import Foundation
import GevinstCore
import GevinstTestSupport
import Testing
@testable import GevinstImport

@Suite struct StrategyPlanReaderTests {
    static let seedTrait = ConditionTrait.enabled(if: SeedCorpus.isAvailable, Comment(rawValue: SeedCorpus.skipMessage))

    static func seedPlan() throws -> (ImportedDocument, StrategyPlan) {
        let data = try #require(SeedCorpus.data(SeedCorpus.strategyPlan))
        let document = try DocumentImporter.read(data: data, file: SeedCorpus.strategyPlan)
        return (document, try #require(document.plans.first))
    }

    static func series(_ a: Amount, _ b: Amount, _ c: Amount, _ d: Amount) -> [Int: Amount] {
        [2019: a, 2020: b, 2021: c, 2022: d]
    }

    /// Figures read off 004 by eye (mio. kr.; savings positive).
    @Test(seedTrait) func readsTheTablesOf004() throws {
        let (document, plan) = try Self.seedPlan()
        #expect(document.kind == .plan)
        #expect(document.findings.isEmpty)
        #expect(plan.title == "Strategiplan og økonomiske effekter på det specialiserede voksenområde, ramme 50.54.")
        #expect(plan.savingsSign == .positive)
        #expect(plan.unit == "mio. kr.")
        #expect(plan.tables.map(\.line) == [114, 145, 231, 256, 306])
        #expect(plan.tables.map { $0.rows.count } == [11, 5, 1, 2, 3])
        #expect(plan.tables.allSatisfy { $0.years == [2019, 2020, 2021, 2022] })

        let summary = plan.tables[0]
        #expect(summary.title == "Strategiplanens samlede skønnede udgiftsreduktioner med forventede økonomiske effekter.")
        #expect(summary.rows.map { $0.number ?? "" } == ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"])
        #expect(summary.rows[0].label == "§ 108 / § 105")
        #expect(summary.rows[0].amounts == Self.series(2_000_000, 2_500_000, 3_000_000, 3_000_000))
        #expect(summary.rows[0].line == 116)
        #expect(summary.rows[2].label == "Til eget hjem fra botilbud")
        #expect(summary.rows[2].amounts == Self.series(750_000, 1_250_000, 1_750_000, 2_250_000))
        #expect(summary.rows[4].label == "Investeringscase")
        #expect(summary.rows[4].amounts == Self.series(-1_500_000, -1_500_000, -1_500_000, -1_500_000))
        #expect(summary.rows[5].label == "§ 103 / 104")
        #expect(summary.rows[5].amounts == Self.series(1_000_000, 1_500_000, 2_000_000, 2_000_000))
        #expect(summary.rows[7].label == "Fra ekstern leverandør til egen kommunal leverandør (§85)")
        #expect(summary.rows[7].amounts == Self.series(1_000_000, 2_000_000, 2_000_000, 2_000_000))
        #expect(summary.rows[7].line == 130)
        #expect(summary.rows[9].amounts == Self.series(250_000, 250_000, 250_000, 250_000))
        #expect(summary.rows[10].label == "Kørsel / fritidstilbud")
        #expect(summary.rows[10].amounts == Self.series(100_000, 100_000, 100_000, 100_000))
        #expect(summary.rows[10].line == 142)
        // Row 11 is printed after "I alt" and its footnote says it is not counted.
        #expect(summary.rows.filter { !$0.countsInTotal }.map(\.number) == ["11"])
        #expect(summary.printedTotal?.amounts == Self.series(7_250_000, 10_750_000, 12_750_000, 13_250_000))
        #expect(summary.printedTotal?.line == 140)
        #expect(summary.computedTotal == Self.series(7_250_000, 10_750_000, 12_750_000, 13_250_000))

        let housing = plan.tables[1]
        #expect(housing.title == "Bevillinger efter SEL § 107 /108 / ABL § 105 - botilbud")
        #expect(housing.printedTotal?.amounts == Self.series(3_250_000, 4_250_000, 5_750_000, 6_250_000))
        #expect(housing.printedTotal?.line == 157)
        #expect(plan.tables[3].rows[1].label == "Fra ekstern leverandør til egen kommunal leverandør (§85)")
        #expect(plan.tables[4].rows[2].countsInTotal == false)
        #expect(plan.tables[4].rows[0].countsInTotal)

        #expect(plan.footnotes.map(\.marker) == ["1", "2", "3", "4", "5", "7", "8", "9", "10", "11"])
        #expect(plan.footnotes.first?.line == 159)
        #expect(plan.footnotes.last?.text.hasSuffix("tælles ikke med i den samlede sum.") == true)
        #expect(plan.footnotes[3].text.contains("Social- og Sundhedsudvalget"))
        #expect(summary.rows[0].footnotes == ["1"])
        #expect(summary.rows[5].footnotes == [])
    }

    static let plan = """
        Handlingsplan for ramme 50.54

        Samlet oversigt:

        Mio. kr. 2019 2020 2021 2022

        1 § 108 / § 105 2,0 2,5 3,0 3,0

        2 Til eget hjem fra 
        botilbud og bofælles-
        skaber

        0,75 1,25 1,75 2,25

        3 Investeringscase -1,5 -1,5 -1,5 -1,5

        I alt 1,25 2,35 3,25 3,75

        4 Kørsel 0,1 0,1 0,1 0,1

        """

    @Test func aPrintedTotalThatDisagreesWithItsRowsIsAnErrorWithItsLine() throws {
        let read = StrategyPlanReader.read(TextDocument(file: "p.txt", text: Self.plan))
        let plan = try #require(read.plans.first)
        let table = try #require(plan.tables.first)
        #expect(table.rows[1].label == "Til eget hjem fra botilbud og bofællesskaber")
        #expect(table.rows[3].countsInTotal == false)
        let finding = try #require(read.findings.first { $0.rule == "total.plan-total-mismatch" })
        #expect(finding.severity == .error)
        #expect(finding.line == 17)
        #expect(finding.message.contains("2020: printed 2,35, rows sum to 2,25"))
        #expect(!finding.message.contains("2019"))
        #expect(read.findings.count == 1)
    }

    @Test func aTableWithoutItsYearHeaderTakesTheYearsOfTheTableBeforeWithAFinding() throws {
        let text = """
            Mio. kr. 2019 2020 2021 2022

            1 STU 1,0 1,0 1,0 1,0

            Bevillinger efter SEL § 85:

            7 § 85 1,0 2,0 2,0 2,0
            """
        let read = StrategyPlanReader.read(TextDocument(file: "p.txt", text: text))
        let plan = try #require(read.plans.first)
        #expect(plan.tables.count == 2)
        #expect(plan.tables[1].title == "Bevillinger efter SEL § 85")
        #expect(plan.tables[1].rows.first?.amounts == Self.series(1_000_000, 2_000_000, 2_000_000, 2_000_000))
        #expect(read.findings.map(\.rule) == ["read.missing-year-header"])
        #expect(read.findings.first?.line == 7)
    }

    @Test func rowsWithNoYearHeaderAtAllAreReportedAndNothingIsInvented() {
        let text = "Oversigt\n\n1 STU 1,0 1,0 1,0 1,0\n2 § 85 1,0 2,0 2,0 2,0\n"
        let read = StrategyPlanReader.read(TextDocument(file: "p.txt", text: text))
        #expect(read.plans.isEmpty)
        #expect(read.findings.contains { $0.rule == "read.missing-year-header" && $0.line == 3 })
        #expect(read.findings.contains { $0.rule == "read.no-tables" && $0.severity == .error })
    }

    /// A plan pasted twice in one file: each table of the second copy is a warning at its header, naming the
    /// first. Before, 004 twice gave ten tables and no word. A sub-table holding some of the summary's rows
    /// (004's second table) is no repeat.
    @Test(seedTrait) func aTablePrintedTwiceIsAWarningAtTheRepeat() throws {
        let seed = String(decoding: try #require(SeedCorpus.data(SeedCorpus.strategyPlan)), as: UTF8.self)
        let lineCount = seed.split(separator: "\n", omittingEmptySubsequences: false).count - 1
        let read = try DocumentImporter.read(data: Data((seed + seed).utf8), file: "plan-twice.txt")
        let repeats = read.findings.filter { $0.rule == "duplicate.repeated-plan-table" }
        #expect(repeats.map(\.line) == [114, 145, 231, 256, 306].map { $0 + lineCount })
        #expect(repeats.allSatisfy { $0.severity == .warning })
        #expect(repeats.first?.message.contains("repeats the table at line 114") == true)
        #expect(repeats.first?.message.contains("its 11 rows twice") == true)
        #expect(repeats[2].message.contains("its row twice"))
        #expect(read.findings.count == repeats.count)

        // One row changed in the copy: not a repeat.
        let changed = seed + seed.replacingOccurrences(of: "4 STU 1,0 1,0 1,0 1,0", with: "4 STU 1,0 1,0 1,0 1,5")
        let edited = try DocumentImporter.read(data: Data(changed.utf8), file: "plan-edited.txt")
        #expect(!edited.findings.contains { $0.rule == "duplicate.repeated-plan-table" && $0.line == 114 + lineCount })
    }

    @Test func decimalsBecomeExactKroner() {
        #expect(DanishDecimal.kroner("0,75", in: .millions) == .success(750_000))
        #expect(DanishDecimal.kroner("-1,5", in: .millions) == .success(-1_500_000))
        #expect(DanishDecimal.kroner("0,1", in: .millions) == .success(100_000))
        #expect(DanishDecimal.kroner("10.100", in: .thousands) == .success(10_100_000))
        #expect(DanishDecimal.kroner("-1800", in: .thousands) == .success(-1_800_000))
        #expect(DanishDecimal.kroner("−400", in: .thousands) == .success(-400_000))
        #expect(DanishDecimal.kroner("1.234,5", in: .thousands) == .success(1_234_500))
        #expect(DanishDecimal.kroner("0,0000001", in: .millions) == .failure(.fractionOfAKrone))
        #expect(DanishDecimal.kroner("99999999999999", in: .millions) == .failure(.outOfRange))
        #expect(DanishDecimal.kroner("99999999999999999999", in: .kroner) == .failure(.notANumber))
        // A space groups thousands as "." does ("1 000"), but the groups must be whole.
        #expect(DanishDecimal.kroner("1 000", in: .thousands) == .success(1_000_000))
        for text in ["", "-", "1.5", "12.34", "1,2,3", "1.2345", ",5", "5,", "abc", "1 00", "1 000.000"] {
            #expect(DanishDecimal(text) == nil, "\(text)")
        }
        #expect(AmountUnit.millions.format(10_750_000) == "10,75")
        #expect(AmountUnit.millions.format(-100_000) == "-0,1")
        #expect(AmountUnit.thousands.format(-5_788_000) == "-5.788")
    }
}
