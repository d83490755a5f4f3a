/// A strict JSON parser (RFC 8259) over UTF-8 bytes that records each value's line and column.
///
/// It never traps: malformed input, a nesting deeper than `maxDepth` or invalid UTF-8 become a
/// `JSONParseError` that says where and what was expected.
public struct JSONParser {
    public static let maxDepth = 64

    private let bytes: [UInt8]
    private var index = 0
    private var line = 1
    private var lineStart = 0
    private var depth = 0

    public static func parse(_ text: String) throws(JSONParseError) -> JSONNode {
        var parser = JSONParser(bytes: Array(text.utf8))
        return try parser.parseDocument()
    }

    public static func parse(bytes: [UInt8]) throws(JSONParseError) -> JSONNode {
        var parser = JSONParser(bytes: bytes)
        return try parser.parseDocument()
    }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3; lineStart = 3 }
    }

    private var position: TextPosition {
        // Columns count characters, not bytes: skip UTF-8 continuation bytes.
        var column = 1
        var cursor = lineStart
        while cursor < index && cursor < bytes.count {
            if bytes[cursor] & 0xC0 != 0x80 { column += 1 }
            cursor += 1
        }
        return TextPosition(line: line, column: column - 0)
    }

    private func fail(_ message: String) -> JSONParseError {
        JSONParseError(position: position, message: message)
    }

    private mutating func parseDocument() throws(JSONParseError) -> JSONNode {
        skipWhitespace()
        guard index < bytes.count else { throw fail("the file is empty; expected a JSON object") }
        let value = try parseValue()
        skipWhitespace()
        guard index >= bytes.count else { throw fail("unexpected text after the end of the JSON value") }
        return value
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0D: index += 1
            case 0x0A:
                index += 1
                line += 1
                lineStart = index
            default: return
            }
        }
    }

    private mutating func parseValue() throws(JSONParseError) -> JSONNode {
        skipWhitespace()
        guard index < bytes.count else { throw fail("the text ends where a value was expected") }
        let start = position
        switch bytes[index] {
        case UInt8(ascii: "{"): return JSONNode(try parseObject(), at: start)
        case UInt8(ascii: "["): return JSONNode(try parseArray(), at: start)
        case UInt8(ascii: "\""): return JSONNode(.string(try parseString()), at: start)
        case UInt8(ascii: "t"): try expectWord("true"); return JSONNode(.bool(true), at: start)
        case UInt8(ascii: "f"): try expectWord("false"); return JSONNode(.bool(false), at: start)
        case UInt8(ascii: "n"): try expectWord("null"); return JSONNode(.null, at: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return JSONNode(.number(try parseNumber()), at: start)
        default:
            throw fail("expected a value (an object, list, string, number, true, false or null), found '\(printable(bytes[index]))'")
        }
    }

    private func printable(_ byte: UInt8) -> String {
        byte >= 0x20 && byte < 0x7F ? String(UnicodeScalar(byte)) : "byte \(byte)"
    }

    private mutating func expectWord(_ word: String) throws(JSONParseError) {
        for expected in word.utf8 {
            guard index < bytes.count, bytes[index] == expected else { throw fail("expected '\(word)'") }
            index += 1
        }
    }

    private mutating func enter() throws(JSONParseError) {
        depth += 1
        if depth > JSONParser.maxDepth { throw fail("nesting deeper than \(JSONParser.maxDepth) levels") }
    }

    private mutating func parseObject() throws(JSONParseError) -> JSONValue {
        try enter()
        defer { depth -= 1 }
        index += 1
        var members: [JSONMember] = []
        skipWhitespace()
        if index < bytes.count && bytes[index] == UInt8(ascii: "}") { index += 1; return .object(members) }
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                throw fail("expected a field name in double quotes")
            }
            let keyPosition = position
            let key = try parseString()
            if members.contains(where: { $0.key == key }) {
                throw JSONParseError(position: keyPosition, message: "the field \"\(key)\" appears twice in this object")
            }
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw fail("expected ':' after \"\(key)\"") }
            index += 1
            let value = try parseValue()
            members.append(JSONMember(key: key, keyPosition: keyPosition, value: value))
            skipWhitespace()
            guard index < bytes.count else { throw fail("the text ends inside an object; expected ',' or '}'") }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "}") { index += 1; return .object(members) }
            throw fail("expected ',' or '}' after the value of \"\(key)\"")
        }
    }

    private mutating func parseArray() throws(JSONParseError) -> JSONValue {
        try enter()
        defer { depth -= 1 }
        index += 1
        var elements: [JSONNode] = []
        skipWhitespace()
        if index < bytes.count && bytes[index] == UInt8(ascii: "]") { index += 1; return .array(elements) }
        while true {
            elements.append(try parseValue())
            skipWhitespace()
            guard index < bytes.count else { throw fail("the text ends inside a list; expected ',' or ']'") }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "]") { index += 1; return .array(elements) }
            throw fail("expected ',' or ']' in a list")
        }
    }

    private mutating func parseString() throws(JSONParseError) -> String {
        index += 1
        // Most strings are plain ASCII without escapes: taken as one slice, not scalar by scalar.
        let start = index
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") { index += 1; return String(decoding: bytes[start..<(index - 1)], as: UTF8.self) }
            if byte < 0x20 || byte >= 0x80 || byte == UInt8(ascii: "\\") { break }
            index += 1
        }
        index = start
        var scalars = String.UnicodeScalarView()
        var pendingHigh: UInt32? = nil
        while true {
            guard index < bytes.count else { throw fail("the text ends inside a string; a closing '\"' is missing") }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") { index += 1; break }
            if byte < 0x20 {
                throw fail(byte == 0x0A ? "a string runs past the end of the line; a closing '\"' is missing" : "a control character inside a string must be escaped")
            }
            if byte == UInt8(ascii: "\\") {
                index += 1
                guard index < bytes.count else { throw fail("the text ends inside an escape") }
                let escape = bytes[index]
                index += 1
                var scalar: UInt32
                switch escape {
                case UInt8(ascii: "\""): scalar = 0x22
                case UInt8(ascii: "\\"): scalar = 0x5C
                case UInt8(ascii: "/"): scalar = 0x2F
                case UInt8(ascii: "b"): scalar = 0x08
                case UInt8(ascii: "f"): scalar = 0x0C
                case UInt8(ascii: "n"): scalar = 0x0A
                case UInt8(ascii: "r"): scalar = 0x0D
                case UInt8(ascii: "t"): scalar = 0x09
                case UInt8(ascii: "u"):
                    scalar = try parseHex4()
                    if (0xD800...0xDBFF).contains(scalar) { pendingHigh = scalar; continue }
                    if (0xDC00...0xDFFF).contains(scalar) {
                        guard let high = pendingHigh else { throw fail("a lone low surrogate \\u escape") }
                        scalar = 0x10000 + ((high - 0xD800) << 10) + (scalar - 0xDC00)
                        pendingHigh = nil
                    }
                default: throw fail("unknown escape '\\\(printable(escape))'")
                }
                if pendingHigh != nil && !(0x10000...0x10FFFF).contains(scalar) { throw fail("a lone high surrogate \\u escape") }
                guard let unicode = Unicode.Scalar(scalar) else { throw fail("an invalid \\u escape") }
                scalars.append(unicode)
                continue
            }
            if pendingHigh != nil { throw fail("a lone high surrogate \\u escape") }
            if byte < 0x80 {
                scalars.append(Unicode.Scalar(byte))
                index += 1
                continue
            }
            // Decode one UTF-8 sequence.
            let length: Int
            switch byte {
            case 0x00..<0x80: length = 1
            case 0xC2..<0xE0: length = 2
            case 0xE0..<0xF0: length = 3
            case 0xF0..<0xF5: length = 4
            default: throw fail("the file is not valid UTF-8")
            }
            guard index + length <= bytes.count else { throw fail("the file is not valid UTF-8") }
            var iterator = bytes[index..<(index + length)].makeIterator()
            var utf8 = Unicode.UTF8()
            switch utf8.decode(&iterator) {
            case .scalarValue(let scalar): scalars.append(scalar)
            default: throw fail("the file is not valid UTF-8")
            }
            index += length
        }
        if pendingHigh != nil { throw fail("a lone high surrogate \\u escape") }
        return String(scalars)
    }

    private mutating func parseHex4() throws(JSONParseError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw fail("a \\u escape needs four hex digits") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw fail("a \\u escape needs four hex digits")
            }
            value = value * 16 + digit
            index += 1
        }
        return value
    }

    private mutating func parseNumber() throws(JSONParseError) -> String {
        let start = index
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        func digits(_ parser: inout JSONParser) -> Int {
            var count = 0
            while parser.index < parser.bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(parser.bytes[parser.index]) {
                parser.index += 1
                count += 1
            }
            return count
        }
        let integerStart = index
        let integerDigits = digits(&self)
        guard integerDigits > 0 else { throw fail("a number needs digits") }
        if integerDigits > 1 && bytes[integerStart] == UInt8(ascii: "0") { throw fail("a number must not start with 0") }
        if index < bytes.count && bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard digits(&self) > 0 else { throw fail("a decimal point must be followed by digits (use '.' in JSON, not ',')") }
        }
        if index < bytes.count && (bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E")) {
            index += 1
            if index < bytes.count && (bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-")) { index += 1 }
            guard digits(&self) > 0 else { throw fail("an exponent needs digits") }
        }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }
}

public struct JSONParseError: Error, Sendable, Hashable {
    public var position: TextPosition
    public var message: String
}
