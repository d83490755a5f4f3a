import Testing
@testable import GevinstCore

/// Payback figures read off the seed documents by a person.
@Suite struct PaybackRuleTests {
    func series(_ first: Int, _ thousands: [Int64]) -> YearSeries {
        YearSeries(firstYear: first, values: thousands.map { $0 * 1000 })
    }

    @Test func catalogue003BU01PaysBackInYear3() {
        // 003 BU01 Tabel 1: net 300, -100, -400, -1.000, -1.000, -1.000; printed "3 år".
        let net = series(2019, [300, -100, -400, -1000, -1000, -1000])
        let permanent = series(2019, [0, -1000, -1000, -1000, -1000, -1000])
        #expect(PaybackRule.firstYearStrict.payback(net: net, permanent: permanent) == PaybackYears(years: 3))
    }

    @Test func strictAndInclusiveDifferWhenCumulativeReachesExactlyZero() {
        // 003 SI02 reaches exactly 0 in its second year and prints 3.
        let net = series(2019, [500, -500, -500])
        let permanent = series(2019, [0, -500, -500])
        #expect(PaybackRule.firstYearStrict.payback(net: net, permanent: permanent) == PaybackYears(years: 3))
        #expect(PaybackRule.firstYearInclusive.payback(net: net, permanent: permanent) == PaybackYears(years: 2))
    }

    @Test func neverPaidBackGivesNoNumber() {
        let net = series(2019, [1000, 200, 200])
        #expect(PaybackRule.firstYearStrict.payback(net: net, permanent: net) == nil)
    }

    @Test func everyNamedRuleRoundTripsByName() {
        for name in PaybackRule.allNames { #expect(PaybackRule.named(name)?.name == name) }
        #expect(PaybackRule.named("no-such-rule") == nil)
    }
}
