import GevinstDocuments

/// Builds an HTML page or fragment in which every piece of text and every attribute value is escaped, so a
/// title a user typed (`<`, `&`, quotes, emoji) shows exactly as written and can never open a tag. Markup
/// that is not escaped enters only through `trusted(_:)`, which takes a `TrustedHTML` value that only this
/// module can make from its own fragments (an SVG chart drawn by `SvgChart`, a fragment built with `HTML`).
public struct HTML: Sendable {
    public private(set) var output: String

    public init(capacity: Int = 16 * 1024) {
        output = ""
        output.reserveCapacity(capacity)
    }

    /// Attributes in order; a nil value leaves the attribute out, an empty one writes `name=""` (the form a
    /// boolean attribute such as `checked` may take).
    public typealias Attributes = KeyValuePairs<String, String?>

    /// Escaped text.
    public mutating func text(_ text: String) {
        output += XMLEscaping.text(text)
    }

    /// `<name …>text</name>`, the text escaped.
    public mutating func element(_ name: String, _ attributes: Attributes = [:], text: String) {
        open(name, attributes)
        self.text(text)
        close(name)
    }

    /// `<name …>` the body `</name>`.
    public mutating func element(_ name: String, _ attributes: Attributes = [:], _ body: (inout HTML) -> Void) {
        open(name, attributes)
        body(&self)
        close(name)
    }

    /// A void element (`input`, `meta`, `link`, `br`) that has no closing tag.
    public mutating func void(_ name: String, _ attributes: Attributes = [:]) {
        open(name, attributes)
    }

    /// Markup this module made itself.
    public mutating func trusted(_ fragment: TrustedHTML) {
        output += fragment.markup
    }

    /// A line break in the source, for readable output.
    public mutating func newline() { output += "\n" }

    mutating func open(_ name: String, _ attributes: Attributes) {
        guard HTML.isSafeName(name) else { return }
        output += "<" + name
        for (key, value) in attributes {
            guard let value, HTML.isSafeName(key) else { continue }
            output += " " + key + "=\"" + XMLEscaping.attribute(value) + "\""
        }
        output += ">"
    }

    mutating func close(_ name: String) {
        guard HTML.isSafeName(name) else { return }
        output += "</" + name + ">"
    }

    /// Element and attribute names are written by this module, never by users; a name with anything but
    /// letters, digits and `-`, `_`, `:` is refused so that no caller mistake can break out of a tag.
    static func isSafeName(_ name: String) -> Bool {
        !name.isEmpty && name.utf8.allSatisfy { byte in
            (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "-")
                || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":")
        }
    }
}

/// Markup that is written without escaping. Only this module makes it, from its own fragments: a chart
/// drawn by `SvgChart` (which escapes every label) or a fragment built with `HTML` (which escapes all text).
public struct TrustedHTML: Sendable, Hashable {
    let markup: String

    init(markup: String) { self.markup = markup }

    /// A fragment built with `HTML`.
    public init(_ html: HTML) { markup = html.output }

    /// A chart as inline SVG, drawn by GevinstDocuments' `SvgChart`.
    public static func chart(_ chart: Chart) -> TrustedHTML { TrustedHTML(markup: SvgChart.render(chart)) }

    /// The markup, for a response body.
    public var string: String { markup }
}
