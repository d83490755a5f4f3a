/// Proposes a record's status category from its figures; the controller then confirms or overrides it
/// (`StatusAssessment`). The thresholds come from the configuration (default 6 months and 1 mio. kr.,
/// DOMAIN.md §6), so do the texts and colours.
///
/// The rule, in order:
/// 1. The delay is the current minus the planned year of full implementation, in months (12 per year).
/// 2. The lost efficiency (`LostEfficiency`) up to the period's year, less what carried-out compensating
///    actions cover, is what remains.
/// 3. Delayed more than the schedule threshold and remaining more than the economy threshold: *schedule and
///    economy slipped* (red). Delayed with a smaller remainder, or delayed before anything was lost: *schedule
///    slipped* (yellow).
/// 4. Not delayed, but a remainder after full implementation, or a remainder above the economy threshold:
///    *not implemented as intended* (red) — the initiative runs and does not deliver.
/// 5. Otherwise green: *implemented* when full implementation is reached and realised efficiency is known for
///    its year, else *on track*. A record whose shortfall is covered by carried-out handling is therefore
///    green again, as seed 002 says: "Et forslag kan derfor gå fra rød til grøn status, når håndteringen af
///    udestående effektivisering er gennemført".
/// With neither both years of full implementation nor a year with planned and realised efficiency, there is
/// nothing to propose from, and the result is nil.
public struct FollowUpClassifier: Sendable {
    public let configuration: FollowUpConfiguration

    public init(configuration: FollowUpConfiguration = .default) {
        self.configuration = configuration
    }

    /// The figures a proposal is made from.
    public struct Evidence: Sendable, Hashable {
        public var plannedFullImplementationYear: Int?
        public var currentFullImplementationYear: Int?
        public var plannedEfficiency: [Int: Amount]
        public var realisedEfficiency: [Int: Amount]
        public var compensatingActions: [CompensatingAction]
        /// The period's year: later years are not yet realised and do not count.
        public var asOfYear: Int

        public init(
            plannedFullImplementationYear: Int?, currentFullImplementationYear: Int?, plannedEfficiency: [Int: Amount],
            realisedEfficiency: [Int: Amount], compensatingActions: [CompensatingAction] = [], asOfYear: Int
        ) {
            self.plannedFullImplementationYear = plannedFullImplementationYear
            self.currentFullImplementationYear = currentFullImplementationYear
            self.plannedEfficiency = plannedEfficiency
            self.realisedEfficiency = realisedEfficiency
            self.compensatingActions = compensatingActions
            self.asOfYear = asOfYear
        }

        /// The evidence a record holds, as of a period's year.
        public init(record: FollowUpRecord, asOfYear: Int) {
            self.init(
                plannedFullImplementationYear: record.plannedFullImplementationYear,
                currentFullImplementationYear: record.currentFullImplementationYear,
                plannedEfficiency: record.plannedEfficiency, realisedEfficiency: record.realisedEfficiency,
                compensatingActions: record.compensatingActions, asOfYear: asOfYear)
        }
    }

    /// A proposed status with the figures that led to it.
    public struct Proposal: Sendable, Hashable {
        public var category: StatusCategory
        /// Months late (negative: early), when both years are known.
        public var delayMonths: Int?
        public var coverage: EfficiencyCoverage

        public var colour: StatusColour { category.colour }

        /// Why, in plain English with the figures.
        public var reason: String {
            let delay = delayMonths.map { "full implementation \($0) months later than planned" } ?? "no planned year of full implementation"
            return "\(delay); lost efficiency \(DanishNumber.thousands(coverage.totalOutstanding)), covered \(DanishNumber.thousands(coverage.totalCovered)), remaining \(DanishNumber.thousands(coverage.totalRemaining)) (1.000 kr.)"
        }
    }

    public func propose(_ evidence: Evidence) -> Proposal? {
        var delayMonths: Int?
        if let planned = evidence.plannedFullImplementationYear, let current = evidence.currentFullImplementationYear {
            let (years, overflow) = current.subtractingReportingOverflow(planned)
            let (months, overflow2) = years.multipliedReportingOverflow(by: 12)
            if !overflow && !overflow2 { delayMonths = months }
        }
        let lost = LostEfficiency(
            planned: evidence.plannedEfficiency, realised: evidence.realisedEfficiency, through: evidence.asOfYear)
        guard delayMonths != nil || !lost.perYear.isEmpty else { return nil }
        let coverage = lost.coverage(by: evidence.compensatingActions)
        let remaining = coverage.totalRemaining.magnitude
        let economyThreshold = configuration.economyThreshold.magnitude
        let delayed = (delayMonths ?? 0) > configuration.scheduleThresholdMonths
        let reached = evidence.currentFullImplementationYear.map { $0 <= evidence.asOfYear } ?? false

        let role: StatusRole
        if delayed && remaining > economyThreshold {
            role = .scheduleAndEconomySlipped
        } else if delayed && (remaining > 0 || coverage.totalOutstanding == 0) {
            role = .scheduleSlipped
        } else if remaining > 0 && (reached || remaining > economyThreshold) {
            role = .notImplementedAsIntended
        } else if reached, let year = evidence.currentFullImplementationYear, evidence.realisedEfficiency[year] != nil {
            role = .implemented
        } else {
            role = .onTrack
        }
        guard let category = configuration.category(for: role) else { return nil }
        return Proposal(category: category, delayMonths: delayMonths, coverage: coverage)
    }

    /// The proposal for a record in a period (as of the period's year).
    public func propose(for record: FollowUpRecord, asOfYear: Int) -> Proposal? {
        propose(Evidence(record: record, asOfYear: asOfYear))
    }
}
