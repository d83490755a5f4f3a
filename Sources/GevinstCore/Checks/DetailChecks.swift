/// Printed detail tables (Tabel 2 permanent, Tabel 3 service investments, Tabel 4 anlæg investments) against
/// the lines they show, row by row (DOMAIN.md §3–4: Tabel 2 sums to the permanent block, Tabel 3 + Tabel 4 to
/// the implementation block). 003 BU05's Tabel 3 prints 1.550 for *Istandsættelse* where Tabel 1 and the text
/// have 1.540.
///
/// A printed row is matched to a line by its normalised label, else by identical amounts, else by one label
/// abbreviating the other (`DetailRowMatching`). Only the years the table prints anything in are compared:
/// a year no row of the table prints is a column the table does not have (003's Tabel 3 stops at 2023).
enum DetailChecks {
    static let rowDiffers = RuleDescription(
        "detail.row-differs", .error,
        "A row of Tabel 2, 3 or 4 prints other amounts than the line it shows has in Tabel 1.")
    static let rowWithoutLine = RuleDescription(
        "detail.row-without-line", .warning,
        "A row of Tabel 2, 3 or 4 matches no line of Tabel 1 by label, amounts or sum.")
    static let lineMissing = RuleDescription(
        "detail.line-missing", .warning,
        "A line of Tabel 1 that belongs in Tabel 2, 3 or 4 has no row there.")
    static let totalDiffers = RuleDescription(
        "detail.total-differs", .error,
        "The printed total row of Tabel 2, 3 or 4 differs from the total of the lines that belong in that table.")

    static let lineSplitIntoRows = RuleDescription(
        "detail.line-split-into-rows", .info,
        "A detail table shows one line of Tabel 1 as several rows that sum to it.")
    static let rowCombinesLines = RuleDescription(
        "detail.row-combines-lines", .info,
        "A row of a detail table is the sum of several lines of Tabel 1.")

    static let rules = [rowDiffers, rowWithoutLine, lineMissing, totalDiffers, lineSplitIntoRows, rowCombinesLines]

    static func check(
        _ proposal: Proposal, _ computed: [ComputedProposal], _ configuration: CheckConfiguration, _ run: inout CheckRun
    ) {
        guard let printed = proposal.printed else { return }
        for table in printed.tables where table.kind != .table1 {
            checkTable(table, proposal, computed, &run)
        }
    }

    /// Whether a line belongs in a detail table of `kind`, as `Compute` places it.
    static func belongs(_ line: EconomicLine, in kind: PrintedTable.Kind) -> Bool {
        switch kind {
        case .table1: true
        case .table2: line.block == .permanent
        case .table3: line.block == .implementation && line.steeringArea != .anlaeg
        case .table4: line.block == .implementation && line.steeringArea == .anlaeg
        }
    }

    /// The proposal's years in which any row of `table` prints a figure, in order.
    static func printedYears(of table: PrintedTable, within years: ClosedRange<Int>) -> [Int] {
        var printed: [Int] = []
        for year in years where table.rows.contains(where: { $0.amounts[year] != nil }) { printed.append(year) }
        return printed
    }

    private static func checkTable(
        _ table: PrintedTable, _ proposal: Proposal, _ computed: [ComputedProposal], _ run: inout CheckRun
    ) {
        let years = printedYears(of: table, within: proposal.years)
        guard !years.isEmpty else { return }
        let lines = proposal.lines.enumerated().filter { _, line in
            belongs(line, in: table.kind) && (table.variant == nil || line.variant == nil || line.variant == table.variant)
        }
        let rows = table.rows.enumerated().filter { $0.element.role == .line }
        let matching = DetailRowMatching.match(
            rows: rows.map(\.element), lines: lines.map(\.element), years: years)
        let tableName = "\(FindingText.variantPrefix(table.variant))\(table.kind.danishName)"

        for (rowPosition, linePosition) in matching.pairs {
            let row = rows[rowPosition].element
            let line = lines[linePosition].element
            var differences: [CellDifference] = []
            for year in years {
                let printedValue = row.amounts[year] ?? 0
                let lineValue = line.amounts[year]
                if printedValue != lineValue {
                    differences.append(CellDifference(
                        year: year, printedText: FindingText.thousands(printedValue), expectedText: FindingText.thousands(lineValue)))
                }
            }
            guard !differences.isEmpty else { continue }
            run.report(rowDiffers, line: row.line ?? table.line) {
                let named = LabelNormalisation.normalise(row.label) == LabelNormalisation.normalise(line.label)
                    ? "\"\(row.label)\"" : "\"\(row.label)\" (Tabel 1: \"\(line.label)\")"
                return "\(tableName) prints other amounts for \(named) than Tabel 1: "
                    + FindingText.cells(differences, expectedPhrase: "Tabel 1 has") + " (1.000 kr.)."
            }
        }
        for (linePosition, rowPositions) in matching.splits {
            let line = lines[linePosition].element
            let parts = rowPositions.map { rows[$0].element }
            run.report(lineSplitIntoRows, line: parts.first?.line ?? table.line) {
                "\(tableName) shows Tabel 1 line \"\(line.label)\" as \(parts.count) rows that sum to it: "
                    + parts.map { "\"\($0.label)\"" }.joined(separator: ", ") + "."
            }
        }
        for (rowPosition, linePositions) in matching.combinations {
            let row = rows[rowPosition].element
            let parts = linePositions.map { lines[$0].element }
            run.report(rowCombinesLines, line: row.line ?? table.line) {
                "\(tableName) row \"\(row.label)\" is the sum of \(parts.count) lines of Tabel 1: "
                    + parts.map { "\"\($0.label)\"" }.joined(separator: ", ") + "."
            }
        }
        for rowPosition in matching.unmatchedRows {
            let row = rows[rowPosition].element
            run.report(rowWithoutLine, line: row.line ?? table.line) {
                "\(tableName) row \"\(row.label)\" matches no line of Tabel 1 by label, amounts or sum."
            }
        }
        for linePosition in matching.unmatchedLines {
            let line = lines[linePosition].element
            guard years.contains(where: { line.amounts[$0] != 0 }) else { continue }
            run.report(lineMissing, line: table.line) {
                "Tabel 1 line \"\(line.label)\" has no row in \(tableName)."
            }
        }
        checkTotal(table, years: years, computed, &run)
    }

    /// The printed total row against the computed total of the table's lines.
    private static func checkTotal(
        _ table: PrintedTable, years: [Int], _ computed: [ComputedProposal], _ run: inout CheckRun
    ) {
        guard let totalRow = table.row(.total) else { return }
        let computations = CheckRun.computations(computed, forPrintedVariant: table.variant)
        let series: (ComputedProposal) -> YearSeries = switch table.kind {
        case .table1, .table2: { $0.table2.total }
        case .table3: { $0.table3.total }
        case .table4: { $0.table4.total }
        }
        var differences: [CellDifference] = []
        for year in years {
            let printedValue = totalRow.amounts[year] ?? 0
            if computations.contains(where: { series($0)[year] == printedValue }) { continue }
            differences.append(CellDifference(
                year: year, printedText: FindingText.thousands(printedValue),
                expectedText: FindingText.expected(computations.map { series($0)[year] }, variants: computations.map(\.variant))))
        }
        guard !differences.isEmpty else { return }
        run.report(totalDiffers, line: totalRow.line ?? table.line) {
            "\(FindingText.variantPrefix(table.variant))\(totalRow.label) (\(table.kind.danishName)) differs from the lines that belong in it: "
                + FindingText.cells(differences, expectedPhrase: "the lines give") + " (1.000 kr.)."
        }
    }
}
