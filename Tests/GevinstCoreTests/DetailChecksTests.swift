import Testing
@testable import GevinstCore

/// `detail.*`: printed Tabel 2, 3 and 4 against the lines.
@Suite struct DetailChecksTests {
    func findings(_ proposal: Proposal) -> [Finding] { Checks.run(proposal).filter { $0.rule.family == "detail" } }

    @Test func catalogue003BU05Table3Prints1550ForIstandsaettelseWhereTable1Has1540() throws {
        let found = findings(SeedProposals.bu05())
        #expect(found.count == 1)
        let differs = try #require(found.first)
        #expect(differs.rule == "detail.row-differs")
        #expect(differs.line == 766)
        #expect(differs.message == "Tabel 3 prints other amounts for \"Istandsættelse\" than Tabel 1: 2019: printed 1.550, Tabel 1 has 1.540 (1.000 kr.).")
    }

    @Test func rowsMatchByAmountsWhenLabelsDiffer() {
        // BU05's Tabel 2 says "… og sagsbehandler" where Tabel 1 says "… og sagsbehandlere": matched by amounts.
        let rows = [SeedProposals.row("Besparelse på administration og sagsbehandler", .line, 2019, [nil, -1100, -1100])]
        let lines = [SeedProposals.line("Besparelse på administration og sagsbehandlere", .permanent, 2019, [0, -1100, -1100])]
        let matching = DetailRowMatching.match(rows: rows, lines: lines, years: [2019, 2020, 2021])
        #expect(matching.pairs.count == 1)
        #expect(matching.unmatchedRows.isEmpty && matching.unmatchedLines.isEmpty)
    }

    @Test func labelsAreComparedIgnoringCaseSpacesAndHyphens() {
        #expect(LabelNormalisation.normalise("Børnefamilie-enheder  i\nBBU") == LabelNormalisation.normalise("børnefamilieenheder i BBU"))
        #expect(LabelNormalisation.normalise("IT og El") == LabelNormalisation.normalise("It og El"))
        #expect(LabelNormalisation.normalise("Løbende supervision, ½ årsværk") != LabelNormalisation.normalise("Løbende supervision"))
    }

    @Test func aShortenedLabelWithOtherAmountsIsStillTheSameRow() throws {
        // 000 BU05's Tabel 3 shortens the long Tabel 1 label; here it also prints another figure.
        var proposal = SeedProposals.clean
        proposal.lines[5].label = "Istandsættelse af Svendborggade 5 og Griffenfeldsgade 44"
        proposal.printed?.tables[2].rows[3] = SeedProposals.row("Istandsættelse", .line, 2019, [1550], line: 766)
        proposal.printed?.tables[2].rows[4] = SeedProposals.row("Investeringer totalt, service", .total, 2019, [1900])
        let found = findings(proposal)
        let differs = try #require(found.first { $0.rule == "detail.row-differs" })
        #expect(differs.message.contains("\"Istandsættelse\" (Tabel 1: \"Istandsættelse af Svendborggade 5 og Griffenfeldsgade 44\")"))
        let total = try #require(found.first { $0.rule == "detail.total-differs" })
        #expect(total.message.contains("2019: printed 1.900, the lines give 1.890"))
    }

    @Test func catalogue000TV01SplitsOneLineIntoTwoRows() throws {
        // 000 TV01's detail table prints "… i SOF" 609 and "… i BIF" 305 where Tabel 1 has one line of 914.
        var proposal = SeedProposals.tv01of000
        proposal.printed?.tables.append(PrintedTable(kind: .table4, priceLevelYear: 2023, rows: [
            SeedProposals.row("Arealoptimering af Bernstorffsgade 15-17", .line, 2022, [1313, 11821]),
            SeedProposals.row("Indretning af Bernstorffsgade 15-17", .line, 2022, [200, 7485]),
            SeedProposals.row("Fraflytning af Matthæusgade 1", .line, 2022, [nil, 551]),
            SeedProposals.row("Projektledelse i KEID", .line, 2022, [1828, 1980]),
            SeedProposals.row("Årsværk til forandringsledelse og implementering af ABI på Bernstorffsgade 17 i SOF", .line, 2022, [609, 609], line: 4507),
            SeedProposals.row("Årsværk til forandringsledelse og implementering af ABI på Bernstorffsgade 17 i BIF", .line, 2022, [305, 305], line: 4512),
            SeedProposals.row("Investeringer totalt, anlæg", .total, 2022, [4256, 22751]),
        ], line: 4496))
        let found = findings(proposal)
        let split = try #require(found.first { $0.rule == "detail.line-split-into-rows" })
        #expect(split.severity == .info)
        #expect(split.line == 4507)
        #expect(split.message.hasPrefix("Tabel 4 shows Tabel 1 line \"Årsværk til forandringsledelse og implementering af ABI på Bernstorffsgade 15-17 i SOF og BIF\" as 2 rows that sum to it"))
        #expect(!found.contains { $0.rule == "detail.row-without-line" || $0.rule == "detail.line-missing" })
        let total = try #require(found.first { $0.rule == "detail.total-differs" })
        #expect(total.message.contains("2022: printed 4.256, the lines give 4.255"))
    }

