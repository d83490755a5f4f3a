import PropertyBased
import Testing
@testable import GevinstImport

/// `TextFold.letters` folds ASCII bytes where they stand and decodes only the rest; it must fold as the walk
/// over Unicode scalars does.
@Suite struct TextFoldTests {
    /// ASCII of every kind, Danish and OCR letters, two-, three- and four-byte characters.
    static let alphabet: [String] = [
        "a", "Z", "@", "7", " ", "-", ".", "æ", "Ø", "å", "é", "ü", "ß", "İ", "ė", "Ę", "–", "−", "€", "ﬁ", "Ω", "😀", "\u{301}",
    ]

    static let text = Gen.int(in: 0...(alphabet.count - 1)).array(of: 0...30).map { indices in
        indices.map { alphabet[$0] }.joined()
    }

    @Test func bytesFoldAsScalarsDo() async {
        await propertyCheck(input: Self.text) { text in
            #expect(TextFold.letters(text) == TextFold.lettersByScalars(text), "\(text)")
            let slice = text.dropFirst(2)
            #expect(TextFold.letters(slice) == TextFold.lettersByScalars(slice), "\(slice)")
        }
    }

    @Test func examples() {
        #expect(TextFold.letters("Overførsler 2025") == "overforsler")
        #expect(TextFold.letters("@konomi – Ændring") == "okonomiaendring")
    }
}
