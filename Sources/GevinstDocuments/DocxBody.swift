/// The body of `word/document.xml`: the document's blocks as WordprocessingML.
enum DocxBody {
    /// A4 portrait with 2 cm margins: the text width in twentieths of a point.
    static let textWidth = 9_638
    /// A4 landscape with 2 cm margins.
    static let landscapeTextWidth = 14_570

    static func textWidth(_ orientation: PageOrientation) -> Int {
        orientation == .landscape ? landscapeTextWidth : textWidth
    }

    /// `word/document.xml` and the charts it shows, in order: chart *n* is `word/charts/chartN.xml`, which
    /// the document refers to as `DocxBody.chartRelationship(n)`.
    static func document(_ model: DocumentModel, tableOfContents: DocxWriter.TableOfContents = .wordField)
        -> (xml: String, charts: [BarChartData])
    {
        var body = Builder(model: model, tableOfContents: tableOfContents)
        for block in model.blocks { body.add(block) }
        body.finish()
        let xml = OpenPackaging.xmlDeclaration
            + "<w:document xmlns:w=\"\(WordML.namespace)\" xmlns:r=\"\(OpenPackaging.Namespace.officeRelationships)\""
            + " xmlns:wp=\"\(wordprocessingDrawing)\"><w:body>"
            + body.word.xml
            + "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rId3\"/>"
            + (model.orientation == .landscape
                ? "<w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>" : "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>")
            + "<w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1134\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/>"
            + "</w:sectPr></w:body></w:document>"
        return (xml, body.charts)
    }

    static let wordprocessingDrawing = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"

    /// The relationship id of chart `number` (from 1) in `word/_rels/document.xml.rels`; rId1–3 are the
    /// styles, settings and footer.
    static func chartRelationship(_ number: Int) -> String { "rId\(number + 3)" }

    struct Builder {
        var word = WordML()
        /// The charts drawn so far, in order.
        var charts: [BarChartData] = []
        let anchors: HeadingAnchors
        var headingIndex = 0
        var pendingPageBreak = false
        let tableOfContentsKind: DocxWriter.TableOfContents
        /// The width tables fill, in twentieths of a point.
        let textWidth: Int

        init(model: DocumentModel, tableOfContents: DocxWriter.TableOfContents) {
            anchors = HeadingAnchors(model)
            tableOfContentsKind = tableOfContents
            textWidth = DocxBody.textWidth(model.orientation)
        }

        /// Paragraph properties that carry a pending page break.
        mutating func properties(_ style: String?, keepNext: Bool = false, alignment: String? = nil) -> WordML.ParagraphProperties {
            var properties = WordML.ParagraphProperties(style: style, keepNext: keepNext, alignment: alignment)
            if pendingPageBreak { properties.pageBreakBefore = true; pendingPageBreak = false }
            return properties
        }

        /// Before a table: a page break can only sit on a paragraph.
        mutating func flushPageBreak() {
            if pendingPageBreak {
                word.raw("<w:p><w:pPr><w:spacing w:after=\"0\"/></w:pPr><w:r><w:br w:type=\"page\"/></w:r></w:p>")
                pendingPageBreak = false
            }
        }

