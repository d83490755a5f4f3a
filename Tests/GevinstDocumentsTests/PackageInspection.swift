import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ZIPFoundation

/// Reads a DOCX or XLSX back: its parts, and each XML part as a small element tree.
struct PackageInspection {
    let parts: [String: Data]

    init(_ data: Data) throws {
        let archive = try Archive(data: data, accessMode: .read)
        var parts: [String: Data] = [:]
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            parts[entry.path] = bytes
        }
        self.parts = parts
    }

    func xml(_ path: String) throws -> XMLElementNode {
        guard let data = parts[path] else { throw InspectionError.missingPart(path) }
        return try XMLElementNode.parse(data)
    }

    /// Every part's content type: the `Override` for its name, else the `Default` for its extension.
    func contentType(of path: String) throws -> String? {
        let types = try xml("[Content_Types].xml")
        if let override = types.children.first(where: { $0.name == "Override" && $0.attributes["PartName"] == "/" + path }) {
            return override.attributes["ContentType"]
        }
        let fileExtension = path.split(separator: ".").last.map(String.init) ?? ""
        return types.children.first { $0.name == "Default" && $0.attributes["Extension"] == fileExtension }?.attributes["ContentType"]
    }

    /// The targets of a relationships part, resolved against the folder of its source part.
    func relationshipTargets(_ relsPath: String) throws -> [(type: String, path: String)] {
        let rels = try xml(relsPath)
        // "word/_rels/document.xml.rels" → source folder "word/"; "_rels/.rels" → "".
        let components = relsPath.split(separator: "/").map(String.init)
        let folder = components.dropLast(2).joined(separator: "/")
        return rels.children.filter { $0.name == "Relationship" }.map { relationship in
            let target = relationship.attributes["Target"] ?? ""
            return (relationship.attributes["Type"] ?? "", Self.resolve(target, in: folder))
        }
    }

    /// "../charts/chart1.xml" from folder "xl/drawings" → "xl/charts/chart1.xml".
    static func resolve(_ target: String, in folder: String) -> String {
        var components = folder.split(separator: "/").map(String.init)
        for component in target.split(separator: "/").map(String.init) {
            switch component {
            case "..": _ = components.popLast()
            case ".": continue
            default: components.append(component)
            }
        }
        return components.joined(separator: "/")
    }

    /// The relationships part of a part: "word/document.xml" → "word/_rels/document.xml.rels".
    static func relationshipsPath(of path: String) -> String {
        var components = path.split(separator: "/").map(String.init)
        let name = components.popLast() ?? ""
        return (components + ["_rels", name + ".rels"]).joined(separator: "/")
    }

    /// The XML parts: everything but embedded packages and other binary parts.
    var xmlPaths: [String] { parts.keys.filter { $0.hasSuffix(".xml") || $0.hasSuffix(".rels") }.sorted() }

    enum InspectionError: Error { case missingPart(String), malformed(String) }
}

/// A parsed XML element: name with its prefix ("w:t"), attributes, children, and its own text.
final class XMLElementNode {
    let name: String
    let attributes: [String: String]
    var children: [XMLElementNode] = []
    var text = ""

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    static func parse(_ data: Data) throws -> XMLElementNode {
        let parser = XMLParser(data: data)
        let builder = TreeBuilder()
        parser.delegate = builder
        guard parser.parse(), let root = builder.root else {
            throw PackageInspection.InspectionError.malformed(parser.parserError.map { String(describing: $0) } ?? "no root")
        }
        return root
    }

    /// Every descendant (and self) with this name, in document order.
    func all(_ name: String) -> [XMLElementNode] {
        var found: [XMLElementNode] = self.name == name ? [self] : []
        for child in children { found += child.all(name) }
        return found
    }

    func first(_ name: String) -> XMLElementNode? { all(name).first }

    /// The text of this element and all descendants.
    var allText: String { text + children.map(\.allText).joined() }

    private final class TreeBuilder: NSObject, XMLParserDelegate {
        var stack: [XMLElementNode] = []
        var root: XMLElementNode?

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                    attributes attributeDict: [String: String] = [:]) {
            let node = XMLElementNode(name: elementName, attributes: attributeDict)
            stack.last?.children.append(node)
            if root == nil { root = node }
            stack.append(node)
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            _ = stack.popLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.text += string
        }
    }
}
