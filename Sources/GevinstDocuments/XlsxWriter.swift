import Foundation

/// Writes the tables of a `DocumentModel` as an Excel workbook (SpreadsheetML, ECMA-376): one sheet per
/// table, the caption in row 1 and the column headings in row 2 (frozen, and repeated when printed),
/// amounts as numbers in the table's unit with a `#,##0` format, and every total as a `SUM` formula over
/// the rows it adds up, with Core's figure as the formula's cached value. The tables of figures come first;
/// each chart follows them on a sheet of its own, as a native chart over its figures (`XlsxChartSheet`);
/// the tables of words (a proposal's implementation grid, follow-up plan and consultations) come last, so
/// that a sheet of figures keeps its place whether or not a proposal has them.
public enum XlsxWriter {
    /// The parts of the package, in archive order.
    public static func parts(_ model: DocumentModel) -> [ZipPackage.Part] {
        var tables = model.figureTables
        let charts = XlsxChartSheet.charts(model)
        let textTables = model.tables.filter { !$0.isFigureTable }
        if tables.isEmpty && charts.isEmpty && textTables.isEmpty {
            tables = [DocumentTable(name: model.title, caption: model.title, columns: [DocumentTable.Column("")], rows: [])]
        }
        var names = SheetNames()
        var strings = SharedStrings()
        var sheets: [(name: String, xml: String)] = []
        for table in tables {
            let name = names.name(for: table.name)
            sheets.append((name, XlsxSheet.xml(table, strings: &strings)))
        }
        // Each chart on a sheet of its own after the tables, with its figures and the chart under them.
        var chartParts: [ZipPackage.Part] = []
        var chartOverrides: [(String, String)] = []
        for (index, item) in charts.enumerated() {
            let name = names.name(for: item.name)
            let table = item.chart.sheetTable(name: name)
            sheets.append((name, XlsxSheet.xml(table, strings: &strings, drawing: "rId1")))
            chartParts += XlsxChartSheet.parts(item.chart, sheetName: name, table: table, sheetNumber: sheets.count, number: index + 1)
            chartOverrides += [
                ("/xl/drawings/drawing\(index + 1).xml", OpenPackaging.ContentType.drawing),
                ("/xl/charts/chart\(index + 1).xml", OpenPackaging.ContentType.chart),
            ]
        }
        for table in textTables {
            let name = names.name(for: table.name)
            sheets.append((name, XlsxSheet.xml(table, strings: &strings)))
        }

        var overrides: [(String, String)] = [
            ("/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"),
            ("/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"),
            ("/xl/sharedStrings.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"),
            ("/docProps/core.xml", OpenPackaging.ContentType.coreProperties),
            ("/docProps/app.xml", OpenPackaging.ContentType.extendedProperties),
        ]
        var relationships: [OpenPackaging.Relationship] = []
        var workbook = OpenPackaging.xmlDeclaration
        workbook += "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"\(OpenPackaging.Namespace.officeRelationships)\">"
        workbook += "<bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>"
        var definedNames = ""
        for (index, sheet) in sheets.enumerated() {
            let number = index + 1
            overrides.append(("/xl/worksheets/sheet\(number).xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"))
            relationships.append(.init(id: "rId\(number)", type: OpenPackaging.RelationshipType.worksheet, target: "worksheets/sheet\(number).xml"))
            workbook += "<sheet name=\"\(XMLEscaping.attribute(sheet.name))\" sheetId=\"\(number)\" r:id=\"rId\(number)\"/>"
            let quoted = "'" + sheet.name.replacing("'", with: "''") + "'"
            definedNames += "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"\(index)\">\(XMLEscaping.text(quoted))!$1:$2</definedName>"
        }
        overrides += chartOverrides
        workbook += "</sheets><definedNames>\(definedNames)</definedNames><calcPr calcId=\"191029\" fullCalcOnLoad=\"1\"/></workbook>"
        relationships.append(.init(id: "rId\(sheets.count + 1)", type: OpenPackaging.RelationshipType.styles, target: "styles.xml"))
        relationships.append(.init(id: "rId\(sheets.count + 2)", type: OpenPackaging.RelationshipType.sharedStrings, target: "sharedStrings.xml"))

        var parts = [
            ZipPackage.Part(path: "[Content_Types].xml", text: OpenPackaging.contentTypes(overrides: overrides)),
            ZipPackage.Part(path: "_rels/.rels", text: OpenPackaging.packageRelationships(mainPart: "xl/workbook.xml")),
            ZipPackage.Part(path: "docProps/core.xml", text: OpenPackaging.coreProperties(title: model.title)),
            ZipPackage.Part(path: "docProps/app.xml", text: OpenPackaging.extendedProperties()),
            ZipPackage.Part(path: "xl/workbook.xml", text: workbook),
            ZipPackage.Part(path: "xl/_rels/workbook.xml.rels", text: OpenPackaging.relationships(relationships)),
            ZipPackage.Part(path: "xl/styles.xml", text: XlsxStyles.xml),
            ZipPackage.Part(path: "xl/sharedStrings.xml", text: strings.xml),
        ]
        for (index, sheet) in sheets.enumerated() {
            parts.append(ZipPackage.Part(path: "xl/worksheets/sheet\(index + 1).xml", text: sheet.xml))
        }
        return parts + chartParts
    }

    /// The `.xlsx` file's bytes.
    public static func write(_ model: DocumentModel) throws(DocumentError) -> Data {
        try ZipPackage.archive(parts(model))
    }
}

/// The shared-strings table: each distinct text once, cells refer to it by index.
struct SharedStrings {
    private var indices: [String: Int] = [:]
    private var ordered: [String] = []
    private var references = 0

    /// Excel's limit for the text of one cell.
    static let maximumLength = 32_767

    /// Indices by the text as given, so a repeated text is cleaned only once. Keyed by the UTF-8 bytes:
    /// hashing a `String` normalises its Unicode first, which is slow for Danish text in large reports.
    private var rawIndices: [UTF8Key: Int] = [:]

    mutating func index(_ text: String) -> Int {
        references += 1
        let key = UTF8Key(text)
        if let index = rawIndices[key] { return index }
        let index = cleanIndex(text)
        rawIndices[key] = index
        return index
    }

    private mutating func cleanIndex(_ text: String) -> Int {
        let clean = SheetNames.truncated(XMLEscaping.removingForbidden(text), to: Self.maximumLength)
        if let index = indices[clean] { return index }
        let index = ordered.count
        indices[clean] = index
        ordered.append(clean)
        return index
    }

    var xml: String {
        var xml = OpenPackaging.xmlDeclaration
        xml += "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"\(references)\" uniqueCount=\"\(ordered.count)\">"
        for text in ordered { xml += "<si><t xml:space=\"preserve\">\(XMLEscaping.text(text))</t></si>" }
        return xml + "</sst>"
    }
}

/// A text compared and hashed by its UTF-8 bytes.
struct UTF8Key: Hashable {
    let text: String

    init(_ text: String) { self.text = text }

    static func == (lhs: UTF8Key, rhs: UTF8Key) -> Bool { lhs.text.utf8.elementsEqual(rhs.text.utf8) }

    func hash(into hasher: inout Hasher) {
        let hashed: Void? = text.utf8.withContiguousStorageIfAvailable { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        if hashed == nil {
            for byte in text.utf8 { hasher.combine(byte) }
        }
        hasher.combine(text.utf8.count)
    }
}