        mutating func add(_ block: DocumentBlock) {
            switch block {
            case .title(let title, let lines):
                word.paragraph(properties("Title"), runs: [.init(title)])
                for line in lines { word.paragraph(properties("Subtitle"), runs: [.init(line)]) }
            case .heading(let heading):
                let id = anchors.id(headingIndex)
                let bookmark = "_Toc" + id
                headingIndex += 1
                word.raw("<w:p>")
                word.writeProperties(properties("Heading\(heading.level)"))
                word.raw("<w:bookmarkStart w:id=\"\(headingIndex)\" w:name=\"\(bookmark)\"/>")
                word.run(.init(heading.isSection ? heading.text.uppercased() : heading.text))
                word.raw("<w:bookmarkEnd w:id=\"\(headingIndex)\"/></w:p>")
            case .paragraph(let paragraph):
                var runs: [WordML.Run] = []
                if let lead = paragraph.lead { runs.append(.init(lead, bold: true)) }
                runs.append(.init(paragraph.text))
                let style: String? = switch paragraph.style {
                case .body: nil
                case .note: "Note"
                case .kicker: "Kicker"
                }
                word.paragraph(properties(style), runs: runs)
            case .fields(let fields):
                flushPageBreak()
                fieldsTable(fields)
            case .checkboxes(let grid):
                word.paragraph(properties(nil, keepNext: true), runs: [.init(grid.label + ":", bold: true)])
                checkboxTable(grid)
            case .bulletList(let items):
                for item in items { word.paragraph(properties("ListBullet"), runs: [.init("•\t" + item)]) }
            case .table(let table):
                figureTable(table)
            case .chart(let chart):
                self.chart(chart)
            case .tableOfContents(let title, let maxLevel):
                tableOfContents(title: title, maxLevel: maxLevel)
            case .pageBreak:
                pendingPageBreak = true
            }
        }

        mutating func finish() {
            // Every table is followed by a paragraph already; an empty document still gets one paragraph.
            if word.xml.isEmpty { word.raw("<w:p/>") }
        }

        // MARK: tables

        static func tableStart(widths: [Int], borders: Bool) -> String {
            var xml = "<w:tbl><w:tblPr><w:tblW w:w=\"\(widths.reduce(0, +))\" w:type=\"dxa\"/>"
            if borders {
                xml += "<w:tblBorders>"
                for edge in ["top", "left", "bottom", "right", "insideH", "insideV"] {
                    xml += "<w:\(edge) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"8C8C8C\"/>"
                }
                xml += "</w:tblBorders>"
            } else {
                xml += "<w:tblBorders>"
                for edge in ["top", "left", "bottom", "right", "insideH", "insideV"] { xml += "<w:\(edge) w:val=\"nil\"/>" }
                xml += "</w:tblBorders>"
            }
            xml += "<w:tblLayout w:type=\"fixed\"/>"
            xml += "<w:tblCellMar><w:left w:w=\"70\" w:type=\"dxa\"/><w:right w:w=\"70\" w:type=\"dxa\"/></w:tblCellMar>"
            xml += "<w:tblLook w:val=\"0000\" w:firstRow=\"0\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/>"
            xml += "</w:tblPr><w:tblGrid>"
            for width in widths { xml += "<w:gridCol w:w=\"\(width)\"/>" }
            return xml + "</w:tblGrid>"
        }

        /// Column widths in twips from the relative weights, summing to the text width.
        static func widths(_ weights: [Int], textWidth: Int = DocxBody.textWidth) -> [Int] {
            let total = max(1, weights.reduce(0, +))
            var widths = weights.map { $0 * textWidth / total }
            if let last = widths.indices.last { widths[last] += textWidth - widths.reduce(0, +) }
            return widths
        }

        struct CellFormat {
            var width: Int
            var span = 1
            var fill: String? = nil
            var topRule = false
            var alignment: String? = nil
            var bold = false
            var colour: String? = nil
            var style = "TableText"
        }

        mutating func cell(_ runs: [WordML.Run], _ format: CellFormat) {
            var properties = "<w:tcW w:w=\"\(format.width)\" w:type=\"dxa\"/>"
            if format.span > 1 { properties += "<w:gridSpan w:val=\"\(format.span)\"/>" }
            if format.topRule { properties += "<w:tcBorders><w:top w:val=\"single\" w:sz=\"12\" w:space=\"0\" w:color=\"000000\"/></w:tcBorders>" }
            if let fill = format.fill { properties += "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"\(fill)\"/>" }
            word.raw("<w:tc><w:tcPr>\(properties)</w:tcPr>")
            let styled = runs.map { run -> WordML.Run in
                var run = run
                run.bold = run.bold || format.bold
                if let colour = format.colour { run.colour = colour }
                return run
            }
            word.paragraph(WordML.ParagraphProperties(style: format.style, alignment: format.alignment), runs: styled)
            word.raw("</w:tc>")
        }

