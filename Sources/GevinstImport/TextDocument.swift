import Foundation

/// A legacy document's text, decoded and split into numbered lines (1-based, as editors and findings show).
/// Characters that only look like a space or a letter (a no-break space, a soft hyphen, a ligature) are read as
/// what they look like (`LookalikeCharacters`).
///
/// Decoding never fails: UTF-8 (with or without BOM), UTF-16 (with a BOM, or without one when every other byte is
/// zero, as Danish text in UTF-16 is), and otherwise Windows-1252 (a file saved on a Windows PC; Latin-1 but for
/// bytes 0x80–0x9F). `DocumentImporter.notes` tells the user when the text was not plain UTF-8.
public struct TextDocument: Sendable {
    public let file: String
    /// The lines, read off the decoded text as they are asked for.
    public let lines: TextLines
    public let encoding: Encoding
    /// True when the bytes held NUL bytes or other signs of a binary file.
    public let looksBinary: Bool
    /// Byte sequences that were not valid UTF-8 in an otherwise UTF-8 file, replaced by U+FFFD.
    public let repairedSequences: Int

    public enum Encoding: String, Sendable {
        case utf8 = "UTF-8"
        case utf16 = "UTF-16"
        case windows1252 = "Windows-1252"

        /// The encoding as a user knows it, for the note on a file that is not UTF-8.
        public var description: String {
            switch self {
            case .utf8, .utf16: rawValue
            case .windows1252: "Windows-1252 (Western European, Latin-1)"
            }
        }
    }

    /// The longest line kept; longer lines are cut there (a 1 MB line must not cost unbounded work).
    public static let maxLineLength = 20_000

