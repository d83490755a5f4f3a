/// A parsed JSON value that remembers where it stood in the text, so that errors can name line and column.
///
/// Numbers keep their text: the native format reads amounts as exact integers and driver quantities as exact
/// decimals, never through floating point.
public struct JSONNode: Sendable, Hashable {
    public var value: JSONValue
    public var position: TextPosition

    public init(_ value: JSONValue, at position: TextPosition = TextPosition(line: 0, column: 0)) {
        self.value = value
        self.position = position
    }
}

public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    /// The number as written ("-1300000", "2.5").
    case number(String)
    case string(String)
    case array([JSONNode])
    /// Members in the order written.
    case object([JSONMember])

    /// A word for error messages: "a string", "an object", …
    public var kindDescription: String {
        switch self {
        case .null: "null"
        case .bool: "true or false"
        case .number: "a number"
        case .string: "a string"
        case .array: "a list"
        case .object: "an object"
        }
    }
}

public struct JSONMember: Sendable, Hashable {
    public var key: String
    public var keyPosition: TextPosition
    public var value: JSONNode

    public init(key: String, keyPosition: TextPosition = TextPosition(line: 0, column: 0), value: JSONNode) {
        self.key = key
        self.keyPosition = keyPosition
        self.value = value
    }
}

/// A 1-based line and column (columns count characters).
public struct TextPosition: Sendable, Hashable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public var description: String { "\(line):\(column)" }
}
