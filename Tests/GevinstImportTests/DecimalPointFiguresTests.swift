import Foundation
import GevinstCore
import GevinstTestSupport
import Testing
@testable import GevinstImport

/// A plan whose figures are written with a decimal point ("0.75" for "0,75"), as an English-language export of
/// 004 prints them. Before, every row of such a plan was reported as having no amounts and all five tables
/// came out empty.
@Suite struct DecimalPointFiguresTests {
    static let seedTrait = ConditionTrait.enabled(if: SeedCorpus.isAvailable, Comment(rawValue: SeedCorpus.skipMessage))

    /// Seed 004 with every decimal comma between digits written as a point, the prose's "1,5 mio. kr." too.
    static func withDecimalPoints(_ text: String) throws -> String {
        text.replacing(try Regex("([0-9]),([0-9])")) { match in
            "\(match.output[1].substring ?? "").\(match.output[2].substring ?? "")"
        }
    }

    @Test(seedTrait) func seed004WithDecimalPointsReadsAsTheSeed() throws {
        let seed = String(decoding: try #require(SeedCorpus.data(SeedCorpus.strategyPlan)), as: UTF8.self)
        let text = try Self.withDecimalPoints(seed)
        #expect(text != seed)
        #expect(text.contains("Til eget hjem fra botilbud 0.75 1.25 1.75 2.25"))
        let plain = try DocumentImporter.read(data: Data(seed.utf8), file: SeedCorpus.strategyPlan)
        let read = try DocumentImporter.read(data: Data(text.utf8), file: SeedCorpus.strategyPlan)
        #expect(read.kind == .plan)
        #expect(read.plans == plain.plans)
        // One note, at the first row's "2.0"; no warning.
        #expect(read.findings.map(\.rule) == ["read.decimal-point"])
        #expect(read.findings.first?.line == 116)
        #expect(read.findings.first?.severity == .info)
        #expect(read.findings.first?.message.contains("\"2.0\"") == true)
        // Figures read off 004: "0.75" mio. kr. is 750.000 kr., the first table's "I alt" 7.25 … 13.25.
        let summary = try #require(read.plans.first?.tables.first)
        #expect(summary.rows[2].amounts == [2019: 750_000, 2020: 1_250_000, 2021: 1_750_000, 2022: 2_250_000])
        #expect(summary.printedTotal?.amounts == [2019: 7_250_000, 2020: 10_750_000, 2021: 12_750_000, 2022: 13_250_000])
    }

    /// The seed as printed, with its decimal commas, is read as before: "ramme 50.54" in its title is prose.
    @Test(seedTrait) func theSeedItselfKeepsItsDecimalComma() throws {
        let document = TextDocument(file: "004", data: try #require(SeedCorpus.data(SeedCorpus.strategyPlan)))
        let verdict = DecimalPointFigures.judge(document.lines)
        #expect(!verdict.usesDecimalPoint)
        #expect(verdict.pointOnly == 0)
        #expect(verdict.danishOnly > 50)
    }

    @Test(arguments: [
        ("0.75", DecimalPointFigures.Reading.pointOnly), ("-1.5", .pointOnly), ("2.0", .pointOnly),
        ("0,75", .danishOnly), ("1.234.567", .danishOnly),
        ("1.500", .either), ("-2.000", .either), ("2019", .either), ("1,250", .either),
        ("kr.", .neither), ("1.2.3", .neither),
    ])
    func aFigureReadsOneWayTheOtherOrBoth(_ figure: String, _ reading: DecimalPointFigures.Reading) {
        #expect(DecimalPointFigures.reading(of: Substring(figure)) == reading)
    }

    @Test func aFigureWithADecimalPointIsWrittenAsTheDanishTablePrintsIt() {
        #expect(DecimalPointFigures.danish("0.75") == "0,75")
        #expect(DecimalPointFigures.danish("1,250.5") == "1.250,5")
        #expect(DecimalPointFigures.danish("1,500") == "1.500")
        // A row number and a word stay as they are.
        #expect(DecimalPointFigures.danish("3.") == "3.")
        #expect(DecimalPointFigures.danish("stk.") == "stk.")
        #expect(DecimalPointFigures.danish("2019") == "2019")
    }

    /// One figure with a point decides nothing, and a plan that mixes the two marks is read as Danish: its rows
    /// with "0.75" are reported as before, not guessed at.
    @Test func oneFigureOrMixedMarksLeaveTheDanishReading() throws {
        let one = """
            Mio. kr. 2019 2020
            1 Botilbud 0.5 1
            2 Aflastning 1 2
            I alt 1,5 3
            """
        let mixed = """
            Mio. kr. 2019 2020
            1 Botilbud 0.5 1.5
            2 Aflastning 1,0 2,0
            I alt 1,5 3,5
            """
        for text in [one, mixed] {
            let read = try DocumentImporter.read(data: Data(text.utf8), file: "plan.txt")
            #expect(!read.findings.contains { $0.rule == "read.decimal-point" })
            #expect(read.findings.contains { $0.rule == "read.row-without-amounts" || $0.rule == "total.plan-total-mismatch" })
        }
    }
}
