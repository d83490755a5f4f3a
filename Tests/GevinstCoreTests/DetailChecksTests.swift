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
        #expect(found.filter { $0.rule == "detail.row-without-line" }.map(\.line) == [4507, 4512])
        let missing = try #require(found.first { $0.rule == "detail.line-missing" })
        #expect(missing.message.contains("Årsværk til forandringsledelse og implementering af ABI på Bernstorffsgade 15-17 i SOF og BIF"))
        let total = try #require(found.first { $0.rule == "detail.total-differs" })
        #expect(total.message.contains("2022: printed 4.256, the lines give 4.255"))
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
