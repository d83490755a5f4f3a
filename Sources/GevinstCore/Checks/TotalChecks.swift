/// Printed total rows against the totals computed from the lines (DOMAIN.md §8: 000 TV01's rows sum to
/// -5.803 where *Samlet varig ændring* prints -5.802; 003 SI05's net row repeats -6.965 in every year), and
/// printed detail-table totals against their own printed rows (003 BU05's Tabel 3 rows sum to 1.900 where its
/// total prints 1.890). A blank printed cell counts as 0.
enum TotalChecks {
    static let permanentTotal = RuleDescription(
        "total.permanent-total", .error,
        "Tabel 1's printed *Samlet varig ændring* differs from the sum of the permanent lines in some year.")
    static let implementationTotal = RuleDescription(
        "total.implementation-total", .error,
        "Tabel 1's printed *Samlede implementeringsomkostninger* differs from the sum of the implementation lines in some year.")
    static let net = RuleDescription(
        "total.net", .error,
        "Tabel 1's printed *Samlet økonomisk påvirkning* equals the printed totals but not permanent + implementation computed from the lines.")
    static let netNotSumOfPrintedTotals = RuleDescription(
        "total.net-not-sum-of-printed-totals", .error,
        "Tabel 1's printed net row is not even the sum of the printed permanent and implementation totals (a net copied across years).")
    static let table2Total = RuleDescription(
        "total.table2-total", .error, "Tabel 2's printed total row differs from the sum of Tabel 2's printed rows.")
    static let table3Total = RuleDescription(
        "total.table3-total", .error, "Tabel 3's printed total row differs from the sum of Tabel 3's printed rows.")
    static let table4Total = RuleDescription(
        "total.table4-total", .error, "Tabel 4's printed total row differs from the sum of Tabel 4's printed rows.")

    static let permanentServiceTotal = RuleDescription(
        "total.permanent-service-total", .error,
        "Tabel 1's printed *Samlet varig ændring, service* differs from the sum of the permanent lines that are not Overførsler.")
    static let permanentOverfoerslerTotal = RuleDescription(
        "total.permanent-overfoersler-total", .error,
        "Tabel 1's printed *Samlet varig ændring, Overførsler* differs from the sum of the permanent Overførsler lines.")
    static let implementationServiceTotal = RuleDescription(
        "total.implementation-service-total", .error,
        "Tabel 1's printed *Samlede implementeringsomkostninger, service* differs from the sum of the Service implementation lines.")

    static let rules = [
        permanentTotal, implementationTotal, net, netNotSumOfPrintedTotals, permanentServiceTotal, permanentOverfoerslerTotal,
        implementationServiceTotal, table2Total, table3Total, table4Total,
    ]

    static func check(
        _ proposal: Proposal, _ computed: [ComputedProposal], _ configuration: CheckConfiguration, _ run: inout CheckRun
    ) {
        guard let tables = proposal.printed?.tables else { return }
        for index in tables.indices {
            switch tables[index].kind {
            case .table1: checkTableOne(tables[index], proposal.years, computed, &run)
            case .table2: checkOwnRows(tables[index], rule: table2Total, proposal.years, &run)
            case .table3: checkOwnRows(tables[index], rule: table3Total, proposal.years, &run)
            case .table4: checkOwnRows(tables[index], rule: table4Total, proposal.years, &run)
            }
        }
    }

    /// Whether a printed row equals `series` in every year of `years`, blank cells counting as 0, without
    /// hashing each year: every printed cell must agree, and the series may have no other non-zero year.
    static func agrees(_ printed: [Int: Amount], with series: YearSeries, over years: ClosedRange<Int>) -> Bool {
        var printedNonZero = 0
        for (year, value) in printed where years.contains(year) {
            if value != series[year] { return false }
            if value != 0 { printedNonZero += 1 }
        }
        var seriesNonZero = 0
        if series.firstYear == years.lowerBound && series.values.count == years.count {
            for value in series.values where value != 0 { seriesNonZero += 1 }
        } else {
            for year in years where series[year] != 0 { seriesNonZero += 1 }
        }
        return seriesNonZero == printedNonZero
    }

    /// The position of the first row with `role`.
    static func rowIndex(_ table: PrintedTable, _ role: PrintedRow.Role) -> Int? {
        table.rows.indices.first { table.rows[$0].role == role }
    }

