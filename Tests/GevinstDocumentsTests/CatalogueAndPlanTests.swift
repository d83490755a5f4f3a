import Foundation
import GevinstCore
import Testing
@testable import GevinstDocuments

@Suite("Catalogue, overview and plan")
struct CatalogueAndPlanTests {
    @Test("the catalogue opens with the front page and change list, then TOC, overview and areas in order")
    func catalogueOrder() throws {
        let catalogue = try CatalogueDocument(
            title: "Investeringskatalog", frontPageLines: ["Socialudvalget"], proposals: Fixtures.all.reversed(),
            changes: CatalogueChanges(since: "SUD sidst fik det fremlagt", entries: [
                CatalogueChange(code: "BU05", title: "Samling", kind: .changed, line: nil),
                CatalogueChange(code: "UD03", title: "Kortere forløb", kind: .new, line: nil),
                CatalogueChange(code: "SI03", title: "Beskyttet beskæftigelse", kind: .movedToEfficiencyCatalogue, line: nil),
                CatalogueChange(code: "HA09", title: "Early Bird", kind: .inProcess, line: nil),
            ]))
        let model = catalogue.model()
        guard case .title(let title, let lines) = model.blocks[0] else { Issue.record("no front page"); return }
        #expect(title == "Investeringskatalog" && lines == ["Socialudvalget"])
        let lists = model.blocks.compactMap { block -> [String]? in
            if case .bulletList(let items) = block { return items }
            return nil
        }
        #expect(lists.first == ["BU05: Samling", "UD03: Kortere forløb [NYT FORSLAG]",
                                "SI03: Beskyttet beskæftigelse [Forslaget er ikke længere et investeringsforslag og er flyttet til effektiviseringskataloget]"])
        #expect(lists.dropFirst().first == ["HA09: Early Bird"])
        let level1 = model.blocks.compactMap { block -> String? in
            if case .heading(let heading) = block, heading.level == 1 { return heading.text }
            return nil
        }
        #expect(level1 == ["Ændringer siden sidste behandling", "Oversigt over forslagene", "BØRNEFAMILIER MED SÆRLIGE BEHOV",
                           "BORGERE MED SINDSLIDELSE", "UDSATTE VOKSNE", "BORGERE MED HANDICAP", "TVÆRGÅENDE FORSLAG"])
        let level2 = model.blocks.compactMap { block -> String? in
            if case .heading(let heading) = block, heading.level == 2 { return heading.text }
            return nil
        }
        #expect(level2.prefix(2) == ["BU05 – Samling af børnefamilieenhederne BBU Bispebjerg og BBU Nørrebro",
                                     "BU01 – Peer-to-Peer familier i familiebehandling"])
    }

    @Test("overview: Core's figures per proposal, totals per area and overall")
    func overview() throws {
        let table = try OverviewTable(proposals: [Fixtures.bu01, Fixtures.bu05, Fixtures.ha11]).table
        func row(_ label: String) throws -> [String] {
            try #require(table.rows.first { $0.cells.count > 1 && ($0.cells[0].displayText(unit: .thousands) == label || $0.cells[1].displayText(unit: .thousands) == label) })
                .cells.map { $0.displayText(unit: .thousands) }
        }
        #expect(try row("BU05") == ["BU05", Fixtures.bu05.title, "1.890", "175", "-1.500", "3 år", "3 år"])
        #expect(try row("HA11") == ["HA11", "Langsom gevinst", "5.000", "0", "-500", "ikke tilbagebetalt inden for perioden", "ikke tilbagebetalt inden for perioden"])
        let bu = try #require(table.rows.first { $0.cells.first?.displayText(unit: .thousands) == "I alt, Børnefamilier med særlige behov" })
        #expect(bu.cells.map { $0.displayText(unit: .thousands) } == ["I alt, Børnefamilier med særlige behov", "3.690", "175", "-2.500", "", ""])
        #expect(bu.cells[1].sumOfRows == [1, 2])
        let all = try #require(table.rows.last)
        #expect(all.cells.map { $0.displayText(unit: .thousands) } == ["I alt", "8.690", "175", "-3.000", "", ""])
        #expect(table.notes.contains("Alle beløb er i 1.000 kr. 2020 p/l."))
    }

    @Test("two models: both shown, the first counted, and a note says so")
    func variants() throws {
        let table = try OverviewTable(proposals: [Fixtures.tv09]).table
        let titles = table.rows.compactMap { $0.cells.count > 1 ? $0.cells[1].displayText(unit: .thousands) : nil }
        #expect(titles.contains("Robotter i administrationen (Model 1)"))
        #expect(titles.contains("Robotter i administrationen (Model 2, ikke i total)"))
        #expect(try #require(table.rows.last).cells[3].displayText(unit: .thousands) == "-600")
        #expect(table.notes.contains("Forslag med flere modeller indgår i totalerne med den første model."))
    }

    @Test("a total across proposals that overflows is an error, not a trap")
    func overflow() {
        var big = Fixtures.ha11
        // 1.000 lines at the largest amount for 6 years: 6 × 10^16 kr. per proposal, within one proposal's
        // limits; 200 of them exceed Int64 (about 9,2 × 10^18).
        big.lines = Array(repeating: EconomicLine(label: "x", block: .implementation,
                                                  amounts: YearSeries(firstYear: 2019, values: Array(repeating: AmountLimits.maxMagnitude, count: 6))),
                          count: AmountLimits.maxLines)
        let many = Array(repeating: big, count: 200)
        #expect(throws: DocumentError.self) { try PortfolioTotals(proposals: many, settings: .copenhagen) }
    }

    @Test("plan 004: I alt 7,25 10,75 12,75 13,25 from the rows, the row outside the total marked, savings positive")
    func plan() throws {
        let document = try PlanDocument(Fixtures.plan)
        let table = try #require(document.tables.first)
        #expect(table.columns.map(\.header) == ["Nr.", "Mio. kr.", "2019", "2020", "2021", "2022"])
        let total = try #require(table.rows.last)
        #expect(total.cells.map { $0.displayText(unit: table.unit) } == ["I alt", "7,25", "10,75", "12,75", "13,25"])
        #expect(total.cells[1].sumOfRows == Array(0..<10))
        let outside = table.rows[10].cells.map { $0.displayText(unit: table.unit) }
        #expect(outside == ["11", "Kørsel / fritidstilbud – indgår ikke i I alt", "0,1", "0,1", "0,1", "0,1"])
        #expect(table.rows[4].cells.map { $0.displayText(unit: table.unit) }[2] == "-1,5")
        #expect(table.rows[0].cells[1].displayText(unit: table.unit) == "§ 108 / § 105 (note 1)")
        #expect(document.signNote.contains("positivt fortegn"))
        let model = document.model()
        #expect(model.blocks.contains(.paragraph(Paragraph("Forudsætter forhandlerkompetencer og flere sagsbehandlere.", lead: "1: "))))
        // In the XLSX the plan's amounts are mio. kr. with decimals.
        let package = try PackageInspection(XlsxWriter.write(model))
        let sheet = XlsxWriterTests.Sheet(try package.xml("xl/worksheets/sheet1.xml"))
        // Rows 3–13 are the eleven initiatives, row 14 the total (the eleventh row stays outside it).
        #expect(sheet.cells["C14"]?.formula == "SUM(C3:C12)")
        #expect(sheet.cells["C14"]?.value == "7.25")
        #expect(sheet.cells["C7"]?.value == "-1.5")
    }
}
