import Testing
@testable import GevinstCore

/// Drivers applied to lines, with the arithmetic of the seeds' section 1.4.
@Suite struct DriverEvaluationTests {
    func q(_ text: String) -> Quantity {
        Quantity(text: text) ?? Quantity(0)
    }

    func proposal(_ driver: Driver, years: ClosedRange<Int> = 2022...2027) -> Proposal {
        Proposal(title: "Driver", years: years, lines: [
            EconomicLine(label: "Linje", block: .permanent, amounts: YearSeries(years: years), driver: driver),
        ])
    }

    func amounts(_ driver: Driver, years: ClosedRange<Int> = 2022...2027) -> [Amount] {
        let (result, findings) = DriverEvaluation.apply(to: proposal(driver, years: years))
        #expect(findings.isEmpty)
        return result.lines.first?.amounts.values ?? []
    }

    @Test func casesEightYoungPeopleThreeMonths75000AMonth() {
        // 000 BU/SI01 1.4: "3 måneder … ca. 8 unge", "75 t. kr. pr. måned" = 1.800.000 kr. a year.
        let driver = Driver(formula: .cases(count: q("8"), duration: q("3"), unitPrice: q("75000")), effect: .saving,
                            profile: [2023: q("1"), 2024: q("1")])
        #expect(amounts(driver) == [0, -1_800_000, -1_800_000, 0, 0, 0])
    }

    @Test func staffFourFTEAtHalfAMillionWithHalfAYearFirst() {
        // 000 BU/SI01: "4 bostøttemedarbejdere (årsværk) med halv virkning i 2022 og fuld virkning i 2023-2025
        // … 0,5 mio. kr. pr. årsværk" = 7,0 mio. kr. in all.
        let driver = Driver(formula: .staff(fte: q("4"), annualCost: q("500000")), effect: .cost,
                            profile: [2022: q("0,5"), 2023: q("1"), 2024: q("1"), 2025: q("1")])
        let result = amounts(driver)
        #expect(result == [1_000_000, 2_000_000, 2_000_000, 2_000_000, 0, 0])
        #expect(result.reduce(0, +) == 7_000_000)
        // 2,5 årsværk × 500.000 × 0,5 = 625.000.
        let half = Driver(formula: .staff(fte: q("2,5"), annualCost: q("500000")), effect: .cost, profile: [2022: q("0,5")])
        #expect(amounts(half).first == 625_000)
    }

    @Test func targetGroupAsInSOEM() {
        // 003 SI02 1.4: about 285.000 kr. a year per citizen who moves from a place to own home; 12 citizens ×
        // a success rate of 0,35 × 1 year each = 1.197.000 kr. (Tabel 1 prints -1.200 t.kr.).
        let driver = Driver(formula: .targetGroup(people: q("12"), successRate: q("0,35"), consequencePerSuccess: q("1"), unitPrice: q("285000")),
                            effect: .saving, profile: [2023: q("1")])
        #expect(amounts(driver)[1] == -1_197_000)
    }

    @Test func roundingIsOnceAndHalfAwayFromZero() {
        // 5 kr. × 0,5 = 2,5 → 3 for a cost and -3 for a saving; 0,35 × 0,35 × 10 kr. = 1,225 → 1.
        #expect(amounts(Driver(formula: .fixed(amount: q("5")), effect: .cost, profile: [2022: q("0,5")])).first == 3)
        #expect(amounts(Driver(formula: .fixed(amount: q("5")), effect: .saving, profile: [2022: q("0,5")])).first == -3)
        #expect(amounts(Driver(formula: .cases(count: q("0,35"), duration: q("0,35"), unitPrice: q("10")), effect: .cost, profile: [2022: q("1")])).first == 1)
        // Rounded once: 3 × 0,5 kr. × 0,5 = 0,75 → 1; rounding each step would give 3 × 1 × … = 2 or 0.
        #expect(amounts(Driver(formula: .cases(count: q("3"), duration: q("1"), unitPrice: q("0,5")), effect: .cost, profile: [2022: q("0,5")])).first == 1)
        #expect(Rounding.wholeKroner(-25, over: 10) == -3)
        #expect(Rounding.wholeKroner(-24, over: 10) == -2)
    }

    @Test func aProfileYearOutsideTheProposalIsReported() throws {
        let driver = Driver(formula: .fixed(amount: q("1000")), effect: .cost, profile: [2021: q("1"), 2022: q("1"), 2030: q("1")])
        let (result, findings) = DriverEvaluation.apply(to: proposal(driver))
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.rule == "driver.year-outside-range")
        #expect(finding.message == "Line \"Linje\": the driver's profile names 2021, 2030, outside the proposal's years 2022–2027; that share is left out.")
        #expect(result.lines.first?.amounts.values == [1000, 0, 0, 0, 0, 0])
    }

    @Test func aResultBeyondTheLimitIsAFindingNotATrap() throws {
        let typed = YearSeries(firstYear: 2022, values: [7, 0, 0, 0, 0, 0])
        let huge = Quantity(units: Int64.max)
        for formula in [
            DriverFormula.fixed(amount: Quantity(units: 10_000_000_000_001)),
            .targetGroup(people: huge, successRate: huge, consequencePerSuccess: huge, unitPrice: huge),
            .staff(fte: huge, annualCost: Quantity(units: 1, scale: Int.max)),
        ] {
            let line = EconomicLine(label: "Stor", block: .implementation, amounts: typed,
                                    driver: Driver(formula: formula, effect: .cost, profile: [2022: Quantity(units: Int64.max)]))
            let (result, findings) = DriverEvaluation.apply(to: Proposal(title: "T", years: 2022...2027, lines: [line]))
            #expect(findings.map(\.rule) == ["driver.amount-beyond-limit"])
            #expect(result.lines.first?.amounts == typed)
        }
    }
}
