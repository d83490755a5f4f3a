import GevinstCore

/// A strategy or action plan (DOMAIN.md §7, seed 004): each table of initiatives × years with its total,
/// the footnotes, and the plan's own sign convention stated under every table (in 004 savings are
/// positive). Amounts are shown in the plan's unit ("Mio. kr."); the totals are Core's
/// `StrategyPlan.Table.computedTotal`, and a row the plan keeps outside its total is marked so.
public struct PlanDocument: Sendable {
    public let plan: StrategyPlan

    /// Throws when an amount is beyond `AmountLimits`, where the totals would not be safe.
    public init(_ plan: StrategyPlan) throws(DocumentError) {
        try RenderLimits.check(plan)
        self.plan = plan
    }

    /// The note on signs: the plan's own convention.
    public var signNote: String {
        switch plan.savingsSign {
        case .negative: ProposalWording.signNote
        case .positive: "Note til alle tabeller: I denne plan er besparelser (reducerede udgifter) angivet med positivt fortegn; udgifter og investeringer med negativt (-) fortegn."
        }
    }

    public var unit: AmountUnit { AmountUnit(documentUnit: plan.unit) }

    public var tables: [DocumentTable] {
        plan.tables.enumerated().map { index, table in self.table(table, number: index + 1) }
    }

    func table(_ table: StrategyPlan.Table, number: Int) -> DocumentTable {
        typealias Cell = DocumentTable.Cell
        var rows: [DocumentTable.Row] = []
        var counted: [Int] = []
        for row in table.rows {
            if row.countsInTotal { counted.append(rows.count) }
            var label = row.label
            if !row.footnotes.isEmpty { label += " (note " + row.footnotes.joined(separator: ", ") + ")" }
            if !row.countsInTotal { label += " – indgår ikke i I alt" }
            rows.append(DocumentTable.Row([.text(row.number ?? ""), .text(label)]
                                          + table.years.map { year in row.amounts[year].map(Cell.amount) ?? .blank }))
        }
        let total = table.computedTotal
        rows.append(DocumentTable.Row([.text("I alt", span: 2)] + table.years.map { Cell.total(total[$0, default: 0], of: counted) },
                                      style: .total))
        let unitHeading = plan.unit.isEmpty ? unit.label : plan.unit
        return DocumentTable(
            name: "Tabel \(number) " + table.title, caption: table.title.isEmpty ? nil : table.title,
            columns: [DocumentTable.Column("Nr.", weight: 6), DocumentTable.Column(unitHeading, weight: 40)]
                + table.years.map { DocumentTable.Column(String($0), kind: .amount, weight: 10) },
            rows: rows, unit: unit, notes: number == 1 ? [signNote] : [])
    }

    public func model() -> DocumentModel {
        var blocks: [DocumentBlock] = [.heading(Heading(level: 1, text: plan.title))]
        for table in tables { blocks.append(.table(table)) }
        if !plan.footnotes.isEmpty {
            blocks.append(.heading(Heading(level: 2, text: "Noter")))
            for footnote in plan.footnotes {
                blocks.append(.paragraph(Paragraph(footnote.text, lead: footnote.marker + ": ")))
            }
        }
        return DocumentModel(title: plan.title, blocks: blocks)
    }
}
