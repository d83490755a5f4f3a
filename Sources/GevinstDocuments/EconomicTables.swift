import GevinstCore

/// Tabel 1–4 of a proposal laid out as the municipal template prints them (seed 003, BU01 and BU05), with
/// every amount taken from Core's `ComputedProposal` and every total marked with the rows it adds up.
enum EconomicTables {
    typealias Row = DocumentTable.Row
    typealias Cell = DocumentTable.Cell
    typealias Column = DocumentTable.Column

    /// "BU01 Tabel 1", "BU03 Model 1 Tabel 1".
    static func name(_ proposal: Proposal, _ computed: ComputedProposal, _ table: String) -> String {
        [proposal.code ?? proposal.title, computed.variant, table].compactMap { $0 }.joined(separator: " ")
    }

    static func captionSuffix(_ computed: ComputedProposal) -> String {
        computed.variant.map { " (\($0))" } ?? ""
    }

    static func yearColumns(_ years: ClosedRange<Int>) -> [Column] {
        years.map { Column(String($0), kind: .amount, weight: 9) }
    }

    /// Tabel 1, *Forslagets samlede økonomiske konsekvenser*: permanent lines and their total, implementation
    /// lines and their total, the net, and the two payback rows.
    static func tableOne(_ proposal: Proposal, _ computed: ComputedProposal) -> DocumentTable {
        let years = computed.years
        let width = 2 + years.count
        let table1 = computed.table1
        var rows: [Row] = []

        func lineRow(_ row: ComputedRow) -> Row {
            Row([.text(row.label), .text(row.steeringArea.danishLabel)] + years.map { .lineAmount(row.amounts[$0]) })
        }
        func totalRow(_ label: String, _ series: YearSeries, of indices: [Int], style: Row.Style = .total) -> Row {
            Row([.text(label), .blank] + years.map { Cell.total(series[$0], of: indices) }, style: style)
        }

        rows.append(Row([.text("Varige ændringer", span: width)], style: .section))
        var permanentIndices: [Int] = []
        var serviceIndices: [Int] = []
        var overfoerslerIndices: [Int] = []
        for row in table1.permanentRows {
            permanentIndices.append(rows.count)
            if row.steeringArea == .overfoersler { overfoerslerIndices.append(rows.count) } else { serviceIndices.append(rows.count) }
            rows.append(lineRow(row))
        }
        let permanentTotal = rows.count
        rows.append(totalRow("Samlet varig ændring", table1.permanentTotal, of: permanentIndices))
        if !overfoerslerIndices.isEmpty {
            rows.append(totalRow("Heraf service og anlæg", table1.permanentService, of: serviceIndices, style: .subtotal))
            rows.append(totalRow("Heraf overførsler", table1.permanentOverfoersler, of: overfoerslerIndices, style: .subtotal))
        }

        rows.append(Row([.text("Implementeringsomkostninger", span: width)], style: .section))
        var implementationIndices: [Int] = []
        for row in table1.implementationRows {
            implementationIndices.append(rows.count)
            rows.append(lineRow(row))
        }
        let implementationTotal = rows.count
        rows.append(totalRow("Samlede implementeringsomkostninger", table1.implementationTotal, of: implementationIndices))
        rows.append(totalRow("Samlet økonomisk påvirkning", table1.net, of: [permanentTotal, implementationTotal]))

        rows.append(Row([.text("Tilbagebetalingstid baseret på serviceeffektivisering"),
                         .text(ProposalWording.payback(computed.payback.service), span: width - 1)]))
        rows.append(Row([.text("Tilbagebetalingstid baseret på totaløkonomi"),
                         .text(ProposalWording.payback(computed.payback.total), span: width - 1)]))

        return DocumentTable(
            name: name(proposal, computed, "Tabel 1"),
            caption: "Tabel 1. Forslagets samlede økonomiske konsekvenser" + captionSuffix(computed),
            columns: [Column(ProposalWording.unitHeading(priceLevelYear: proposal.priceLevelYear), weight: 34),
                      Column("Styrings-område", weight: 10)] + yearColumns(years),
            rows: rows,
            notes: [ProposalWording.signNote, ProposalWording.priceLevelNote(priceLevelYear: proposal.priceLevelYear)])
    }

