import Foundation
import Testing
import GevinstCore
@testable import GevinstImport

/// Unit tests on small catalogue snippets written in the shapes seed 003 uses.
@Suite struct MarkdownCatalogueReaderTests {
    func document(_ lines: [String]) -> TextDocument {
        TextDocument(file: "snippet.md", text: lines.joined(separator: "\n"))
    }

    func lines(_ text: [String]) -> [Substring] { text.map { Substring($0) } }

    /// A small catalogue: change list, one area, one proposal with Tabel 1, 2, 3 and sections.
    static let catalogue: [String] = [
        "# Investeringskatalog",
        "",
        "- BU01: Investeringsforslag - Bedre forløb",
        "- BU02: Nyt tilbud [NYT FORSLAG]",
        "- SI03: Flyttet forslag [Forslaget er ikke længere et investeringsforslag, og indgår derfor ikke i investeringskataloget.]",
        "",
        "**Nedenstående investeringsforslag er fortsat i proces:**",
        "",
        "- HA09: Early Bird",
        "",
        "# BØRNEFAMILIER MED SÆRLIGE BEHOV",
        "",
        "# INVESTERINGSFORSLAG",
        "",
        "**Forslagets titel:** BU01 - Bedre forløb",
        "",
        "**Kort resumé:** Kortere forløb.",
        "",
        "**Der søges om midler fra:** Investeringspuljen",
        "",
        "**Fremstillende forvaltning:** Socialforvaltningen",
        "",
        "**Berørte forvaltninger:**",
        "",
        "<input type=\"checkbox\"/> Økonomiforvaltningen\t<input checked=\"\" type=\"checkbox\"/> Socialforvaltningen",
        "<input checked=\"\" type=\"checkbox\"/> Kultur- og Fritidsforvaltningen\t<input type=\"checkbox\"/> Teknik- og Miljøforvaltningen",
        "",
        "## 1.1 TABEL 1. FORSLAGETS SAMLEDE ØKONOMISKE KONSEKVENSER",
        "",
        "1.000 kr. 2020 p/l\tStyrings-område\t2019\t2020\t2021",
        "<b>Varige ændringer</b>\t\t\t\t",
        "Kortere forløb\tService\t\t-1.300\t-1.300",
        "Ny ydelse\tOverførsler\t\t100\t100",
        "<b>Samlet varig ændring</b>\t\t<b>0</b>\t<b>-1.200</b>\t<b>-1.200</b>",
        "<b>Implementeringsomkostninger</b>\t\t\t\t",
        "Projektledelse\tService\t300\t300\t",
        "It-system\tAnlæg\t150\t\t",
        "<b>Samlede implementeringsomkostninger</b>\t\t<b>450</b>\t<b>300</b>\t",
        "<b>Samlet økonomisk påvirkning</b>\t\t<b>450</b>\t<b>-900</b>\t<b>-1.200</b>",
        "Tilbagebetalingstid baseret på serviceeffektivisering\t3 år\t\t\t",
        "Tilbagebetalingstid baseret på totaløkonomi\tIkke relevant\t\t\t",
        "",
        "## 1.4 ØKONOMI",
        "",
        "**300 t.kr. til projektledelse.** Fordelt på to år.",
        "",
        "**Tabel 2. Varige ændringer, service**",
        "",
        "\t1.000 kr. 2020 p/l\t\t",
        "\t2019\t2020\t2021",
        "<b>3000 – Børnefamilier med særlige behov</b>\t\t\t",
        "Kortere forløb\t\t-1.300\t-1.300",
        "Ny ydelse\t\t100\t100",
        "<b>Varige ændringer totalt, service</b>\t<b>0</b>\t<b>-1.200</b>\t<b>-1.200</b>",
        "",
        "**Tabel 3. Serviceinvesteringer i forslaget**",
        "",
        "\t1.000 kr. 2020 p/l\t\t\tInnovations-pulje (sæt X)",
        "\t2019\t2020\t2021\t",
        "Projektledelse\t300\t200\t\tX",
        "<b>Investeringer totalt, service</b>\t<b>300</b>\t<b>200</b>\t\t",
        "",
        "### 1.5 FORDELING PÅ UDVALG",
        "",
        "Forslaget vedrører alene Socialudvalget.",
        "",
        "**1.6 IMPLEMENTERING AF FORSLAGET**",
        "",
        "\t2019\t2020",
        "Udvikling\tX\t",
        "Drift\t\tX (Test)",
        "",
        "## 1.9 OPFØLGNING",
        "",
        "Succeskriterier\tHvordan måles?\tHvem er ansvarlig?\tHvornår?",
        "X antal familier\tRegistrering\tBBU\t2021",
        "Besparelse på forløb\tØkonomiopfølgning\tBBU\tPrimo 2021",
        "",
        "## 1.10 RISIKOVURDERING",
        "",
        "Risikoen vurderes at være lav til mellem.",
        "",
        "## 1.11 HVEM ER HØRT?",
        "",
        "\tJa/Nej\tDato for godkendelse",
        "Center for Økonomi, Økonomiforvaltningen\tJa\t12. februar 2019",
        "\tJa/Nej/Ikke relevant\tHvis ja, skriv kort konklusionen.",
        "IT-kredsen\tJa\tGodkendt.",
        "HR-kredsen\t\t",
    ]