    @Test func catalogue003TV01Table3ShowsImplementeringsorganisationAsSixRows() throws {
        // 003 TV01 Tabel 3 (lines 3039–3047): six rows summing to Tabel 1's *Implementeringsorganisation*
        // 4.800, 7.300, 6.500, 3.200, then the three lines Tabel 1 also has.
        var proposal = SeedProposals.tv01
        proposal.printed?.tables = [PrintedTable(kind: .table3, priceLevelYear: 2020, rows: [
            SeedProposals.row("Programleder og projektleder", .line, 2019, [700, 1400, 1400, 550], line: 3039),
            SeedProposals.row("Kompetenceudvikling", .line, 2019, [200, 350], line: 3040),
            SeedProposals.row("Eksterne konsulenter", .line, 2019, [1300, 500, 250, 250], line: 3041),
            SeedProposals.row("Interne arbejdsgangskonsulenter", .line, 2019, [550, 1100, 1100, 550], line: 3042),
            SeedProposals.row("Pladsoptimeringskonsulent", .line, 2019, [150, 150], line: 3043),
            SeedProposals.row("Frikøb af medarbejdere", .line, 2019, [1900, 3800, 3750, 1850], line: 3044),
            SeedProposals.row("Fraflytningsudgifter", .line, 2019, [nil, 400], line: 3046),
            SeedProposals.row("Flytteudgifter", .line, 2019, [nil, 650], line: 3047),
            SeedProposals.row("Istandsættelse/ombygning i IB37 og Sundholmsvej", .line, 2019, [nil, 3500], line: 3048),
        ], line: 3035)]
        let found = findings(proposal)
        #expect(found.map(\.rule) == ["detail.line-split-into-rows"])
        #expect(found.first?.line == 3039)
        #expect(found.first?.message.hasPrefix("Tabel 3 shows Tabel 1 line \"Implementeringsorganisation\" as 6 rows that sum to it") == true)
    }

    @Test func catalogue003BU06Table2CombinesTwoLinesIntoOneRow() throws {
        // 003 BU06 Tabel 1: "Færre udsatte børn med behov for taxa" -1.000 and "Færre børn med handicap med behov
        // for taxa" -450 from 2020; Tabel 2 prints one row "Færre børn med behov for taxa" -1.450.
        let lines = [
            SeedProposals.line("Færre udsatte børn med behov for taxa", .permanent, 2019, [0, -1000, -1000, -1000, -1000, -1000]),
            SeedProposals.line("Udgifter til offentlig transport, drift o. lign", .permanent, 2019, [0, 100, 100, 100, 100, 100]),
            SeedProposals.line("Færre børn med handicap med behov for taxa", .permanent, 2019, [0, -450, -450, -450, -450, -450]),
            SeedProposals.line("Udgifter til offentlig transport, drift o. lign", .permanent, 2019, [0, 50, 50, 50, 50, 50]),
            SeedProposals.line("Projektledelse", .implementation, .anlaeg, 2019, [200, 500, 0, 0, 0, 0]),
        ]
        let table2 = PrintedTable(kind: .table2, priceLevelYear: 2020, rows: [
            SeedProposals.row("Færre børn med behov for taxa", .line, 2019, [nil, -1450, -1450, -1450, -1450, -1450], line: 903),
            SeedProposals.row("Øgede omkostninger til offentlig transport o. lign", .line, 2019, [nil, 150, 150, 150, 150, 150], line: 904),
        ], line: 897)
        let proposal = SeedProposals.complete(code: "BU06", title: "Transport ifm. dagbehandling", lines: lines,
                                              printed: PrintedFigures(tables: [table2]))
        let found = findings(proposal)
        #expect(found.map(\.rule) == ["detail.row-combines-lines", "detail.row-combines-lines"])
        #expect(found.first?.message == "Tabel 2 row \"Færre børn med behov for taxa\" is the sum of 2 lines of Tabel 1: \"Færre udsatte børn med behov for taxa\", \"Færre børn med handicap med behov for taxa\".")
    }

    @Test func aRowWithoutALineAndALineWithoutARow() throws {
        // 003 BU05's Tabel 3 with "Montering" renamed and re-priced, so that neither its label nor its amount
        // nor any sum matches Tabel 1's Montering line.
        var proposal = SeedProposals.clean
        proposal.printed?.tables[2].rows[1] = SeedProposals.row("Inventar", .line, 2019, [140], line: 763)
        proposal.printed?.tables[2].rows[4] = SeedProposals.row("Investeringer totalt, service", .total, 2019, [1880])
        let found = findings(proposal)
        let row = try #require(found.first { $0.rule == "detail.row-without-line" })
        #expect(row.line == 763)
        #expect(row.message == "Tabel 3 row \"Inventar\" matches no line of Tabel 1 by label, amounts or sum.")
        let missing = try #require(found.first { $0.rule == "detail.line-missing" })
        #expect(missing.message == "Tabel 1 line \"Montering\" has no row in Tabel 3.")
    }

    @Test func yearsTheTableDoesNotPrintAreNotCompared() {
        // 003's Tabel 3 has columns 2019–2023 only; a 2024 cost in Tabel 1 is not "missing" from it.
        var proposal = SeedProposals.clean
        proposal.lines[3].amounts[2024] = 10_000
        proposal.printed?.tables[0].rows[1].amounts[2024] = 10_000
        proposal.printed?.tables[0].rows[2].amounts[2024] = -1_490_000
        proposal.printed?.payback = PrintedPayback(service: 3)
        #expect(findings(proposal).isEmpty)
    }
}