    public init(file: String, data: Data) {
        self.file = file
        var text: String
        var encoding = Encoding.utf8
        var repairedSequences = 0
        let bytes = [UInt8](data.prefix(4))
        if bytes.count >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)) {
            text = String(data: data, encoding: .utf16) ?? ""
            encoding = .utf16
        } else if let order = TextDocument.utf16ByteOrder(data),
                  // A file cut after an odd number of bytes ends in half a character: the whole ones are read.
                  let utf16 = String(data: data.count % 2 == 0 ? data : data.dropLast(), encoding: order) {
            text = utf16
            encoding = .utf16
        } else if let utf8 = String(validating: data, as: UTF8.self) {
            text = utf8
            if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        } else if let lenient = TextDocument.mostlyUTF8(data) {
            // UTF-8 with a few broken sequences (a file cut inside a letter): keep UTF-8, replace the breaks.
            text = lenient.text
            repairedSequences = lenient.replaced
            if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        } else {
            text = Windows1252.decode(data)
            encoding = .windows1252
        }
        self.encoding = encoding
        self.repairedSequences = repairedSequences
        if encoding == .utf16 {
            // Every ASCII character of UTF-16 holds a zero byte: the decoded characters tell.
            let sample = text.unicodeScalars.prefix(4096)
            let controls = sample.count { TextDocument.isControl($0.value) }
            self.looksBinary = controls * 20 > sample.count
        } else {
            let sample = data.prefix(8192)
            let controls = sample.withUnsafeBytes { bytes in bytes.reduce(0) { $0 + (TextDocument.isControl(UInt32($1)) ? 1 : 0) } }
            self.looksBinary = !sample.isEmpty && controls * 20 > sample.count
        }
        if let plain = LookalikeCharacters.replaced(in: text) { text = plain }
        self.lines = TextDocument.split(text)
    }

    /// A control character no text file holds (tab, line breaks, form feed and escape are text).
    static func isControl(_ value: UInt32) -> Bool {
        value < 0x09 || (value > 0x0D && value < 0x20 && value != 0x1B)
    }

    /// The byte order of UTF-16 saved without a byte order mark: nine in ten of the first pairs of bytes hold a
    /// character below U+0100 (ASCII and Danish letters), so one byte of each pair is zero and the other is not.
    /// Nil for anything else: UTF-8 and 8-bit text hold no zero bytes, and binary data rarely this pattern. A
    /// last odd byte (a file cut inside a character) is not looked at.
    static func utf16ByteOrder(_ data: Data) -> String.Encoding? {
        guard data.count >= 8 else { return nil }
        let (little, big, pairs) = data.prefix(8192).withUnsafeBytes { bytes -> (Int, Int, Int) in
            var little = 0
            var big = 0
            var index = 0
            while index + 1 < bytes.count {
                let (first, second) = (bytes[index], bytes[index + 1])
                if second == 0 && first != 0 { little += 1 }
                if first == 0 && second != 0 { big += 1 }
                index += 2
            }
            return (little, big, bytes.count / 2)
        }
        if little * 10 >= pairs * 9 { return .utf16LittleEndian }
        if big * 10 >= pairs * 9 { return .utf16BigEndian }
        return nil
    }

    public init(file: String, text: String) {
        self.file = file
        self.encoding = .utf8
        self.looksBinary = false
        self.repairedSequences = 0
        self.lines = TextDocument.split(LookalikeCharacters.replaced(in: text) ?? text)
    }

    /// The text of line `number` (1-based), or "" outside the document.
    public func line(_ number: Int) -> Substring {
        number >= 1 && number <= lines.count ? lines[number - 1] : ""
    }

    public var isBlank: Bool { lines.allSatisfy { $0.allSatisfy(\.isWhitespace) } }

    /// The decoded text as UTF-8 bytes, lines joined by line feeds: for a reader that takes UTF-8 only (the CSV
    /// reader) given a file saved as Windows-1252 or UTF-16.
    public var utf8Data: Data { Data(lines.map(String.init).joined(separator: "\n").utf8) }

    /// The text as UTF-8 with invalid sequences replaced, when valid multi-byte letters outnumber the invalid
    /// sequences ten to one; nil when the bytes look like a legacy 8-bit encoding instead (every "ø" of a
    /// Windows-1252 file is an invalid sequence).
    static func mostlyUTF8(_ data: Data) -> (text: String, replaced: Int)? {
        let text = String(decoding: data, as: UTF8.self)
        var replaced = 0
        var multiByte = 0
        for scalar in text.unicodeScalars where scalar.value >= 0x80 {
            if scalar == "\u{FFFD}" { replaced += 1 } else { multiByte += 1 }
        }
        return replaced * 10 <= multiByte ? (text, replaced) : nil
    }

    /// Splits at "\n", "\r\n" and "\r", scanning bytes (a 50 MB file must not cost a pass per character): each
    /// line's whole byte range, found once; `scanLines` walks these instead of looking for the line breaks again in
    /// every reader's pass.
    private static func split(_ text: String) -> TextLines {
        var text = text
        // Native UTF-8 storage, so that every line is read off the text's buffer.
        text.makeContiguousUTF8()
        let bounds = text.utf8.withContiguousStorageIfAvailable(lineBounds) ?? Array(text.utf8).withUnsafeBufferPointer(lineBounds)
        return TextLines(text: text, bounds: bounds, maxLineLength: maxLineLength)
    }

    /// The byte range of every line of `buffer`. Text without a carriage return (nearly all) is cut with
    /// `memchr` at each line feed; otherwise byte by byte, as "\r\n" and a lone "\r" both end a line.
    static func lineBounds(_ buffer: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var bounds: [Range<Int>] = []
        let count = buffer.count
        guard let base = buffer.baseAddress, count > 0 else { return bounds }
        var lineStart = 0
        // A large text gets room for every line at once (its line feeds counted): grown by doubling, the array of a
        // file of many short lines held both its old and its new storage at the peak. A small one grows as it
        // goes; counting cost more than the growing.
        if count > 1 << 20 { bounds.reserveCapacity(buffer.count(of: 0x0A, upTo: .max) + 1) }
        if memchr(base, 0x0D, count) == nil {
            while lineStart < count, let hit = memchr(base + lineStart, 0x0A, count - lineStart) {
                let end = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                bounds.append(lineStart..<end)
                lineStart = end + 1
            }
        } else {
            var index = 0
            while index < count {
                let byte = buffer[index]
                if byte != 0x0A && byte != 0x0D {
                    index += 1
                    continue
                }
                bounds.append(lineStart..<index)
                index += byte == 0x0D && index + 1 < count && buffer[index + 1] == 0x0A ? 2 : 1
                lineStart = index
            }
        }
        if lineStart < count { bounds.append(lineStart..<count) }
        return bounds
    }

}
