import Foundation
import PropertyBased
import Testing
@testable import GevinstImport

/// `TextDocument` finds its line breaks once, on bytes (with `memchr` when the text has no carriage return), and
/// `scanLines` walks the ranges it found. Both must cut where a split by characters at "\n", "\r\n" and "\r"
/// cuts (kept here as the oracle), and `scanLines` must give every reader the same lines as `lines`.
@Suite struct TextDocumentLineTests {
    /// Line breaks of all three kinds, a form feed and a vertical tab (not line breaks here), Danish letters,
    /// and a carriage return that may meet a line feed drawn next to it.
    static let alphabet: [String] = ["a", " ", "ø", "Å", "\t", "\n", "\r", "\r\n", "\n\n", "\u{0C}", "\u{0B}", "😀", "-2.000"]

    static let text = PieceText.generator(alphabet, pieces: 0...40)

    static func linesByCharacters(_ text: String) -> [String] {
        var lines: [String] = []
        var current = ""
        var endedWithBreak = false
        for character in text {
            if character == "\n" || character == "\r" || character == "\r\n" {
                lines.append(current)
                current = ""
                endedWithBreak = true
            } else {
                current.append(character)
                endedWithBreak = false
            }
        }
        if !current.isEmpty || (!endedWithBreak && !text.isEmpty) { lines.append(current) }
        return lines
    }

    @Test func bytesCutAsCharactersDo() async {
        await propertyCheck(input: Self.text) { text in
            let expected = Self.linesByCharacters(text)
            for document in [TextDocument(file: "t.txt", text: text), TextDocument(file: "d.txt", data: Data(text.utf8))] {
                #expect(document.lines.map(String.init) == expected, "\(Array(text.utf8))")
                var scanned: [String] = []
                document.scanLines { index, bytes in
                    #expect(index == scanned.count)
                    scanned.append(String(decoding: bytes, as: UTF8.self))
                    return true
                }
                #expect(scanned == expected, "\(Array(text.utf8))")
            }
        }
    }

    @Test func scanningStopsWhenAsked() {
        let document = TextDocument(file: "t.txt", text: "a\nb\nc\n")
        var seen: [Int] = []
        document.scanLines { index, _ in
            seen.append(index)
            return index < 1
        }
        #expect(seen == [0, 1])
    }
}
