/// Writes a `BarChartData` as a DrawingML chart part (`c:chartSpace`, ECMA-376 Part 1 §21.2), the one chart
/// writer behind both DOCX (`word/charts/chartN.xml`) and XLSX (`xl/charts/chartN.xml`).
///
/// Every series refers to the cells of the chart's `sheetTable` on the sheet `sheet` (in XLSX a sheet of the
/// workbook; in DOCX the workbook embedded beside the chart) and carries the values in `c:strCache` and
/// `c:numCache` too, so Word, Excel and LibreOffice draw the chart as written without recomputing it.
/// Child elements follow the schema's order, which Word requires.
enum DrawingMLChart {
    static let namespace = "http://schemas.openxmlformats.org/drawingml/2006/chart"
    static let mainNamespace = "http://schemas.openxmlformats.org/drawingml/2006/main"

    /// The chart part. `showsTitle`: the caption (and note) drawn above the plot, for a sheet where no
    /// caption paragraph stands beside the chart. `externalData`: the relationship id of the embedded
    /// workbook holding the figures (DOCX).
    static func chartSpace(_ chart: BarChartData, sheet: String, showsTitle: Bool, externalData: String? = nil) -> String {
        var xml = OpenPackaging.xmlDeclaration
        xml += "<c:chartSpace xmlns:c=\"\(namespace)\" xmlns:a=\"\(mainNamespace)\" xmlns:r=\"\(OpenPackaging.Namespace.officeRelationships)\">"
        xml += "<c:date1904 val=\"0\"/><c:lang val=\"da-DK\"/><c:roundedCorners val=\"0\"/><c:chart>"
        if showsTitle {
            xml += title(chart)
            xml += "<c:autoTitleDeleted val=\"0\"/>"
        } else {
            xml += "<c:autoTitleDeleted val=\"1\"/>"
        }
        xml += "<c:plotArea><c:layout/>"
        xml += barChart(chart, references: References(chart: chart, sheet: sheet))
        xml += categoryAxis(chart) + valueAxis(chart)
        xml += "<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr></c:plotArea>"
        if chart.showsLegend {
            xml += "<c:legend><c:legendPos val=\"b\"/><c:overlay val=\"0\"/>" + textProperties(size: 900) + "</c:legend>"
        }
        xml += "<c:plotVisOnly val=\"1\"/><c:dispBlanksAs val=\"gap\"/></c:chart>"
        xml += "<c:spPr><a:solidFill><a:srgbClr val=\"FFFFFF\"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr>"
        xml += textProperties(size: 900)
        if let externalData {
            xml += "<c:externalData r:id=\"\(externalData)\"><c:autoUpdate val=\"0\"/></c:externalData>"
        }
        return xml + "</c:chartSpace>"
    }

    /// The cells of the chart's `sheetTable`: headings in row 2, categories and values from row 3.
    struct References {
        let sheet: String
        let firstRow: Int
        let lastRow: Int
        let levels: Int

        init(chart: BarChartData, sheet: String) {
            self.sheet = "'" + sheet.replacing("'", with: "''") + "'"
            firstRow = XlsxSheet.sheetRow(ofTableRow: 0)
            lastRow = XlsxSheet.sheetRow(ofTableRow: max(1, chart.categories.count) - 1)
            levels = chart.categoryLevels
        }

        private func absolute(_ column: Int, _ row: Int) -> String { "$" + CellReference.column(column) + "$" + String(row) }

        var categories: String { sheet + "!" + absolute(0, firstRow) + ":" + absolute(levels - 1, lastRow) }
        func seriesName(_ index: Int) -> String { sheet + "!" + absolute(levels + index, firstRow - 1) }
        func values(_ index: Int) -> String { sheet + "!" + absolute(levels + index, firstRow) + ":" + absolute(levels + index, lastRow) }
    }

    // MARK: plot

    static func barChart(_ chart: BarChartData, references: References) -> String {
        var xml = "<c:barChart><c:barDir val=\"\(chart.direction == .vertical ? "col" : "bar")\"/>"
        xml += "<c:grouping val=\"\(chart.grouping == .stacked ? "stacked" : "clustered")\"/><c:varyColors val=\"0\"/>"
        for (index, series) in chart.series.enumerated() {
            xml += self.series(series, index: index, chart: chart, references: references)
        }
        xml += "<c:gapWidth val=\"\(chart.grouping == .stacked ? 40 : 60)\"/>"
        if chart.grouping == .stacked { xml += "<c:overlap val=\"100\"/>" }
        return xml + "<c:axId val=\"1001\"/><c:axId val=\"1002\"/></c:barChart>"
    }

