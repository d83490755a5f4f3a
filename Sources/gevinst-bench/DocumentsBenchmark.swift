import Foundation
import GevinstCore
import GevinstDocuments

/// `gevinst-bench documents`: a 100-proposal catalogue rendered to DOCX and XLSX, timed against LibreOffice
/// converting the same catalogue's HTML to DOCX in the same run, with the peak memory of this process.
enum DocumentsBenchmark {
    static let suite = BenchSuite(name: "documents") { run() }

    static let proposalCount = 100
    static let repetitions = 5

    static func run() {
        let proposals = SyntheticCatalogue.proposals(count: proposalCount)
        let lines = proposals.reduce(0) { $0 + $1.lines.count }
        print("catalogue: \(proposals.count) proposals, \(lines) economic lines, years 2025–2030")

        var model: DocumentModel?
        var docx = Data(), xlsx = Data(), html = ""
        var modelTimes: [Double] = [], docxTimes: [Double] = [], xlsxTimes: [Double] = [], htmlTimes: [Double] = []
        for _ in 0..<repetitions {
            modelTimes.append(Stopwatch.seconds {
                model = try? CatalogueDocument(frontPageLines: ["Benchmark"], proposals: proposals).model()
            })
            guard let model else { print("the catalogue could not be built"); return }
            docxTimes.append(Stopwatch.seconds { docx = (try? DocxWriter.write(model)) ?? Data() })
            xlsxTimes.append(Stopwatch.seconds { xlsx = (try? XlsxWriter.write(model)) ?? Data() })
            htmlTimes.append(Stopwatch.seconds { html = HTMLRenderer.render(model) })
        }
        let build = median(modelTimes), docxTime = median(docxTimes), xlsxTime = median(xlsxTimes)
        print("compute + layout (Core + document model): \(milliseconds(build)) (median of \(repetitions))")
        print("DOCX: \(milliseconds(docxTime)) writing, \(milliseconds(build + docxTime)) from proposals, \(kilobytes(docx.count))")
        print("XLSX: \(milliseconds(xlsxTime)) writing, \(milliseconds(build + xlsxTime)) from proposals, \(kilobytes(xlsx.count)), \(model?.figureTables.count ?? 0) sheets")
        print("HTML: \(milliseconds(median(htmlTimes))) writing, \(kilobytes(html.utf8.count))")
        print("peak memory (VmHWM) after rendering: \(peakMemory())")

        guard var office = LibreOfficeConverter.locate() else {
            print("LibreOffice ratio skipped: soffice is not on PATH (apt-get install libreoffice-writer-nogui)")
            return
        }
        // One conversion with a fresh profile: LibreOffice's start-up is seconds, its HTML import of a
        // catalogue this size minutes, so a warm profile would not change the ratio.
        office.timeout = .seconds(limitSeconds)
        let htmlData = Data(html.utf8)
        var failure: PdfConverterError?
        var converted = Data()
        let officeTime = Stopwatch.seconds {
            do {
                converted = try office.convertToFile(htmlData, inputExtension: "html", to: "docx:MS Word 2007 XML")
            } catch {
                failure = (error as Error) as? PdfConverterError ?? .io(String(describing: error))
            }
        }
        let ours = build + docxTime
        switch failure {
        case nil:
            print("LibreOffice HTML → DOCX (soffice --headless --convert-to docx): \(milliseconds(officeTime)), \(kilobytes(converted.count))")
            print("ratio DOCX: Gevinst from proposals \(milliseconds(ours)) vs LibreOffice \(milliseconds(officeTime)): \(ratio(officeTime / ours))× faster (aim ≥ 10×)")
            print("ratio XLSX: Gevinst from proposals \(milliseconds(build + xlsxTime)) vs the same conversion: \(ratio(officeTime / (build + xlsxTime)))× faster")
        case .timedOut?:
            print("LibreOffice HTML → DOCX did not finish within \(limitSeconds) s (stopped); ratio DOCX > \(ratio(Double(limitSeconds) / ours))×")
        case let error?:
            print("LibreOffice conversion failed: \(error)")
        }
        print("peak memory (VmHWM) of this process: \(peakMemory()) (aim < 200 MB; LibreOffice runs in its own process)")
    }

    /// How long LibreOffice may take; GEVINST_BENCH_OFFICE_LIMIT overrides (seconds).
    static var limitSeconds: Int64 {
        Int64(ProcessInfo.processInfo.environment["GEVINST_BENCH_OFFICE_LIMIT"] ?? "") ?? 1_200
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
    }

    static func milliseconds(_ seconds: Double) -> String { "\(Int((seconds * 1000).rounded())) ms" }

