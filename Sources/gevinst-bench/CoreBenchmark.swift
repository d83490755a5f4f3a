import Foundation
import GevinstCore

/// `gevinst-bench core`: a synthetic portfolio of 100 000 proposals (12 lines, 10 years each, with printed
/// Tabel 1 totals and paybacks as an imported portfolio has), timed through (a) Compute (Tabel 1–4, payback)
/// and every check, and (b) a plain loop that only sums the same amounts. Issue "Gevinst core": aim for (a)
/// within 5× of (b).
enum CoreBenchmark {
    static let suite = BenchSuite(name: "core") { run() }

    /// 100 000, or `GEVINST_BENCH_PROPOSALS` when set (a smaller portfolio for profiling under callgrind).
    static let proposalCount: Int = {
        if let text = ProcessInfo.processInfo.environment["GEVINST_BENCH_PROPOSALS"], let count = Int(text), count > 0 { return count }
        return 100_000
    }()
    static let years = 2025...2034
    static let repetitions = 3

    static func run() {
        let buildSeconds = Stopwatch.seconds { _ = portfolio }
        let proposals = portfolio
        print("portfolio: \(proposals.count) proposals × 12 lines × 10 years, built in \(format(buildSeconds)) s")

        var bestFull = Double.infinity
        var bestPlain = Double.infinity
        var fullResult = FullResult()
        var plainResult: Int64 = 0
        for _ in 0..<repetitions {
            bestPlain = min(bestPlain, Stopwatch.seconds { plainResult = plainSum(proposals) })
            bestFull = min(bestFull, Stopwatch.seconds { fullResult = computeAndCheck(proposals) })
        }
        print("(a) compute + payback + checks: \(format(bestFull)) s, \(Int(Double(proposals.count) / bestFull)) proposals/s "
            + "(\(fullResult.findings) findings, payback sum \(fullResult.paybackTenths) tenths, net sum \(fullResult.netSum))")
        print("(b) plain sum of the same amounts: \(format(bestPlain)) s, \(Int(Double(proposals.count) / bestPlain)) proposals/s "
            + "(sum \(plainResult))")
        print("ratio (a)/(b): \(format(bestFull / bestPlain))× (aim: within 5×); best of \(repetitions) runs each")
    }

    struct FullResult {
        var findings = 0
        var paybackTenths = 0
        var netSum: Int64 = 0
    }

    static func computeAndCheck(_ proposals: [Proposal]) -> FullResult {
        let configuration = CheckConfiguration.default
        var result = FullResult()
        for proposal in proposals {
            let computed = Compute.proposal(proposal, rule: configuration.paybackRule)
            result.findings &+= Checks.run(proposal, computed: computed, configuration: configuration).count
            for index in computed.indices {
                result.paybackTenths &+= (computed[index].payback.service?.tenths ?? 0) &+ (computed[index].payback.total?.tenths ?? 0)
                result.netSum &+= computed[index].table1.net.values.last ?? 0
            }
        }
        return result
    }

    /// Sums every amount of every line: the floor any computation over the same data must pay.
    static func plainSum(_ proposals: [Proposal]) -> Int64 {
        var sum: Int64 = 0
        for proposal in proposals {
            for line in proposal.lines {
                for value in line.amounts.values { sum &+= value }
            }
        }
        return sum
    }

    static func format(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    // MARK: the synthetic portfolio

    /// The portfolio, built once per process from a fixed seed.
    static let portfolio: [Proposal] = {
        var random = SplitMix64(seed: 2019)
        return (0..<proposalCount).map { makeProposal($0, &random) }
    }()

    static let permanentLabels = [
        "Besparelse på administration og sagsbehandlere", "Besparelse på husleje", "Færre køb af midlertidige botilbudspladser",
        "Reduktion i døgninstitutionsanbringelser", "Driftsudgift til en udslusningskoordinator", "Løbende supervision, ½ årsværk",
    ]
    static let implementationLabels = [
        "Projektledelse", "Kompetenceudvikling", "Konsulentbistand til gennemgang af sager", "Flytteudgifter",
        "Istandsættelse", "It og El",
    ]

    static func makeProposal(_ number: Int, _ random: inout SplitMix64) -> Proposal {
        let first = years.lowerBound
        var lines: [EconomicLine] = []
        lines.reserveCapacity(12)
        for (index, label) in permanentLabels.enumerated() {
            // Four savings ramping up from year 2 and two running costs.
            let isCost = index >= 4
            let full = Int64(random.next(in: 100...3000)) * 1000
            var values = [Amount](repeating: 0, count: years.count)
            for year in 1..<years.count { values[year] = isCost ? full / 4 : -(year == 1 ? full / 2 : full) }
            lines.append(EconomicLine(label: label, block: .permanent, amounts: YearSeries(firstYear: first, values: values)))
        }
        for (index, label) in implementationLabels.enumerated() {
            var values = [Amount](repeating: 0, count: years.count)
            values[0] = Int64(random.next(in: 100...2500)) * 1000
            values[1] = Int64(random.next(in: 0...1500)) * 1000
            lines.append(EconomicLine(
                label: label, block: .implementation, steeringArea: index == 5 ? .anlaeg : .service,
                amounts: YearSeries(firstYear: first, values: values)))
        }
        var proposal = Proposal(
            code: "BU\(number)", title: "Syntetisk forslag \(number)", summary: "Et syntetisk forslag til benchmark.",
            type: .investment, fundingSource: "Investeringspuljen", submittingAdministration: "Socialforvaltningen",
            areas: ["BU"], budgetRound: "Budget 2025", priceLevelYear: 2025, years: years, status: .presented,
            lines: lines, risk: Risk(level: .lav, text: "Lav risiko."),
            consultations: [
                Consultation(body: "Center for Økonomi, Økonomiforvaltningen", answer: .ja, date: "1. marts 2025"),
                Consultation(body: "MED-udvalg", answer: .ikkeRelevant),
            ])
        proposal.printed = printedTableOne(for: proposal, wrong: number % 100 == 0)
        return proposal
    }

    /// What an imported document prints: Tabel 1's three totals and both paybacks, one in a hundred with a
    /// net row copied across years (as 003 SI05).
    static func printedTableOne(for proposal: Proposal, wrong: Bool) -> PrintedFigures {
        guard let computed = Compute.proposal(proposal).first else { return PrintedFigures() }
        func row(_ label: String, _ role: PrintedRow.Role, _ series: YearSeries) -> PrintedRow {
            PrintedRow(label: label, role: role, amounts: series.nonZeroAmounts)
        }
        var net = computed.table1.net
        if wrong { for year in years.dropFirst(2) { net[year] = net[years.lowerBound + 1] } }
        let table = PrintedTable(kind: .table1, priceLevelYear: 2025, rows: [
            row("Samlet varig ændring", .permanentTotal, computed.table1.permanentTotal),
            row("Samlede implementeringsomkostninger", .implementationTotal, computed.table1.implementationTotal),
            row("Samlet økonomisk påvirkning", .net, net),
        ])
        return PrintedFigures(
            tables: [table],
            payback: PrintedPayback(service: computed.payback.service?.wholeYears, total: computed.payback.total?.wholeYears))
    }
}

/// A small deterministic generator (SplitMix64), so that every run builds the same portfolio.
struct SplitMix64 {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func next(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }
}