    // MARK: Tables and inline markup

    @Test func tabTableWithBoldCellsBlankLineAndSeparator() {
        let text = lines([
            "Label\t2019\t2020",
            "<b>Samlet</b>\t<b>1.000</b>\t<b>-2.000</b>",
            "",
            "Efter tom linje\t1\t2",
            "---\t---\t---",
            "",
            "",
            "",
            "Ikke med\t3\t4",
        ])
        let (table, next) = MarkdownTable.read(text, from: 0, to: text.count)
        #expect(table.rows.map { $0.text(0) } == ["Label", "Samlet", "Efter tom linje"])
        #expect(table.rows[1].cells[1].isBold && table.rows[1].text(1) == "1.000")
        #expect(table.rows[2].line == 4)
        #expect(next == 5)
        #expect(table.yearHeader()?.columns == [YearColumn(index: 1, year: 2019), YearColumn(index: 2, year: 2020)])
    }

    @Test func pipeTableBehindAListMarker() {
        let text = lines([
            "- |   |   |",
            "|---|---|---|",
            "| <input type=\"checkbox\"/> | Økonomiforvaltningen | x |",
        ])
        let (table, _) = MarkdownTable.read(text, from: 0, to: text.count)
        #expect(table.rows.count == 1)
        #expect(table.rows[0].text(1) == "Økonomiforvaltningen")
        #expect(table.rows[0].cells[0].raw.contains("<input"))
    }

    @Test func inlineMarkupIsRemoved() {
        #expect(MarkdownInline.clean("<b>Samlet varig ændring</b>") == "Samlet varig ændring")
        #expect(MarkdownInline.clean("**Forslagets titel:** BU01 -  *Titel*\t") == "Forslagets titel: BU01 - Titel")
        #expect(MarkdownInline.clean("komorbide<sup>2</sup> lidelser") == "komorbide lidelser")
        #expect(MarkdownInline.clean("a < b > c") == "a < b > c")
        #expect(MarkdownInline.isBold("<b>0</b>") && MarkdownInline.isBold("**x**") && !MarkdownInline.isBold("x"))
        #expect(MarkdownInline.key("Evaluering, optimering.") == "evaluering optimering")
        #expect(MarkdownInline.priceLevelYear("1.000 kr. 2020 P/L") == 2020)
        #expect(MarkdownInline.priceLevelYear("1.000 kr.") == nil)
    }

    @Test func amountsInThousands() {
        #expect(ThousandsAmount.read("1.540") == .amount(1_540_000))
        #expect(ThousandsAmount.read("<b>-1.300</b>") == .amount(-1_300_000))
        #expect(ThousandsAmount.read("-1200") == .amount(-1_200_000))
        #expect(ThousandsAmount.read("12,5") == .amount(12_500))
        #expect(ThousandsAmount.read("-0,25") == .amount(-250))
        #expect(ThousandsAmount.read("") == .blank)
        #expect(ThousandsAmount.read("-") == .blank)
        #expect(ThousandsAmount.read("-4 -2.760") == .unreadable("-4-2.760"))
        #expect(ThousandsAmount.read("99999999999999999999") == .unreadable("99999999999999999999"))
        #expect(ThousandsAmount.read("ca. 5") == .unreadable("ca.5"))
    }

