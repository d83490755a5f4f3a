import GevinstCore

/// Draws a `Chart` as inline SVG: plain shapes and text, no scripts, no external fonts or images, so it
/// shows in any browser and prints as drawn. Every label is escaped with `XMLEscaping`.
public enum SvgChart {
    public static func render(_ chart: Chart) -> String {
        switch chart {
        case .cumulativeNet(let chart): cumulativeNet(chart)
        case .portfolio(let chart): portfolio(chart)
        case .statusColours(let chart): statusColours(chart)
        }
    }

    // MARK: cumulative net

    static func cumulativeNet(_ chart: CumulativeNetChart) -> String {
        let width = 640.0, height = 250.0
        let plot = PlotArea(left: 70, right: width - 16, top: 26, bottom: height - 46)
        // Room beyond the longest bar for its value label.
        let scale = ValueScale(values: chart.cumulative, plot: plot, labelRoom: 0.12)
        var svg = SvgBuilder(width: width, height: height, label: chart.caption)
        scale.drawGrid(into: &svg, plot: plot)
        let count = max(1, chart.years.count)
        let slot = (plot.right - plot.left) / Double(count)
        let barWidth = min(48, slot * 0.6)
        for (index, year) in chart.years.enumerated() {
            let value = index < chart.cumulative.count ? chart.cumulative[index] : 0
            let centre = plot.left + slot * (Double(index) + 0.5)
            let top = min(scale.y(value), scale.zeroY), bottom = max(scale.y(value), scale.zeroY)
            let isPayback = year == chart.paybackYear
            let fill = "#" + ChartColours.cumulative(value)
            svg.rect(x: centre - barWidth / 2, y: top, width: barWidth, height: max(0.5, bottom - top), fill: fill,
                     stroke: isPayback ? "#" + ChartColours.mark : nil)
            let labelY = value > 0 ? top - 4 : bottom + 11
            svg.text(AmountUnit.thousands.format(value), x: centre, y: labelY, size: 9, anchor: "middle")
            svg.text(String(year), x: centre, y: plot.bottom + 14, size: 10, anchor: "middle",
                     bold: isPayback)
            if isPayback {
                svg.marker(x: centre, y: plot.bottom + 19)
            }
        }
        svg.line(x1: plot.left, y1: scale.zeroY, x2: plot.right, y2: scale.zeroY, stroke: "#000000", width: 1)
        svg.text(chart.paybackLabel, x: plot.left, y: height - 8, size: 10, anchor: "start",
                 prefixMarker: chart.paybackYear != nil)
        svg.text("1.000 kr.", x: 4, y: 14, size: 9, anchor: "start")
        return svg.finish()
    }

    // MARK: portfolio

    static func portfolio(_ chart: PortfolioChart) -> String {
        let width = 640.0
        let legendRows = (chart.series.count + 2) / 3
        let height = 250.0 + Double(legendRows) * 16
        let plot = PlotArea(left: 70, right: width - 16, top: 26, bottom: 214)
        // The scale must hold the stacked extremes of either bar.
        var extremes: [Amount] = [0]
        for index in chart.years.indices {
            for values in [chart.series.map { $0.investment }, chart.series.map { $0.efficiency }] {
                var positive: Amount = 0, negative: Amount = 0
                for series in values where index < series.count {
                    let value = series[index]
                    if value > 0 { positive = positive.addingReportingOverflow(value).overflow ? .max : positive + value }
                    else { negative = negative.addingReportingOverflow(value).overflow ? .min : negative + value }
                }
                extremes += [positive, negative]
            }
        }
        let scale = ValueScale(values: extremes, plot: plot)
        var svg = SvgBuilder(width: width, height: height, label: chart.caption)
        scale.drawGrid(into: &svg, plot: plot)
        let count = max(1, chart.years.count)
        let slot = (plot.right - plot.left) / Double(count)
        let barWidth = min(30, slot * 0.32)
        for (index, year) in chart.years.enumerated() {
            let centre = plot.left + slot * (Double(index) + 0.5)
            for (bar, pick) in [(0, \PortfolioChart.AreaSeries.investment), (1, \PortfolioChart.AreaSeries.efficiency)] {
                let x = bar == 0 ? centre - barWidth - 1 : centre + 1
                var positive: Amount = 0, negative: Amount = 0
                for (seriesIndex, series) in chart.series.enumerated() {
                    let values = series[keyPath: pick]
                    guard index < values.count, values[index] != 0 else { continue }
                    let value = values[index]
                    let colour = "#" + ChartColours.area(seriesIndex)
                    let start = value > 0 ? positive : negative
                    let (end, overflow) = start.addingReportingOverflow(value)
                    let stop = overflow ? (value > 0 ? Amount.max : Amount.min) : end
                    let y1 = scale.y(start), y2 = scale.y(stop)
                    svg.rect(x: x, y: min(y1, y2), width: barWidth, height: max(0.5, abs(y2 - y1)), fill: colour,
                             stroke: nil, hatched: bar == 1)
                    if value > 0 { positive = stop } else { negative = stop }
                }
            }
            svg.text(String(year), x: centre, y: plot.bottom + 14, size: 10, anchor: "middle")
        }
        svg.line(x1: plot.left, y1: scale.zeroY, x2: plot.right, y2: scale.zeroY, stroke: "#000000", width: 1)
        svg.text("1.000 kr.", x: 4, y: 14, size: 9, anchor: "start")
        svg.text("Venstre søjle: investering (implementeringsomkostninger). Højre, skraveret søjle: varig ændring (besparelser negative).",
                 x: plot.left, y: plot.bottom + 32, size: 9, anchor: "start")
        for (index, series) in chart.series.enumerated() {
            let column = index % 3, row = index / 3
            let x = plot.left + Double(column) * 190
            let y = plot.bottom + 48 + Double(row) * 16
            svg.rect(x: x, y: y - 9, width: 10, height: 10, fill: "#" + ChartColours.area(index), stroke: nil)
            svg.text(series.area, x: x + 14, y: y, size: 10, anchor: "start")
        }
        return svg.finish()
    }
}