    private static func checkTableOne(
        _ table: PrintedTable, _ years: ClosedRange<Int>, _ allComputed: [ComputedProposal], _ run: inout CheckRun
    ) {
        let computations = CheckRun.computations(allComputed, forPrintedVariant: table.variant)
        let permanentIndex = rowIndex(table, .permanentTotal)
        let implementationIndex = rowIndex(table, .implementationTotal)
        if let permanentIndex {
            compare(table, permanentIndex, rule: permanentTotal, computations, years, &run) { $0.table1.permanentTotal }
        }
        if let implementationIndex {
            compare(table, implementationIndex, rule: implementationTotal, computations, years, &run) { $0.table1.implementationTotal }
        }
        // Editions that split the totals by steering area (001) print these as well.
        for index in table.rows.indices {
            switch table.rows[index].role {
            case .permanentServiceTotal:
                compare(table, index, rule: permanentServiceTotal, computations, years, &run) { $0.table1.permanentService }
            case .permanentOverfoerslerTotal:
                compare(table, index, rule: permanentOverfoerslerTotal, computations, years, &run) { $0.table1.permanentOverfoersler }
            case .implementationServiceTotal:
                compare(table, index, rule: implementationServiceTotal, computations, years, &run) { computation in
                    var series = YearSeries(years: computation.years)
                    for row in computation.table1.implementationRows where row.steeringArea == .service { series.add(row.amounts) }
                    return series
                }
            default: continue
            }
        }
        guard let netIndex = rowIndex(table, .net) else { return }
        if computations.count == 1 && agrees(table.rows[netIndex].amounts, with: computations[0].table1.net, over: years) {
            return
        }
        let netRow = table.rows[netIndex]
        var againstLines: [CellDifference] = []
        var againstPrinted: [CellDifference] = []
        for year in years {
            let printedNet = netRow.amounts[year] ?? 0
            if computations.contains(where: { $0.table1.net[year] == printedNet }) { continue }
            let expected = FindingText.expected(computations.map { $0.table1.net[year] }, variants: computations.map(\.variant))
            if let permanentIndex, let implementationIndex {
                let permanent = table.rows[permanentIndex].amounts[year] ?? 0
                let implementation = table.rows[implementationIndex].amounts[year] ?? 0
                if permanent &+ implementation != printedNet {
                    againstPrinted.append(CellDifference(
                        year: year, printedText: FindingText.thousands(printedNet),
                        expectedText: "\(FindingText.thousands(permanent &+ implementation)) "
                            + "(\(FindingText.thousands(permanent)) + \(FindingText.thousands(implementation))) and the lines give \(expected)"))
                    continue
                }
            }
            againstLines.append(CellDifference(year: year, printedText: FindingText.thousands(printedNet), expectedText: expected))
        }
        let where_ = "\(FindingText.variantPrefix(table.variant))\(netRow.label.isEmpty ? "Samlet økonomisk påvirkning" : netRow.label)"
        if !againstPrinted.isEmpty {
            run.report(netNotSumOfPrintedTotals, line: netRow.line ?? table.line) {
                "\(where_) (Tabel 1) is not the sum of the printed totals: "
                    + FindingText.cells(againstPrinted, expectedPhrase: "the printed totals give") + " (1.000 kr.)."
            }
        }
        if !againstLines.isEmpty {
            let consistent = permanentIndex != nil && implementationIndex != nil
            run.report(net, line: netRow.line ?? table.line) {
                "\(where_) (Tabel 1) differs from permanent + implementation computed from the lines: "
                    + FindingText.cells(againstLines, expectedPhrase: "the lines give") + " (1.000 kr.)"
                    + (consistent ? "; it does equal the printed totals, which differ from the lines." : ".")
            }
        }
    }

    /// Compares a printed Tabel 1 total row with a computed series, year by year over the proposal's years.
    private static func compare(
        _ table: PrintedTable, _ rowIndex: Int, rule: RuleDescription, _ computations: [ComputedProposal],
        _ years: ClosedRange<Int>, _ run: inout CheckRun, series: (ComputedProposal) -> YearSeries
    ) {
        if computations.count == 1 && agrees(table.rows[rowIndex].amounts, with: series(computations[0]), over: years) {
            return
        }
        let row = table.rows[rowIndex]
        var differences: [CellDifference] = []
        for year in years {
            let printedValue = row.amounts[year] ?? 0
            if computations.contains(where: { series($0)[year] == printedValue }) { continue }
            differences.append(CellDifference(
                year: year, printedText: FindingText.thousands(printedValue),
                expectedText: FindingText.expected(computations.map { series($0)[year] }, variants: computations.map(\.variant))))
        }
        guard !differences.isEmpty else { return }
        run.report(rule, line: row.line ?? table.line) {
            "\(FindingText.variantPrefix(table.variant))\(row.label) (Tabel 1) differs from its lines: "
                + FindingText.cells(differences, expectedPhrase: "lines sum to") + " (1.000 kr.)."
        }
    }

    /// A detail table's printed total row against the sum of its own printed rows, over the years the table
    /// prints.
    private static func checkOwnRows(_ table: PrintedTable, rule: RuleDescription, _ years: ClosedRange<Int>, _ run: inout CheckRun) {
        guard let totalRow = table.row(.total) else { return }
        let rows = table.rows.filter { $0.role == .line }
        guard !rows.isEmpty else { return }
        var differences: [CellDifference] = []
        for year in DetailChecks.printedYears(of: table, within: years) {
            var sum: Amount = 0
            for row in rows { sum &+= row.amounts[year] ?? 0 }
            let printedValue = totalRow.amounts[year] ?? 0
            if sum != printedValue {
                differences.append(CellDifference(
                    year: year, printedText: FindingText.thousands(printedValue), expectedText: FindingText.thousands(sum)))
            }
        }
        guard !differences.isEmpty else { return }
        run.report(rule, line: totalRow.line ?? table.line) {
            "\(FindingText.variantPrefix(table.variant))\(totalRow.label) (\(table.kind.danishName)) differs from the table's own rows: "
                + FindingText.cells(differences, expectedPhrase: "rows sum to") + " (1.000 kr.)."
        }
    }
}
