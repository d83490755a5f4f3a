import Testing
@testable import GevinstCore

/// `total.*`: printed totals against the lines, with figures from the seeds.
@Suite struct TotalChecksTests {
    func findings(_ proposal: Proposal, _ family: String = "total") -> [Finding] {
        Checks.run(proposal).filter { $0.rule.family == family }
    }

    @Test func catalogue000TV01PermanentTotalPrintsMinus5802WhereTheRowsSumToMinus5803() throws {
        let found = findings(SeedProposals.tv01of000)
        let permanent = try #require(found.first { $0.rule == "total.permanent-total" })
        #expect(permanent.line == 4258)
        #expect(permanent.message.contains("2024–2027: printed -5.802, lines sum to -5.803"))
        let implementation = try #require(found.first { $0.rule == "total.implementation-total" })
        #expect(implementation.message.contains("2022: printed 4.256, lines sum to 4.255"))
        // The net row equals the printed totals in every year, so it is `total.net`, not the copied-net rule.
        let net = try #require(found.first { $0.rule == "total.net" })
        #expect(net.message.contains("2022: printed 4.256, the lines give 4.255"))
        #expect(net.message.contains("2024–2027: printed -5.802, the lines give -5.803"))
        #expect(!found.contains { $0.rule == "total.net-not-sum-of-printed-totals" })
        #expect(found.count == 3)
    }

    @Test func catalogue003SI05NetCopiedAcrossYearsIsNotTheSumOfThePrintedTotals() throws {
        let found = findings(SeedProposals.si05)
        let copied = found.filter { $0.rule == "total.net-not-sum-of-printed-totals" }
        #expect(copied.count == 2)
        let model1 = try #require(copied.first { $0.message.hasPrefix("Model 1") })
        #expect(model1.line == 1586)
        #expect(model1.message.contains("2021: printed -6.965, the printed totals give -8.665 (-9.265 + 600)"))
        #expect(model1.message.contains("2022–2024: printed -6.965, the printed totals give -9.265 (-9.265 + 0)"))
        let model2 = try #require(copied.first { $0.message.hasPrefix("Model 2") })
        #expect(model2.message.contains("2022–2024: printed -6.815, the printed totals give -9.115"))
        // Model 1's printed implementation total includes model 2's 600 for *selvejende tilbud* in 2020.
        let implementation = try #require(found.first { $0.rule == "total.implementation-total" })
        #expect(implementation.message.contains("2020: printed 2.300, lines sum to 1.700"))
        let net = try #require(found.first { $0.rule == "total.net" && $0.message.hasPrefix("Model 1") })
        #expect(net.message.contains("2020: printed -6.965, the lines give -7.565"))
        // Model 2's rows, -5.474 and -3.658, sum to -9.132; the seed prints -9.115.
        let permanent = try #require(found.first { $0.rule == "total.permanent-total" })
        #expect(permanent.line == 1578)
        #expect(permanent.message == "Model 2: Samlet varig ændring model 2 (Tabel 1) differs from its lines: 2020–2024: printed -9.115, lines sum to -9.132 (1.000 kr.).")
        #expect(found.count == 6)
    }

    @Test func catalogue003BU05Table3TotalPrints1890WhereItsRowsSumTo1900() throws {
        let found = findings(SeedProposals.bu05())
        let table3 = try #require(found.first)
        #expect(found.count == 1)
        #expect(table3.rule == "total.table3-total")
        #expect(table3.line == 767)
        #expect(table3.message.contains("2019: printed 1.890, rows sum to 1.900"))
    }

    @Test func table2AndTable4TotalsAgainstTheirOwnRows() {
        var proposal = SeedProposals.clean
        guard var printed = proposal.printed else { Issue.record("no printed figures"); return }
        for index in printed.tables.indices where printed.tables[index].kind == .table2 || printed.tables[index].kind == .table4 {
            let total = printed.tables[index].rows.firstIndex { $0.role == .total } ?? 0
            printed.tables[index].rows[total].amounts[2022, default: 0] += 1000
        }
        proposal.printed = printed
        let rules = Set(findings(proposal).map(\.rule))
        #expect(rules.contains("total.table2-total"))
        #expect(rules.contains("total.table4-total"))
    }

