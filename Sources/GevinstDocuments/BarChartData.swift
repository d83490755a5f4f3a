import GevinstCore

/// A `Chart` as the native Office charts draw it (DrawingML bar charts in DOCX and XLSX): categories along
/// one axis, one series of bars per area or colour, the colours `ChartColours` gives every format, and the
/// chart's figures laid out as a sheet (`sheetTable`) that the series refer to.
///
/// The figures are the chart's own (the cumulative net, the per-area sums, the counts of colours); this
/// type only arranges them for drawing, as `SvgChart` does for HTML.
struct BarChartData: Sendable, Hashable {
    enum Direction: Sendable, Hashable {
        /// Upright bars (columns), categories along the bottom.
        case vertical
        /// Lying bars, categories down the left side.
        case horizontal
    }

    enum Grouping: Sendable, Hashable {
        /// Series side by side in each category.
        case clustered
        /// Series stacked on each other in each category.
        case stacked
    }

    struct Series: Sendable, Hashable {
        var name: String
        /// Hex RGB, as `ChartColours` gives it.
        var colour: String
        /// One value per category, kroner (or a count where the unit is `.kroner`).
        var values: [Amount]
        /// Categories whose bar has another colour than the series' (a cumulative net above zero).
        var pointColours: [Int: String] = [:]
        /// Categories whose bar is hatched (the portfolio's permanent change).
        var hatchedPoints: Set<Int> = []
    }

    var caption: String
    /// A line under the caption: the payback year in words, or how to read the bars.
    var note: String?
    /// Whether a chart with a title shows the note under it (the payback year, which the outlined bar
    /// marks); otherwise the note stands under the figures only.
    var titleCarriesNote = false
    var valueAxisTitle: String
    /// The category columns' headings, outer level first ("År", "Søjle").
    var categoryHeaders: [String]
    /// Each category's labels, outer level first; an outer label is given only where its group starts
    /// (the year on the first of its two bars) and is empty on the rest.
    var categories: [[String]]
    var series: [Series]
    var unit: AmountUnit
    var direction: Direction = .vertical
    var grouping: Grouping = .clustered
    /// Whether each bar carries its value.
    var showsValues = false
    /// The colour of the values written on the bars; nil writes them outside the bar's end.
    var valueLabelColour: String?
    /// The category marked with an outline (the payback year).
    var markedCategory: Int?
    var showsLegend = true

    var categoryLevels: Int { max(1, categoryHeaders.count) }

    /// The drawing's width in EMU (English Metric Units, 360 000 to the centimetre): 17 cm, the text width
    /// of an A4 page with 2 cm margins.
    static let width = 6_120_000

    /// The drawing's height in EMU: room for the bars, the axis labels and the legend.
    var height: Int {
        switch direction {
        // A legend row holds about two area names.
        case .vertical: showsLegend ? 3_240_000 + ((series.count + 1) / 2) * 200_000 : 2_880_000
        case .horizontal: 1_080_000 + max(1, categories.count) * 300_000
        }
    }

    init(_ chart: Chart) {
        switch chart {
        case .cumulativeNet(let chart): self.init(cumulativeNet: chart)
        case .portfolio(let chart): self.init(portfolio: chart)
        case .statusColours(let chart): self.init(statusColours: chart)
        }
    }

    /// One bar per year: red while the running total is a cost, green once it is a gain, the payback year
    /// outlined (the SVG's black-stroked bar) and named in the note.
    init(cumulativeNet chart: CumulativeNetChart) {
        caption = chart.caption
        note = chart.paybackLabel
        titleCarriesNote = true
        valueAxisTitle = AmountUnit.thousands.label
        categoryHeaders = ["År"]
        categories = chart.years.map { [String($0)] }
        let values = chart.years.indices.map { $0 < chart.cumulative.count ? chart.cumulative[$0] : 0 }
        var colours: [Int: String] = [:]
        for (index, value) in values.enumerated() where ChartColours.cumulative(value) != ChartColours.gain {
            colours[index] = ChartColours.cumulative(value)
        }
        series = [Series(name: "Akkumuleret økonomisk påvirkning", colour: ChartColours.gain, values: values, pointColours: colours)]
        unit = .thousands
        showsValues = true
        markedCategory = chart.paybackYear.flatMap { chart.years.firstIndex(of: $0) }
        showsLegend = false
    }

    /// Two stacked bars per year, as the SVG draws them: investment (left) and permanent change (right,
    /// hatched), each stacked by area in the area's colour.
    init(portfolio chart: PortfolioChart) {
        caption = chart.caption
        note = "Inv.: investering (implementeringsomkostninger). Varig: varig ændring (besparelser negative), skraveret."
        valueAxisTitle = AmountUnit.thousands.label
        categoryHeaders = ["År", "Søjle"]
        categories = chart.years.flatMap { [[String($0), "Inv."], ["", "Varig"]] }
        series = chart.series.enumerated().map { index, area in
            var values: [Amount] = []
            for yearIndex in chart.years.indices {
                values.append(yearIndex < area.investment.count ? area.investment[yearIndex] : 0)
                values.append(yearIndex < area.efficiency.count ? area.efficiency[yearIndex] : 0)
            }
            let hatched = Set(chart.years.indices.map { $0 * 2 + 1 })
            return Series(name: area.area, colour: ChartColours.area(index), values: values, hatchedPoints: hatched)
        }
        unit = .thousands
        grouping = .stacked
    }

    /// One lying bar per area, split into green, yellow and red with the count written in each part.
    init(statusColours chart: StatusColourChart) {
        caption = chart.caption
        note = nil
        valueAxisTitle = "Antal forslag"
        categoryHeaders = ["Område"]
        categories = chart.areas.map { [$0.area] }
        series = StatusColour.allCases.map { colour in
            Series(name: colour.danishName, colour: ChartColours.status(colour),
                   values: chart.areas.map { Amount($0.count(colour)) })
        }
        unit = .kroner
        direction = .horizontal
        grouping = .stacked
        showsValues = true
        valueLabelColour = "ffffff"
    }

    /// The figures as a sheet: the category columns, then one column per series; one row per category.
    /// The chart's series refer to this table's cells (`XlsxSheet` puts the headings in row 2 and the
    /// categories from row 3).
    func sheetTable(name: String) -> DocumentTable {
        var columns = categoryHeaders.map { DocumentTable.Column($0, weight: categoryLevels == 1 ? 30 : 12) }
        // Wide enough for the series' name ("Akkumuleret økonomisk påvirkning"), which names the column.
        columns += series.map { DocumentTable.Column($0.name, kind: .amount, weight: max(10, min(30, $0.name.count * 10 / 13 + 2))) }
        let rows = categories.indices.map { index in
            let labels = (0..<categoryLevels).map { level -> DocumentTable.Cell in
                let label = level < categories[index].count ? categories[index][level] : ""
                return label.isEmpty ? .blank : .text(label)
            }
            let values = series.map { DocumentTable.Cell.amount(index < $0.values.count ? $0.values[index] : 0) }
            return DocumentTable.Row(labels + values)
        }
        return DocumentTable(name: name, caption: caption, columns: columns, rows: rows, unit: unit,
                             notes: note.map { [$0] } ?? [])
    }

    /// The value of category `index` in `series` as the sheet holds it ("-1.5" for -1.500 kr. in 1.000 kr.).
    func sheetValue(_ series: Series, _ index: Int) -> String {
        unit.spreadsheetValue(index < series.values.count ? series.values[index] : 0)
    }

    /// A sentence for readers who cannot see the chart (the drawing's description).
    var description: String {
        [caption, note].compactMap { $0 }.joined(separator: ". ")
    }
}
