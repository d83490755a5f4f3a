import Testing
import GevinstCore

/// The classifier's proposals, case by case, with the default thresholds (6 months, 1 mio. kr.).
@Suite struct FollowUpClassifierTests {
    let classifier = FollowUpClassifier()

    func propose(
        planned: Int? = 2024, current: Int? = 2024, plannedEfficiency: [Int: Amount] = [:], realised: [Int: Amount] = [:],
        actions: [CompensatingAction] = [], asOf: Int = 2024
    ) -> FollowUpClassifier.Proposal? {
        classifier.propose(FollowUpClassifier.Evidence(
            plannedFullImplementationYear: planned, currentFullImplementationYear: current, plannedEfficiency: plannedEfficiency,
            realisedEfficiency: realised, compensatingActions: actions, asOfYear: asOf))
    }

    @Test func onScheduleWithNothingLostIsOnTrack() {
        let proposal = propose(planned: 2026, current: 2026, plannedEfficiency: [2024: -500_000], realised: [2024: -500_000])
        #expect(proposal?.category.role == .onTrack)
        #expect(proposal?.colour == .green)
    }

    @Test func fullImplementationReachedAndRealisedIsImplemented() {
        let proposal = propose(planned: 2024, current: 2024, plannedEfficiency: [2024: -2_560_000], realised: [2024: -2_560_000])
        #expect(proposal?.category.role == .implemented)
    }

    @Test func aYearLateWithASmallLossIsYellow() {
        // As 002 HA05 (2024): about 1,5 years late, efficiency 405 t.kr. a year.
        let proposal = propose(planned: 2024, current: 2025, plannedEfficiency: [2024: -405_000], realised: [2024: 0])
        #expect(proposal?.category.role == .scheduleSlipped)
        #expect(proposal?.colour == .yellow)
        #expect(proposal?.delayMonths == 12)
    }

    @Test func lateBeforeAnythingIsLostIsYellow() {
        let proposal = propose(planned: 2025, current: 2026)
        #expect(proposal?.category.role == .scheduleSlipped)
    }

    @Test func sixMonthsIsNotMoreThanSixMonths() {
        var configuration = FollowUpConfiguration.default
        configuration.scheduleThresholdMonths = 12
        let proposal = FollowUpClassifier(configuration: configuration).propose(FollowUpClassifier.Evidence(
            plannedFullImplementationYear: 2025, currentFullImplementationYear: 2026, plannedEfficiency: [:],
            realisedEfficiency: [:], asOfYear: 2024))
        #expect(proposal?.category.role == .onTrack)
    }

    @Test func lateAndMoreThanOneMillionLostIsRed() {
        // As 002 HA06 (2022): the 2024 efficiency of 1.113 t.kr. is lost.
        let proposal = propose(planned: 2023, current: 2025, plannedEfficiency: [2024: -1_113_000], realised: [2024: 0])
        #expect(proposal?.category.role == .scheduleAndEconomySlipped)
        #expect(proposal?.colour == .red)
    }

    @Test func exactlyOneMillionIsNotMoreThanOneMillion() {
        let proposal = propose(planned: 2023, current: 2025, plannedEfficiency: [2024: -1_000_000], realised: [2024: 0])
        #expect(proposal?.category.role == .scheduleSlipped)
    }

    @Test func implementedButShortIsNotAsIntended() {
        // As 002 UD09: fully implemented in 2021, realising 0,4 mio. kr. of 2,172.
        let proposal = propose(planned: 2021, current: 2021, plannedEfficiency: [2024: -2_172_000], realised: [2024: -400_000])
        #expect(proposal?.category.role == .notImplementedAsIntended)
        #expect(proposal?.colour == .red)
    }

    @Test func redTurnsGreenOnceACarriedOutFrameCutCoversTheLoss() throws {
        let planned: [Int: Amount] = [2024: -1_113_000]
        let realised: [Int: Amount] = [2024: 0]
        let lost = LostEfficiency(planned: planned, realised: realised)
        let promised = CompensatingAction.frameCut(covering: lost, area: "Borgere med handicap")
        // Promised ("vil blive indhentet") is not yet done: still red.
        #expect(propose(planned: 2023, current: 2025, plannedEfficiency: planned, realised: realised, actions: [promised])?.colour == .red)
        var done = promised
        done.isCarriedOut = true
        let proposal = try #require(propose(planned: 2023, current: 2025, plannedEfficiency: planned, realised: realised, actions: [done]))
        #expect(proposal.colour == .green)
        #expect(proposal.coverage.totalCovered == -1_113_000)
        #expect(proposal.coverage.totalRemaining == 0)
    }

    @Test func aPartialFrameCutLeavesTheRestOutstanding() {
        let action = CompensatingAction(kind: .frameCut(area: "Udsatte voksne"), amounts: [2024: -300_000], isCarriedOut: true)
        let proposal = propose(planned: 2023, current: 2025, plannedEfficiency: [2024: -1_600_000], realised: [2024: 0], actions: [action])
        #expect(proposal?.coverage.totalRemaining == -1_300_000)
        #expect(proposal?.category.role == .scheduleAndEconomySlipped)
    }

    @Test func futureYearsDoNotCountAsLost() {
        let proposal = propose(planned: 2026, current: 2026, plannedEfficiency: [2025: -3_000_000], realised: [2025: 0], asOf: 2024)
        #expect(proposal?.category.role == .onTrack)
        #expect(proposal?.coverage.totalOutstanding == 0)
    }

    @Test func nothingToProposeFromGivesNil() {
        #expect(propose(planned: nil, current: 2025) == nil)
    }

    @Test func theControllerConfirmsOrOverridesWithAReason() throws {
        let configuration = FollowUpConfiguration.default
        let red = try #require(configuration.category(for: .scheduleAndEconomySlipped))
        let yellow = try #require(configuration.category(for: .scheduleSlipped))
        var record = FollowUpRecord(
            key: FollowUpKey(adoptedBudgetYear: 2022, code: "HA06", title: ""), code: "HA06", title: "Kapacitetstilpasning",
            area: "Borgere med handicap", assessment: .recorded(yellow), plannedFullImplementationYear: 2023,
            currentFullImplementationYear: 2025, plannedEfficiency: [2024: -1_113_000], realisedEfficiency: [2024: 0])
        let proposal = try #require(FollowUpClassifier().propose(for: record, asOfYear: 2024))
        #expect(proposal.category == red)
        #expect(throws: FollowUpError.self) { try record.override(proposal.category, with: yellow, reason: "  ") }
        try record.override(proposal.category, with: yellow, reason: "Pladserne tages i brug januar 2025")
        #expect(record.colour == .yellow)
        #expect(record.assessment.isOverride)
        #expect(record.assessment.proposed == red)
        #expect(record.assessment.overrideReason == "Pladserne tages i brug januar 2025")
        record.confirm(proposal.category)
        #expect(record.colour == .red && !record.assessment.isOverride && record.assessment.overrideReason == nil)
    }
}
