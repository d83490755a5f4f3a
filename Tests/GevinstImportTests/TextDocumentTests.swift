import Foundation
import Testing
@testable import GevinstImport

@Suite struct TextDocumentTests {
    @Test func decodesUTF16WithBOMAndWindows1252() {
        let utf16 = Data([0xFF, 0xFE]) + "Øre\nSide 1".data(using: .utf16LittleEndian)!
        let document = TextDocument(file: "a.txt", data: utf16)
        #expect(document.encoding == .utf16)
        #expect(Array(document.lines) == ["Øre", "Side 1"])

        let latin1 = Data([0xD8, 0x72, 0x65, 0x0A, 0x41])
        let legacy = TextDocument(file: "b.txt", data: latin1)
        #expect(legacy.encoding == .windows1252)
        #expect(legacy.line(1) == "Øre")
        #expect(legacy.line(2) == "A")
        #expect(legacy.line(3) == "")
    }

    /// Bytes 0x80–0x9F are Windows' typography, not Latin-1's invisible controls: the dash between a code and its
    /// title, quotes, the ellipsis, the euro; the five bytes Windows-1252 leaves undefined stay as they are.
    @Test func windows1252BytesBelowA0AreItsTypography() {
        let bytes = Data("BU04 ".utf8) + Data([0x96, 0x20, 0x93, 0xC6, 0x72, 0x65, 0x94, 0x85, 0x20, 0x80, 0x97, 0x91, 0x92, 0x81, 0x9D, 0xE5])
        let document = TextDocument(file: "w.txt", data: bytes)
        #expect(document.encoding == .windows1252)
        #expect(document.line(1) == "BU04 – “Ære”… €—‘’\u{81}\u{9D}å")
        #expect(!document.looksBinary)
    }

    /// The UTF-8 the decoder writes itself is every byte's character, for all 256 bytes.
    @Test func windows1252DecodingWritesEachBytesCharacter() {
        let bytes = (0...255).map { UInt8($0) }
        var expected = String.UnicodeScalarView()
        expected.append(contentsOf: bytes.map(Windows1252.scalar))
        #expect(Windows1252.decode(Data(bytes + bytes.reversed())) == String(expected) + String(String.UnicodeScalarView(expected.reversed())))
        #expect(Windows1252.decode(Data()) == "")
    }

    /// UTF-16 saved without a byte order mark (as some Windows tools do) is told by its zero bytes, in either
    /// order, instead of being refused as binary; control characters in it still make it binary.
    @Test func utf16WithoutAByteOrderMarkIsRecognised() throws {
        let text = "Forslagets titel: BU04 – Ærlig økonomi\nSide 1 af 2\n"
        for order in [String.Encoding.utf16LittleEndian, .utf16BigEndian] {
            let document = TextDocument(file: "u.txt", data: try #require(text.data(using: order)))
            #expect(document.encoding == .utf16)
            #expect(!document.looksBinary)
            #expect(Array(document.lines) == ["Forslagets titel: BU04 – Ærlig økonomi", "Side 1 af 2"])
        }
        let controls = TextDocument(file: "c.bin", data: Data((0..<2000).flatMap { [UInt8($0 % 8 + 1), 0] }))
        #expect(controls.encoding == .utf16)
        #expect(controls.looksBinary)
        // Cut inside a character, the whole characters are read; zero bytes in no such pattern are no UTF-16.
        let cut = TextDocument(file: "cut.txt", data: try #require(text.data(using: .utf16LittleEndian)).dropLast())
        #expect(cut.encoding == .utf16)
        #expect(Array(cut.lines) == ["Forslagets titel: BU04 – Ærlig økonomi", "Side 1 af 2"])
        #expect(TextDocument.utf16ByteOrder(Data((0..<4000).map { UInt8($0 % 7) })) == nil)
    }

    @Test func binaryBytesAreRecognisedAndLongLinesCut() {
        let binary = TextDocument(file: "c.bin", data: Data((0..<4000).map { UInt8($0 % 7) }))
        #expect(binary.looksBinary)
        let long = TextDocument(file: "d.txt", text: String(repeating: "x", count: 1_000_000))
        #expect(long.lines.first?.count == TextDocument.maxLineLength)
    }

    /// A long line of letters with accents is cut after `maxLineLength` characters, not bytes; `scanLines` still
    /// gives it whole, and the lines around it are read as they are.
    @Test func aLongLineIsCutByCharactersAndTheNextLinesStayWhole() {
        let long = String(repeating: "e\u{301}ø", count: TextDocument.maxLineLength)
        let document = TextDocument(file: "e.txt", text: "før\n\(long)\r\nefter\rslut")
        #expect(document.lines.count == 4)
        #expect(document.lines[0] == "før")
        #expect(document.lines[1].count == TextDocument.maxLineLength)
        #expect(document.lines[1] == long.prefix(TextDocument.maxLineLength))
        #expect(document.lines[2] == "efter")
        #expect(document.lines[3] == "slut")
        var scanned: [Int] = []
        document.scanLines { _, bytes in scanned.append(bytes.count); return true }
        // "e" and its accent are composed into "é" when the text is read (`LookalikeCharacters`).
        #expect(scanned == [4, long.precomposedStringWithCanonicalMapping.utf8.count, 5, 4])
        #expect(scanned[1] == 4 * TextDocument.maxLineLength)
    }
}
