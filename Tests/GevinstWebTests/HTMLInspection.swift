import Foundation

/// A small, strict reader of the HTML the pages produce, for tests: elements with their attributes (entities
/// decoded), text, whether every non-void element is closed in order, the form fields a browser would submit,
/// and the labels of controls.
struct HTMLInspection {
    struct Element {
        var name: String
        var attributes: [String: String]
        /// Text directly and indirectly inside the element (for textarea, option, label, title).
        var text: String
        var index: Int
        /// The number of elements opened before this one closed: its descendants are `index+1..<end`.
        var end: Int
    }

    /// HTML's void elements. SVG elements are not among them: inline SVG must close `<rect>` or write `<rect/>`.
    static let voidElements: Set<String> = ["meta", "link", "input", "br", "img", "hr", "col", "area", "base", "source", "wbr"]

    private(set) var elements: [Element] = []
    private(set) var problems: [String] = []
    /// Text outside tags (entities decoded), concatenated.
    private(set) var text = ""

    init(_ html: String) {
        var stack: [Int] = []
        var index = html.startIndex
        func advance(_ by: Int = 1) { index = html.index(index, offsetBy: by, limitedBy: html.endIndex) ?? html.endIndex }
        while index < html.endIndex {
            if html[index] == "<" {
                if html[index...].hasPrefix("<!DOCTYPE") || html[index...].hasPrefix("<!doctype") {
                    guard let end = html[index...].firstIndex(of: ">") else { problems.append("unclosed doctype"); break }
                    index = html.index(after: end)
                    continue
                }
                guard let end = html[index...].firstIndex(of: ">") else { problems.append("unclosed tag"); break }
                let inner = String(html[html.index(after: index)..<end])
                index = html.index(after: end)
                if inner.hasPrefix("/") {
                    let name = String(inner.dropFirst()).lowercased()
                    guard let open = stack.popLast() else { problems.append("closing </\(name)> without opening"); continue }
                    if elements[open].name != name { problems.append("</\(name)> closes <\(elements[open].name)>") }
                    elements[open].end = elements.count
                    continue
                }
                var selfClosing = false
                var body = Substring(inner)
                if body.hasSuffix("/") { selfClosing = true; body = body.dropLast() }
                let (name, attributes, problem) = HTMLInspection.parseTag(body)
                if let problem { problems.append(problem) }
                elements.append(Element(name: name, attributes: attributes, text: "", index: elements.count, end: elements.count + 1))
                if !selfClosing && !HTMLInspection.voidElements.contains(name) { stack.append(elements.count - 1) }
            } else {
                let next = html[index...].firstIndex(of: "<") ?? html.endIndex
                let raw = String(html[index..<next])
                if raw.contains(">") { problems.append("a bare > in text: \(raw.prefix(40))") }
                let decoded = HTMLInspection.decode(raw)
                text += decoded
                for open in stack { elements[open].text += decoded }
                index = next
            }
        }
        for open in stack { problems.append("<\(elements[open].name)> never closed") }
    }

