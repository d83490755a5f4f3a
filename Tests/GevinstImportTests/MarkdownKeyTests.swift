import PropertyBased
import Testing
@testable import GevinstImport

/// `MarkdownInline.key` builds the key of ASCII and Latin-1 text on its bytes and walks the scalars of other
/// text; it must give what the walk over the scalars alone gave for every text.
@Suite struct MarkdownKeyTests {
    /// ASCII letters, digits, punctuation and markup; Latin-1 letters with ×, ÷, ß and ÿ; Latin-1 signs outside
    /// the letters (no-break space, ª, µ, ½); letters from U+0100 up, a combining mark, a dash and an emoji.
    static let alphabet: [String] = [
        "a", "Z", "q", "0", "9", " ", "\t", "-", ".", ",", "(", ")", "/", "<b>", "</b>", "*", "<sup>1</sup>", "<input",
        "æ", "Æ", "ø", "Ø", "å", "Å", "é", "É", "ß", "ÿ", "Þ", "þ", "×", "÷", "\u{00A0}", "ª", "µ", "½", "¿",
        "İ", "ė", "Ω", "ﬁ", "\u{301}", "–", "😀",
    ]

    static let text = PieceText.generator(alphabet, pieces: 0...24)

    @Test func bytesGiveTheKeyScalarsGive() async {
        await propertyCheck(input: Self.text) { text in
            #expect(MarkdownInline.key(text) == Self.keyByScalars(text), "\(text)")
            let slice = text.dropFirst(2)
            #expect(MarkdownInline.key(slice) == Self.keyByScalars(slice), "\(slice)")
        }
    }

    @Test func examples() {
        #expect(MarkdownInline.key("<b>Samlet varig ændring, Service</b>") == "samlet varig ændring service")
        #expect(MarkdownInline.key("Evaluering ") == MarkdownInline.key("evaluering."))
        #expect(MarkdownInline.key("ØKONOMI × 2") == "økonomi 2")
    }

    /// The key by the general path alone: every scalar of the cleaned text in turn.
    static func keyByScalars<S: StringProtocol>(_ text: S) -> String {
        MarkdownInline.keyByScalars(MarkdownInline.clean(text))
    }
}
