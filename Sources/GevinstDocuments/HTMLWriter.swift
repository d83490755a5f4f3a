/// Builds HTML text: elements with escaped attributes and text. Text and attribute values always pass
/// through `XMLEscaping`, so nothing a user typed can open a tag.
struct HTMLWriter {
    private(set) var output = ""

    init() { output.reserveCapacity(64 * 1024) }

    /// `<name attr="value">`; attribute values are escaped.
    mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
        output += "<" + name
        for (key, value) in attributes { output += " \(key)=\"\(XMLEscaping.attribute(value))\"" }
        output += ">"
    }

    mutating func close(_ name: String) { output += "</\(name)>" }

    /// `<name …>text</name>` with the text escaped; line breaks in the text become `<br>`.
    mutating func element(_ name: String, _ attributes: [(String, String)] = [], text: String) {
        open(name, attributes)
        self.text(text)
        close(name)
    }

    /// Escaped text; a line feed becomes `<br>`.
    mutating func text(_ text: String) {
        // Most texts have no line break: escape them in one piece.
        guard text.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) else {
            output += XMLEscaping.text(text)
            return
        }
        let normalised = text.replacing("\r\n", with: "\n")
        var first = true
        for line in normalised.split(separator: "\n", omittingEmptySubsequences: false) {
            if !first { output += "<br>" }
            output += XMLEscaping.text(String(line))
            first = false
        }
    }

    /// Markup written as is: only for markup this module generates (CSS, SVG from `SvgChart`).
    mutating func raw(_ markup: String) { output += markup }

    mutating func newline() { output += "\n" }
}
