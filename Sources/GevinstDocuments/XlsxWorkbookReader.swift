import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ZIPFoundation

/// Reads the cells of an XLSX workbook (SpreadsheetML): each sheet's name and its cells by row and column,
/// as text or as the number the cell stores. Enough to load back a workbook Gevinst wrote and a person then
/// edited in Excel or LibreOffice: shared and inline strings, numbers, booleans, formula results.
struct XlsxWorkbookReader {
    /// One cell's value.
    enum Value: Sendable, Hashable {
        case text(String)
        /// The number as the file writes it ("-5788", "2026", "12.5", "1E3").
        case number(String)

        var text: String {
            switch self {
            case .text(let text), .number(let text): text
            }
        }
    }

    struct Sheet: Sendable {
        var name: String
        /// Cells by 1-based row, then 0-based column.
        var rows: [Int: [Int: Value]]
    }

    /// The largest workbook read, the largest part unpacked and the most unpacked in all: generous for any
    /// follow-up workbook (seed 002's 63 rows make a sheet of about 40 KB), small enough that a crafted archive
    /// cannot exhaust memory. A part is also cut at the size its entry declares, which a crafted archive may
    /// understate (a 2,6 MB file declaring 1 000 bytes for a 1 GB sheet took 4,3 GB before it was refused).
    static let maxFileBytes = 128 * 1024 * 1024
    static let maxPartBytes = 64 * 1024 * 1024
    static let maxUnpackedBytes = 256 * 1024 * 1024

    /// Thrown from the extraction's consumer to stop it when a part outgrows its bound.
    private struct PartOutgrown: Error {}

    let sheets: [Sheet]

    init(data: Data, file: String) throws(XlsxReadError) {
        guard data.count <= Self.maxFileBytes else {
            throw XlsxReadError(file: file, message: "the file is \(data.count) bytes; at most \(Self.maxFileBytes) are read")
        }
        let archive: Archive
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw XlsxReadError(file: file, message: "not an XLSX workbook (not a zip archive)")
        }
        var unpacked = 0
        func part(_ path: String) throws(XlsxReadError) -> Data? {
            guard let entry = archive[path] else { return nil }
            guard entry.uncompressedSize <= Int64(Self.maxPartBytes) else {
                throw XlsxReadError(file: file, message: "the part \(path) unpacks to \(entry.uncompressedSize) bytes; at most \(Self.maxPartBytes) are read")
            }
            let declared = Int(entry.uncompressedSize)
            guard unpacked + declared <= Self.maxUnpackedBytes else {
                throw XlsxReadError(file: file, message: "its parts unpack to more than \(Self.maxUnpackedBytes) bytes in all")
            }
            var bytes = Data()
            do {
                _ = try archive.extract(entry, skipCRC32: false) { chunk in
                    guard bytes.count + chunk.count <= declared else { throw PartOutgrown() }
                    bytes.append(chunk)
                }
            } catch is PartOutgrown {
                throw XlsxReadError(file: file, message: "the part \(path) unpacks to more than the \(declared) bytes its entry declares; the file is damaged or crafted")
            } catch {
                throw XlsxReadError(file: file, message: "the part \(path) cannot be unpacked: \(error)")
            }
            unpacked += bytes.count
            return bytes
        }
        guard let workbookData = try part("xl/workbook.xml") else {
            throw XlsxReadError(file: file, message: "not an XLSX workbook: it has no xl/workbook.xml")
        }
        let workbook = try XMLElementCollector.parse(workbookData, file: file, part: "xl/workbook.xml")
        let relationships = try part("xl/_rels/workbook.xml.rels").map { data throws(XlsxReadError) in
            try XMLElementCollector.parse(data, file: file, part: "xl/_rels/workbook.xml.rels")
        }
        var targets: [String: String] = [:]
        for element in relationships?.elements ?? [] where element.name == "Relationship" {
            if let id = element.attributes["Id"], let target = element.attributes["Target"] { targets[id] = target }
        }
        let strings = try part("xl/sharedStrings.xml").map { data throws(XlsxReadError) in
            try SharedStringsCollector.parse(data, file: file)
        } ?? []

        var sheets: [Sheet] = []
        for element in workbook.elements where element.name == "sheet" {
            let name = element.attributes["name"] ?? "Ark\(sheets.count + 1)"
            guard let id = element.attributes.first(where: { $0.key == "r:id" || $0.key.hasSuffix(":id") })?.value,
                  let target = targets[id] else { continue }
            let path = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            guard let sheetData = try part(path) else {
                throw XlsxReadError(file: file, message: "the sheet \"\(name)\" points to \(path), which the file does not hold")
            }
            sheets.append(Sheet(name: name, rows: try SheetCollector.parse(sheetData, strings: strings, file: file, sheet: name)))
        }
        self.sheets = sheets
    }
}

/// Why a workbook could not be read at all.
public struct XlsxReadError: Error, Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var message: String

    public var description: String { "\(file): error: \(message)" }
}

