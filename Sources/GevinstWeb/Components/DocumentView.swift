import GevinstDocuments

/// Renders a GevinstDocuments `DocumentModel` (the proposal in the municipal template, the overview) inside a
/// web page, so the page shows the same tables, figures and wording as the Word, Excel and PDF files. Heading
/// levels are shifted under the page's own `<h1>`; tables get a `<caption>` and column headers with `scope`.
public enum DocumentView {
    /// Renders `blocks`; `after` is called after each block with its index, so a page can put findings next to
    /// the table or section they concern.
    public static func render(
        _ html: inout HTML, blocks: [DocumentBlock], headingShift: Int = 1, l: Localisation,
        after: (inout HTML, Int, DocumentBlock) -> Void = { _, _, _ in }
    ) {
        for (index, block) in blocks.enumerated() {
            switch block {
            case .title(let title, let lines):
                html.element("div", ["class": "doc-front"]) { html in
                    html.element("p", ["class": "doc-title"], text: title)
                    for line in lines { html.element("p", text: line) }
                }
            case .heading(let heading):
                let level = min(6, heading.level + headingShift)
                html.element("h\(level)", ["class": heading.isSection ? "template-section" : nil], text: heading.text)
            case .paragraph(let paragraph):
                let style: String? = switch paragraph.style {
                case .body: nil
                case .note: "note"
                case .kicker: "kicker"
                }
                html.element("p", ["class": style]) { html in
                    if let lead = paragraph.lead { html.element("strong", text: lead) }
                    lines(&html, paragraph.text)
                }
            case .fields(let fields):
                html.element("dl", ["class": "doc-fields"]) { html in
                    for field in fields {
                        html.element("dt", text: field.label)
                        html.element("dd") { html in lines(&html, field.value) }
                    }
                }
            case .checkboxes(let grid):
                html.element("div", ["class": "doc-checkboxes"]) { html in
                    html.element("p", ["class": "doc-checkboxes-label"], text: grid.label)
                    html.element("ul") { html in
                        for box in grid.boxes {
                            html.element("li", ["class": box.checked ? "checked" : nil]) { html in
                                html.element("span", ["aria-hidden": "true"], text: box.checked ? "☒ " : "☐ ")
                                html.text(box.text)
                                html.element("span", ["class": "visually-hidden"], text: box.checked ? " (\(l(.checked)))" : " (\(l(.notChecked)))")
                            }
                        }
                    }
                }
            case .bulletList(let items):
                html.element("ul") { html in
                    for item in items { html.element("li") { html in lines(&html, item) } }
                }
            case .table(let table):
                self.table(&html, table)
            case .chart(let chart):
                html.element("figure", ["class": "chart"]) { html in
                    html.trusted(.chart(chart))
                    html.element("figcaption", text: chart.caption)
                }
            case .tableOfContents, .pageBreak:
                break
            }
            after(&html, index, block)
            html.newline()
        }
    }

    /// A document table with its caption, column headers and notes; amounts right-aligned, totals bold.
    public static func table(_ html: inout HTML, _ table: DocumentTable) {
        html.element("div", ["class": "table-scroll"]) { html in
            html.element("table", ["class": table.isFigureTable ? "figures" : "figures plain"]) { html in
                if let caption = table.caption { html.element("caption", text: caption) }
                if table.columns.contains(where: { !$0.header.isEmpty }) {
                    html.element("thead") { html in
                        html.element("tr") { html in
                            for column in table.columns {
                                html.element("th", ["scope": "col", "class": column.kind == .amount ? "num" : nil], text: column.plainHeader)
                            }
                        }
                    }
                }
                html.element("tbody") { html in
                    for row in table.rows {
                        html.element("tr", ["class": row.style == .normal ? nil : "row-\(row.style.rawValue)"]) { html in
                            var column = 0
                            for (cellIndex, cell) in row.cells.enumerated() {
                                let kind = column < table.columns.count ? table.columns[column].kind : .text
                                let isAmount: Bool = if case .amount = cell.content { true } else { false }
                                let span = cell.span > 1 ? String(cell.span) : nil
                                let text = cell.displayText(unit: table.unit)
                                if cellIndex == 0 && row.style != .section {
                                    html.element("th", ["scope": "row", "colspan": span], text: text)
                                } else {
                                    let alignment: String? = isAmount || kind == .amount ? "num" : (kind == .mark ? "mark" : nil)
                                    html.element("td", ["class": alignment, "colspan": span], text: text)
                                }
                                column += cell.span
                            }
                        }
                    }
                }
            }
        }
        for note in table.notes { html.element("p", ["class": "note"], text: note) }
    }

    /// Text whose line breaks are kept as `<br>`.
    static func lines(_ html: inout HTML, _ text: String) {
        var first = true
        for line in text.replacing("\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false) {
            if !first { html.void("br") }
            html.text(String(line))
            first = false
        }
    }
}
