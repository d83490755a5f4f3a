import PropertyBased
import Testing
@testable import GevinstImport

/// `AmountCellReader.parse` reads a cell on its bytes; it must read every text as the `Character`-level
/// reading it replaced (kept here, as `parseByCharacters`) did.
@Suite struct AmountCellParseTests {
    /// The reading by `Character` that `parse` replaced: a sign, then groups of ASCII digits between points.
    static func parseByCharacters(_ text: String) -> Int64? {
        var body = Substring(text)
        var negative = false
        if let first = body.first, first == "-" || first == "−" || first == "–" { negative = true; body = body.dropFirst() }
        guard !body.isEmpty, body.count <= 16 else { return nil }
        let groups = body.split(separator: ".", omittingEmptySubsequences: false)
        for (index, group) in groups.enumerated() {
            guard !group.isEmpty, group.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            if index > 0 && group.count != 3 { return nil }
            if index == 0 && groups.count > 1 && group.count > 3 { return nil }
        }
        let digits = groups.joined()
        guard digits.count <= 11, let value = Int64(digits) else { return nil }
        return negative ? -value : value
    }

    /// Digits and points most often, so that many texts are amounts; signs, letters, a comma and a space too.
    static let alphabet: [String] = ["0", "1", "2", "3", "5", "7", "9", "0", "4", ".", ".", ".", "-", "−", "–", "a", "é", ",", " ", "\u{301}"]

    static let cellText = PieceText.generator(alphabet, pieces: 0...18)

    @Test func bytesReadAsCharactersDo() async {
        await propertyCheck(input: Self.cellText) { text in
            #expect(AmountCellReader.parse(text) == Self.parseByCharacters(text), "\(text)")
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

/// `ThousandsAmount.read` reads plain cells ("1.540", "-1200", "12,5") on their bytes; it must read them as the
/// general reading does.
@Suite struct ThousandsAmountPlainTests {
    /// Digits, points and commas most often, a leading minus, and the odd letter or space.
    static let alphabet: [String] = ["0", "1", "2", "5", "9", "0", "4", ".", ".", ",", ",", "-", "a", " "]

    static let cell = PieceText.generator(alphabet, pieces: 0...24)

    @Test func bytesReadAsTheGeneralReadingDoes() async {
        await propertyCheck(input: Self.cell) { cell in
            #expect(ThousandsAmount.read(cell) == ThousandsAmount.readGeneral(MarkdownInline.clean(cell)), "\(cell)")
        }
    }
}
