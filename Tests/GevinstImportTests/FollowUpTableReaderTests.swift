import Foundation
import GevinstCore
import GevinstTestSupport
import Testing
@testable import GevinstImport

@Suite struct FollowUpTableReaderTests {
    static let seedTrait = ConditionTrait.enabled(if: SeedCorpus.isAvailable, Comment(rawValue: SeedCorpus.skipMessage))

    static func seed() throws -> ImportedDocument {
        let data = try #require(SeedCorpus.data(SeedCorpus.followUp2024))
        return try DocumentImporter.read(data: data, file: SeedCorpus.followUp2024)
    }

    /// Counts and figures read off 002 by eye.
    @Test(seedTrait) func readsAllSixtyThreeRowsOf002ByArea() throws {
        let document = try Self.seed()
        #expect(document.kind == .followUp)
        #expect(document.followUps.count == 63)
        var byArea: [String: Int] = [:]
        for row in document.followUps { byArea[row.area, default: 0] += 1 }
        #expect(byArea == [
            "Borgere med Handicap": 18, "Børnefamilier med særlige behov": 18, "Udsatte voksne": 14,
            "Den sociale hjemmepleje": 1, "Tværgående opgaver og administration": 12,
        ])
        #expect(document.followUps.allSatisfy { $0.period == "December 2024" })
        #expect(document.followUps.allSatisfy { $0.efficiencyPriceLevelYear == 2025 })
        #expect(document.followUps.allSatisfy { $0.recognisedStatus != nil })
    }

    @Test(seedTrait) func rowsOf002CarryTheirPrintedFigures() throws {
        let rows = try Self.seed().followUps
        func row(_ line: Int) throws -> FollowUpRow { try #require(rows.first { $0.line == line }) }

        let ha01 = try row(34)
        #expect(ha01.adoptedBudgetYear == 2022)
        #expect(ha01.code == "HA01")
        #expect(ha01.title == "Livet er ikke snorlige - Omstilling af handicapområdets tilbudsvifte")
        #expect(ha01.type == .investment)
        #expect(ha01.recognisedStatus == .onTrack)
        #expect(ha01.totalInvestment == 10_100_000)
        #expect(ha01.efficiencyAtFullPhaseIn == -5_788_000)
        #expect(ha01.fullImplementationYear == 2026)
        #expect(ha01.earlierCompensatingAction == false)
        #expect(ha01.requiresApprovalByOEUAndBR == false)

        let ha06 = try row(36)
        #expect(ha06.code == "HA06")
        #expect(ha06.recognisedStatus == .delayedAndOverBudget)
        #expect(ha06.totalInvestment == 4_150_000)
        #expect(ha06.efficiencyAtFullPhaseIn == -1_113_000)
        #expect(ha06.fullImplementationYear == 2023)
        #expect(ha06.handling.hasPrefix("Den tabte effektivisering i 2024 vil blive indhentet ved rammebesparelse"))
        #expect(ha06.consequence.hasPrefix("Rammebesparelsen i 2024 vil medføre reduktion af budgettet"))

        let tv06Handicap = try row(52)
        #expect(tv06Handicap.code == "TV06(2025)")
        #expect(tv06Handicap.title == "Afvikling af supplerende ydelser eller sygebehandling (§ 102 ydelser)")
        #expect(tv06Handicap.type == .efficiency)
        #expect(tv06Handicap.status == "Initiativet implementeres ikke som tiltænk")
        #expect(tv06Handicap.recognisedStatus == .notAsIntended)
        #expect(tv06Handicap.totalInvestment == nil)
        #expect(tv06Handicap.efficiencyAtFullPhaseIn == -270_000)
        #expect(tv06Handicap.area == "Borgere med Handicap")

        let tv06Adults = try row(94)
        #expect(tv06Adults.code == "TV06(2025)")
        #expect(tv06Adults.recognisedStatus == .implemented)
        #expect(tv06Adults.efficiencyAtFullPhaseIn == -420_000)
        #expect(tv06Adults.area == "Udsatte voksne")

        let bu04 = try row(57)
        #expect(bu04.adoptedBudgetYear == 2019)
        #expect(bu04.totalInvestment == 675_000)
        #expect(bu04.efficiencyAtFullPhaseIn == -5_184_000)
        #expect(bu04.fullImplementationYear == 2020)
        #expect(bu04.handling == "De overskydende investeringsmidler på 400 t. kr. tilbagebetales.")

        let hj01 = try row(99)
        #expect(hj01.code == "HJ01(2025)")
        #expect(hj01.totalInvestment == 950_000)
        #expect(hj01.efficiencyAtFullPhaseIn == -1_800_000)

        let innovation = try row(105)
        #expect(innovation.code == nil)
        #expect(innovation.title == "Innovationsprojekt Selv- og medbetjening for udsatte borgere")
        #expect(innovation.type == .innovation)
        #expect(innovation.totalInvestment == 2_650_000)
        #expect(innovation.efficiencyAtFullPhaseIn == nil)
        #expect(innovation.fullImplementationYear == nil)

        let tv11 = try row(114)
        #expect(tv11.code == "TV11(2025)")
        #expect(tv11.title == "Reduktion af udgifter til madservice på botilbud")
        #expect(tv11.totalInvestment == 4_750_000)
        #expect(tv11.efficiencyAtFullPhaseIn == 5_780_000)

        let tv13 = try row(116)
        #expect(tv13.totalInvestment == 32_450_000)
        #expect(tv13.efficiencyAtFullPhaseIn == -53_000_000)
        #expect(tv13.fullImplementationYear == 2027)

        #expect(try row(44).code == "HA/S108")
        #expect(try row(83).code == "SU/UD03")
        #expect(try row(86).type == .investment)
    }

    @Test(seedTrait) func findsTheErrorsOf002WithTheirLines() throws {
        let findings = try Self.seed().findings
        func has(_ rule: String, line: Int) -> Bool { findings.contains { $0.rule.description == rule && $0.line == line } }
        #expect(has("sign.positive-efficiency", line: 114))
        #expect(has("duplicate.counted-twice", line: 87))
        #expect(has("code.looks-mistyped", line: 44))
        #expect(has("code.looks-mistyped", line: 83))
        let ha = try #require(findings.first { $0.line == 44 })
        #expect(ha.message.contains("HA/SI08"))
        let su = try #require(findings.first { $0.line == 83 })
        #expect(su.message.contains("SI/UD03"))
        // TV02 and TV06(2025) show different shares per area: not counted twice.
        #expect(!findings.contains { $0.rule.family == "duplicate" && $0.line != 87 })
        #expect(!findings.contains { $0.rule.family == "read" })
    }

    static let header = [
        "Vedtaget budgetår", "Titel på forslag inkl. nr.", "Forslagstype", "Status december 2024",
        "Bemærkning december 2024", "Samlet investering 1000. kr.", "Samlet effektivisering ved fuld indfasning, 1000. kr. 2025 p/l",
        "Aktuel år for fuld implementering", "Håndtering", "Er der tidligere foretaget kompenserende handling",
        "Skal kompenserende handling godkendes af ØU og BR?", "Konsekvens efter håndtering",
    ]

    static func table(_ header: [String], _ rows: [[String]], heading: String = "### Udsatte voksne") -> TextDocument {
        let lines = [heading, "", header.joined(separator: "\t")] + rows.map { $0.joined(separator: "\t") }
        return TextDocument(file: "t.md", text: lines.joined(separator: "\n"))
    }

    @Test func columnsAreFoundByHeaderTextSoAReorderedTableReadsRight() {
        let order = [3, 1, 0, 2, 6, 5, 4, 7, 8, 9, 10, 11]
        let row = ["2023", "UD13: Styrket indsats", "Investeringsforslag", "Forløber som planlagt", "", "1.800", "-4.344", "2024", "", "Ja", "Nej", ""]
        let document = Self.table(order.map { Self.header[$0] }, [order.map { row[$0] }])
        let read = FollowUpTableReader.read(document)
        #expect(read.findings.isEmpty)
        let first = read.followUps.first
        #expect(first?.code == "UD13")
        #expect(first?.totalInvestment == 1_800_000)
        #expect(first?.efficiencyAtFullPhaseIn == -4_344_000)
        #expect(first?.earlierCompensatingAction == true)
        #expect(first?.line == 4)
        #expect(first?.area == "Udsatte voksne")
    }

    @Test func aMissingColumnIsReportedAtTheHeaderAndTheRowsStillLoad() {
        var header = Self.header
        header.remove(at: 8)
        let document = Self.table(header, [["2023", "UD13: Styrket indsats", "Investeringsforslag", "Forløber som planlagt", "", "1.800", "-4.344", "2024", "Nej", "Nej", ""]])
        let read = FollowUpTableReader.read(document)
        #expect(read.followUps.count == 1)
        #expect(read.followUps.first?.earlierCompensatingAction == false)
        let finding = read.findings.first { $0.rule == "read.missing-column" }
        #expect(finding?.line == 3)
        #expect(finding?.message.contains("Håndtering") == true)
    }

    @Test func badCellsBecomeFindingsWithTheirLineAndTheRestLoads() {
        let rows = [
            ["2023", "UD13: Styrket indsats", "Investeringsforslag", "Forløber som planlagt", "", "cirka 1,8 mio.", "-4.344", "2024", "", "Nej", "Nej", ""],
            ["2023", "UD14: Ny indsats", "Investeringsforslag", "Afventer", "", "900", "-300", "2024", "", "Måske", "Nej", ""],
            ["2024", "UD15: Kort række", "Investeringsforslag", "Forløber som planlagt", "", "500"],
        ]
        let read = FollowUpTableReader.read(Self.table(Self.header, rows))
        #expect(read.followUps.count == 3)
        func finding(_ rule: String) -> Finding? { read.findings.first { $0.rule.description == rule } }
        #expect(finding("read.bad-amount")?.line == 4)
        #expect(finding("read.bad-amount")?.message.contains("cirka 1,8 mio.") == true)
        #expect(read.followUps[0].totalInvestment == nil)
        #expect(read.followUps[0].efficiencyAtFullPhaseIn == -4_344_000)
        #expect(finding("read.unknown-status")?.line == 5)
        #expect(read.followUps[1].status == "Afventer")
        #expect(read.followUps[1].recognisedStatus == nil)
        #expect(finding("read.bad-yes-no")?.line == 5)
        #expect(finding("read.short-row")?.line == 6)
        #expect(read.followUps[2].totalInvestment == 500_000)
        #expect(read.followUps[2].efficiencyAtFullPhaseIn == nil)
    }

    @Test func rowsWithoutAHeaderAreReadInTheStandardOrderWithAFinding() {
        let text = "### Udsatte voksne\n\n2023\tUD13: Styrket indsats\tInvesteringsforslag\tForløber som planlagt\t\t1.800\t-4.344\t2024\t\tNej\tNej\t\n"
        let read = FollowUpTableReader.read(TextDocument(file: "t.md", text: text))
        #expect(read.followUps.count == 1)
        #expect(read.followUps.first?.efficiencyAtFullPhaseIn == -4_344_000)
        #expect(read.findings.first?.rule == "read.missing-header")
        #expect(read.findings.first?.line == 3)
    }

    @Test func codesAreSplitFromTitlesInEveryPrintedForm() {
        let cases: [(String, String?, String)] = [
            ("HA01: Livet er ikke snorlige", "HA01", "Livet er ikke snorlige"),
            ("HA01 - Videreudvikling", "HA01", "Videreudvikling"),
            ("TV06 (2025) - Afvikling", "TV06(2025)", "Afvikling"),
            ("HA03(2025) - Et mere selvstændigt liv", "HA03(2025)", "Et mere selvstændigt liv"),
            ("TV11 (2025) Reduktion af udgifter", "TV11(2025)", "Reduktion af udgifter"),
            ("SI/UD02 - Bedre arbejds gange", "SI/UD02", "Bedre arbejds gange"),
            ("Innovationsprojekt Selv- og medbetjening", nil, "Innovationsprojekt Selv- og medbetjening"),
            ("STU-forløb for unge", nil, "STU-forløb for unge"),
        ]
        for (cell, code, title) in cases {
            let split = ProposalCode.split(title: cell)
            #expect(split.code?.description == code, "\(cell)")
            #expect(split.title == title, "\(cell)")
        }
    }

    @Test func mistypedCodesAreRepairedOnlyWhereOneRepairExplainsThem() throws {
        let convention = ProposalCodeConvention()
        let slip = try #require(ProposalCode.split(title: "HA/S108 - x").code)
        #expect(convention.likelyMeant(slip, pairsInUse: [])?.description == "HA/SI08")
        let letter = try #require(ProposalCode.split(title: "SU/UD03: x").code)
        // SU is one letter from SI and from BU; SI/UD in use decides.
        #expect(convention.likelyMeant(letter, pairsInUse: ["SI/UD"])?.description == "SI/UD03")
        #expect(convention.likelyMeant(letter, pairsInUse: []) == nil)
        let fine = try #require(ProposalCode.split(title: "BU/SI01 - x").code)
        #expect(convention.isWellFormed(fine))
    }

    @Test func statusTextsAreRecognisedDespiteSmallSlips() {
        #expect(FollowUpStatus(printed: "Forløber som planlagt.") == .onTrack)
        #expect(FollowUpStatus(printed: "Initiativet implementeres ikke som tiltænk") == .notAsIntended)
        #expect(FollowUpStatus(printed: "Tidsplanen er skredet mere end 6 mdr.") == .delayed)
        #expect(FollowUpStatus(printed: "Tidsplanen er skredet mere end 6 mdr. og økonomien er skredet med mere end 1 mio. kr.") == .delayedAndOverBudget)
        #expect(FollowUpStatus(printed: "Afventer") == nil)
        #expect(FollowUpStatus(printed: "") == nil)
    }
}
