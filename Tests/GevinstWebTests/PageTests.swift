import Foundation
import GevinstCore
import GevinstDocuments
import Testing
@testable import GevinstWeb

@Suite("Every page")
struct PageTests {
    @Test("renders with example data in both languages, as balanced markup")
    func rendersBalanced() throws {
        for language in Language.allCases {
            for (name, html) in try ExamplePages.all(WebFixtures.context(language)) {
                let page = HTMLInspection(html)
                #expect(page.problems.isEmpty, "\(name) (\(language)): \(page.problems.prefix(5))")
                #expect(html.hasPrefix("<!DOCTYPE html>"), "\(name)")
                #expect(page.elements("html").first?.attributes["lang"] == language.rawValue, "\(name)")
                #expect(page.elements("main").count == 1, "\(name)")
                #expect(page.elements("h1").count == 1, "\(name)")
            }
        }
    }

    @Test("every input, select and textarea has a label for its id, and ids are unique")
    func everyControlLabelled() throws {
        for (name, html) in try ExamplePages.all() {
            let page = HTMLInspection(html)
            #expect(!page.controls.isEmpty || ["error", "proposal-hostile"].contains(name), "\(name) has no controls?")
            #expect(page.labelProblems.isEmpty, "\(name): \(page.labelProblems.prefix(5))")
        }
    }

    @Test("no page refers to anything outside Gevinst: no scheme, no protocol-relative address")
    func noExternalURLs() throws {
        for (name, html) in try ExamplePages.all() {
            let page = HTMLInspection(html)
            for url in page.urls {
                #expect(url.hasPrefix("/") || url.hasPrefix("#"), "\(name): \(url)")
                #expect(!url.hasPrefix("//"), "\(name): \(url)")
                #expect(!url.lowercased().contains("http:") && !url.lowercased().contains("https:"), "\(name): \(url)")
            }
            #expect(page.elements("script").allSatisfy { $0.attributes["src"] != nil && $0.text.isEmpty }, "\(name): inline script")
            #expect(page.elements("style").isEmpty, "\(name): inline style element")
            #expect(page.elements.allSatisfy { $0.attributes["style"] == nil }, "\(name): style attribute")
            #expect(page.elements.allSatisfy { element in !element.attributes.keys.contains { $0.hasPrefix("on") } }, "\(name): event handler attribute")
        }
        for asset in [WebAssets.stylesheet, WebAssets.script] {
            #expect(!asset.contains("http:") && !asset.contains("https:") && !asset.contains("url(") && !asset.contains("@import"))
        }
    }

    @Test("every form that posts carries the CSRF token")
    func formsCarryCSRF() throws {
        for (name, html) in try ExamplePages.all() {
            let page = HTMLInspection(html)
            for form in page.elements("form") where form.attributes["method"] == "post" {
                let fields = page.submission(ofForm: form.attributes["id"] ?? nil)
                if let id = form.attributes["id"] {
                    #expect(page.submission(ofForm: id).contains { $0.name == "csrf" }, "\(name): form \(id)")
                } else {
                    // Forms without an id: find the csrf input among the form's own descendants.
                    let inside = page.elements.filter { $0.index > form.index && $0.index < form.end }
                    #expect(inside.contains { $0.attributes["name"] == "csrf" && $0.attributes["value"]?.isEmpty == false },
                            "\(name): form to \(form.attributes["action"] ?? "?")")
                }
                _ = fields
            }
        }
    }

    @Test("the banner names the user, role and administration, and every page has a skip link to main")
    func bannerAndSkipLink() throws {
        let html = try #require(try ExamplePages.all().first { $0.name == "dashboard" }?.html)
        let page = HTMLInspection(html)
        let banner = try #require(page.elements("header").first)
        #expect(banner.text.contains("Anne Forfatter"))
        #expect(banner.text.contains("Forfatter"))
        #expect(banner.text.contains("Socialforvaltningen"))
        #expect(page.elements("a").first?.attributes["href"] == "#main")
        #expect(page.elements("form").contains { $0.attributes["action"] == WebPath.logout })
        #expect(!page.elements("a").contains { $0.attributes["href"] == WebPath.administration }, "an author is not offered the admin page")
        let admin = HTMLInspection(try #require(try ExamplePages.all().first { $0.name == "admin" }?.html))
        #expect(admin.elements("a").contains { $0.attributes["href"] == WebPath.administration })
    }

    @Test("English pages say it in English")
    func english() throws {
        let pages = try ExamplePages.all(WebFixtures.context(.english))
        let dashboard = try #require(pages.first { $0.name == "dashboard" }?.html)
        #expect(dashboard.contains("Proposals by status"))
        #expect(dashboard.contains("Log out"))
        #expect(!dashboard.contains("Log ud"))
        let danish = try #require(try ExamplePages.all().first { $0.name == "dashboard" }?.html)
        #expect(danish.contains("Forslag efter status"))
    }

    @Test("traffic lights always carry the word as well as the colour")
    func trafficLightsInWords() throws {
        let html = try #require(try ExamplePages.all().first { $0.name == "follow-up" }?.html)
        let page = HTMLInspection(html)
        let lights = page.elements("span").filter { ($0.attributes["class"] ?? "").hasPrefix("light ") }
        #expect(!lights.isEmpty)
        for light in lights {
            #expect(["Grøn", "Gul", "Rød"].contains { light.text.contains($0) }, "\(light.text)")
        }
        // The chart says the counts in words too.
        #expect(page.text.contains("1 grøn"))
        #expect(page.text.contains("1 rød"))
    }
}

