import GevinstCore

/// The overview of a portfolio (the catalogue's summary table): per proposal its investment in service
/// and in anlæg, the efficiency at full phase-in (*effekt ved fuld indfasning*) and both paybacks, with a
/// total per area and an overall total. Each figure is Core's; the totals are `PortfolioTotals`.
public struct OverviewTable: Sendable {
    public let totals: PortfolioTotals
    public let settings: DocumentSettings
    public var title: String

    public init(proposals: [Proposal], settings: DocumentSettings = .copenhagen, title: String = "Oversigt over forslagene") throws(DocumentError) {
        self.init(totals: try PortfolioTotals(proposals: proposals, settings: settings), settings: settings, title: title)
    }

    public init(totals: PortfolioTotals, settings: DocumentSettings, title: String = "Oversigt over forslagene") {
        self.totals = totals
        self.settings = settings
        self.title = title
    }

    /// The unit heading: the common price level, or "1.000 kr." with a note when the proposals differ.
    var unitHeading: String {
        let levels = totals.priceLevels
        return levels.count == 1 ? ProposalWording.unitHeading(priceLevelYear: levels.first) : "1.000 kr."
    }

    public var table: DocumentTable {
        typealias Cell = DocumentTable.Cell
        typealias Row = DocumentTable.Row
        var rows: [Row] = []
        var areaTotalIndices: [Int] = []
        for area in totals.areas {
            rows.append(Row([.text(settings.areaName(area), span: 7)], style: .section))
            var indices: [Int] = []
            for entry in totals.entries(in: area) {
                for (index, computed) in entry.computed.enumerated() {
                    let counted = index == 0
                    var title = entry.proposal.title
                    if let variant = computed.variant { title += " (\(variant)" + (counted ? ")" : ", ikke i total)") }
                    if counted { indices.append(rows.count) }
                    rows.append(Row([
                        .text(entry.proposal.code ?? ""), .text(title),
                        .amount(computed.investment.service), .amount(computed.investment.anlaeg),
                        .amount(computed.fullPhaseInEffect),
                        .text(ProposalWording.payback(computed.payback.service)),
                        .text(ProposalWording.payback(computed.payback.total)),
                    ]))
                }
            }
            let sums = totals.byArea[area] ?? PortfolioTotals.Totals()
            areaTotalIndices.append(rows.count)
            rows.append(Row([
                .text("I alt, " + settings.areaName(area), span: 2),
                .total(sums.investmentService, of: indices), .total(sums.investmentAnlaeg, of: indices),
                .total(sums.fullPhaseInEffect, of: indices), .blank, .blank,
            ], style: .subtotal))
        }
        rows.append(Row([
            .text("I alt", span: 2),
            .total(totals.overall.investmentService, of: areaTotalIndices),
            .total(totals.overall.investmentAnlaeg, of: areaTotalIndices),
            .total(totals.overall.fullPhaseInEffect, of: areaTotalIndices), .blank, .blank,
        ], style: .total))

        var notes = [
            ProposalWording.signNote,
            "Investering er de samlede implementeringsomkostninger over alle år; effektivisering ved fuld indfasning er den samlede varige ændring i det sidste år.",
        ]
        let levels = totals.priceLevels
        if levels.count == 1 {
            notes.append(ProposalWording.priceLevelNote(priceLevelYear: levels.first))
        } else if levels.count > 1 {
            notes.append("Forslagene er opgjort i forskellige prisniveauer (\(levels.map { "\($0) p/l" }.joined(separator: ", "))); totalerne lægger dem sammen uden omregning.")
        }
        if totals.entries.contains(where: { $0.computed.count > 1 }) {
            notes.append("Forslag med flere modeller indgår i totalerne med den første model.")
        }
        return DocumentTable(
            name: "Oversigt", caption: nil,
            columns: [
                DocumentTable.Column("Nr.", weight: 7), DocumentTable.Column("Forslag", weight: 28),
                DocumentTable.Column("Investering, service", kind: .amount, weight: 12),
                DocumentTable.Column("Investering, anlæg", kind: .amount, weight: 12),
                DocumentTable.Column("Effekti\u{AD}visering ved fuld indfasning", kind: .amount, weight: 15),
                DocumentTable.Column("Tilbage\u{AD}betalingstid, service", weight: 13),
                DocumentTable.Column("Tilbage\u{AD}betalingstid, total", weight: 13),
            ],
            rows: rows, notes: notes)
    }

    /// The portfolio chart: investment and permanent change per year by area.
    public var chart: Chart {
        .portfolio(PortfolioChart(
            caption: "Investering og varig ændring pr. år fordelt på målgruppeområder, \(unitHeading)",
            totals: totals, settings: settings))
    }

    /// The overview as a document of its own.
    public func model() -> DocumentModel {
        DocumentModel(title: title, blocks: blocks(level: 1))
    }

    func blocks(level: Int) -> [DocumentBlock] {
        [.heading(Heading(level: level, text: title)), .table(table), .chart(chart)]
    }
}
