import Foundation

/// Writes a `DocumentModel` as a Word document (WordprocessingML, ECMA-376): real `w:tbl` tables with
/// right-aligned amounts and repeated header rows, headings in the built-in *heading 1–4* styles with
/// bookmarks so Word's table of contents finds them, a TOC field, page breaks between proposals, and a
/// footer with the title and "Side X af Y".
///
/// Charts have no vector form Word and LibreOffice both read without a bitmap fallback, so the DOCX shows
/// a chart's figures as a small table under the chart's caption (`Chart.dataTable`).
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
        let contentTypes = OpenPackaging.contentTypes(overrides: [
            ("/word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"),
            ("/word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"),
            ("/word/settings.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"),
            ("/word/footer1.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"),
            ("/docProps/core.xml", OpenPackaging.ContentType.coreProperties),
            ("/docProps/app.xml", OpenPackaging.ContentType.extendedProperties),
        ])
        let documentRelationships = OpenPackaging.relationships([
            .init(id: "rId1", type: OpenPackaging.RelationshipType.styles, target: "styles.xml"),
            .init(id: "rId2", type: OpenPackaging.RelationshipType.settings, target: "settings.xml"),
            .init(id: "rId3", type: OpenPackaging.RelationshipType.footer, target: "footer1.xml"),
        ])
        return [
            ZipPackage.Part(path: "[Content_Types].xml", text: contentTypes),
            ZipPackage.Part(path: "_rels/.rels", text: OpenPackaging.packageRelationships(mainPart: "word/document.xml")),
            ZipPackage.Part(path: "docProps/core.xml", text: OpenPackaging.coreProperties(title: model.title)),
            ZipPackage.Part(path: "docProps/app.xml", text: OpenPackaging.extendedProperties()),
            ZipPackage.Part(path: "word/document.xml", text: DocxBody.document(model, tableOfContents: tableOfContents)),
            ZipPackage.Part(path: "word/styles.xml", text: DocxStyles.styles),
            ZipPackage.Part(path: "word/settings.xml", text: DocxStyles.settings),
            ZipPackage.Part(path: "word/footer1.xml", text: DocxStyles.footer(title: model.title)),
            ZipPackage.Part(path: "word/_rels/document.xml.rels", text: documentRelationships),
        ]
    }

    /// The `.docx` file's bytes.
    public static func write(_ model: DocumentModel, tableOfContents: TableOfContents = .wordField) throws(DocumentError) -> Data {
        try ZipPackage.archive(parts(model, tableOfContents: tableOfContents))
    }
}
