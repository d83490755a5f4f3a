import PropertyBased
import Testing
@testable import GevinstImport

/// `PositionedWord.words(of:)` cuts most lines on their bytes; it must give the words and character positions
/// the walk over characters gives, whatever the line holds.
@Suite struct PositionedWordTests {
    /// Blanks of every kind (no-break and figure spaces, tab, carriage return), Danish letters, a soft hyphen
    /// and a modifier letter below U+0300, a combining accent alone and after a letter, three- and four-byte
    /// characters.
    static let alphabet: [String] = [
        "a", "Z", "7", "-", ".", " ", "  ", "\t", "\u{A0}", "\u{2007}", "\r", "\u{0B}", "æ", "Ø", "å", "é", "\u{AD}",
        "\u{2C6}", "\u{301}", "e\u{301}", "–", "€", "😀",
    ]

    static let line = PieceText.generator(alphabet, pieces: 0...30)

    @Test func bytesCutAsCharactersDo() async {
        await propertyCheck(input: Self.line) { line in
            #expect(PositionedWord.words(of: line) == PositionedWord.wordsByCharacters(of: line), PieceText.scalars(line))
        }
    }

    @Test func danishTableRowIsCutOnBytes() throws {
        let words = try #require(PositionedWord.wordsOnBytes(of: "Færre udgifter\u{A0} Service   -2.000"))
        #expect(words.map(\.text) == ["Færre", "udgifter", "Service", "-2.000"])
        #expect(words.map(\.start) == [0, 6, 16, 26])
        #expect(words.map(\.end) == [5, 14, 23, 32])
    }
}
