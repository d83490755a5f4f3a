import GevinstCore

/// How many follow-up records are green, yellow and red in each area: the one-page summary's chart.
public struct StatusColourChart: Sendable, Hashable {
    public var caption: String
    public var areas: [AreaCounts]

    public struct AreaCounts: Sendable, Hashable {
        public var area: String
        public var green: Int
        public var yellow: Int
        public var red: Int

        public init(area: String, green: Int, yellow: Int, red: Int) {
            self.area = area
            self.green = green
            self.yellow = yellow
            self.red = red
        }

        public var total: Int { green + yellow + red }

        func count(_ colour: StatusColour) -> Int {
            switch colour {
            case .green: green
            case .yellow: yellow
            case .red: red
            }
        }
    }

    public init(caption: String, areas: [AreaCounts]) {
        self.caption = caption
        self.areas = areas
    }

    /// The chart of a follow-up summary's areas.
    public init(caption: String, summary: FollowUpSummary) {
        self.init(caption: caption, areas: summary.areas.map {
            AreaCounts(area: $0.area, green: $0.green, yellow: $0.yellow, red: $0.red)
        })
    }

    var dataTable: DocumentTable {
        let columns = [
            DocumentTable.Column("Område", weight: 40), DocumentTable.Column("Grøn", kind: .amount, weight: 12),
            DocumentTable.Column("Gul", kind: .amount, weight: 12), DocumentTable.Column("Rød", kind: .amount, weight: 12),
            DocumentTable.Column("I alt", kind: .amount, weight: 12),
        ]
        let rows = areas.map { area in
            DocumentTable.Row([.text(area.area)] + [area.green, area.yellow, area.red, area.total].map { DocumentTable.Cell(.number(Int64($0))) })
        }
        return DocumentTable(name: "Farver", caption: caption, columns: columns, rows: rows, unit: .kroner, isFigureTable: false)
    }
}

extension SvgChart {
    /// Bar colours of the chart (`ChartColours.status`), darker than the table cells' fills so that white
    /// counts read on them.
    static func barColour(_ colour: StatusColour) -> String { "#" + ChartColours.status(colour) }

    /// One horizontal bar per area, split into green, yellow and red with the count written in each part;
    /// the legend names the colours in words.
    static func statusColours(_ chart: StatusColourChart) -> String {
        let width = 640.0
        let labelWidth = 220.0
        let barHeight = 20.0, gap = 8.0, top = 30.0
        let height = top + Double(max(1, chart.areas.count)) * (barHeight + gap) + 40
        let largest = max(1, chart.areas.map(\.total).max() ?? 1)
        let scale = (width - labelWidth - 50) / Double(largest)
        var svg = SvgBuilder(width: width, height: height, label: chart.caption)
        svg.text("Antal forslag", x: labelWidth, y: 16, size: 9, anchor: "start")
        for (index, area) in chart.areas.enumerated() {
            let y = top + Double(index) * (barHeight + gap)
            svg.text(area.area, x: labelWidth - 8, y: y + barHeight * 0.7, size: 10, anchor: "end")
            var x = labelWidth
            for colour in StatusColour.allCases {
                let count = area.count(colour)
                guard count > 0 else { continue }
                let length = Double(count) * scale
                svg.rect(x: x, y: y, width: length, height: barHeight, fill: barColour(colour), stroke: nil)
                if length >= 14 {
                    svg.text(String(count), x: x + length / 2, y: y + barHeight * 0.7, size: 9, anchor: "middle", fill: "#ffffff")
                }
                x += length
            }
            svg.text(String(area.total), x: x + 6, y: y + barHeight * 0.7, size: 9, anchor: "start")
        }
        let legendY = height - 14
        for (index, colour) in StatusColour.allCases.enumerated() {
            let x = labelWidth + Double(index) * 90
            svg.rect(x: x, y: legendY - 9, width: 10, height: 10, fill: barColour(colour), stroke: nil)
            svg.text(colour.danishName, x: x + 14, y: legendY, size: 10, anchor: "start")
        }
        return svg.finish()
    }
}