    static func series(_ series: BarChartData.Series, index: Int, chart: BarChartData, references: References) -> String {
        var xml = "<c:ser><c:idx val=\"\(index)\"/><c:order val=\"\(index)\"/>"
        xml += "<c:tx><c:strRef><c:f>\(XMLEscaping.text(references.seriesName(index)))</c:f>"
        xml += "<c:strCache><c:ptCount val=\"1\"/><c:pt idx=\"0\"><c:v>\(XMLEscaping.text(series.name))</c:v></c:pt></c:strCache></c:strRef></c:tx>"
        xml += shapeProperties(fill: series.colour, hatched: false, outlined: false)
        xml += "<c:invertIfNegative val=\"0\"/>"
        var specialPoints = Set(series.pointColours.keys).union(series.hatchedPoints)
        if let marked = chart.markedCategory { specialPoints.insert(marked) }
        for point in specialPoints.sorted() where point >= 0 && point < chart.categories.count {
            xml += "<c:dPt><c:idx val=\"\(point)\"/><c:invertIfNegative val=\"0\"/><c:bubble3D val=\"0\"/>"
            xml += shapeProperties(fill: series.pointColours[point] ?? series.colour, hatched: series.hatchedPoints.contains(point),
                                   outlined: point == chart.markedCategory)
            xml += "</c:dPt>"
        }
        if chart.showsValues { xml += valueLabels(chart) }
        xml += "<c:cat>" + categories(chart, references: references) + "</c:cat>"
        xml += "<c:val><c:numRef><c:f>\(XMLEscaping.text(references.values(index)))</c:f><c:numCache><c:formatCode>General</c:formatCode>"
        xml += "<c:ptCount val=\"\(chart.categories.count)\"/>"
        for point in chart.categories.indices {
            xml += "<c:pt idx=\"\(point)\"><c:v>\(chart.sheetValue(series, point))</c:v></c:pt>"
        }
        return xml + "</c:numCache></c:numRef></c:val></c:ser>"
    }

    /// The category labels: a plain reference for one level, a multi-level one (years over "Inv."/"Varig")
    /// for two. The multi-level cache lists the innermost level first, with a point only where a label is.
    static func categories(_ chart: BarChartData, references: References) -> String {
        let count = chart.categories.count
        func label(_ index: Int, _ level: Int) -> String {
            level < chart.categories[index].count ? chart.categories[index][level] : ""
        }
        guard chart.categoryLevels > 1 else {
            var xml = "<c:strRef><c:f>\(XMLEscaping.text(references.categories))</c:f><c:strCache><c:ptCount val=\"\(count)\"/>"
            for index in 0..<count {
                xml += "<c:pt idx=\"\(index)\"><c:v>\(XMLEscaping.text(label(index, 0)))</c:v></c:pt>"
            }
            return xml + "</c:strCache></c:strRef>"
        }
        var xml = "<c:multiLvlStrRef><c:f>\(XMLEscaping.text(references.categories))</c:f><c:multiLvlStrCache><c:ptCount val=\"\(count)\"/>"
        for level in (0..<chart.categoryLevels).reversed() {
            xml += "<c:lvl>"
            for index in 0..<count where !label(index, level).isEmpty {
                xml += "<c:pt idx=\"\(index)\"><c:v>\(XMLEscaping.text(label(index, level)))</c:v></c:pt>"
            }
            xml += "</c:lvl>"
        }
        return xml + "</c:multiLvlStrCache></c:multiLvlStrRef>"
    }

    /// Values on the bars in 1.000 kr. (or counts): inside a stacked bar in `valueLabelColour`, with zero
    /// parts left unlabelled; outside the end of a lone bar.
    static func valueLabels(_ chart: BarChartData) -> String {
        let inside = chart.valueLabelColour != nil
        let format = inside ? danishGrouping + ";-#,##0;;" : danishGrouping
        var xml = "<c:dLbls><c:numFmt formatCode=\"\(format)\" sourceLinked=\"0\"/>"
        xml += "<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>"
        xml += textProperties(size: 800, colour: chart.valueLabelColour, bold: inside)
        xml += "<c:dLblPos val=\"\(inside ? "ctr" : "outEnd")\"/>"
        xml += "<c:showLegendKey val=\"0\"/><c:showVal val=\"1\"/><c:showCatName val=\"0\"/><c:showSerName val=\"0\"/>"
        return xml + "<c:showPercent val=\"0\"/><c:showBubbleSize val=\"0\"/></c:dLbls>"
    }

    /// Whole numbers grouped in thousands, in Danish ("-1.500") whatever the reader's locale: `[$-406]` is
    /// the locale tag of Danish (Denmark), which LibreOffice applies to the separators.
    static let danishGrouping = "[$-406]#,##0"

    // MARK: axes

