import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import GevinstCore
import Testing
@testable import GevinstDocuments

@Suite("HTML")
struct HTMLRendererTests {
    static func catalogueHTML() throws -> String {
        HTMLRenderer.render(try CatalogueDocument(proposals: Fixtures.all).model())
    }

    @Test("self-contained: inline CSS, no scripts, no external requests")
    func selfContained() throws {
        let html = try Self.catalogueHTML()
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<style>"))
        for forbidden in ["<script", "<link", "src=", "http://", "https://", "@import", "url(http"] {
            // The SVG namespace is an identifier, not a request.
            let withoutNamespace = html.replacing("xmlns=\"http://www.w3.org/2000/svg\"", with: "")
            #expect(!withoutNamespace.contains(forbidden), "found \(forbidden)")
        }
    }

    @Test("prints on A4 with page breaks and repeated table headers")
    func printCSS() throws {
        let html = try Self.catalogueHTML()
        #expect(html.contains("@page { size: A4"))
        #expect(html.contains("thead { display: table-header-group; }"))
        #expect(html.components(separatedBy: "<div class=\"page-break\"></div>").count - 1 == 8)
        #expect(html.contains("<thead>"))
    }

    @Test("amounts right-aligned, Tabel 1 figures of BU05 present, TOC links to the headings")
    func content() throws {
        let html = try Self.catalogueHTML()
        #expect(html.contains("<td class=\"num\">2.065</td>"))
        #expect(html.contains("<td colspan=\"7\">3 år</td>"))
        #expect(html.contains("<a href=\"#h"))
        #expect(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""))
    }

    @Test("a title with <, &, quotes and emoji renders as written")
    func awkwardText() throws {
        let html = HTMLRenderer.render(try ProposalDocument(Fixtures.awkward).model())
        #expect(html.contains("Børn &amp; unge &lt;under 18&gt; \"særlige\" 'behov' 👨‍👩‍👧 ✓"))
        #expect(!html.contains("<under 18>"))
        #expect(!html.contains("\u{1}"))
        #expect(html.contains("Resumé med &lt;b&gt;markup&lt;/b&gt; &amp; \"citat\""))
        #expect(html.contains("<title>UD12 – Børn &amp; unge &lt;under 18&gt;"))
    }

    @Test("the body parses as XML, so every tag is closed and every entity valid")
    func wellFormed() throws {
        let html = try Self.catalogueHTML()
        let start = try #require(html.range(of: "<body>"))
        let end = try #require(html.range(of: "</body>"))
        let body = String(html[start.lowerBound..<end.upperBound]).replacing("<br>", with: "<br/>")
        let columns = body.replacing(#/<col style="[^"]*">/#) { match in String(match.output.dropLast()) + "/>" }
        _ = try XMLElementNode.parse(Data(columns.utf8))
    }
}

@Suite("SVG charts")
struct SvgChartTests {
    @Test("the cumulative-net chart is well-formed SVG with the payback year marked")
    func cumulativeNet() throws {
        let computed = try #require(Compute.proposal(Fixtures.bu01).first)
        let chart = CumulativeNetChart(caption: "Figur <1> & \"x\"", computed: computed, paybackYear: 2021, paybackLabel: "Tilbagebetalt i 2021")
        #expect(chart.cumulative == [300_000, 200_000, -200_000, -1_200_000, -2_200_000, -3_200_000])
        let svg = SvgChart.render(.cumulativeNet(chart))
        let root = try XMLElementNode.parse(Data(svg.utf8))
        #expect(root.name == "svg")
        #expect(root.first("title")?.text == "Figur <1> & \"x\"")
        let bold = root.all("text").filter { $0.attributes["font-weight"] == "bold" }.map(\.text)
        #expect(bold == ["2021"])
        #expect(root.all("rect").filter { $0.attributes["stroke"] == "#000000" }.count == 1)
        #expect(root.all("text").map(\.text).contains("-3.200"))
        #expect(!svg.contains("<script"))
    }

    @Test("the portfolio chart stacks each area's bars and names the areas, escaped")
    func portfolio() throws {
        let chart = PortfolioChart(caption: "c", years: [2019, 2020], series: [
            .init(area: "A & <B>", investment: [1_000_000, 0], efficiency: [0, -500_000]),
            .init(area: "C", investment: [500_000, 0], efficiency: [0, -250_000]),
        ])
        let svg = SvgChart.render(.portfolio(chart))
        let root = try XMLElementNode.parse(Data(svg.utf8))
        #expect(root.all("text").map(\.text).contains("A & <B>"))
        #expect(svg.contains("A &amp; &lt;B&gt;"))
        // Two non-zero values per area, plus the hatched overlay on efficiency bars and the legend swatches.
        #expect(root.all("rect").count == 4 + 2 + 2)
    }
}