        mutating func figureTable(_ table: DocumentTable) {
            if let caption = table.caption {
                word.paragraph(properties("Caption", keepNext: true), runs: [.init(caption)])
            }
            flushPageBreak()
            let widths = Self.widths(table.columns.map(\.weight), textWidth: textWidth)
            // Many year columns (a portfolio over a decade) need smaller type to keep "-1.610" on one line.
            let textStyle = table.columns.count > 9 ? "TableTextSmall" : "TableText"
            word.raw(Self.tableStart(widths: widths, borders: table.hasBorders))
            if table.columns.contains(where: { !$0.header.isEmpty }) {
                word.raw("<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>")
                for (index, column) in table.columns.enumerated() {
                    let headerFill = table.isFigureTable ? "1F3864" : "DFE5EF"
                    cell([.init(column.header)], CellFormat(
                        width: widths[index], fill: headerFill, alignment: Self.alignment(column.kind),
                        bold: true, colour: table.isFigureTable ? "FFFFFF" : nil, style: textStyle))
                }
                word.raw("</w:tr>")
            }
            for row in table.rows {
                word.raw("<w:tr><w:trPr><w:cantSplit/></w:trPr>")
                var column = 0
                for cell in row.cells {
                    let span = min(cell.span, max(1, table.columns.count - column))
                    let width = widths[min(column, widths.count - 1)..<min(column + span, widths.count)].reduce(0, +)
                    let kind = column < table.columns.count ? table.columns[column].kind : .text
                    var alignment: String? = nil
                    switch cell.content {
                    case .amount: alignment = kind == .amount ? "right" : nil
                    case .number: alignment = kind == .amount ? "right" : "center"
                    case .mark: alignment = "center"
                    case .text, .blank: alignment = nil
                    }
                    self.cell([.init(cell.displayText(unit: table.unit))], CellFormat(
                        width: max(1, width), span: span,
                        fill: cell.highlight.map(StatusFill.hex) ?? (row.style == .section ? "E8ECF3" : nil),
                        topRule: row.style == .total, alignment: alignment,
                        bold: row.style != .normal, style: textStyle))
                    column += span
                }
                // A row shorter than the grid gets an empty cell spanning the rest, as Word requires.
                if column < table.columns.count {
                    let width = widths[column...].reduce(0, +)
                    self.cell([], CellFormat(width: width, span: table.columns.count - column,
                                             fill: row.style == .section ? "E8ECF3" : nil, topRule: row.style == .total))
                }
                word.raw("</w:tr>")
            }
            word.raw("</w:tbl>")
            if table.notes.isEmpty {
                word.paragraph(WordML.ParagraphProperties(style: "TableSpacer"), runs: [])
            }
            for note in table.notes { word.paragraph(WordML.ParagraphProperties(style: "Note"), runs: [.init(note)]) }
        }

        // MARK: charts

        /// The caption, the chart (a DrawingML chart, `word/charts/chartN.xml`, inline in its own paragraph),
        /// and under it the chart's figures as a small table for readers who cannot see the chart.
        mutating func chart(_ chart: Chart) {
            let data = BarChartData(chart)
            charts.append(data)
            let number = charts.count
            word.paragraph(properties("Caption", keepNext: true), runs: [.init(chart.caption)])
            let width = min(BarChartData.width, textWidth * 635)
            word.raw("<w:p><w:pPr><w:keepNext/><w:spacing w:after=\"60\"/></w:pPr><w:r><w:drawing>")
            word.raw("<wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent cx=\"\(width)\" cy=\"\(data.height)\"/>")
            word.raw("<wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/>")
            word.raw("<wp:docPr id=\"\(number)\" name=\"Figur \(number)\" descr=\"\(XMLEscaping.attribute(data.description))\"/>")
            word.raw("<wp:cNvGraphicFramePr/><a:graphic xmlns:a=\"\(DrawingMLChart.mainNamespace)\">")
            word.raw("<a:graphicData uri=\"\(DrawingMLChart.namespace)\"><c:chart xmlns:c=\"\(DrawingMLChart.namespace)\"")
            word.raw(" r:id=\"\(DocxBody.chartRelationship(number))\"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>")
            var figures = chart.dataTable
            figures.caption = nil
            if let note = data.note, !figures.notes.contains(note) { figures.notes.insert(note, at: 0) }
            figureTable(figures)
        }

