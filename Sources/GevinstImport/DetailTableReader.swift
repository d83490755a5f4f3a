import GevinstCore

/// A row of a detail table (Tabel 2, 3 or 4) with what it says about the line it details.
struct DetailRow: Sendable, Hashable {
    var row: PrintedRow
    var variant: String?
    /// The group heading above the row in Tabel 2 (an appropriation such as "3000 – Børnefamilier med særlige
    /// behov"), nil where the table has none.
    var appropriation: String?
    /// Marked with X in the "Innovations-pulje (sæt X)" column.
    var innovationPool: Bool
}

/// What one detail table yields.
struct DetailTableReading: Sendable {
    var kind: PrintedTable.Kind
    var title: String
    var titleLine: Int
    var priceLevelYear: Int?
    var rows: [DetailRow] = []
    var findings: [Finding] = []

    /// True when the table has "Model N" section headings.
    var hasModelSections = false

    /// The printed tables: one per model where the table has "Model N" sections (003 SI05 Tabel 2), else one as
    /// printed (003 SI05 Tabel 3 holds a "… Model 2" row among rows for both models, under one total).
    var printedTables: [PrintedTable] {
        let variants = rows.compactMap(\.variant).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        if variants.isEmpty || !hasModelSections {
            return [PrintedTable(kind: kind, priceLevelYear: priceLevelYear, rows: rows.map(\.row), line: titleLine)]
        }
        return variants.map { variant in
            PrintedTable(
                kind: kind, priceLevelYear: priceLevelYear, variant: variant,
                rows: rows.filter { $0.variant == nil || $0.variant == variant }.map(\.row), line: titleLine)
        }
    }
}

/// Which detail table a title names. The words decide, not the number: seed 003 numbers tables by position, so
/// BU03's "Tabel 3. Anlægsinvesteringer i forslaget" (line 440) is the construction table and BU09's "Table 3.
/// Varige ændringer, service" (line 1198) the permanent one, after an extra "Table 2. Anbringelsesformer".
enum DetailTableKind {
    static func classify(title: String) -> PrintedTable.Kind? {
        // Most lines are prose: look at the first word before building the comparison key.
        let start = title.prefix(5).fastLowercased()
        guard start == "tabel" || start == "table" else { return nil }
        let key = MarkdownInline.key(title)
        guard key.hasPrefix("tabel") || key.hasPrefix("table") else { return nil }
        if key.containsBytes("varige ændringer") || key.containsBytes("varig ændring") { return .table2 }
        if key.containsBytes("serviceinvestering") { return .table3 }
        if key.containsBytes("anlægsinvestering") { return .table4 }
        return nil
    }
}

enum DetailTableReader {
    /// Reads a detail table under `title`. `fallbackYears` places amounts when the table has no row of years.
    static func read(
        _ table: MarkdownTable, kind: PrintedTable.Kind, title: String, titleLine: Int, proposal: String?,
        fallbackYears: ClosedRange<Int>?
    ) -> DetailTableReading {
        var reading = DetailTableReading(kind: kind, title: title, titleLine: titleLine)
        var yearColumns: [YearColumn] = []
        var firstDataRow = 0
        var innovationColumn: Int? = nil
        let header = table.yearHeader(minimum: 1)
        let headerEnd = header?.rowIndex ?? min(table.rows.count, 1) - 1
        if headerEnd >= 0 {
            for row in table.rows[0...headerEnd] {
                for (index, cell) in row.cells.enumerated() {
                    if let year = MarkdownInline.priceLevelYear(cell.text) { reading.priceLevelYear = year }
                    if cell.text.fastLowercased().containsBytes("innovation") { innovationColumn = index }
                }
            }
        }
        if let (rowIndex, columns) = header {
            yearColumns = columns
            firstDataRow = rowIndex + 1
        } else {
            let unitRow = table.rows.first.map { row in row.cells.contains { $0.text.containsBytes("kr.") } } ?? false
            firstDataRow = unitRow ? 1 : 0
            if let fallback = fallbackYears {
                yearColumns = fallback.enumerated().map { YearColumn(index: 1 + $0.offset, year: $0.element) }
                reading.findings.append(Finding(
                    rule: "extraction.year-header-missing", severity: .warning, proposal: proposal, line: titleLine,
                    message: "\(title) has no row of years; its amounts were placed by position in \(fallback.lowerBound)–\(fallback.upperBound), the years of Tabel 1"))
            } else {
                reading.findings.append(Finding(
                    rule: "extraction.year-header-missing", severity: .warning, proposal: proposal, line: titleLine,
                    message: "\(title) has no row of years; its amounts could not be placed and were not read"))
            }
        }

        var variant: String? = nil
        var appropriation: String? = nil
        for row in table.rows.dropFirst(firstDataRow) {
            let label = row.text(0)
            let amounts = TableOneReader.readAmounts(row, columns: yearColumns, proposal: proposal, findings: &reading.findings)
            let mark = innovationColumn.map { row.text($0) } ?? ""
            let marked = mark.fastLowercased() == "x"
            if amounts.isEmpty && !marked {
                if let model = ModelVariant.heading(label) {
                    variant = model
                    reading.hasModelSections = true
                    continue
                }
                if isGroupHeading(row) {
                    appropriation = label
                    continue
                }
            }
            if label.isEmpty && amounts.isEmpty { continue }
            let isTotal = isTotalLabel(label) || (row.cells.first?.isBold ?? false)
            reading.rows.append(DetailRow(
                row: PrintedRow(label: label, role: isTotal ? .total : .line, amounts: amounts, line: row.line),
                variant: ModelVariant.suffix(label) ?? variant, appropriation: isTotal ? nil : appropriation,
                innovationPool: marked))
        }
        return reading
    }

    /// A Tabel 2 group heading: a row without amounts whose label is bold or starts with an appropriation
    /// number ("3000 – Børnefamilier med særlige behov").
    static func isGroupHeading(_ row: MarkdownTable.Row) -> Bool {
        let label = row.text(0)
        guard !label.isEmpty, !isTotalLabel(label) else { return false }
        let digits = label.prefix(while: { $0.isASCII && $0.isNumber }).count
        return (row.cells.first?.isBold ?? false) || (3...5).contains(digits)
    }

    /// A detail table's total row: "Varige ændringer totalt, service", "Investeringer totalt, anlæg", "I alt",
    /// "Samlet varig ændring" (003 HA05 Tabel 2).
    static func isTotalLabel(_ label: String) -> Bool {
        let key = MarkdownInline.key(label)
        return key.containsBytes("totalt") || key.hasPrefix("i alt") || key.hasSuffix(" i alt") || key.hasPrefix("samlet ")
            || key.hasPrefix("samlede ")
    }
}