    static func kilobytes(_ bytes: Int) -> String { "\(bytes / 1024) KB" }

    static func ratio(_ value: Double) -> String {
        guard value.isFinite else { return "∞" }
        return String(Int((value * 10).rounded()) / 10) + "," + String(Int((value * 10).rounded()) % 10)
    }

    /// VmHWM from /proc/self/status (Linux), e.g. "41 MB".
    static func peakMemory() -> String {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kilobytes = Int(line.split(separator: " ").dropFirst().first ?? "") else { return "unknown (no /proc/self/status)" }
        return "\(kilobytes / 1024) MB"
    }
}

/// A deterministic catalogue: proposals across the five areas with lines, text, plans and consultations
/// shaped like seed 003's, amounts from a fixed pseudo-random sequence.
enum SyntheticCatalogue {
    struct Sequence {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    static let areas = ["BU", "SI", "UD", "HA", "TV"]

    static func proposals(count: Int) -> [Proposal] {
        var random = Sequence(state: 2019)
        let years = 2025...2030
        return (0..<count).map { index in
            let area = areas[index % areas.count]
            let code = "\(area)\(String(format: "%02d", index / areas.count + 1))"
            var lines: [EconomicLine] = []
            for line in 0..<(3 + random.next(4)) {
                let full = Amount(200 + random.next(2_000)) * 1_000
                var values: [Amount] = [0, -full / 2]
                values += Array(repeating: -full, count: 4)
                lines.append(EconomicLine(label: "Effektivisering \(line + 1): færre forløb og kortere sagsbehandling",
                                          block: .permanent, appropriation: "\(3000 + index % 5 * 100) – Bevilling \(area)",
                                          amounts: YearSeries(firstYear: 2025, values: values)))
            }
            lines.append(EconomicLine(label: "Drift af ny funktion (0,5 årsværk)", block: .permanent,
                                      amounts: YearSeries(firstYear: 2025, values: [0] + Array(repeating: 300_000, count: 5))))
            for line in 0..<(2 + random.next(3)) {
                let amount = Amount(100 + random.next(1_500)) * 1_000
                lines.append(EconomicLine(label: "Implementering \(line + 1): projektledelse og kompetenceudvikling", block: .implementation,
                                          steeringArea: line == 2 ? .anlaeg : .service,
                                          amounts: YearSeries(firstYear: 2025, values: [amount, amount / 2, 0, 0, 0, 0])))
            }
            let paragraph = "Forslaget samler indsatsen i en fast organisering, så borgerne får et kortere og mere sammenhængende forløb. Effekten følges kvartalsvist i ledelsesinformationen."
            return Proposal(
                code: code, title: "Syntetisk forslag \(index + 1) om en omlagt indsats på området",
                summary: paragraph, type: .investment, fundingSource: "Investeringspuljen",
                submittingAdministration: "Socialforvaltningen", affectedAdministrations: ["Socialforvaltningen"],
                areas: [area], budgetRound: "Budget 2026", priceLevelYear: 2026, years: years, lines: lines,
                sections: [
                    TextSection(number: "1.2", heading: "Baggrund og formål", text: paragraph + "\n\n" + paragraph),
                    TextSection(number: "1.3", heading: "Forslagets indhold", text: paragraph + "\n\n- Første del\n- Anden del"),
                    TextSection(number: "1.4", heading: "Økonomi", text: paragraph),
                    TextSection(number: "1.6", heading: "Implementering af forslaget", text: paragraph),
                    TextSection(number: "1.7", heading: "Inddragelse af samarbejdspartnere", text: paragraph),
                    TextSection(number: "1.8", heading: "Forslagets effekt", text: paragraph),
                ],
                implementationPlan: ImplementationPlan(activities: [
                    .init(name: "Forberedelse og rekruttering", years: [2025]),
                    .init(name: "Drift og opfølgning", years: [2026, 2027, 2028]),
                ]),
                followUpPlan: [
                    FollowUpPlanRow(group: .milestone, goal: "Funktionen er bemandet", measurement: "Ansættelse registreret",
                                    responsible: "Centerchef", when: "Ultimo 2025"),
                    FollowUpPlanRow(group: .realisation, goal: "Effektiviseringen er realiseret", measurement: "Budgetopfølgning",
                                    responsible: "Økonomichef", when: "Årligt fra 2026"),
                ],
                risk: Risk(level: .mellem, text: paragraph),
                consultations: [
                    Consultation(body: "Center for Økonomi, Økonomiforvaltningen", answer: .ja, date: "1. marts 2025"),
                    Consultation(body: "MED-udvalg", answer: .ikkeRelevant),
                ])
        }
    }
}