        static func alignment(_ kind: DocumentTable.Column.Kind) -> String? {
            switch kind {
            case .amount: "right"
            case .mark: "center"
            case .text: nil
            }
        }

        mutating func fieldsTable(_ fields: [LabelledField]) {
            let widths = [2_700, textWidth - 2_700]
            word.raw(Self.tableStart(widths: widths, borders: false))
            for field in fields {
                word.raw("<w:tr>")
                cell([.init(field.label + ":", bold: true)], CellFormat(width: widths[0], style: "FieldText"))
                cell([.init(field.value)], CellFormat(width: widths[1], style: "FieldText"))
                word.raw("</w:tr>")
            }
            word.raw("</w:tbl>")
            word.paragraph(WordML.ParagraphProperties(style: "TableSpacer"), runs: [])
        }

        mutating func checkboxTable(_ grid: CheckboxGrid) {
            let widths = Self.widths(Array(repeating: 1, count: grid.columns), textWidth: textWidth)
            word.raw(Self.tableStart(widths: widths, borders: false))
            for row in grid.rows {
                word.raw("<w:tr>")
                for index in 0..<grid.columns {
                    if index < row.count {
                        let box = row[index]
                        cell([.init(box.checked ? "☒" : "☐", font: "Segoe UI Symbol"), .init(" " + box.text)],
                             CellFormat(width: widths[index], style: "FieldText"))
                    } else {
                        cell([], CellFormat(width: widths[index], style: "FieldText"))
                    }
                }
                word.raw("</w:tr>")
            }
            word.raw("</w:tbl>")
            word.paragraph(WordML.ParagraphProperties(style: "TableSpacer"), runs: [])
        }

        // MARK: table of contents

        /// A TOC field over the heading styles, with its entries already filled in (hyperlinks to the
        /// headings' bookmarks with `PAGEREF` page numbers), so the contents show before Word updates fields.
        mutating func tableOfContents(title: String, maxLevel: Int) {
            word.paragraph(properties("TOCHeading"), runs: [.init(title)])
            let entries = anchors.entries.filter { $0.level <= maxLevel }
            word.raw("<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val=\"Table of Contents\"/><w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>")
            let isField = tableOfContentsKind == .wordField
            let begin = isField ? "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> TOC \\o &quot;1-\(maxLevel)&quot; \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" : ""
            let end = isField ? "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>" : ""
            if entries.isEmpty && isField {
                word.raw("<w:p>" + begin + end + "</w:p>")
            }
            for (index, entry) in entries.enumerated() {
                word.raw("<w:p><w:pPr><w:pStyle w:val=\"TOC\(entry.level)\"/><w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"\(textWidth)\"/></w:tabs></w:pPr>")
                if index == 0 { word.raw(begin) }
                word.raw("<w:hyperlink w:anchor=\"_Toc\(entry.id)\" w:history=\"1\">")
                word.run(.init(entry.text))
                word.raw("<w:r><w:tab/></w:r>")
                word.field(instruction: " PAGEREF _Toc\(entry.id) \\h ", cached: "")
                word.raw("</w:hyperlink>")
                if index == entries.count - 1 { word.raw(end) }
                word.raw("</w:p>")
            }
            word.raw("</w:sdtContent></w:sdt>")
        }
    }
}