/// The drawing area inside the margins.
struct PlotArea {
    var left: Double
    var right: Double
    var top: Double
    var bottom: Double
}

/// Maps kroner to a vertical position, with round grid steps in 1.000 kr.
struct ValueScale {
    let minimum: Double
    let maximum: Double
    let step: Double
    let plot: PlotArea

    /// `labelRoom`: the share of the value range added beyond the extremes (room for labels at the bar ends).
    init(values: [Amount], plot: PlotArea, labelRoom: Double = 0) {
        let rawLow = min(0, Double(values.min() ?? 0))
        let rawHigh = max(0, Double(values.max() ?? 0))
        let room = (rawHigh - rawLow) * labelRoom
        let low = rawLow < 0 ? rawLow - room : rawLow
        let high = rawHigh > 0 ? rawHigh + room : rawHigh
        let span = max(high - low, 1_000)
        let rough = span / 5
        var magnitude = 1.0
        while magnitude * 10 <= rough { magnitude *= 10 }
        let step = [1.0, 2.0, 2.5, 5.0, 10.0].map { $0 * magnitude }.first { $0 >= rough } ?? magnitude * 10
        self.step = step
        self.minimum = (low / step).rounded(.down) * step
        self.maximum = max((high / step).rounded(.up) * step, minimum + step)
        self.plot = plot
    }

    func y(_ value: Amount) -> Double { y(Double(value)) }

    func y(_ value: Double) -> Double {
        plot.bottom - (value - minimum) / (maximum - minimum) * (plot.bottom - plot.top)
    }

    var zeroY: Double { y(0.0) }

    func drawGrid(into svg: inout SvgBuilder, plot: PlotArea) {
        var value = minimum
        var guardCount = 0
        while value <= maximum + step / 2 && guardCount < 20 {
            let y = y(value)
            svg.line(x1: plot.left, y1: y, x2: plot.right, y2: y, stroke: "#d0d0d0", width: 0.5)
            let kroner = Amount(exactly: value.rounded()) ?? 0
            svg.text(AmountUnit.thousands.format(kroner), x: plot.left - 6, y: y + 3, size: 9, anchor: "end")
            value += step
            guardCount += 1
        }
    }
}

/// Writes SVG elements into a string.
struct SvgBuilder {
    private var body = ""
    private var usesHatch = false
    let width: Double
    let height: Double
    let label: String

    init(width: Double, height: Double, label: String) {
        self.width = width
        self.height = height
        self.label = label
    }

    mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: String, stroke: String?, hatched: Bool = false) {
        body += "<rect x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(width))\" height=\"\(n(height))\" fill=\"\(fill)\""
        if let stroke { body += " stroke=\"\(stroke)\" stroke-width=\"1.5\"" }
        body += "/>"
        if hatched {
            usesHatch = true
            body += "<rect x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(width))\" height=\"\(n(height))\" fill=\"url(#hatch)\"/>"
        }
    }

    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double) {
        body += "<line x1=\"\(n(x1))\" y1=\"\(n(y1))\" x2=\"\(n(x2))\" y2=\"\(n(y2))\" stroke=\"\(stroke)\" stroke-width=\"\(n(width))\"/>"
    }

    mutating func text(
        _ text: String, x: Double, y: Double, size: Double, anchor: String, bold: Bool = false, prefixMarker: Bool = false,
        fill: String? = nil
    ) {
        if prefixMarker {
            marker(x: x + 4, y: y - 9)
        }
        let shifted = prefixMarker ? x + 12 : x
        body += "<text x=\"\(n(shifted))\" y=\"\(n(y))\" font-size=\"\(n(size))\" text-anchor=\"\(anchor)\""
        if bold { body += " font-weight=\"bold\"" }
        if let fill { body += " fill=\"\(fill)\"" }
        body += ">\(XMLEscaping.text(text))</text>"
    }

    /// A small upward triangle: the payback mark.
    mutating func marker(x: Double, y: Double) {
        body += "<path d=\"M\(n(x)) \(n(y)) l-4 7 h8 z\" fill=\"#000000\"/>"
    }

    func finish() -> String {
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(n(width)) \(n(height))\" width=\"100%\""
        svg += " role=\"img\" aria-label=\"\(XMLEscaping.attribute(label))\""
        svg += " font-family=\"Liberation Sans, Arial, Helvetica, sans-serif\">"
        svg += "<title>\(XMLEscaping.text(label))</title>"
        if usesHatch {
            svg += "<defs><pattern id=\"hatch\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
            svg += "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"5\" stroke=\"#ffffff\" stroke-width=\"1.6\"/></pattern></defs>"
        }
        return svg + body + "</svg>"
    }

    /// A coordinate with at most one decimal ("12.5", "-3").
    private func n(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let tenths = (value * 10).rounded()
        guard let whole = Int(exactly: tenths) else { return "0" }
        let sign = whole < 0 ? "-" : ""
        let magnitude = whole.magnitude
        return magnitude % 10 == 0 ? sign + String(magnitude / 10) : sign + String(magnitude / 10) + "." + String(magnitude % 10)
    }
}
