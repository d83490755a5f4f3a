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

    static let rules = [permanentTotal, implementationTotal, net, netNotSumOfPrintedTotals, table2Total, table3Total, table4Total]

    static func check(_ run: inout CheckRun) {
        guard let printed = run.proposal.printed else { return }
        for table in printed.tables {
            switch table.kind {
            case .table1: checkTableOne(table, &run)
            case .table2: checkOwnRows(table, rule: table2Total, &run)
            case .table3: checkOwnRows(table, rule: table3Total, &run)
            case .table4: checkOwnRows(table, rule: table4Total, &run)
            }
        }
    }

    private static func checkTableOne(_ table: PrintedTable, _ run: inout CheckRun) {
        let computations = run.computations(forPrintedVariant: table.variant)
        let permanentRow = table.row(.permanentTotal)
        let implementationRow = table.row(.implementationTotal)
        if let row = permanentRow {
            compare(row, table: table, rule: permanentTotal, computations: computations, &run) { $0.table1.permanentTotal }
        }
        if let row = implementationRow {
            compare(row, table: table, rule: implementationTotal, computations: computations, &run) { $0.table1.implementationTotal }
        }
        guard let netRow = table.row(.net) else { return }
        var againstLines: [CellDifference] = []
        var againstPrinted: [CellDifference] = []
        for year in run.proposal.years {
            let printedNet = netRow.amounts[year] ?? 0
            if computations.contains(where: { $0.table1.net[year] == printedNet }) { continue }
            let expected = FindingText.expected(computations.map { $0.table1.net[year] }, variants: computations.map(\.variant))
            if let permanentRow, let implementationRow {
                let permanent = permanentRow.amounts[year] ?? 0
                let implementation = implementationRow.amounts[year] ?? 0
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
            let consistent = permanentRow != nil && implementationRow != nil
            run.report(net, line: netRow.line ?? table.line) {
                "\(where_) (Tabel 1) differs from permanent + implementation computed from the lines: "
                    + FindingText.cells(againstLines, expectedPhrase: "the lines give") + " (1.000 kr.)"
                    + (consistent ? "; it does equal the printed totals, which differ from the lines." : ".")
            }
        }
    }

    /// Compares a printed Tabel 1 total row with a computed series, year by year over the proposal's years.
    private static func compare(
        _ row: PrintedRow, table: PrintedTable, rule: RuleDescription, computations: [ComputedProposal],
        _ run: inout CheckRun, series: (ComputedProposal) -> YearSeries
    ) {
        var differences: [CellDifference] = []
        for year in run.proposal.years {
            let printedValue = row.amounts[year] ?? 0
            var matched = false
            for computation in computations where series(computation)[year] == printedValue {
                matched = true
                break
            }
            if matched { continue }
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
    private static func checkOwnRows(_ table: PrintedTable, rule: RuleDescription, _ run: inout CheckRun) {
        guard let totalRow = table.row(.total) else { return }
        let rows = table.rows.filter { $0.role == .line }
        guard !rows.isEmpty else { return }
        var differences: [CellDifference] = []
        for year in DetailChecks.printedYears(of: table, within: run.proposal.years) {
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
