import Foundation

/// Writes a `DocumentModel` as a Word document (WordprocessingML, ECMA-376): real `w:tbl` tables with
/// right-aligned amounts and repeated header rows, headings in the built-in *heading 1–4* styles with
/// bookmarks so Word's table of contents finds them, a TOC field, page breaks between proposals, and a
/// footer with the title and "Side X af Y".
///
/// Each chart is a native DrawingML chart (`word/charts/chartN.xml`, drawn by `DrawingMLChart` from its
/// cached values), with its figures in a workbook embedded beside it for Word's "Edit data", and the
/// figures again as a small table under the chart (`Chart.dataTable`) for readers who cannot see it.
public enum DocxWriter {
    /// How the table of contents is written.
    public enum TableOfContents: Sendable {
        /// A Word `TOC` field over the heading styles, its entries filled in and its page numbers left for
        /// Word to fill (the file asks Word to update fields when opened). LibreOffice shows the entries as
        /// written, without page numbers, until the index is updated.
        case wordField
        /// The same entries without the enclosing `TOC` field: each page number is a `PAGEREF` field that
        /// LibreOffice computes when it lays out the pages. Used for PDF through LibreOffice.
        case pageReferences
    }

    /// The parts of the package, in archive order.
    public static func parts(_ model: DocumentModel, tableOfContents: TableOfContents = .wordField) -> [ZipPackage.Part] {
        let document = DocxBody.document(model, tableOfContents: tableOfContents)
        var overrides: [(String, String)] = [
            ("/word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"),
            ("/word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"),
            ("/word/settings.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"),
            ("/word/footer1.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"),
            ("/docProps/core.xml", OpenPackaging.ContentType.coreProperties),
            ("/docProps/app.xml", OpenPackaging.ContentType.extendedProperties),
        ]
        var relationships: [OpenPackaging.Relationship] = [
            .init(id: "rId1", type: OpenPackaging.RelationshipType.styles, target: "styles.xml"),
            .init(id: "rId2", type: OpenPackaging.RelationshipType.settings, target: "settings.xml"),
            .init(id: "rId3", type: OpenPackaging.RelationshipType.footer, target: "footer1.xml"),
        ]
        var chartParts: [ZipPackage.Part] = []
        for (index, chart) in document.charts.enumerated() {
            let number = index + 1
            overrides.append(("/word/charts/chart\(number).xml", OpenPackaging.ContentType.chart))
            relationships.append(.init(id: DocxBody.chartRelationship(number), type: OpenPackaging.RelationshipType.chart,
                                       target: "charts/chart\(number).xml"))
            chartParts += Self.chartParts(chart, number: number)
        }
        let embedsWorkbooks = chartParts.contains { $0.path.hasSuffix(".xlsx") }
        let contentTypes = OpenPackaging.contentTypes(
            defaults: embedsWorkbooks ? [("xlsx", OpenPackaging.ContentType.workbook)] : [], overrides: overrides)
        return [
            ZipPackage.Part(path: "[Content_Types].xml", text: contentTypes),
            ZipPackage.Part(path: "_rels/.rels", text: OpenPackaging.packageRelationships(mainPart: "word/document.xml")),
            ZipPackage.Part(path: "docProps/core.xml", text: OpenPackaging.coreProperties(title: model.title)),
            ZipPackage.Part(path: "docProps/app.xml", text: OpenPackaging.extendedProperties()),
            ZipPackage.Part(path: "word/document.xml", text: document.xml),
            ZipPackage.Part(path: "word/styles.xml", text: DocxStyles.styles),
            ZipPackage.Part(path: "word/settings.xml", text: DocxStyles.settings),
            ZipPackage.Part(path: "word/footer1.xml", text: DocxStyles.footer(title: model.title)),
            ZipPackage.Part(path: "word/_rels/document.xml.rels", text: OpenPackaging.relationships(relationships)),
        ] + chartParts
    }

    /// The sheet of a chart's embedded workbook that its series refer to.
    static let chartSheetName = "Figur"

    /// Chart `number`'s part and, beside it, the workbook holding its figures (the chart's external data).
    /// Should the workbook fail to zip, the chart is written without it: it draws from its cached values.
    static func chartParts(_ chart: BarChartData, number: Int) -> [ZipPackage.Part] {
        let workbookModel = DocumentModel(title: chart.caption, blocks: [.table(chart.sheetTable(name: chartSheetName))])
        guard let workbook = try? ZipPackage.archive(XlsxWriter.parts(workbookModel)) else {
            return [ZipPackage.Part(path: "word/charts/chart\(number).xml",
                                    text: DrawingMLChart.chartSpace(chart, sheet: chartSheetName, showsTitle: false))]
        }
        let workbookPath = "embeddings/Microsoft_Excel_Worksheet\(number).xlsx"
        return [
            ZipPackage.Part(path: "word/charts/chart\(number).xml",
                            text: DrawingMLChart.chartSpace(chart, sheet: chartSheetName, showsTitle: false, externalData: "rId1")),
            ZipPackage.Part(path: "word/charts/_rels/chart\(number).xml.rels", text: OpenPackaging.relationships([
                .init(id: "rId1", type: OpenPackaging.RelationshipType.package, target: "../" + workbookPath),
            ])),
            ZipPackage.Part(path: "word/" + workbookPath, data: workbook),
        ]
    }

    /// The `.docx` file's bytes.
    public static func write(_ model: DocumentModel, tableOfContents: TableOfContents = .wordField) throws(DocumentError) -> Data {
        try ZipPackage.archive(parts(model, tableOfContents: tableOfContents))
    }
}
