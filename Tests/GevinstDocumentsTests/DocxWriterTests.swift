import Foundation
import GevinstCore
import Testing
@testable import GevinstDocuments

@Suite("DOCX")
struct DocxWriterTests {
    static func catalogue() throws -> DocumentModel {
        try CatalogueDocument(
            frontPageLines: ["Socialudvalget", "Budget 2020"], proposals: Fixtures.all,
            changes: CatalogueChanges(since: "udvalget sidst så kataloget", entries: [
                CatalogueChange(code: "BU05", title: Fixtures.bu05.title, kind: .changed, line: nil),
                CatalogueChange(code: "UD12", title: Fixtures.awkwardText, kind: .new, line: nil),
                CatalogueChange(code: "TV04", title: "Hjemtagning af tolkeydelser", kind: .inProcess, line: nil),
            ])).model()
    }

    @Test("every part has a content type, every relationship resolves, every XML part is well-formed")
    func packageStructure() throws {
        let model = try Self.catalogue()
        let package = try PackageInspection(DocxWriter.write(model))
        // Each chart (one per proposal variant and the portfolio's) brings a chart part, its relationships and
        // the embedded workbook of its figures (ChartPartsTests looks inside them).
        let charts = model.blocks.filter { if case .chart = $0 { true } else { false } }
        #expect(charts.count == 8)
        let chartParts = Set(package.parts.keys.filter { $0.hasPrefix("word/charts/") || $0.hasPrefix("word/embeddings/") })
        #expect(chartParts.count == charts.count * 3)
        #expect(Set(package.parts.keys).subtracting(chartParts) == [
            "[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml", "word/document.xml",
            "word/styles.xml", "word/settings.xml", "word/footer1.xml", "word/_rels/document.xml.rels",
        ])
        for path in package.parts.keys where path != "[Content_Types].xml" {
            #expect(try package.contentType(of: path) != nil, "no content type for \(path)")
        }
        for path in package.xmlPaths { _ = try package.xml(path) }
        #expect(try package.contentType(of: "word/document.xml") == "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")
        for rels in ["_rels/.rels", "word/_rels/document.xml.rels"] {
            for target in try package.relationshipTargets(rels) {
                #expect(package.parts[target.path] != nil, "\(rels) points at missing \(target.path)")
            }
        }
        let main = try package.relationshipTargets("_rels/.rels").first { $0.type.hasSuffix("/officeDocument") }
        #expect(main?.path == "word/document.xml")
    }

    @Test("heading styles carry Word's built-in names and outline levels, so the TOC finds them")
    func headingStyles() throws {
        let styles = try PackageInspection(DocxWriter.write(Self.catalogue())).xml("word/styles.xml")
        for level in 1...2 {
            let style = try #require(styles.all("w:style").first { $0.attributes["w:styleId"] == "Heading\(level)" })
            #expect(style.first("w:name")?.attributes["w:val"] == "heading \(level)")
            #expect(style.first("w:outlineLvl")?.attributes["w:val"] == String(level - 1))
        }
    }

    @Test("TOC field, page breaks, real tables with repeated header rows and right-aligned amounts")
    func body() throws {
        let document = try PackageInspection(DocxWriter.write(Self.catalogue())).xml("word/document.xml")
        let instructions = document.all("w:instrText").map(\.allText)
        #expect(instructions.contains { $0.contains("TOC \\o \"1-2\"") })
        #expect(instructions.filter { $0.contains("PAGEREF") }.count == document.all("w:hyperlink").count)
        // Front page, change list, TOC, overview, one per area (BU, SI, UD, HA, TV) and one before BU05, the second proposal in BU.
        #expect(document.all("w:pageBreakBefore").count + document.all("w:br").filter { $0.attributes["w:type"] == "page" }.count == 9)
        let tables = document.all("w:tbl")
        #expect(tables.count > 20)
        let headerRows = document.all("w:tblHeader")
        #expect(headerRows.count >= 6)
        // In BU05's Tabel 1, the Istandsættelse row: 1.540 right-aligned.
        let cell = try #require(document.all("w:tc").first { $0.allText == "1.540" })
        #expect(cell.first("w:jc")?.attributes["w:val"] == "right")
        let headings = document.all("w:p").filter { $0.first("w:pStyle")?.attributes["w:val"] == "Heading2" }.map(\.allText)
        #expect(headings.contains("BU01 – Peer-to-Peer familier i familiebehandling"))
        // Bookmarks for every TOC entry.
        let anchors = Set(document.all("w:hyperlink").compactMap { $0.attributes["w:anchor"] })
        let bookmarks = Set(document.all("w:bookmarkStart").compactMap { $0.attributes["w:name"] })
        #expect(!anchors.isEmpty && anchors.isSubset(of: bookmarks))
    }

    @Test("a title with <, &, quotes and emoji reads back as written")
    func awkwardText() throws {
        let document = try PackageInspection(DocxWriter.write(Self.catalogue())).xml("word/document.xml")
        let texts = document.all("w:t").map(\.text)
        #expect(texts.contains("UD12 – " + Fixtures.awkwardText))
        #expect(texts.contains(Fixtures.awkwardText))
        #expect(texts.contains("Resumé med <b>markup</b> & \"citat\""))
    }

    @Test("a line break in text becomes a Word line break")
    func lineBreaks() throws {
        var word = WordML()
        word.run(.init("a\nb\r\nc\td"))
        #expect(word.xml == "<w:r><w:t xml:space=\"preserve\">a</w:t><w:br/><w:t xml:space=\"preserve\">b</w:t><w:br/><w:t xml:space=\"preserve\">c</w:t><w:tab/><w:t xml:space=\"preserve\">d</w:t></w:r>")
    }

    @Test("the same document gives the same bytes")
    func deterministic() throws {
        let model = try ProposalDocument(Fixtures.bu01).model()
        #expect(try DocxWriter.write(model) == DocxWriter.write(model))
    }
}
