import PropertyBased
import Testing
@testable import GevinstImport

/// `collapsingSpaces` collapses blanks on the text's bytes; it must give what the walk over Unicode scalars it
/// replaced gives (kept here as the oracle).
@Suite struct CollapsingSpacesTests {
    /// Every blank `Blank` knows, characters that share their lead bytes (C2, E2) without being blanks, Danish
    /// letters, a combining accent and a four-byte character.
    static let alphabet: [String] = [
        "a", "Z", "7", "-", " ", "  ", "\t", "\n", "\u{0C}", "\u{A0}", "\u{2007}", "\u{2009}", "\u{200A}", "\u{202F}",
        "\u{2003}", "\u{A9}", "–", "€", "æ", "Ø", "\u{301}", "😀",
    ]

    static let text = PieceText.generator(alphabet, pieces: 0...30)

    static func collapsingByScalars(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if Blank.isBlank(scalar) {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" "); pendingSpace = false }
                result.append(scalar)
            }
        }
        return String(result)
    }

    @Test func bytesCollapseAsScalarsDo() async {
        await propertyCheck(input: Self.text) { text in
            let expected = Self.collapsingByScalars(text)
            #expect(text.collapsingSpaces() == expected, PieceText.scalars(text))
            #expect(text.collapsingSpaces().utf8.elementsEqual(expected.utf8))
            let slice = text.dropFirst(2)
            #expect(slice.collapsingSpaces().utf8.elementsEqual(Self.collapsingByScalars(String(slice)).utf8))
        }
    }

    @Test func examples() {
        #expect("  Samlet\u{A0}\u{A0}varig   ændring\t".collapsingSpaces() == "Samlet varig ændring")
        #expect(" \u{2007} ".collapsingSpaces() == "")
    }
}
