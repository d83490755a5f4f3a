import Foundation
import Testing
@testable import GevinstImport

@Suite struct TextDocumentTests {
    @Test func decodesUTF16WithBOMAndLatin1() {
        let utf16 = Data([0xFF, 0xFE]) + "Øre\nSide 1".data(using: .utf16LittleEndian)!
        let document = TextDocument(file: "a.txt", data: utf16)
        #expect(document.encoding == .utf16)
        #expect(Array(document.lines) == ["Øre", "Side 1"])

        let latin1 = Data([0xD8, 0x72, 0x65, 0x0A, 0x41])
        let legacy = TextDocument(file: "b.txt", data: latin1)
        #expect(legacy.encoding == .latin1)
        #expect(legacy.line(1) == "Øre")
        #expect(legacy.line(2) == "A")
        #expect(legacy.line(3) == "")
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
        #expect(scanned == [4, long.utf8.count, 5, 4])
    }
}