/// Collects elements (name and attributes, no text) of a small XML part: workbook and relationships.
private final class XMLElementCollector: NSObject, XMLParserDelegate {
    struct Element {
        var name: String
        var attributes: [String: String]
    }

    var elements: [Element] = []

    static func parse(_ data: Data, file: String, part: String) throws(XlsxReadError) -> XMLElementCollector {
        let collector = XMLElementCollector()
        let parser = XMLParser(stream: InputStream(data: data))
        parser.delegate = collector
        guard parser.parse() else {
            throw XlsxReadError(file: file, message: "the part \(part) is not well-formed XML (line \(parser.lineNumber))")
        }
        return collector
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        elements.append(Element(name: XMLName.local(elementName), attributes: attributes))
    }
}

/// The shared-strings table: each `<si>`'s text, runs joined; phonetic hints (`<rPh>`) left out.
private final class SharedStringsCollector: NSObject, XMLParserDelegate {
    var strings: [String] = []
    private var current = ""
    private var inItem = false
    private var inText = false
    private var phoneticDepth = 0

    static func parse(_ data: Data, file: String) throws(XlsxReadError) -> [String] {
        let collector = SharedStringsCollector()
        let parser = XMLParser(stream: InputStream(data: data))
        parser.delegate = collector
        guard parser.parse() else {
            throw XlsxReadError(file: file, message: "the shared strings are not well-formed XML (line \(parser.lineNumber))")
        }
        return collector.strings
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch XMLName.local(elementName) {
        case "si": inItem = true; current = ""
        case "rPh": phoneticDepth += 1
        case "t": inText = inItem && phoneticDepth == 0
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        switch XMLName.local(elementName) {
        case "si": strings.append(current); inItem = false
        case "rPh": phoneticDepth -= 1
        case "t": inText = false
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { current += string }
    }
}

/// A worksheet's cells: `<c r="B3" t="s"><v>5</v></c>`, inline strings, numbers, booleans, formula results.
private final class SheetCollector: NSObject, XMLParserDelegate {
    var rows: [Int: [Int: XlsxWorkbookReader.Value]] = [:]
    let strings: [String]
    private var rowNumber = 0
    private var column = -1
    private var type = "n"
    private var value = ""
    private var inlineText = ""
    private var capturing: Capture = .none
    var badReference: String?

    enum Capture { case none, value, inline }

    init(strings: [String]) { self.strings = strings }

    static func parse(_ data: Data, strings: [String], file: String, sheet: String) throws(XlsxReadError) -> [Int: [Int: XlsxWorkbookReader.Value]] {
        let collector = SheetCollector(strings: strings)
        let parser = XMLParser(stream: InputStream(data: data))
        parser.delegate = collector
        guard parser.parse() else {
            throw XlsxReadError(file: file, message: "the sheet \"\(sheet)\" is not well-formed XML (line \(parser.lineNumber))")
        }
        if let reference = collector.badReference {
            throw XlsxReadError(file: file, message: "the sheet \"\(sheet)\" has a cell reference \"\(reference)\" that names no cell")
        }
        return collector.rows
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch XMLName.local(elementName) {
        case "row":
            // A row without its number follows the last; a crafted number at Int.max must not overflow.
            rowNumber = attributes["r"].flatMap(Int.init) ?? (rowNumber == Int.max ? rowNumber : rowNumber + 1)
            column = -1
        case "c":
            if let reference = attributes["r"] {
                if let parsed = CellReference.parse(reference) {
                    column = parsed.column
                    if parsed.row != rowNumber && parsed.row > 0 { rowNumber = parsed.row }
                } else {
                    badReference = badReference ?? reference
                    column += 1
                }
            } else {
                column += 1
            }
            type = attributes["t"] ?? "n"
            value = ""
            inlineText = ""
        case "v": capturing = .value
        case "t": if type == "inlineStr" { capturing = .inline }
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        switch XMLName.local(elementName) {
        case "v", "t": capturing = .none
        case "c":
            guard column >= 0 else { return }
            let cell: XlsxWorkbookReader.Value?
            switch type {
            case "s": cell = Int(value.trimmingCharacters(in: .whitespaces)).flatMap { $0 >= 0 && $0 < strings.count ? .text(strings[$0]) : nil }
            case "inlineStr": cell = .text(inlineText)
            case "str": cell = .text(value)
            case "b": cell = .text(value == "1" ? "TRUE" : "FALSE")
            case "e": cell = .text(value)
            default: cell = value.isEmpty ? nil : .number(value)
            }
            if let cell { rows[rowNumber, default: [:]][column] = cell }
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        switch capturing {
        case .value: value += string
        case .inline: inlineText += string
        case .none: break
        }
    }
}

enum XMLName {
    /// "x:sheet" → "sheet".
    static func local(_ name: String) -> String {
        guard let colon = name.lastIndex(of: ":") else { return name }
        return String(name[name.index(after: colon)...])
    }
}
