/// The shared plumbing of Office Open XML packages (ECMA-376 Part 2, Open Packaging Conventions): the
/// content-types part that names a media type for every part, relationship parts, and document properties.
enum OpenPackaging {
    static let xmlDeclaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

    enum Namespace {
        static let contentTypes = "http://schemas.openxmlformats.org/package/2006/content-types"
        static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"
        static let officeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    }

    enum RelationshipType {
        static let officeDocument = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
        static let coreProperties = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
        static let extendedProperties = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties"
        static let styles = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"
        static let settings = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings"
        static let footer = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer"
        static let worksheet = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"
        static let sharedStrings = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"
        static let chart = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart"
        static let drawing = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing"
        /// An embedded package (the workbook holding a DOCX chart's figures).
        static let package = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/package"
    }

    enum ContentType {
        static let relationships = "application/vnd.openxmlformats-package.relationships+xml"
        static let xml = "application/xml"
        static let coreProperties = "application/vnd.openxmlformats-package.core-properties+xml"
        static let extendedProperties = "application/vnd.openxmlformats-officedocument.extended-properties+xml"
        static let chart = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"
        static let drawing = "application/vnd.openxmlformats-officedocument.drawing+xml"
        static let workbook = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    }

    struct Relationship {
        var id: String
        var type: String
        var target: String
    }

    /// `[Content_Types].xml`: defaults for `.rels`, `.xml` and any further extensions (`.xlsx` for embedded
    /// workbooks), and an override for every other part.
    static func contentTypes(
        defaults: [(fileExtension: String, contentType: String)] = [], overrides: [(partName: String, contentType: String)]
    ) -> String {
        var xml = xmlDeclaration + "<Types xmlns=\"\(Namespace.contentTypes)\">"
        xml += "<Default Extension=\"rels\" ContentType=\"\(ContentType.relationships)\"/>"
        xml += "<Default Extension=\"xml\" ContentType=\"\(ContentType.xml)\"/>"
        for (fileExtension, contentType) in defaults {
            xml += "<Default Extension=\"\(fileExtension)\" ContentType=\"\(contentType)\"/>"
        }
        for (partName, contentType) in overrides {
            xml += "<Override PartName=\"\(XMLEscaping.attribute(partName))\" ContentType=\"\(contentType)\"/>"
        }
        return xml + "</Types>"
    }

    static func relationships(_ relationships: [Relationship]) -> String {
        var xml = xmlDeclaration + "<Relationships xmlns=\"\(Namespace.packageRelationships)\">"
        for relationship in relationships {
            xml += "<Relationship Id=\"\(relationship.id)\" Type=\"\(relationship.type)\" Target=\"\(XMLEscaping.attribute(relationship.target))\"/>"
        }
        return xml + "</Relationships>"
    }

    /// `docProps/core.xml`: the title and the creator. No dates, so that output is reproducible.
    static func coreProperties(title: String) -> String {
        xmlDeclaration
            + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            + "<dc:title>\(XMLEscaping.text(title))</dc:title><dc:creator>Gevinst</dc:creator>"
            + "<dc:language>da-DK</dc:language></cp:coreProperties>"
    }

    /// `docProps/app.xml`: the application that wrote the file.
    static func extendedProperties() -> String {
        xmlDeclaration
            + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
            + "<Application>Gevinst</Application></Properties>"
    }

    /// The package relationships from `_rels/.rels` to the main part and the document properties.
    static func packageRelationships(mainPart: String) -> String {
        relationships([
            Relationship(id: "rId1", type: RelationshipType.officeDocument, target: mainPart),
            Relationship(id: "rId2", type: RelationshipType.coreProperties, target: "docProps/core.xml"),
            Relationship(id: "rId3", type: RelationshipType.extendedProperties, target: "docProps/app.xml"),
        ])
    }
}
