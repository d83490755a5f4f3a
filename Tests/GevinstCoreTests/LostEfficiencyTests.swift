import PropertyBased
import Testing
import GevinstCore

/// Lost efficiency = planned − realised, and coverage never beyond what is outstanding.
@Suite struct LostEfficiencyTests {
    static let amount = Gen.int64(in: -5_000_000_000...5_000_000_000)
    static let years = Gen.int(in: 2019...2030)

    @Test func lostIsPlannedMinusRealisedInEveryYearWhereBothAreKnown() async {
        await propertyCheck(input: Self.amount.array(of: 6), Self.amount.array(of: 6)) { planned, realised in
            let plannedByYear = Dictionary(uniqueKeysWithValues: planned.enumerated().map { (2020 + $0.offset, $0.element) })
            // Realised known for the first four years only.
            let realisedByYear = Dictionary(uniqueKeysWithValues: realised.prefix(4).enumerated().map { (2020 + $0.offset, $0.element) })
            let lost = LostEfficiency(planned: plannedByYear, realised: realisedByYear)
            #expect(Set(lost.perYear.keys) == Set(2020...2023))
            for year in 2020...2023 {
                #expect(lost.perYear[year] == plannedByYear[year].flatMap { p in realisedByYear[year].map { p - $0 } })
            }
            #expect(lost.outstanding.values.allSatisfy { $0 < 0 })
        }
    }

    @Test func coverageNeverExceedsWhatIsOutstanding() async {
        await propertyCheck(input: Self.amount.array(of: 5), Self.amount.array(of: 5), Self.amount.array(of: 5)) { planned, realised, cut in
            let byYear = { (values: [Amount]) in Dictionary(uniqueKeysWithValues: values.enumerated().map { (2020 + $0.offset, $0.element) }) }
            let lost = LostEfficiency(planned: byYear(planned), realised: byYear(realised))
            let action = CompensatingAction(kind: .frameCut(area: "Udsatte voksne"), amounts: byYear(cut), isCarriedOut: true)
            let coverage = lost.coverage(by: [action, action])
            for (year, outstanding) in coverage.outstanding {
                let covered = coverage.covered[year] ?? 0
                let remaining = coverage.remaining[year] ?? 0
                #expect(covered <= 0 && covered >= outstanding)
                #expect(remaining <= 0 && remaining >= outstanding)
                #expect(covered + remaining == outstanding)
            }
            #expect(Set(coverage.covered.keys).isSubset(of: Set(coverage.outstanding.keys)))
        }
    }

    @Test func theDefaultFrameCutCoversExactlyTheShortfall() async {
        await propertyCheck(input: Self.amount.array(of: 4), Self.amount.array(of: 4)) { planned, realised in
            let byYear = { (values: [Amount]) in Dictionary(uniqueKeysWithValues: values.enumerated().map { (2021 + $0.offset, $0.element) }) }
            let lost = LostEfficiency(planned: byYear(planned), realised: byYear(realised))
            let cut = CompensatingAction.frameCut(covering: lost, area: "Borgere med handicap", isCarriedOut: true)
            let coverage = lost.coverage(by: [cut])
            #expect(coverage.isFullyCovered)
            #expect(coverage.totalCovered == lost.totalOutstanding)
        }
    }

    @Test func aPlannedActionCoversNothing() {
        let lost = LostEfficiency(planned: [2024: -1_113_000], realised: [2024: 0])
        let promised = CompensatingAction.frameCut(covering: lost, area: "Borgere med handicap")
        #expect(lost.coverage(by: [promised]).totalCovered == 0)
        #expect(lost.coverage(by: [promised]).totalRemaining == -1_113_000)
    }

    @Test func extremeAmountsSaturateInsteadOfTrapping() {
        let lost = LostEfficiency(planned: [2024: .min, 2025: .max], realised: [2024: 1, 2025: -1])
        #expect(lost.saturated)
        #expect(lost.perYear[2024] == .min)
        #expect(lost.perYear[2025] == .max)
    }

    @Test func overRealisationDoesNotOffsetAnotherYearsShortfall() {
        let lost = LostEfficiency(planned: [2024: -1_000_000, 2025: -1_000_000], realised: [2024: -400_000, 2025: -1_600_000])
        #expect(lost.perYear == [2024: -600_000, 2025: 600_000])
        #expect(lost.totalOutstanding == -600_000)
    }
}