    static func parseTag(_ body: Substring) -> (String, [String: String], String?) {
        var rest = body
        let name = String(rest.prefix { !$0.isWhitespace }).lowercased()
        rest = rest.dropFirst(name.count)
        var attributes: [String: String] = [:]
        var problem: String?
        while true {
            rest = rest.drop { $0.isWhitespace }
            guard !rest.isEmpty else { break }
            let key = String(rest.prefix { $0 != "=" && !$0.isWhitespace })
            rest = rest.dropFirst(key.count)
            if rest.first == "=" {
                rest = rest.dropFirst()
                guard rest.first == "\"" else { problem = "unquoted attribute \(key) in <\(name)>"; break }
                rest = rest.dropFirst()
                guard let close = rest.firstIndex(of: "\"") else { problem = "unterminated attribute \(key)"; break }
                let value = String(rest[..<close])
                if value.contains("<") { problem = "< inside attribute \(key) of <\(name)>" }
                attributes[key.lowercased()] = decode(value)
                rest = rest[rest.index(after: close)...]
            } else {
                attributes[key.lowercased()] = ""
            }
            if key.isEmpty { problem = "empty attribute name in <\(name)>"; break }
        }
        return (name, attributes, problem)
    }

    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == "&", let semicolon = text[index...].firstIndex(of: ";"), text.distance(from: index, to: semicolon) < 10 {
                let entity = String(text[text.index(after: index)..<semicolon])
                switch entity {
                case "amp": result += "&"
                case "lt": result += "<"
                case "gt": result += ">"
                case "quot": result += "\""
                case "apos": result += "'"
                default:
                    if entity.hasPrefix("#"), let value = UInt32(entity.dropFirst()), let scalar = Unicode.Scalar(value) {
                        result.unicodeScalars.append(scalar)
                    } else {
                        result += "&" + entity + ";"
                    }
                }
                index = text.index(after: semicolon)
            } else {
                result.append(text[index])
                index = text.index(after: index)
            }
        }
        return result
    }

    func elements(_ name: String) -> [Element] { elements.filter { $0.name == name } }

    /// The controls a user fills in: inputs that are not hidden or buttons, selects and textareas.
    var controls: [Element] {
        elements.filter { element in
            switch element.name {
            case "select", "textarea": return true
            case "input": return !["hidden", "submit", "button", "reset", "image"].contains(element.attributes["type"] ?? "text")
            default: return false
            }
        }
    }

    /// Problems with labels: a control without an id, a duplicate id, a control no `<label for>` names.
    var labelProblems: [String] {
        var problems: [String] = []
        let labelled = Set(elements("label").compactMap { $0.attributes["for"] })
        var ids: [String: Int] = [:]
        for element in elements { if let id = element.attributes["id"] { ids[id, default: 0] += 1 } }
        for (id, count) in ids where count > 1 { problems.append("id \(id) used \(count) times") }
        for control in controls {
            guard let id = control.attributes["id"], !id.isEmpty else {
                problems.append("<\(control.name) name=\(control.attributes["name"] ?? "?")> has no id")
                continue
            }
            if !labelled.contains(id) { problems.append("<\(control.name) id=\(id)> has no <label for>") }
        }
        for label in elements("label") {
            if let target = label.attributes["for"], ids[target] == nil { problems.append("label for=\(target) names no element") }
            if label.text.trimmingCharacters(in: .whitespaces).isEmpty { problems.append("empty label for \(label.attributes["for"] ?? "?")") }
        }
        return problems
    }

    /// Every URL-bearing attribute value (href, src, action, formaction, poster, data, srcset).
    var urls: [String] {
        elements.flatMap { element in
            ["href", "src", "action", "formaction", "poster", "data", "srcset"].compactMap { element.attributes[$0] }
        }
    }

    /// The fields a browser submits from the form with `id` (or the first form): named controls inside it or
    /// pointing at it with `form=`, checkboxes and radios only when checked, a select's selected option.
    func submission(ofForm id: String? = nil) -> [(name: String, value: String)] {
        guard let form = (id.map { formID in elements.first { $0.name == "form" && $0.attributes["id"] == formID } } ?? elements("form").first)
        else { return [] }
        let formID = form.attributes["id"]
        var fields: [(String, String)] = []
        var currentSelect: (name: String, options: [(value: String, selected: Bool)])?
        for element in elements {
            let inside = element.index > form.index && element.index < form.end
            let belongs = (inside && element.attributes["form"] == nil) || (formID != nil && element.attributes["form"] == formID)
            if element.name == "option", var select = currentSelect {
                select.options.append((element.attributes["value"] ?? element.text, element.attributes["selected"] != nil))
                currentSelect = select
                continue
            }
            if let select = currentSelect {
                let chosen = select.options.first { $0.selected } ?? select.options.first
                if let chosen { fields.append((select.name, chosen.value)) }
                currentSelect = nil
            }
            guard belongs, let name = element.attributes["name"], element.attributes["disabled"] == nil else { continue }
            switch element.name {
            case "input":
                let type = element.attributes["type"] ?? "text"
                if type == "checkbox" || type == "radio" {
                    if element.attributes["checked"] != nil { fields.append((name, element.attributes["value"] ?? "on")) }
                } else if !["submit", "button", "file", "reset", "image"].contains(type) {
                    fields.append((name, element.attributes["value"] ?? ""))
                }
            case "textarea":
                fields.append((name, element.text))
            case "select":
                currentSelect = (name, [])
            default:
                break
            }
        }
        if let select = currentSelect, let chosen = select.options.first(where: { $0.selected }) ?? select.options.first {
            fields.append((select.name, chosen.value))
        }
        return fields
    }
}
