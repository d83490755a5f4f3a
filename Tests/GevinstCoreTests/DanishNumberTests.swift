import Testing
@testable import GevinstCore

@Suite struct DanishNumberTests {
    @Test(arguments: [
        (Int64(1500), "1.500"), (-2000, "-2.000"), (0, "0"), (999, "999"), (-1_000_000, "-1.000.000"),
        (Int64.min + 1, "-9.223.372.036.854.775.807"),
    ])
    func integersGroupThousandsWithDots(_ value: Int64, _ text: String) {
        #expect(DanishNumber.format(value) == text)
    }

    @Test(arguments: [
        (Int64(1_540_000), "1.540"), (-1_184_832, "-1.185"), (1_500, "2"), (-1_500, "-2"), (1_499, "1"), (-499, "0"),
    ])
    func thousandsRoundHalfAwayFromZeroForDisplay(_ kroner: Int64, _ text: String) {
        #expect(DanishNumber.thousands(kroner) == text)
    }

    @Test func exactThousandsKeepTheRemainder() {
        #expect(DanishNumber.thousandsExact(12_500) == "12,5")
        #expect(DanishNumber.thousandsExact(-500) == "-0,5")
        #expect(DanishNumber.thousandsExact(-1_540_000) == "-1.540")
    }

    @Test(arguments: [
        ("1.500", Int64(1500)), ("-2.000", -2000), ("−400", -400), ("0", 0), ("12.345.678", 12_345_678),
        ("1 500", 1500), ("-10\u{00A0}465", -10_465), ("12\u{202F}345 678", 12_345_678),
    ])
    func printedIntegersParse(_ text: String, _ value: Int64) {
        #expect(DanishNumber.parseInteger(text) == value)
    }

    @Test(arguments: ["1.50", "1,5", "abc", "", "-", "1..000", "12345.678", "99.999.999.999.999.999.999", "1 50", "1.500 000", "12 3"])
    func anythingElseIsNotAPrintedInteger(_ text: String) {
        #expect(DanishNumber.parseInteger(text) == nil)
    }
}
