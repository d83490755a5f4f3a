import Foundation
import GevinstCore
import GevinstDocuments

/// `gevinst-bench followup`: classify and summarise 100 000 follow-up status records, render the XLSX
/// report for 10 000 rows, and compare with LibreOffice converting the same rows from CSV to XLSX in the
/// same run (issue 5).
enum FollowUpBenchmark {
    static let suite = BenchSuite(name: "followup") { run() }

    static let recordCount = 100_000
    static let reportRows = 10_000

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
        renderXlsx(FollowUpPeriod(name: classified.name, date: classified.date, records: Array(classified.records.prefix(reportRows))),
                   configuration: configuration)
    }

    /// The XLSX report of `period` by Gevinst, and the same rows as CSV converted to XLSX by LibreOffice.
    static func renderXlsx(_ period: FollowUpPeriod, configuration: FollowUpConfiguration) {
        // The same steps as `FollowUpReport.xlsx()`, timed one by one: the document model, the XML parts, the zip.
        let clock = ContinuousClock()
        let start = clock.now
        let model = FollowUpReport(period: period, configuration: configuration).model()
        let modelDone = clock.now
        let parts = XlsxWriter.parts(model)
        let partsDone = clock.now
        let bytes: Int
        do {
            bytes = try ZipPackage.archive(parts).count
        } catch {
            print("render XLSX for \(period.records.count) rows: failed: \(error)")
            return
        }
        let end = clock.now
        func seconds(_ duration: Duration) -> Double {
            Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        }
        let gevinstSeconds = seconds(end - start)
        print("render XLSX report for \(period.records.count) rows (Gevinst): \(format(gevinstSeconds)) s, \(DanishNumber.format(Int64(bytes))) bytes (model \(format(seconds(modelDone - start))) s, XML \(format(seconds(partsDone - modelDone))) s, zip \(format(seconds(end - partsDone))) s)")
        guard let office = LibreOfficeConverter.locate() else {
            print("LibreOffice ratio skipped: soffice is not on PATH (apt-get install libreoffice-calc-nogui)")
            return
        }
        let csv = Data(csvText(period).utf8)
        var officeFailure: String?
        let officeSeconds = Stopwatch.seconds {
            do {
                _ = try office.convert(csv, inputExtension: "csv", to: "xlsx")
            } catch {
                officeFailure = "\(error)"
            }
        }
        if let officeFailure {
            print("LibreOffice CSV → XLSX failed: \(officeFailure)")
            return
        }
        print("LibreOffice soffice --headless --convert-to xlsx of the same rows as CSV: \(format(officeSeconds)) s")
        print("ratio LibreOffice / Gevinst: \(ratio(officeSeconds, gevinstSeconds))× (aim: at least 10×)")
    }

    /// The report's thirteen columns, comma-separated, amounts in 1.000 kr. as plain numbers.
    static func csvText(_ period: FollowUpPeriod) -> String {
        func field(_ text: String) -> String {
            text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
        }
        func yesNo(_ value: Bool?) -> String { value.map { $0 ? "Ja" : "Nej" } ?? "" }
        var lines = [FollowUpReportColumn.allCases.map { field($0.heading(periodName: period.name, priceLevelYear: 2025)) }.joined(separator: ",")]
        lines.reserveCapacity(period.records.count + 1)
        for record in period.records {
            let cells = [
                String(record.key.adoptedBudgetYear), record.code.map { "\($0) - \(record.title)" } ?? record.title, record.typeText,
                record.statusText, record.colour.danishName, record.remark,
                record.totalInvestment.map(AmountUnit.thousands.spreadsheetValue) ?? "",
                record.efficiencyAtFullPhaseIn.map(AmountUnit.thousands.spreadsheetValue) ?? "",
                record.currentFullImplementationYear.map(String.init) ?? "", record.handling,
                yesNo(record.earlierCompensatingAction), yesNo(record.requiresApprovalByOEUAndBR), record.consequence,
            ]
            lines.append(cells.map(field).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func ratio(_ numerator: Double, _ denominator: Double) -> String {
        guard denominator > 0 else { return "∞" }
        let tenths = Int((numerator / denominator * 10).rounded())
        return "\(tenths / 10),\(tenths % 10)"
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
                remark: index % 5 == 0 ? "Implementeringen er forsinket som følge af organisationsændringen; effektiviseringen forventes indhentet som forudsat." : "",
                plannedFullImplementationYear: plannedYear, currentFullImplementationYear: currentYear,
                efficiencyAtFullPhaseIn: saving, plannedEfficiency: planned, realisedEfficiency: realised,
                totalInvestment: -saving * 2,
                handling: actions.isEmpty ? "" : "Den tabte effektivisering vil blive indhentet ved rammebesparelse på det berørte område.",
                compensatingActions: actions, earlierCompensatingAction: false, requiresApprovalByOEUAndBR: false))
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
