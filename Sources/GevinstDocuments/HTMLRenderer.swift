/// Renders a `DocumentModel` as one self-contained HTML file: inline CSS, inline SVG charts, no scripts and
/// no external requests. It prints on A4 (`HTMLStyle`).
public enum HTMLRenderer {
    public static func render(_ model: DocumentModel) -> String {
        var html = HTMLWriter()
        html.raw("<!DOCTYPE html>\n")
        html.open("html", [("lang", "da")])
        html.open("head")
        html.raw("<meta charset=\"utf-8\">")
        html.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        html.raw("<meta name=\"generator\" content=\"Gevinst\">")
        html.element("title", text: model.title)
        html.raw("<style>\n" + HTMLStyle.css + (model.orientation == .landscape ? HTMLStyle.landscape : "") + "\n</style>")
        html.close("head")
        html.newline()
        html.open("body")
        let anchors = HeadingAnchors(model)
        var headingIndex = 0
        for block in model.blocks {
            switch block {
            case .title(let title, let lines):
                html.open("section", [("class", "front")])
                html.element("h1", text: title)
                for line in lines { html.element("p", text: line) }
                html.close("section")
            case .heading(let heading):
                var attributes = [("id", anchors.id(headingIndex))]
                if heading.isSection { attributes.append(("class", "template-section")) }
                html.element("h\(heading.level)", attributes, text: heading.text)
                headingIndex += 1
            case .paragraph(let paragraph):
                paragraphHTML(paragraph, into: &html)
            case .fields(let fields):
                html.open("dl", [("class", "fields")])
                for field in fields {
                    html.element("dt", text: field.label + ":")
                    html.element("dd", text: field.value)
                }
                html.close("dl")
            case .checkboxes(let grid):
                checkboxesHTML(grid, into: &html)
            case .bulletList(let items):
                html.open("ul")
                for item in items { html.element("li", text: item) }
                html.close("ul")
            case .table(let table):
                tableHTML(table, into: &html)
            case .chart(let chart):
                html.open("figure")
                html.element("figcaption", text: chart.caption)
                html.raw(SvgChart.render(chart))
                html.close("figure")
            case .tableOfContents(let title, let maxLevel):
                html.open("nav", [("class", "toc")])
                html.element("h1", text: title)
                html.open("ol")
                for entry in anchors.entries where entry.level <= maxLevel {
                    html.open("li", [("class", "level\(entry.level)")])
                    html.element("a", [("href", "#" + entry.id)], text: entry.text)
                    html.close("li")
                }
                html.close("ol")
                html.close("nav")
            case .pageBreak:
                html.raw("<div class=\"page-break\"></div>")
            }
            html.newline()
        }
        html.close("body")
        html.close("html")
        html.newline()
        return html.output
    }

    static func paragraphHTML(_ paragraph: Paragraph, into html: inout HTMLWriter) {
        switch paragraph.style {
        case .body: html.open("p")
        case .note: html.open("p", [("class", "note")])
        case .kicker: html.open("p", [("class", "kicker")])
        }
        if let lead = paragraph.lead { html.element("span", [("class", "lead")], text: lead) }
        html.text(paragraph.text)
        html.close("p")
    }

    static func checkboxesHTML(_ grid: CheckboxGrid, into html: inout HTMLWriter) {
        html.open("div", [("class", "checkboxes")])
        html.element("div", [("class", "label")], text: grid.label + ":")
        html.open("table")
        for row in grid.rows {
            html.open("tr")
            for box in row {
                html.open("td")
                html.element("span", [("class", "box"), ("role", "img"), ("aria-label", box.checked ? "valgt" : "ikke valgt")],
                             text: box.checked ? "☒" : "☐")
                html.text(" " + box.text)
                html.close("td")
            }
            html.close("tr")
        }
        html.close("table")
        html.close("div")
    }

    static func tableHTML(_ table: DocumentTable, into html: inout HTMLWriter) {
        if let caption = table.caption { html.element("p", [("class", "caption")], text: caption) }
        var classes = "figures"
        if !table.isFigureTable { classes += " plain" }
        if !table.hasBorders { classes += " borderless" }
        html.open("table", [("class", classes)])
        html.open("colgroup")
        let totalWeight = max(1, table.columns.reduce(0) { $0 + $1.weight })
        for column in table.columns {
            html.raw("<col style=\"width:\((column.weight * 1000 / totalWeight) / 10).\((column.weight * 1000 / totalWeight) % 10)%\">")
        }
        html.close("colgroup")
        if table.columns.contains(where: { !$0.header.isEmpty }) {
            html.open("thead")
            html.open("tr")
            for column in table.columns {
                let alignment: [(String, String)] = switch column.kind {
                case .amount: [("class", "num")]
                case .mark: [("class", "mark")]
                case .text: []
                }
                html.element("th", alignment + [("scope", "col")], text: column.header)
            }
            html.close("tr")
            html.close("thead")
        }
        html.open("tbody")
        for row in table.rows {
            html.open("tr", row.style == .normal ? [] : [("class", row.style.rawValue)])
            var column = 0
            for cell in row.cells {
                var attributes: [(String, String)] = []
                let kind = column < table.columns.count ? table.columns[column].kind : .text
                if case .text = cell.content {} else if kind == .amount { attributes.append(("class", "num")) }
                if case .mark = cell.content { attributes.append(("class", "mark")) }
                if case .number = cell.content, kind != .amount { attributes.append(("class", "mark")) }
                if let colour = cell.highlight { attributes.append(("class", "status-" + colour.rawValue)) }
                if cell.span > 1 { attributes.append(("colspan", String(cell.span))) }
                html.element("td", attributes, text: cell.displayText(unit: table.unit))
                column += cell.span
            }
            html.close("tr")
        }
        html.close("tbody")
        html.close("table")
        for note in table.notes { html.element("p", [("class", "note")], text: note) }
    }
}

/// Stable ids for the document's headings, and the entries of its table of contents.
struct HeadingAnchors {
    struct Entry {
        var level: Int
        var text: String
        var id: String
    }

    let entries: [Entry]

    init(_ model: DocumentModel) {
        var entries: [Entry] = []
        for block in model.blocks {
            if case .heading(let heading) = block {
                entries.append(Entry(level: heading.level, text: heading.text, id: "h\(entries.count + 1)"))
            }
        }
        self.entries = entries
    }

    func id(_ index: Int) -> String { index < entries.count ? entries[index].id : "h\(index + 1)" }
}
