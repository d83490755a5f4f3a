import PropertyBased
import Testing
@testable import GevinstImport

/// `splitAtSpaces` and `split(atASCII:)` cut on bytes; they must give the pieces `split(separator:)` and
/// `split(whereSeparator:)` give by characters, also where a combining accent joins a space or a period into one
/// character and where "\r\n" is one character.
@Suite struct SplitAtASCIITests {
    static let alphabet: [String] = [
        "a", "Z", "7", " ", "  ", ".", "\n", "\r", "\r\n", "\t", "\u{A0}", "æ", "Ø", "–", "\u{301}", "\u{200D}", "😀",
        "’", "…", "€", "\u{2028}", "\u{20DD}", "\u{FE0F}",
    ]

    static let text = PieceText.generator(alphabet, pieces: 0...30)

    @Test func spacesSplitAsCharactersDo() async {
        await propertyCheck(input: Self.text) { text in
            #expect(text.splitAtSpaces().map(String.init) == text.split(separator: " ").map(String.init),
                    PieceText.scalars(text))
            let slice = text.dropFirst(3)
            #expect(slice.splitAtSpaces().map(String.init) == slice.split(separator: " ").map(String.init))
        }
    }

    @Test func sentencesSplitAsCharactersDo() async {
        await propertyCheck(input: Self.text) { text in
            let expected = text.split(whereSeparator: { $0.asciiValue == 0x2E || $0.asciiValue == 0x0A }).map(String.init)
            #expect(text.split(atASCII: { $0 == 0x2E || $0 == 0x0A }).map(String.init) == expected,
                    PieceText.scalars(text))
        }
    }

    @Test func examples() {
        #expect(" Tabel  1. Forslagets ".splitAtSpaces() == ["Tabel", "1.", "Forslagets"])
        #expect("".splitAtSpaces().isEmpty)
        #expect("Risikoen er lav. Den vurderes\nsom lav".split(atASCII: { $0 == 0x2E || $0 == 0x0A })
            == ["Risikoen er lav", " Den vurderes", "som lav"])
        // A combining accent on the space makes it another character: no cut there.
        #expect("a \u{301}b c".splitAtSpaces() == ["a \u{301}b", "c"])
        #expect("2023 – 2024 €".splitAtSpaces() == ["2023", "–", "2024", "€"])
        #expect("a \u{20DD}b".splitAtSpaces() == ["a \u{20DD}b"])
    }
}
