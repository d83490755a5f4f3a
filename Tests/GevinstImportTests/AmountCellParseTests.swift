import PropertyBased
import Testing
@testable import GevinstImport

/// `AmountCellReader.parse` reads a cell on its bytes; it must read every text as the `Character`-level
/// reading did.
@Suite struct AmountCellParseTests {
    /// Digits and points most often, so that many texts are amounts; signs, letters, a comma and a space too.
    static let alphabet: [String] = ["0", "1", "2", "3", "5", "7", "9", "0", "4", ".", ".", ".", "-", "−", "–", "a", "é", ",", " ", "\u{301}"]

    static let cellText = Gen.int(in: 0...(alphabet.count - 1)).array(of: 0...18).map { indices in
        indices.map { alphabet[$0] }.joined()
    }

    @Test func bytesReadAsCharactersDo() async {
        await propertyCheck(input: Self.cellText) { text in
            #expect(AmountCellReader.parse(text) == AmountCellReader.parseByCharacters(text), "\(text)")
        }
    }

    @Test(arguments: [
        ("-2.000", Int64(-2000)), ("1733", 1733), ("−400", -400), ("–1.234.567", -1_234_567), ("0", 0),
        ("12345678901", 12_345_678_901),
    ])
    func amounts(text: String, value: Int64) {
        #expect(AmountCellReader.parse(text) == value)
    }

    @Test(arguments: ["", "-", "3,5", "1.00", "1000.000", ".500", "1.", "1..000", "123456789012", "2.000a", "−", "1 000", "-\u{301}5"])
    func notAmounts(text: String) {
        #expect(AmountCellReader.parse(text) == nil)
    }
}
