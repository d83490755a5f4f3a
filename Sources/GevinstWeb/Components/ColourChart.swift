import GevinstCore

/// The traffic lights of a follow-up period by area as a horizontal stacked bar chart in SVG. Each bar ends
/// with its counts in words and symbols ("● 12 grøn ▲ 1 gul ■ 2 rød"), so the chart reads without colour;
/// every label is escaped by `HTML`.
public enum ColourChart {
    public static func render(_ summary: FollowUpSummary, l: Localisation) -> TrustedHTML {
        let rows = summary.areas
        let width = 840.0
        let labelWidth = 320.0
        let countsWidth = 190.0
        let rowHeight = 30.0
        let top = 10.0
        let height = top + Double(max(1, rows.count)) * rowHeight + 34
        let plotWidth = width - labelWidth - countsWidth - 10
        let largest = max(1, rows.map(\.records).max() ?? 1)
        var svg = HTML(capacity: 4096)
        let caption = l.format(.colourChartCaption, summary.period)
        svg.element("svg", [
            "viewBox": "0 0 \(Int(width)) \(Int(height))", "width": "100%",
            "role": "img", "aria-label": caption, "class": "colour-chart",
        ]) { svg in
            svg.element("title", text: caption)
            for (index, area) in rows.enumerated() {
                let y = top + Double(index) * rowHeight
                svg.element("text", ["x": "0", "y": number(y + 19), "class": "chart-label"], text: area.area)
                var x = labelWidth
                for colour in [StatusColour.green, .yellow, .red] {
                    let count = area.count(colour)
                    guard count > 0 else { continue }
                    let segment = plotWidth * Double(count) / Double(largest)
                    svg.element("rect", [
                        "x": number(x), "y": number(y + 4), "width": number(max(1, segment)), "height": "20",
                        "class": "bar-\(colour.rawValue)",
                    ]) { _ in }
                    if segment >= 18 {
                        svg.element("text", ["x": number(x + segment / 2), "y": number(y + 19), "text-anchor": "middle",
                                             "class": "bar-count bar-count-\(colour.rawValue)"], text: String(count))
                    }
                    x += segment
                }
                let counts = [StatusColour.green, .yellow, .red].map { colour in
                    "\(TrafficLight.symbol(colour)) \(area.count(colour)) \(l.colour(colour).lowercased())"
                }.joined(separator: "  ")
                svg.element("text", ["x": number(width - countsWidth), "y": number(y + 19), "class": "chart-counts"], text: counts)
            }
            let legendY = top + Double(max(1, rows.count)) * rowHeight + 20
            var legendX = labelWidth
            for colour in [StatusColour.green, .yellow, .red] {
                svg.element("rect", ["x": number(legendX), "y": number(legendY - 11), "width": "12", "height": "12", "class": "bar-\(colour.rawValue)"]) { _ in }
                svg.element("text", ["x": number(legendX + 17), "y": number(legendY), "class": "chart-label"],
                            text: "\(TrafficLight.symbol(colour)) \(l.colour(colour))")
                legendX += 110
            }
        }
        return TrustedHTML(svg)
    }

    /// A coordinate with at most one decimal.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? String(tenths / 10) : String(format10(tenths))
    }

    private static func format10(_ tenths: Int) -> String {
        let sign = tenths < 0 ? "-" : ""
        let magnitude = tenths.magnitude
        return sign + String(magnitude / 10) + "." + String(magnitude % 10)
    }
}