    /// Tabel 2, *Varige ændringer*, by appropriation (*bevilling*): the rows with their appropriation, a
    /// subtotal per appropriation where there are several, and the total.
    static func tableTwo(_ proposal: Proposal, _ computed: ComputedProposal) -> DocumentTable? {
        let detail = computed.table2
        guard !detail.rows.isEmpty else { return nil }
        let years = computed.years
        let showsAppropriation = detail.rows.contains { $0.appropriation != nil }
        let labelColumns = showsAppropriation ? 2 : 1
        var rows: [Row] = []
        var subtotalIndices: [Int] = []
        var lineIndices: [Int] = []
        let grouped = detail.groups.count > 1
        for group in detail.groups {
            var groupIndices: [Int] = []
            for row in detail.rows where row.appropriation == group.name {
                groupIndices.append(rows.count)
                lineIndices.append(rows.count)
                var cells: [Cell] = [.text(row.label)]
                if showsAppropriation { cells.append(.text(row.appropriation ?? "")) }
                rows.append(Row(cells + years.map { .lineAmount(row.amounts[$0]) }))
            }
            if grouped {
                subtotalIndices.append(rows.count)
                let label = "I alt, " + (group.name ?? "uden bevilling")
                rows.append(Row([.text(label, span: labelColumns)] + years.map { Cell.total(group.total[$0], of: groupIndices) },
                                style: .subtotal))
            }
        }
        let onlyService = detail.rows.allSatisfy { $0.steeringArea == .service }
        rows.append(Row([.text("Varige ændringer totalt" + (onlyService ? ", service" : ""), span: labelColumns)]
                        + years.map { Cell.total(detail.total[$0], of: grouped ? subtotalIndices : lineIndices) },
                        style: .total))
        var columns = [Column(ProposalWording.unitHeading(priceLevelYear: proposal.priceLevelYear), weight: showsAppropriation ? 24 : 34)]
        if showsAppropriation { columns.append(Column("Bevilling", weight: 16)) }
        return DocumentTable(
            name: name(proposal, computed, "Tabel 2"),
            caption: "Tabel 2. Varige ændringer" + (onlyService ? ", service" : "") + captionSuffix(computed),
            columns: columns + yearColumns(years), rows: rows)
    }

    /// Tabel 3 (*Serviceinvesteringer i forslaget*) or Tabel 4 (*Anlægsinvesteringer i forslaget*): the
    /// implementation lines with the innovation-pool mark and their total.
    static func investmentTable(_ proposal: Proposal, _ computed: ComputedProposal, construction: Bool) -> DocumentTable? {
        let detail = construction ? computed.table4 : computed.table3
        guard !detail.rows.isEmpty else { return nil }
        let years = computed.years
        var rows: [Row] = []
        var indices: [Int] = []
        for row in detail.rows {
            indices.append(rows.count)
            rows.append(Row([.text(row.label)] + years.map { .lineAmount(row.amounts[$0]) } + [row.innovationPool ? .mark : .blank]))
        }
        rows.append(Row([.text(construction ? "Investeringer totalt, anlæg" : "Investeringer totalt, service")]
                        + years.map { Cell.total(detail.total[$0], of: indices) } + [.blank], style: .total))
        let number = construction ? "Tabel 4" : "Tabel 3"
        return DocumentTable(
            name: name(proposal, computed, number),
            caption: number + (construction ? ". Anlægsinvesteringer i forslaget" : ". Serviceinvesteringer i forslaget") + captionSuffix(computed),
            columns: [Column(ProposalWording.unitHeading(priceLevelYear: proposal.priceLevelYear), weight: 34)]
                + yearColumns(years) + [Column("Innovations-pulje (sæt X)", kind: .mark, weight: 12)],
            rows: rows)
    }
}
