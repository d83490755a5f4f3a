import GevinstCore

/// `gevinst-bench followup`: classify and summarise 100 000 follow-up status records (issue 5).
enum FollowUpBenchmark {
    static let suite = BenchSuite(name: "followup") { run() }

    static let recordCount = 100_000

    static func run() {
        let configuration = FollowUpConfiguration.default
        let period = syntheticPeriod(count: recordCount, configuration: configuration)
        let classifier = FollowUpClassifier(configuration: configuration)
        var classified = period
        var proposed = 0
        let classifySeconds = Stopwatch.seconds {
            for index in classified.records.indices {
                guard let proposal = classifier.propose(for: classified.records[index], asOfYear: classified.year) else { continue }
                classified.records[index].confirm(proposal.category)
                proposed += 1
            }
        }
        var summary: FollowUpSummary?
        let summariseSeconds = Stopwatch.seconds {
            summary = FollowUpSummary.summarise(classified, configuration: configuration)
        }
        guard let summary else { return }
        let total = summary.total
        print("classify \(recordCount) records: \(format(classifySeconds)) s (\(proposed) proposals, \(perSecond(recordCount, classifySeconds)) records/s)")
        print("summarise \(recordCount) records: \(format(summariseSeconds)) s (\(summary.areas.count) areas)")
        print("colours: \(total.green) green, \(total.yellow) yellow, \(total.red) red; lost \(DanishNumber.thousands(total.lostEfficiency)), covered \(DanishNumber.thousands(total.coveredEfficiency)) (1.000 kr.)")
        print("classify + summarise: \(format(classifySeconds + summariseSeconds)) s")
    }

    /// Deterministic records spread over the five default areas, with planned and realised efficiency for
    /// 2022–2024, delays of 0–2 years and, for some, a carried-out frame cut.
    static func syntheticPeriod(count: Int, configuration: FollowUpConfiguration) -> FollowUpPeriod {
        var random = SplitMix(seed: 2024)
        let onTrack = configuration.category(for: .onTrack) ?? FollowUpConfiguration.defaultCategories[0]
        var records: [FollowUpRecord] = []
        records.reserveCapacity(count)
        for index in 0..<count {
            let area = configuration.areas[index % configuration.areas.count]
            let year = 2019 + Int(random.next() % 7)
            let plannedYear = year + 1 + Int(random.next() % 3)
            let currentYear = plannedYear + Int(random.next() % 3)
            let saving = -Amount(random.next() % 5_000) * 1000
            var planned: [Int: Amount] = [:]
            var realised: [Int: Amount] = [:]
            for budgetYear in 2022...2024 where budgetYear >= year {
                planned[budgetYear] = saving
                realised[budgetYear] = saving * Amount(random.next() % 101) / 100
            }
            var actions: [CompensatingAction] = []
            if random.next() % 4 == 0 {
                let lost = LostEfficiency(planned: planned, realised: realised, through: 2024)
                actions.append(.frameCut(covering: lost, area: area.name, isCarriedOut: random.next() % 2 == 0))
            }
            let code = "\(area.codeLetters.first ?? "TV")\(index % 100 < 10 ? "0" : "")\(index % 100)"
            records.append(FollowUpRecord(
                key: FollowUpKey(adoptedBudgetYear: year, code: "\(code)-\(index)", title: ""), code: code, title: "Forslag \(index)",
                type: .investment, typeText: "Investeringsforslag", area: area.name, assessment: .recorded(onTrack),
                plannedFullImplementationYear: plannedYear, currentFullImplementationYear: currentYear,
                efficiencyAtFullPhaseIn: saving, plannedEfficiency: planned, realisedEfficiency: realised,
                totalInvestment: -saving * 2, compensatingActions: actions))
        }
        return FollowUpPeriod(name: "December 2024", date: CalendarDay(year: 2024, month: 12, day: 31) ?? configuration.effectiveFrom, records: records)
    }

    /// Seconds with three decimals: 0.042.
    static func format(_ seconds: Double) -> String {
        let milliseconds = Int((seconds * 1000).rounded())
        let fraction = String(milliseconds % 1000)
        return "\(milliseconds / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction)"
    }

    static func perSecond(_ count: Int, _ seconds: Double) -> String {
        seconds > 0 ? DanishNumber.format(Int64((Double(count) / seconds).rounded())) : "∞"
    }
}

/// A small deterministic pseudo-random generator (SplitMix64), so every run measures the same records.
struct SplitMix {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