    /// Categories along the bottom (labels below the plot even when bars go below zero), or down the left
    /// side from the top for lying bars.
    static func categoryAxis(_ chart: BarChartData) -> String {
        let vertical = chart.direction == .vertical
        var xml = "<c:catAx><c:axId val=\"1001\"/><c:scaling><c:orientation val=\"\(vertical ? "minMax" : "maxMin")\"/></c:scaling>"
        xml += "<c:delete val=\"0\"/><c:axPos val=\"\(vertical ? "b" : "l")\"/>"
        xml += "<c:numFmt formatCode=\"General\" sourceLinked=\"0\"/><c:majorTickMark val=\"none\"/><c:minorTickMark val=\"none\"/>"
        xml += "<c:tickLblPos val=\"low\"/>"
        xml += "<c:spPr><a:ln w=\"9525\"><a:solidFill><a:srgbClr val=\"000000\"/></a:solidFill></a:ln></c:spPr>"
        xml += textProperties(size: 900)
        xml += "<c:crossAx val=\"1002\"/><c:crosses val=\"autoZero\"/><c:auto val=\"1\"/><c:lblAlgn val=\"ctr\"/>"
        return xml + "<c:lblOffset val=\"100\"/><c:noMultiLvlLbl val=\"0\"/></c:catAx>"
    }

    /// The value axis with light grid lines and its unit as title; for lying bars it sits at the bottom
    /// (where the last category is, the category axis running from the top).
    static func valueAxis(_ chart: BarChartData) -> String {
        let vertical = chart.direction == .vertical
        var xml = "<c:valAx><c:axId val=\"1002\"/><c:scaling><c:orientation val=\"minMax\"/></c:scaling>"
        xml += "<c:delete val=\"0\"/><c:axPos val=\"\(vertical ? "l" : "b")\"/>"
        xml += "<c:majorGridlines><c:spPr><a:ln w=\"6350\"><a:solidFill><a:srgbClr val=\"D0D0D0\"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>"
        xml += "<c:title><c:tx><c:rich><a:bodyPr\(vertical ? " rot=\"-5400000\" vert=\"horz\"" : "")/><a:lstStyle/>"
        xml += "<a:p><a:pPr><a:defRPr sz=\"900\" b=\"0\"/></a:pPr><a:r><a:rPr lang=\"da-DK\" sz=\"900\" b=\"0\"/>"
        xml += "<a:t>\(XMLEscaping.text(chart.valueAxisTitle))</a:t></a:r></a:p></c:rich></c:tx><c:overlay val=\"0\"/></c:title>"
        xml += "<c:numFmt formatCode=\"\(danishGrouping)\" sourceLinked=\"0\"/><c:majorTickMark val=\"none\"/><c:minorTickMark val=\"none\"/>"
        xml += "<c:tickLblPos val=\"nextTo\"/><c:spPr><a:ln><a:noFill/></a:ln></c:spPr>" + textProperties(size: 900)
        xml += "<c:crossAx val=\"1001\"/><c:crosses val=\"\(vertical ? "autoZero" : "max")\"/>"
        return xml + "<c:crossBetween val=\"between\"/></c:valAx>"
    }

    // MARK: text and shapes

    /// The caption in bold, over the note where the chart asks for it (`titleCarriesNote`).
    static func title(_ chart: BarChartData) -> String {
        var xml = "<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/>"
        xml += "<a:p><a:pPr><a:defRPr sz=\"1000\" b=\"1\"/></a:pPr><a:r><a:rPr lang=\"da-DK\" sz=\"1000\" b=\"1\"/>"
        xml += "<a:t>\(XMLEscaping.text(chart.caption))</a:t></a:r></a:p>"
        if let note = chart.note, chart.titleCarriesNote {
            xml += "<a:p><a:pPr><a:defRPr sz=\"900\" b=\"0\"/></a:pPr><a:r><a:rPr lang=\"da-DK\" sz=\"900\" b=\"0\"/>"
            xml += "<a:t>\(XMLEscaping.text(note))</a:t></a:r></a:p>"
        }
        return xml + "</c:rich></c:tx><c:overlay val=\"0\"/></c:title>"
    }

    static func textProperties(size: Int, colour: String? = nil, bold: Bool = false) -> String {
        var xml = "<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"\(size)\" b=\"\(bold ? 1 : 0)\""
        if let colour {
            xml += "><a:solidFill><a:srgbClr val=\"\(colour.uppercased())\"/></a:solidFill></a:defRPr>"
        } else {
            xml += "/>"
        }
        return xml + "</a:pPr><a:endParaRPr lang=\"da-DK\"/></a:p></c:txPr>"
    }

    /// A bar's fill (hatched: the colour with white diagonal stripes, as the SVG's hatched bars) and, for the
    /// marked bar, a black outline.
    static func shapeProperties(fill: String, hatched: Bool, outlined: Bool) -> String {
        let colour = "<a:srgbClr val=\"\(fill.uppercased())\"/>"
        var xml = "<c:spPr>"
        if hatched {
            xml += "<a:pattFill prst=\"wdDnDiag\"><a:fgClr><a:srgbClr val=\"FFFFFF\"/></a:fgClr><a:bgClr>\(colour)</a:bgClr></a:pattFill>"
        } else {
            xml += "<a:solidFill>\(colour)</a:solidFill>"
        }
        if outlined {
            xml += "<a:ln w=\"28575\"><a:solidFill><a:srgbClr val=\"\(ChartColours.mark.uppercased())\"/></a:solidFill></a:ln>"
        } else {
            xml += "<a:ln><a:noFill/></a:ln>"
        }
        return xml + "</c:spPr>"
    }
}