    // MARK: Checkboxes

    @Test func checkboxGridInEveryRendering() {
        let tabs = "<input type=\"checkbox\"/> Økonomiforvaltningen\t<input checked=\"\" type=\"checkbox\"/> Socialforvaltningen"
        #expect(CheckboxGrid.boxes(in: tabs) == [
            .init(name: "Økonomiforvaltningen", checked: false), .init(name: "Socialforvaltningen", checked: true),
        ])
        let cells = "<input type=\"checkbox\"/>\tØkonomiforvaltningen\t<input checked=\"\" type=\"checkbox\"/>\tSocialforvaltningen"
        #expect(CheckboxGrid.boxes(in: cells).filter(\.checked).map(\.name) == ["Socialforvaltningen"])
        let pipes = "| <input checked=\"\" type=\"checkbox\"/> | Kultur- og Fritidsforvaltningen   | <input type=\"checkbox\"/> |  |"
        #expect(CheckboxGrid.boxes(in: pipes) == [.init(name: "Kultur- og Fritidsforvaltningen", checked: true)])
        let oneCell = "<b>Berørte forvaltninger:</b>\t<input type=\"checkbox\"/> Økonomiforvaltningen <input checked=\"\" type=\"checkbox\"/> Socialforvaltningen\t"
        #expect(CheckboxGrid.boxes(in: oneCell).map(\.name) == ["Økonomiforvaltningen", "Socialforvaltningen"])
    }

    // MARK: Change list

    @Test func changeListKinds() {
        let text = lines(Self.catalogue)
        let changes = CatalogueChangeList.read(text, range: 0..<10)
        #expect(changes == [
            CatalogueChange(code: "BU01", title: "Bedre forløb", kind: .changed, line: 3),
            CatalogueChange(code: "BU02", title: "Nyt tilbud", kind: .new, line: 4),
            CatalogueChange(code: "SI03", title: "Flyttet forslag", kind: .movedToEfficiencyCatalogue, line: 5),
            CatalogueChange(code: "HA09", title: "Early Bird", kind: .inProcess, line: 9),
        ])
    }

    // MARK: A whole proposal

    @Test func readsASmallCatalogue() throws {
        let imported = MarkdownCatalogueReader.read(document(Self.catalogue))
        #expect(imported.kind == .proposals)
        #expect(imported.changeList.count == 4)
        let proposal = try #require(imported.proposals.first)
        #expect(imported.proposals.count == 1)
        #expect(proposal.code == "BU01" && proposal.title == "Bedre forløb")
        #expect(proposal.summary == "Kortere forløb.")
        #expect(proposal.affectedAdministrations == ["Socialforvaltningen", "Kultur- og Fritidsforvaltningen"])
        #expect(proposal.areas == ["BU"] && proposal.type == .investment && proposal.status == .presented)
        #expect(proposal.years == 2019...2021 && proposal.priceLevelYear == 2020)
        #expect(proposal.lines.map(\.label) == ["Kortere forløb", "Ny ydelse", "Projektledelse", "It-system"])
        #expect(proposal.lines.map(\.steeringArea) == [.service, .overfoersler, .service, .anlaeg])
        #expect(proposal.lines[0].amounts.values == [0, -1_300_000, -1_300_000])
        // Tabel 2's group heading becomes the appropriation; Tabel 3's X the innovation-pool mark.
        #expect(proposal.lines[0].appropriation == "3000 – Børnefamilier med særlige behov")
        #expect(proposal.lines[2].innovationPool && !proposal.lines[3].innovationPool)
        #expect(proposal.lines.allSatisfy { $0.committee == "Socialudvalget" })
        let printed = try #require(proposal.printed)
        #expect(printed.payback == PrintedPayback(service: 3, serviceLine: 40, total: nil, totalLine: 41))
        #expect(printed.table(.table1)?.row(.net)?.amounts == [2019: 450_000, 2020: -900_000, 2021: -1_200_000])
        #expect(printed.table(.table2)?.row(.total)?.line == 54)
        #expect(printed.table(.table3)?.rows.map(\.role) == [.line, .total])
        #expect(proposal.implementationPlan.activities == [
            .init(name: "Udvikling", years: [2019]), .init(name: "Drift", years: [2020], periods: ["2020: X (Test)"]),
        ])
        #expect(proposal.followUpPlan.map(\.group) == [.milestone, .realisation])
        #expect(proposal.risk?.level == .lavTilMellem)
        #expect(proposal.consultations.map(\.answer) == [.ja, .ja, nil])
        #expect(proposal.consultations[1].conclusion == "Godkendt.")
        // The prose's 300 t.kr. for projektledelse is compared with Tabel 1 (300 + 300 = 600) and Tabel 3 (500).
        let rules = imported.findings.map(\.rule.description)
        #expect(rules.filter { $0 == "text.figure-differs" }.count == 2)
        #expect(rules.contains("template.placeholder-number"))
        #expect(rules.contains("code.change-list-unknown"))
        // Computed from the lines: the permanent total and the net agree with the printed ones.
        let computed = Compute.variant(nil, of: proposal)
        #expect(computed.table1.net.values == [450_000, -900_000, -1_200_000])
    }

    @Test func blankSteeringAreaFollowsTheTableConvention() {
        let table = MarkdownTable.read(lines([
            "1.000 kr. 2020 p/l\tStyrings-område\t2019\t2020",
            "<b>Varige ændringer</b>\t\t\t",
            "Overførsel\tOverførsler\t\t-10",
            "Uden område\t\t\t-20",
            "<b>Samlet varig ændring</b>\t\t\t-30",
            "<b>Implementeringsomkostninger</b>\t\t\t",
            "Første\t\t5\t",
            "<b>Samlede implementeringsomkostninger</b>\tAnlæg\t5\t",
        ]), from: 0, to: 8).table
        let reading = TableOneReader.read(table, proposal: "T", fallbackYears: nil)
        #expect(reading.lines.map(\.line.steeringArea) == [.overfoersler, .overfoersler, .anlaeg])
        #expect(reading.findings.map(\.rule) == ["extraction.steering-area-missing", "extraction.steering-area-missing"])
        #expect(reading.findings.map(\.line) == [4, 7])
    }

    @Test func twoModelTableOne() {
        let table = MarkdownTable.read(lines([
            "1.000 kr. 2020 p/l\tStyrings- område\t2019\t2020",
            "<b>Varige ændringer</b>\t\t\t",
            "<b>Model 1</b>\t\t\t",
            "Afvikling\tService\t\t-5",
            "<b>Samlet varig ændring model 1</b>\t\t0\t-5",
            "<b>Model 2</b>\t\t\t",
            "Afvikling\tService\t\t-7",
            "<b>Samlet varig ændring model 2</b>\t\t0\t-7",
            "<b>Implementeringsomkostninger</b>\t\t\t",
            "Fælles\tService\t1\t",
            "Udgifter model 2\tService\t\t2",
            "<b>Samlet økonomisk påvirkning model 1</b>\t\t1\t-5",
        ]), from: 0, to: 12).table
        let reading = TableOneReader.read(table, proposal: "SI05", fallbackYears: nil)
        #expect(reading.lines.map { $0.line.variant } == ["Model 1", "Model 2", nil, "Model 2"])
        let printed = CatalogueProposalBuilder.tableOnePrinted(reading, line: 1)
        #expect(printed.map(\.variant) == ["Model 1", "Model 2"])
        #expect(printed[0].rows.map(\.label) == ["Afvikling", "Samlet varig ændring model 1", "Fælles", "Samlet økonomisk påvirkning model 1"])
        #expect(printed[1].row(.net) == nil)
    }

    @Test func placeholdersBecomeDraftsWithTheirTitle() throws {
        let text = Array(Self.catalogue[0..<12])
            + ["# INVESTERINGSFORSLAG", "", "**Forslagets titel:** BU07 - Pladsholder", "", "[Forslaget er fortsat under udarbejdelse]", ""]
            + ["# INVESTERINGSFORSLAG", "", "[Forslaget er fortsat under udarbejdelse]", "", "Tryghed i nattetimerne", ""]
            + Array(Self.catalogue[12...])
        let imported = MarkdownCatalogueReader.read(document(text))
        #expect(imported.proposals.map { $0.code ?? "-" } == ["BU07", "-", "BU01"])
        #expect(imported.proposals.map(\.status) == [.draft, .draft, .presented])
        #expect(imported.proposals[0].title == "Pladsholder" && imported.proposals[1].title == "Tryghed i nattetimerne")
        #expect(imported.proposals[0].lines.isEmpty && imported.proposals[0].source?.firstLine == 13)
        #expect(!imported.findings.contains { $0.rule == "extraction.table-one-missing" || $0.rule.family == "template" && $0.line ?? 0 < 25 })
    }

    // MARK: Broken input

    @Test func tableWithoutYearHeaderIsReportedAndTheRestRead() throws {
        var text = Self.catalogue
        text[29] = "1.000 kr. 2020 p/l\tStyrings-område\tår 1\tår 2\tår 3"
        let imported = MarkdownCatalogueReader.read(document(text))
        let proposal = try #require(imported.proposals.first)
        let finding = try #require(imported.findings.first { $0.rule == "extraction.year-header-missing" })
        #expect(finding.line == 30 && finding.severity == .error)
        #expect(proposal.lines.count == 4)
        #expect(proposal.lines.allSatisfy { $0.amounts.isZero })
        #expect(proposal.consultations.count == 3)
    }

    @Test func missingYearHeaderTakesTheOtherProposalsYears() throws {
        var text = Self.catalogue
        text[29] = "1.000 kr. 2020 p/l\tStyrings-område\t\t\t"
        text += ["", "# INVESTERINGSFORSLAG", "", "**Forslagets titel:** BU02 - Andet", ""] + Array(Self.catalogue[27...41])
        let imported = MarkdownCatalogueReader.read(document(text))
        #expect(imported.proposals.map(\.code) == ["BU01", "BU02"])
        let first = try #require(imported.proposals.first)
        #expect(first.years == 2019...2021)
        #expect(first.lines[0].amounts.values == [0, -1_300_000, -1_300_000])
        let finding = try #require(imported.findings.first { $0.rule == "extraction.year-header-missing" })
        #expect(finding.severity == .warning && finding.message.contains("2019–2021"))
    }

    @Test func unreadableAmountIsSkippedWithAFinding() throws {
        var text = Self.catalogue
        text[31] = "Kortere forløb\tService\t\t-1.3OO\t-1.300"
        let imported = MarkdownCatalogueReader.read(document(text))
        let proposal = try #require(imported.proposals.first)
        #expect(proposal.lines[0].amounts.values == [0, 0, -1_300_000])
        let finding = try #require(imported.findings.first { $0.rule == "extraction.amount-unreadable" })
        #expect(finding.line == 32 && finding.message.contains("-1.3OO"))
    }

    @Test func truncatedDocumentsNeverTrap() {
        for cut in stride(from: 0, through: Self.catalogue.count, by: 1) {
            let imported = MarkdownCatalogueReader.read(document(Array(Self.catalogue.prefix(cut))))
            #expect(imported.proposals.count <= 1)
        }
        // Cut inside a line, drop every third line, and feed markup fragments.
        let joined = Self.catalogue.joined(separator: "\n")
        for cut in stride(from: 0, to: joined.count, by: 97) {
            _ = MarkdownCatalogueReader.read(TextDocument(file: "cut", text: String(joined.prefix(cut))))
        }
        let sparse = Self.catalogue.enumerated().filter { $0.offset % 3 != 1 }.map(\.element)
        _ = MarkdownCatalogueReader.read(document(sparse))
        let fragments = ["<b>", "<input", "|", "\t", "**", "# ", "<sup>", "1.", "- ", "[", "<"]
        _ = MarkdownCatalogueReader.read(document(fragments + fragments.map { $0 + "\t" + $0 }))
        #expect(MarkdownCatalogueReader.read(document([])).findings.map(\.rule) == ["extraction.no-proposals"])
    }

    @Test func binaryInputIsRefused() {
        let imported = MarkdownCatalogueReader.read(TextDocument(file: "x.bin", data: .init((0..<4000).map { UInt8($0 % 7) })))
        #expect(imported.proposals.isEmpty && imported.findings.first?.rule == "extraction.binary")
    }

    // MARK: Codes and duplicates

    @Test func codeChecks() {
        let convention = ProposalCodeConvention.copenhagenSocial
        let mistyped = CatalogueChecks.codeFindings(code: "HA/S108", area: nil, line: 7, convention: convention)
        #expect(mistyped.map(\.rule) == ["code.malformed"] && mistyped[0].message.contains("HA/SI08"))
        let area = CatalogueArea.copenhagenSocial.first { $0.code == "HA" }
        #expect(CatalogueChecks.codeFindings(code: "BU04", area: area, line: 9, convention: convention).map(\.rule) == ["code.area-mismatch"])
        #expect(CatalogueChecks.codeFindings(code: "BU/HA04", area: area, line: 9, convention: convention).isEmpty)
        #expect(CatalogueChecks.codeFindings(code: "TV06 (2025)", area: nil, line: 9, convention: convention).isEmpty)
        let split = ProposalTitle.split("BU04 – Udvikling af gruppeforløb")
        #expect(split.code == "BU04" && split.title == "Udvikling af gruppeforløb")
        let plain = ProposalTitle.split("Et forslag uden kode")
        #expect(plain.code == nil && plain.title == "Et forslag uden kode")
    }

    @Test func proposalListedUnderTwoAreasIsOneProposal() throws {
        let proposal = Array(Self.catalogue[12...41])
        let text = ["# Investeringskatalog", "", "# BØRNEFAMILIER MED SÆRLIGE BEHOV", ""] + proposal
            + ["", "# BORGERE MED HANDICAP", ""] + proposal
        let imported = MarkdownCatalogueReader.read(document(text))
        #expect(imported.proposals.count == 1)
        #expect(imported.proposals.first?.areas == ["BU", "HA"])
        #expect(imported.findings.filter { $0.rule == "duplicate.repeated-proposal" }.count == 1)
        // BU01 under the handicap heading is the same proposal in a second area, not a code that names the wrong area.
        #expect(imported.findings.filter { $0.rule.family == "code" }.isEmpty)

        var changed = proposal
        changed[19] = "Kortere forløb\tService\t\t-1.400\t-1.300"
        let reused = MarkdownCatalogueReader.read(document(["# BØRNEFAMILIER MED SÆRLIGE BEHOV"] + proposal + changed))
        #expect(reused.proposals.count == 2)
        #expect(reused.findings.filter { $0.rule == "duplicate.code" }.count == 1)
    }

    // MARK: Matching detail rows to lines

    @Test func detailRowsMatchByLabelAmountsAndSums() {
        func line(_ label: String, _ values: [Int: Amount], block: Block = .implementation) -> EconomicLine {
            EconomicLine(label: label, block: block, amounts: YearSeries(years: 2019...2020, amounts: values))
        }
        func row(_ label: String, _ values: [Int: Amount], x: Bool = false, group: String? = nil) -> DetailRow {
            DetailRow(row: PrintedRow(label: label, role: .line, amounts: values), variant: nil, appropriation: group, innovationPool: x)
        }
        let lines = [
            line("Evaluerings", [2020: 200]),
            line("Anskaffelse af teknologi", [2019: 150]),
            line("Implementeringsorganisation", [2019: 4800]),
            line("Taxa, børn", [2020: -1000], block: .permanent),
            line("Taxa, handicap", [2020: -450], block: .permanent),
        ]
        let rows = [
            row("Evaluering", [2020: 200]),
            row("Udvikling af app", [2019: 150]),
            row("Programleder", [2019: 700]),
            row("Frikøb", [2019: 4100]),
            row("Ukendt", [2019: 1]),
        ]
        let (matches, unmatched) = DetailLineMatcher.match(rows, kind: .table3, lines: lines)
        #expect(matches.contains(.init(row: 0, lines: [0])))
        #expect(matches.contains(.init(row: 1, lines: [1])))
        #expect(matches.contains(.init(row: 2, lines: [2])) && matches.contains(.init(row: 3, lines: [2])))
        #expect(unmatched == [4])
        let (summed, rest) = DetailLineMatcher.match([row("Færre børn med behov for taxa", [2020: -1450])], kind: .table2, lines: lines)
        #expect(summed == [.init(row: 0, lines: [3, 4])] && rest.isEmpty)
    }

    // MARK: Rules on words

    @Test func riskLevels() {
        #expect(RiskLevelRule.level(in: "Det vurderes, at implementeringen af forslaget har en middel risiko.") == .middel)
        #expect(RiskLevelRule.level(in: "Den samlede risikovurdering er middel. Der er en risiko …") == .middel)
        #expect(RiskLevelRule.level(in: "Lav risiko, idet en reduktion sikrer besparelsen.") == .lav)
        #expect(RiskLevelRule.level(in: "Risikoen vurderes at være høj.") == .hoej)
        #expect(RiskLevelRule.level(in: "Der er en risiko for forsinkelse.") == nil)
    }

    /// Editions that split the totals (seed 001 prints "Samlet varig ændring, service", "…, Overførsler" and
    /// "Heraf nettoeffektivisering") keep each printed row under a role of its own.
    @Test func tableOneRowKindsOfEveryEdition() {
        #expect(TableOneRowKind.classify("<b>Samlet varig ændring</b>") == .total(.permanentTotal))
        #expect(TableOneRowKind.classify("Samlet varig ændring, service") == .total(.permanentServiceTotal))
        #expect(TableOneRowKind.classify("Samlet varig ændring, Overførsler") == .total(.permanentOverfoerslerTotal))
        #expect(TableOneRowKind.classify("Heraf nettoeffektivisering") == .total(.netEfficiency))
        #expect(TableOneRowKind.classify("Samlede implementeringsomkostninger, service") == .total(.implementationServiceTotal))
        #expect(TableOneRowKind.classify("Samlet økonomisk påvirkning model 2") == .total(.net))
        #expect(TableOneRowKind.classify("Tilbagebetalingstid baseret på Totaløkonomi") == .payback(service: false))
        #expect(TableOneRowKind.classify("Varige ændringer (Borgere med handicap)") == .permanentHeading(appropriation: "Borgere med handicap"))
        #expect(TableOneRowKind.classify("Implementeringsomkostninger/investering") == .implementationHeading)
        #expect(TableOneRowKind.classify("Kortere forløb") == .entry)
    }

    @Test func sectionHeadings() {
        let heading = ProposalSectionParser.split("1.10 RISIKOVURDERING")
        #expect(heading?.0 == "1.10" && heading?.1 == "RISIKOVURDERING")
        #expect(ProposalSectionParser.split("1.300 t. kr. – svarende til") == nil)
        #expect(ProposalSection.Kind.of("FORSLAGETS EFFEKT") == .effect)
        #expect(ProposalSection.Kind.of("EFFEKTIVISERING PÅ ADMINISTRATION") == .other)
        #expect(ProposalSection.Kind.of("TABEL. 1 FORSLAGETS SAMLEDE ØKONOMISKE KONSEKVENSER") == .table1)
        #expect(DetailTableKind.classify(title: "Table 3. Varige ændringer, service") == .table2)
        #expect(DetailTableKind.classify(title: "Tabel 3. Anlægsinvesteringer i forslaget") == .table4)
        #expect(DetailTableKind.classify(title: "Table 2. Anbringelsesformer") == nil)
    }

    @Test func templateTextAndOpenNotes() {
        let text = lines(["X antal støttefamilier\tBBU", "[Lokation er pt. under afklaring]", "## [Nyt forslag]", "XXL-tøj", "[Tabelnummer opdateres]"])
        let findings = TemplateTextScanner.scan(text, range: 0..<text.count, proposal: "BU01")
        #expect(findings.map { "\($0.rule) \($0.line ?? 0)" } == [
            "template.placeholder-number 1", "template.editorial-note 2", "template.editorial-note 5",
        ])
    }
}