    @Test func aBlankPrintedCellCountsAsZero() throws {
        // 000 UD13 prints its net row only for 2022–2024 ("360 -2.280 -3.280"); the lines give -4.000 after.
        var proposal = SeedProposals.ud13
        proposal.printed?.tables = [PrintedTable(kind: .table1, priceLevelYear: 2023, rows: [
            SeedProposals.row("Samlet økonomisk påvirkning", .net, 2022, [360, -2280, -3280, nil, nil, nil]),
        ])]
        let net = try #require(findings(proposal).first { $0.rule == "total.net" })
        #expect(net.message.contains("2025–2027: printed 0, the lines give -4.000"))
    }
}


/// The split Tabel 1 totals of 001's edition: *Samlet varig ændring, Service* and *…, Overførsler*.
@Suite struct SplitTotalChecksTests {
    /// 001's young-people programme prints "Samlet varig ændring, Service* 0 -5.893 -6.702 -8.960 -11.320 -12.870"
    /// and "…, Overførsler 0 180 370 760 840 910" (2026–2031); the service lines are collapsed here into one line
    /// with the printed service total, since the OCR of the individual rows is damaged.
    func proposal(printedService: [Int64?]) -> Proposal {
        let lines = [
            SeedProposals.line("Service lines of 001's programme", .permanent, 2026, [0, -5893, -6702, -8960, -11320, -12870]),
            SeedProposals.line("Huslejetilskud", .permanent, .overfoersler, 2026, [0, 180, 370, 760, 840, 910]),
            SeedProposals.line("Projektledelse (3,5 år)", .implementation, 2026, [810, 1215, 1215, 1215, 0, 0]),
        ]
        let table = PrintedTable(kind: .table1, priceLevelYear: 2027, rows: [
            SeedProposals.row("Samlet varig ændring, Service", .permanentServiceTotal, 2026, printedService, line: 781),
            SeedProposals.row("Samlet varig ændring, Overførsler", .permanentOverfoerslerTotal, 2026, [0, 180, 370, 760, 840, 910], line: 783),
            SeedProposals.row("Samlet varig ændring", .permanentTotal, 2026, [0, -5713, -6332, -8200, -10480, -11960], line: 784),
            SeedProposals.row("Samlede implementeringsomkostninger, service", .implementationServiceTotal, 2026, [810, 1215, 1215, 1215, nil, nil]),
        ])
        return SeedProposals.complete(
            code: "UNG", title: "Ungeprogram", priceLevel: 2027, years: 2026...2031, lines: lines,
            printed: PrintedFigures(tables: [table]))
    }

    @Test func splitTotalsThatAgreeGiveNoFinding() {
        #expect(Checks.run(proposal(printedService: [0, -5893, -6702, -8960, -11320, -12870])).filter { $0.rule.family == "total" }.isEmpty)
    }

    @Test func aServiceTotalThatDiffers() throws {
        let found = Checks.run(proposal(printedService: [0, -5893, -6702, -8960, -11320, -12780])).filter { $0.rule.family == "total" }
        let finding = try #require(found.first)
        #expect(found.count == 1)
        #expect(finding.rule == "total.permanent-service-total")
        #expect(finding.line == 781)
        #expect(finding.message.contains("2031: printed -12.780, lines sum to -12.870"))
    }

    @Test func overfoerslerAndImplementationServiceTotals() {
        var wrong = proposal(printedService: [0, -5893, -6702, -8960, -11320, -12870])
        wrong.printed?.tables[0].rows[1].amounts[2027] = 190_000
        wrong.printed?.tables[0].rows[3].amounts[2030] = 1_000
        let rules = Set(Checks.run(wrong).map(\.rule))
        #expect(rules.contains("total.permanent-overfoersler-total"))
        #expect(rules.contains("total.implementation-service-total"))
    }
}
