/// The fields of a submitted form or a query string (`application/x-www-form-urlencoded`: `name=value`
/// pairs joined by `&`, `+` for a space, `%XX` for a byte), in the order they were sent. A name may occur
/// several times (checkboxes). Malformed escapes are kept as written rather than refused, as browsers do.
public struct FormData: Sendable, Hashable {
    public private(set) var fields: [(name: String, value: String)]

    public init(fields: [(name: String, value: String)] = []) { self.fields = fields }

    /// Parses an encoded body or query string (without the leading `?`).
    public init(encoded: String) {
        var fields: [(name: String, value: String)] = []
        for pair in encoded.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = FormData.decode(parts[0])
            let value = parts.count > 1 ? FormData.decode(parts[1]) : ""
            fields.append((name, value))
        }
        self.fields = fields
    }

    public static func == (lhs: FormData, rhs: FormData) -> Bool {
        lhs.fields.count == rhs.fields.count && zip(lhs.fields, rhs.fields).allSatisfy { $0.name == $1.name && $0.value == $1.value }
    }

    public func hash(into hasher: inout Hasher) {
        for field in fields {
            hasher.combine(field.name)
            hasher.combine(field.value)
        }
    }

    /// The first value of `name`, or nil.
    public subscript(name: String) -> String? { fields.first { $0.name == name }?.value }

    /// Every value of `name`, in order.
    public func values(_ name: String) -> [String] { fields.filter { $0.name == name }.map(\.value) }

    /// The first value of `name` with surrounding spaces removed; nil when absent or blank.
    public func trimmed(_ name: String) -> String? {
        guard let value = self[name] else { return nil }
        let trimmed = value.trimmedSpaces
        return trimmed.isEmpty ? nil : trimmed
    }

    public mutating func append(_ name: String, _ value: String) { fields.append((name, value)) }

    /// The fields encoded again (for a hidden round trip or a test).
    public var encoded: String {
        fields.map { WebPath.encode($0.name) + "=" + WebPath.encode($0.value) }.joined(separator: "&")
    }

    static func decode(_ text: Substring) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var iterator = Array(text.utf8)[...]
        while let byte = iterator.popFirst() {
            if byte == UInt8(ascii: "+") {
                bytes.append(UInt8(ascii: " "))
            } else if byte == UInt8(ascii: "%"), iterator.count >= 2,
                let high = hexValue(iterator[iterator.startIndex]),
                let low = hexValue(iterator[iterator.startIndex + 1])
            {
                bytes.append(high << 4 | low)
                iterator = iterator.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}

extension StringProtocol {
    /// The text without leading and trailing white space.
    var trimmedSpaces: String {
        var text = Substring(self)
        while let first = text.first, first.isWhitespace { text = text.dropFirst() }
        while let last = text.last, last.isWhitespace { text = text.dropLast() }
        return String(text)
    }
}
