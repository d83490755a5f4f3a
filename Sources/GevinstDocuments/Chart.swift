import GevinstCore

/// A chart: drawn as inline SVG in HTML (`SvgChart`) and as a native chart in DOCX and XLSX
/// (`BarChartData` → `DrawingMLChart`); DOCX also prints the chart's figures as a small table under it
/// (`dataTable`) for readers who cannot see the chart.
public enum Chart: Sendable, Hashable {
    case cumulativeNet(CumulativeNetChart)
    case portfolio(PortfolioChart)
    case statusColours(StatusColourChart)

    public var caption: String {
        switch self {
        case .cumulativeNet(let chart): chart.caption
        case .portfolio(let chart): chart.caption
        case .statusColours(let chart): chart.caption
        }
    }

    /// The chart's figures as a table, under the chart in DOCX (XLSX holds them on the chart's own sheet,
    /// `BarChartData.sheetTable`; CSV not at all: the figures are in the tables already).
    public var dataTable: DocumentTable {
        switch self {
        case .cumulativeNet(let chart): chart.dataTable
        case .portfolio(let chart): chart.dataTable
        case .statusColours(let chart): chart.dataTable
        }
    }
}

/// A proposal's cumulative net effect per year (the running total of Tabel 1's *Samlet økonomisk
/// påvirkning*), with the year in which it is paid back marked.
public struct CumulativeNetChart: Sendable, Hashable {
    public var caption: String
    public var years: [Int]
    /// Cumulative net per year, kroner.
    public var cumulative: [Amount]
    /// The year marked as the payback year; nil when not paid back within the table.
    public var paybackYear: Int?
    /// The legend for the mark ("Tilbagebetalt i 2021 (3 år, totaløkonomi)").
    public var paybackLabel: String

    /// The chart of Core's net row: the running total of `computed.table1.net`, with `paybackYear` marked.
    public init(caption: String, computed: ComputedProposal, paybackYear: Int?, paybackLabel: String) {
        self.caption = caption
        self.years = Array(computed.years)
        var running: Amount = 0
        var cumulative: [Amount] = []
        for value in computed.table1.net.values {
            let (sum, overflow) = running.addingReportingOverflow(value)
            running = overflow ? (value < 0 ? Amount.min : Amount.max) : sum
            cumulative.append(running)
        }
        self.cumulative = cumulative
        self.paybackYear = paybackYear
        self.paybackLabel = paybackLabel
    }

    var dataTable: DocumentTable {
        var columns = [DocumentTable.Column("1.000 kr.", weight: 34)]
        columns += years.map { DocumentTable.Column(String($0), kind: .amount, weight: 9) }
        var marks: [DocumentTable.Cell] = [.text("Tilbagebetalingsår")]
        marks += years.map { $0 == paybackYear ? .mark : .blank }
        return DocumentTable(
            name: "Akkumuleret", caption: caption, columns: columns,
            rows: [
                DocumentTable.Row([.text("Akkumuleret økonomisk påvirkning")] + cumulative.map { .amount($0) }),
                DocumentTable.Row(marks),
            ],
            notes: [paybackLabel], isFigureTable: false)
    }
}

/// A portfolio's investment (implementation costs) and permanent change per year, stacked by area.
public struct PortfolioChart: Sendable, Hashable {
    public var caption: String
    public var years: [Int]
    public var series: [AreaSeries]

    public struct AreaSeries: Sendable, Hashable {
        public var area: String
        /// Implementation costs per year (index as `years`), kroner.
        public var investment: [Amount]
        /// Permanent change per year (savings negative), kroner.
        public var efficiency: [Amount]

        public init(area: String, investment: [Amount], efficiency: [Amount]) {
            self.area = area
            self.investment = investment
            self.efficiency = efficiency
        }
    }

    public init(caption: String, years: [Int], series: [AreaSeries]) {
        self.caption = caption
        self.years = years
        self.series = series
    }

    /// The chart of a portfolio's per-area totals.
    public init(caption: String, totals: PortfolioTotals, settings: DocumentSettings) {
        self.caption = caption
        self.years = totals.years
        self.series = totals.areas.map { area in
            let sums = totals.byArea[area] ?? PortfolioTotals.Totals()
            return AreaSeries(
                area: settings.areaName(area),
                investment: totals.years.map { sums.implementationPerYear[$0, default: 0] },
                efficiency: totals.years.map { sums.permanentPerYear[$0, default: 0] })
        }
    }

    var dataTable: DocumentTable {
        var columns = [DocumentTable.Column("1.000 kr.", weight: 34)]
        columns += years.map { DocumentTable.Column(String($0), kind: .amount, weight: 9) }
        var rows: [DocumentTable.Row] = []
        for item in series {
            rows.append(DocumentTable.Row([.text(item.area, span: columns.count)], style: .section))
            rows.append(DocumentTable.Row([.text("Investering")] + item.investment.map { .lineAmount($0) }))
            rows.append(DocumentTable.Row([.text("Varig ændring")] + item.efficiency.map { .lineAmount($0) }))
        }
        return DocumentTable(name: "Portefølje", caption: caption, columns: columns, rows: rows, isFigureTable: false)
    }
}
