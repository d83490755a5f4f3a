/// Writes `JSONValue`s as text: stable order (as given), two-space indentation, small flat objects and
/// lists of scalars on one line so that a file stays readable and diffs stay small.
public enum JSONWriter {
    /// Objects and lists of scalars up to this width stay on one line.
    static let inlineWidth = 100

    public static func write(_ value: JSONValue, pretty: Bool = true) -> String {
        var output = ""
        write(value, indent: 0, pretty: pretty, into: &output)
        if pretty { output.append("\n") }
        return output
    }

    /// A JSON string literal with the escapes RFC 8259 requires; non-ASCII is kept as UTF-8.
    public static func quote(_ text: String) -> String {
        // Nothing to escape (no quote, backslash, control character, nor the 0xE2 lead byte of U+2028/U+2029):
        // the text as it is.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xE2 }) { return "\"" + text + "\"" }
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\u{08}": result += "\\b"
            case "\u{0C}": result += "\\f"
            default:
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    private static func isScalar(_ value: JSONValue) -> Bool {
        switch value {
        case .array, .object: false
        default: true
        }
    }

    private static func write(_ value: JSONValue, indent: Int, pretty: Bool, into output: inout String) {
        switch value {
        case .null: output += "null"
        case .bool(let flag): output += flag ? "true" : "false"
        case .number(let text): output += text
        case .string(let text): output += quote(text)
        case .array(let elements):
            if elements.isEmpty { output += "[]"; return }
            if !pretty || elements.allSatisfy({ isScalar($0.value) }) {
                let inline = "[" + elements.map { write($0.value, pretty: false).trimmingNewline() }.joined(separator: pretty ? ", " : ",") + "]"
                if !pretty || inline.count <= inlineWidth { output += inline; return }
            }
            output += "[\n"
            for (offset, element) in elements.enumerated() {
                output += String(repeating: "  ", count: indent + 1)
                write(element.value, indent: indent + 1, pretty: pretty, into: &output)
                output += offset < elements.count - 1 ? ",\n" : "\n"
            }
            output += String(repeating: "  ", count: indent) + "]"
        case .object(let members):
            if members.isEmpty { output += "{}"; return }
            if !pretty || members.allSatisfy({ isScalar($0.value.value) }) {
                let inline = "{" + members.map { quote($0.key) + (pretty ? ": " : ":") + write($0.value.value, pretty: false).trimmingNewline() }
                    .joined(separator: pretty ? ", " : ",") + "}"
                if !pretty || (inline.count <= inlineWidth && members.count <= 12) { output += inline; return }
            }
            output += "{\n"
            for (offset, member) in members.enumerated() {
                output += String(repeating: "  ", count: indent + 1) + quote(member.key) + ": "
                write(member.value.value, indent: indent + 1, pretty: pretty, into: &output)
                output += offset < members.count - 1 ? ",\n" : "\n"
            }
            output += String(repeating: "  ", count: indent) + "}"
        }
    }
}

extension String {
    func trimmingNewline() -> String { hasSuffix("\n") ? String(dropLast()) : self }
}

/// Building JSON values in code.
extension JSONValue {
    public static func int(_ value: Int64) -> JSONValue { .number(String(value)) }
    public static func int(_ value: Int) -> JSONValue { .number(String(value)) }
    public static func object(_ pairs: [(String, JSONValue)]) -> JSONValue {
        .object(pairs.map { JSONMember(key: $0.0, value: JSONNode($0.1)) })
    }
    public static func list(_ values: [JSONValue]) -> JSONValue { .array(values.map { JSONNode($0) }) }
    public static func optionalString(_ text: String?) -> JSONValue { text.map { .string($0) } ?? .null }
    public static func optionalInt(_ value: Int?) -> JSONValue { value.map { .int($0) } ?? .null }
    /// Amounts keyed by year, in year order.
    public static func amounts(_ amounts: [Int: Amount]) -> JSONValue {
        .object(amounts.keys.sorted().map { (String($0), .int(amounts[$0] ?? 0)) })
    }
}
