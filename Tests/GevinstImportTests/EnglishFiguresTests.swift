import Foundation
import GevinstCore
import GevinstTestSupport
import Testing
@testable import GevinstImport

/// Documents exported in English: a comma groups thousands and a point marks the decimals ("7,220", "0.75").
/// Before, seed 002 so written read every amount of 1.000 kr. or more a thousand times too small without a word
/// ("7,220" as 7,22 thousand kroner), seed 003 gave 170 findings of nonsense, and seed 004 lost all five tables.
@Suite struct EnglishFiguresTests {
    static let seedTrait = ConditionTrait.enabled(if: SeedCorpus.isAvailable, Comment(rawValue: SeedCorpus.skipMessage))

    static func seed(_ name: String) throws -> String {
        String(decoding: try #require(SeedCorpus.data(name)), as: UTF8.self)
    }

    /// Every figure between digits with its marks exchanged, as an English export writes it.
    static func english(_ figure: Substring) -> String {
        String(figure.map { $0 == "." ? "," : $0 == "," ? "." : $0 })
    }

    /// The plan's rows: every decimal comma between digits, the prose's "1,5 mio. kr." too.
    static func planInEnglish(_ text: String) throws -> String {
        text.replacing(try Regex("([0-9]),([0-9])")) { match in
            "\(match.output[1].substring ?? "").\(match.output[2].substring ?? "")"
        }
    }

    /// The tables' cells that hold a figure (bold or not), the marks exchanged; titles and text as they are.
    static func tablesInEnglish(_ text: String) throws -> String {
        let figure = try Regex(#"^(\s*(?:<b>)?\s*)([-+]?[0-9][0-9.,]*)(\s*(?:</b>)?\s*)$"#)
        return text.components(separatedBy: "\n").map { line -> String in
            guard line.contains("\t") else { return line }
            return line.components(separatedBy: "\t").map { cell -> String in
                guard let match = cell.wholeMatch(of: figure), let number = match.output[2].substring else { return cell }
                return "\(match.output[1].substring ?? "")\(english(number))\(match.output[3].substring ?? "")"
            }.joined(separator: "\t")
        }.joined(separator: "\n")
    }

    @Test(seedTrait) func thePlanInEnglishReadsAsTheSeed() throws {
        let seed = try Self.seed(SeedCorpus.strategyPlan)
        let text = try Self.planInEnglish(seed)
        #expect(text.contains("Til eget hjem fra botilbud 0.75 1.25 1.75 2.25"))
        let plain = try DocumentImporter.read(data: Data(seed.utf8), file: SeedCorpus.strategyPlan)
        let read = try DocumentImporter.read(data: Data(text.utf8), file: SeedCorpus.strategyPlan)
        #expect(read.kind == .plan)
        #expect(read.plans == plain.plans)
        // One note, at the first row's "2.0"; no warning.
        #expect(read.findings.map(\.rule) == ["read.english-figures"])
        #expect(read.findings.first?.line == 116)
        #expect(read.findings.first?.severity == .info)
        #expect(read.findings.first?.message.contains("\"2.0\"") == true)
        // Figures read off 004: "0.75" mio. kr. is 750.000 kr., the first table's "I alt" 7.25 … 13.25.
        let summary = try #require(read.plans.first?.tables.first)
        #expect(summary.rows[2].amounts == [2019: 750_000, 2020: 1_250_000, 2021: 1_750_000, 2022: 2_250_000])
        #expect(summary.printedTotal?.amounts == [2019: 7_250_000, 2020: 10_750_000, 2021: 12_750_000, 2022: 13_250_000])
    }

    /// Seed `name` with its tables' figures written the English way, read beside the seed itself; the English
    /// reading must hold `cell` and give the seed's findings after the one note.
    static func readInEnglish(_ name: String, holding cell: String) throws -> (plain: ImportedDocument, read: ImportedDocument) {
        let seed = try Self.seed(name)
        let text = try Self.tablesInEnglish(seed)
        #expect(text.contains(cell))
        let plain = try DocumentImporter.read(data: Data(seed.utf8), file: name)
        let read = try DocumentImporter.read(data: Data(text.utf8), file: name)
        #expect(read.findings.map(\.rule) == ["read.english-figures"] + plain.findings.map(\.rule))
        return (plain, read)
    }

    @Test(seedTrait) func theFollowUpTableInEnglishReadsAsTheSeed() throws {
        let (plain, read) = try Self.readInEnglish(SeedCorpus.followUp2024, holding: "\t7,225\t")
        #expect(read.followUps == plain.followUps)
        // TV03(2025)'s investment, read off 002: 7.225 (1.000 kr.).
        #expect(read.followUps.first { $0.code == "TV03(2025)" }?.totalInvestment == 7_225_000)
    }

    @Test(seedTrait) func theCatalogueInEnglishReadsAsTheSeed() throws {
        let (plain, read) = try Self.readInEnglish(SeedCorpus.catalogue2019, holding: "\t-1,300\t")
        #expect(read.proposals == plain.proposals)
        #expect(read.findings.first?.message.contains("\"-1,300\"") == true)
    }

    /// The seeds as printed are Danish: "ramme 50.54" in 004's title is prose, and the judging stops at the
    /// first Danish figure.
    @Test(seedTrait) func theSeedsAreDanish() throws {
        let plan = TextDocument(file: "004", data: Data(try Self.seed(SeedCorpus.strategyPlan).utf8))
        let planVerdict = EnglishFigures.judge(lineEnds: plan.lines)
        #expect(!planVerdict.isEnglish)
        #expect(planVerdict.english == 0 && planVerdict.danish > 0)
        for name in [SeedCorpus.followUp2024, SeedCorpus.catalogue2019] {
            let document = TextDocument(file: name, data: Data(try Self.seed(name).utf8))
            let verdict = EnglishFigures.judge(tabCells: document.lines)
            #expect(!verdict.isEnglish, "\(name)")
            #expect(verdict.danish > 0, "\(name)")
        }
    }

    @Test(arguments: [
        ("0.75", EnglishFigures.Reading.english), ("-1.5", .english), ("2.0", .english), ("7,220", .english),
        ("-1,234,567", .english),
        ("0,75", .danish), ("7.220", .danish), ("1.234.567", .danish), ("-2.000", .danish),
        ("2019", .either), ("500", .either),
        ("kr.", .neither), ("1.2.3", .neither), ("1,2.3", .neither),
    ])
    func aFigureReadsOneWayTheOtherOrBoth(_ figure: String, _ reading: EnglishFigures.Reading) {
        #expect(EnglishFigures.reading(of: Substring(figure)) == reading)
    }

    @Test func aFigureWrittenTheEnglishWayIsWrittenAsTheDanishTablePrintsIt() {
        #expect(EnglishFigures.danish("0.75") == "0,75")
        #expect(EnglishFigures.danish("1,250.5") == "1.250,5")
        #expect(EnglishFigures.danish("7,220") == "7.220")
        // A row number and a word stay as they are.
        #expect(EnglishFigures.danish("3.") == "3.")
        #expect(EnglishFigures.danish("stk.") == "stk.")
        #expect(EnglishFigures.danish("2019") == "2019")
        #expect(EnglishFigures.figure(in: " <b>-1,000</b> ") == "-1,000")
        #expect(EnglishFigures.figure(in: "**7,220**") == "7,220")
        #expect(EnglishFigures.figure(in: "HA01 - Livet") == nil)
    }

    /// One English figure decides nothing, and a table that mixes the two ways is read as Danish: its rows with
    /// "0.5" are reported as before, not guessed at.
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
            #expect(!read.findings.contains { $0.rule == "read.english-figures" })
            #expect(read.findings.contains { $0.rule == "read.row-without-amounts" || $0.rule == "total.plan-total-mismatch" })
        }
    }
}
