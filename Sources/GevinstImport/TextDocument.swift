import Foundation

/// A legacy document's text, decoded and split into numbered lines (1-based, as editors and findings show).
///
/// Decoding never fails: UTF-8 (with or without BOM), UTF-16 with a BOM, and otherwise Latin-1 (Windows
/// exports). `encodingNote` says when the text was not plain UTF-8, so a report can tell the user.
public struct TextDocument: Sendable {
    public let file: String
    public let lines: [Substring]
    public let encoding: Encoding
    /// True when the bytes held NUL bytes or other signs of a binary file.
    public let looksBinary: Bool

    public enum Encoding: String, Sendable {
        case utf8 = "UTF-8"
        case utf16 = "UTF-16"
        case latin1 = "Latin-1"
    }

    /// The longest line kept; longer lines are cut there (a 1 MB line must not cost unbounded work).
    public static let maxLineLength = 20_000

    public init(file: String, data: Data) {
        self.file = file
        var text: String
        var encoding = Encoding.utf8
        let bytes = [UInt8](data.prefix(4))
        if bytes.count >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)) {
            text = String(data: data, encoding: .utf16) ?? ""
            encoding = .utf16
        } else if let utf8 = String(data: data, encoding: .utf8) {
            text = utf8
            if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        } else {
            text = String(decoding: data.map { $0 }, as: UnicodeScalarsLatin1.self)
            encoding = .latin1
        }
        self.encoding = encoding
        let sample = data.prefix(8192)
        let controls = sample.filter { $0 < 0x09 || ($0 > 0x0D && $0 < 0x20 && $0 != 0x1B) }.count
        self.looksBinary = encoding != .utf16 && !sample.isEmpty && controls * 20 > sample.count
        self.lines = TextDocument.split(text)
    }

    public init(file: String, text: String) {
        self.file = file
        self.encoding = .utf8
        self.looksBinary = false
        self.lines = TextDocument.split(text)
    }

    /// The text of line `number` (1-based), or "" outside the document.
    public func line(_ number: Int) -> Substring {
        number >= 1 && number <= lines.count ? lines[number - 1] : ""
    }

    public var isBlank: Bool { lines.allSatisfy { $0.allSatisfy(\.isWhitespace) } }

    private static func split(_ text: String) -> [Substring] {
        var result: [Substring] = []
        text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
            .forEach { line in
                result.append(line.count > maxLineLength ? line.prefix(maxLineLength) : line)
            }
        if let last = result.last, last.isEmpty { result.removeLast() }
        return result
    }
}

/// Latin-1: every byte is the Unicode scalar of the same value.
enum UnicodeScalarsLatin1: Unicode.Encoding {
    typealias CodeUnit = UInt8
    typealias EncodedScalar = CollectionOfOne<UInt8>
    static var encodedReplacementCharacter: EncodedScalar { CollectionOfOne(0x3F) }
    static func decode(_ content: EncodedScalar) -> Unicode.Scalar { Unicode.Scalar(content.first ?? 0x3F) }
    static func encode(_ content: Unicode.Scalar) -> EncodedScalar? {
        content.value < 256 ? CollectionOfOne(UInt8(content.value)) : nil
    }
    struct ForwardParser: Unicode.Parser {
        typealias Encoding = UnicodeScalarsLatin1
        init() {}
        mutating func parseScalar<I: IteratorProtocol>(from input: inout I) -> Unicode.ParseResult<EncodedScalar>
        where I.Element == UInt8 {
            guard let byte = input.next() else { return .emptyInput }
            return .valid(CollectionOfOne(byte))
        }
    }
    typealias ReverseParser = ForwardParser
}