@Suite("Escaping")
struct EscapingTests {
    @Test("the builder escapes text and attribute values")
    func builderEscapes() {
        var html = HTML()
        html.element("p", ["title": "a\"b'c<d>&e"], text: "<script>alert(1)</script> & 🎉")
        #expect(html.output == "<p title=\"a&quot;b&apos;c&lt;d&gt;&amp;e\">&lt;script&gt;alert(1)&lt;/script&gt; &amp; 🎉</p>")
    }

    @Test("element and attribute names that could break out of a tag are refused")
    func unsafeNames() {
        var html = HTML()
        html.element("p", ["onclick=\"x\" a": "1", "class": "ok"], text: "t")
        html.element("p><script", text: "x")
        #expect(html.output == "<p class=\"ok\">t</p>x")
    }

    @Test("a hostile title, label, summary and appropriation render as written, never as markup")
    func hostileProposal() throws {
        for (name, html) in try ExamplePages.all() where name.hasSuffix("hostile") || name == "review" || name == "catalogue" {
            let page = HTMLInspection(html)
            #expect(page.problems.isEmpty, "\(name): \(page.problems)")
            #expect(page.elements("script").allSatisfy { $0.attributes["src"] == WebAssets.scriptPath }, "\(name)")
            #expect(page.elements("img").isEmpty, "\(name)")
            #expect(page.elements("b").isEmpty && page.elements("i").isEmpty, "\(name)")
            #expect(!html.contains("<script>alert"), "\(name)")
            #expect(page.text.contains(WebFixtures.hostileText), "\(name): the title reads as typed")
        }
        let editor = try #require(try ExamplePages.all().first { $0.name == "editor-hostile" }?.html)
        let fields = HTMLInspection(editor).submission(ofForm: "editor")
        #expect(fields.contains { $0.name == "title" && $0.value == WebFixtures.hostileText })
        #expect(fields.contains { $0.name == "summary" && $0.value == WebFixtures.hostile.summary })
    }

    @Test("SvgChart escapes a chart's labels, so an SVG chart is safe to embed")
    func chartEscapes() throws {
        let computed = try #require(Compute.proposal(WebFixtures.hostile).first)
        let chart = Chart.cumulativeNet(CumulativeNetChart(caption: WebFixtures.hostileText, computed: computed, paybackYear: nil,
                                                           paybackLabel: "<b>x</b>"))
        let svg = TrustedHTML.chart(chart).string
        #expect(!svg.contains("<script>") && !svg.contains("<b>"))
        #expect(svg.contains("&lt;script&gt;"))
        let page = HTMLInspection(svg)
        #expect(page.problems.isEmpty)
        #expect(page.text.contains(WebFixtures.hostileText))
    }
}
