/// A JSON value written deterministically: object members in the order given, integers exact, strings
/// escaped as RFC 8259 requires (quote, backslash and every control character) with all other characters,
/// Danish letters included, kept as UTF-8.
public indirect enum ReportJSON: Sendable {
    case null
    case bool(Bool)
    case integer(Int64)
    /// A number already written in JSON syntax, such as "2.5".
    case number(String)
    case string(String)
    case array([ReportJSON])
    case object([(String, ReportJSON)])

    /// Convenience for optional values.
    public static func integer(_ value: Int?) -> ReportJSON { value.map { .integer(Int64($0)) } ?? .null }
    public static func amount(_ value: Int64?) -> ReportJSON { value.map { .integer($0) } ?? .null }
    public static func string(_ value: String?) -> ReportJSON { value.map { .string($0) } ?? .null }
    public static func bool(_ value: Bool?) -> ReportJSON { value.map { .bool($0) } ?? .null }

    /// The text, indented by two spaces per level, or on one line when `pretty` is false.
    public func rendered(pretty: Bool = true) -> String {
        var output = ""
        write(to: &output, indent: 0, pretty: pretty)
        return output
    }

    private func write(to output: inout String, indent: Int, pretty: Bool) {
        switch self {
        case .null: output += "null"
        case .bool(let value): output += value ? "true" : "false"
        case .integer(let value): output += String(value)
        case .number(let text): output += text
        case .string(let text): ReportJSON.writeString(text, to: &output)
        case .array(let items):
            if items.isEmpty { output += "[]"; return }
            if pretty && ReportJSON.fitsOnOneLine(items) {
                output += "["
                for (index, item) in items.enumerated() {
                    if index > 0 { output += ", " }
                    item.write(to: &output, indent: indent, pretty: pretty)
                }
                output += "]"
                return
            }
            output += "["
            for (index, item) in items.enumerated() {
                if index > 0 { output += "," }
                ReportJSON.newline(&output, indent: indent + 1, pretty: pretty)
                item.write(to: &output, indent: indent + 1, pretty: pretty)
            }
            ReportJSON.newline(&output, indent: indent, pretty: pretty)
            output += "]"
        case .object(let members):
            if members.isEmpty { output += "{}"; return }
            if pretty && ReportJSON.fitsOnOneLine(members.map(\.1)) {
                output += "{"
                for (index, member) in members.enumerated() {
                    if index > 0 { output += ", " }
                    ReportJSON.writeString(member.0, to: &output)
                    output += ": "
                    member.1.write(to: &output, indent: indent, pretty: pretty)
                }
                output += "}"
                return
            }
            output += "{"
            for (index, member) in members.enumerated() {
                if index > 0 { output += "," }
                ReportJSON.newline(&output, indent: indent + 1, pretty: pretty)
                ReportJSON.writeString(member.0, to: &output)
                output += pretty ? ": " : ":"
                member.1.write(to: &output, indent: indent + 1, pretty: pretty)
            }
            ReportJSON.newline(&output, indent: indent, pretty: pretty)
            output += "}"
        }
    }

    /// Up to twelve values with no array or object among them are written on one line ("years", "amounts",
    /// a finding), so that the indented text stays short.
    private static func fitsOnOneLine(_ values: [ReportJSON]) -> Bool {
        values.count <= 12 && values.allSatisfy { value in
            switch value {
            case .array(let items): items.isEmpty
            case .object(let members): members.isEmpty
            default: true
            }
        }
    }

    private static func newline(_ output: inout String, indent: Int, pretty: Bool) {
        guard pretty else { return }
        output += "\n"
        output += String(repeating: "  ", count: indent)
    }

    static func writeString(_ text: String, to output: inout String) {
        output += "\""
        // Runs of characters that need no escape are copied whole; only the escapes are written one by one.
        let utf8 = text.utf8
        var runStart = utf8.startIndex
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let byte = utf8[index]
            let escape: String?
            switch byte {
            case 0x22: escape = "\\\""
            case 0x5C: escape = "\\\\"
            case 0x0A: escape = "\\n"
            case 0x0D: escape = "\\r"
            case 0x09: escape = "\\t"
            case 0x08: escape = "\\b"
            case 0x0C: escape = "\\f"
            case 0x00..<0x20, 0x7F:
                let hex = String(byte, radix: 16, uppercase: false)
                escape = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: escape = nil
            }
            if let escape {
                output += text[runStart..<index]
                output += escape
                runStart = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        output += text[runStart..<utf8.endIndex]
        output += "\""
    }
}
