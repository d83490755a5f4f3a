import Foundation
import PropertyBased
import Testing
@testable import GevinstImport

/// `TextFold.letters` folds ASCII bytes where they stand and decodes only the rest; it must fold as the walk
/// over Unicode scalars does.
@Suite struct TextFoldTests {
    /// ASCII of every kind, Danish and OCR letters, two-, three- and four-byte characters.
    static let alphabet: [String] = [
        "a", "Z", "@", "7", "kost", "ndring", "b", " ", "-", ".", "æ", "Ø", "å", "é", "ü", "ß", "İ", "ė", "Ę", "–", "−", "€", "ﬁ", "Ω", "😀", "\u{301}",
    ]

    static let text = PieceText.generator(alphabet, pieces: 0...30)

    @Test func bytesFoldAsScalarsDo() async {
        await propertyCheck(input: Self.text) { text in
            #expect(TextFold.letters(text) == TextFold.lettersByScalars(text), "\(text)")
            let slice = text.dropFirst(2)
            #expect(TextFold.letters(slice) == TextFold.lettersByScalars(slice), "\(slice)")
        }
    }

    /// Folded text is returned as it stands (`isFolded`), and a byte search in it finds what Foundation's
    /// `range(of:)` finds.
    @Test func foldedTextIsItsOwnFoldingAndSearchedByBytes() async {
        await propertyCheck(input: Self.text) { text in
            let folded = TextFold.letters(text)
            #expect(TextFold.isFolded(folded))
            #expect(TextFold.letters(folded) == folded)
            #expect(TextFold.letters(folded.dropFirst()) == TextFold.lettersByScalars(folded.dropFirst()))
            for needle in ["kost", "ndring", "a", "zz"] {
                #expect(folded.byteRange(of: needle) == folded.range(of: needle), "\(folded) \(needle)")
            }
        }
    }

    @Test func examples() {
        #expect(TextFold.letters("Overførsler 2025") == "overforsler")
        #expect(TextFold.letters("@konomi – Ændring") == "okonomiaendring")
    }
}
