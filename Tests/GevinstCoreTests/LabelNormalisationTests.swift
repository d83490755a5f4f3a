import PropertyBased
import Testing
@testable import GevinstCore

/// Labels below U+0100 are normalised on their scalars; the result must be the `Character`-level reading's.
@Suite struct LabelNormalisationTests {
    /// Letters of both cases, Danish letters, digits, hyphens, signs and the Latin-1 letters and numbers that
    /// are easy to get wrong (ª µ º ² ½ ß ÿ × ÷ Þ), and a carriage return with its line feed.
    static let alphabet: [String] = [
        "a", "B", "z", "Z", "æ", "Æ", "ø", "Ø", "å", "Å", "é", "É", "0", "7", " ", "  ", "-", "\u{AD}", ",", ".", "(",
        "ª", "µ", "º", "²", "½", "ß", "ÿ", "×", "÷", "Þ", "\u{A0}", "\r\n", "–",
    ]

    static let label = Gen.int(in: 0...(alphabet.count - 1)).array(of: 0...24).map { indices in
        indices.map { alphabet[$0] }.joined()
    }

    @Test func latin1ReadingMatchesCharacterReading() async {
        await propertyCheck(input: Self.label) { label in
            #expect(LabelNormalisation.normalise(label) == LabelNormalisation.normaliseByCharacters(label), "\(label)")
        }
    }

    @Test func examples() {
        #expect(LabelNormalisation.normalise("Børnefamilie-enheder") == "børnefamilieenheder")
        #expect(LabelNormalisation.normalise("  Færre udgifter, (Service)  ") == "færre udgifter service")
        #expect(LabelNormalisation.normaliseLatin1("Udgift – netto") == nil)
    }
}
