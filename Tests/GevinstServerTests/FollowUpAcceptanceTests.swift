import Foundation
import GevinstCore
import GevinstDocuments
import GevinstImport
import GevinstServer
import GevinstStore
import GevinstTestSupport
import Testing

/// Issue 5's acceptance: seed 002 loaded into the store (SQLite, and PostgreSQL when set), its colours and
/// findings, the report regenerated from the database against the seed's figures, and bad input.
@Suite struct FollowUpAcceptanceTests {
    static func seedRows() throws -> FollowUpDocumentLoad.Rows {
        let data = try #require(SeedCorpus.data(SeedCorpus.followUp2024))
        return try FollowUpDocumentLoad.rows(data, file: SeedCorpus.followUp2024)
    }

    /// Loads the seed as "December 2024" into a fresh store.
    static func withSeedLoaded<R>(
        _ kind: DatabaseKind, _ body: (GevinstStore, StoredFollowUpPeriod, FollowUpDocumentLoad.Loaded) async throws -> R
    ) async throws -> R {
        let loaded = try FollowUpDocumentLoad.period(try seedRows(), name: "December 2024", file: SeedCorpus.followUp2024)
        return try await Harness.withLocation(kind) { location in
            let store = try await GevinstStore.open(location)
            do {
                let stored = try await store.createFollowUpPeriod(loaded.period, findings: loaded.findings, by: .commandLine)
                let result = try await body(store, stored, loaded)
                await store.close()
                return result
            } catch {
                await store.close()
                throw error
            }
        }
    }

    @Test(.enabled(if: SeedCorpus.isAvailable, Comment(rawValue: SeedCorpus.skipMessage)), arguments: Harness.kinds)
    func theSeedLoadsWithItsColoursAndFindings(kind: DatabaseKind) async throws {
        try await Self.withSeedLoaded(kind) { store, stored, loaded in
            #expect(loaded.rowCount == 63)
            #expect(loaded.skippedRowCount == 0)
            #expect(stored.recordCount == 63)
            let period = try #require(try await store.followUpPeriodValue(id: stored.id))
            #expect(period.records.count == 63)
            let colours = Dictionary(grouping: period.records, by: \.colour).mapValues(\.count)
            #expect(colours[.green] == 56)
            #expect(colours[.yellow] == 2)
            #expect(colours[.red] == 5)

            // The findings are kept with the period in the database.
            let findings = try #require(try await store.followUpPeriod(id: stored.id)).findings
            #expect(findings == loaded.findings)
            #expect(findings.contains { $0.rule == "duplicate.counted-twice" && $0.proposal == "TV03(2025)" && $0.line == 87 })
            #expect(findings.contains { $0.rule == "sign.positive-efficiency" && $0.proposal == "TV11(2025)" && $0.line == 114 })
            #expect(findings.contains { $0.rule.description.hasPrefix("code.") && $0.proposal == "HA/S108" && $0.line == 44 })
            #expect(findings.contains { $0.rule.description.hasPrefix("code.") && $0.proposal == "SU/UD03" && $0.line == 83 })
            // One problem, one finding: the importer's and Core's code checks do not both report line 44.
            #expect(findings.filter { $0.rule == "sign.positive-efficiency" && $0.line == 114 }.count == 1)
        }
    }

    @Test(.enabled(if: SeedCorpus.isAvailable, Comment(rawValue: SeedCorpus.skipMessage)), arguments: Harness.kinds)
    func theReportFromTheDatabaseHasTheSeedsFigures(kind: DatabaseKind) async throws {
        let seed = try Self.seedRows().rows
        try await Self.withSeedLoaded(kind) { store, stored, _ in
            let period = try #require(try await store.followUpPeriodValue(id: stored.id))
            let report = FollowUpReport(period: period)
            let back = try FollowUpXlsxReader.read(try report.xlsx(), file: "status.xlsx")
            #expect(back.findings.filter { $0.severity == .error }.isEmpty)
            #expect(back.rows.count == 63)

            // All 63 rows, against the rows the reader read off the seed.
            let configuration = FollowUpConfiguration.default
            func identity(_ row: FollowUpRow) -> String {
                "\(row.adoptedBudgetYear ?? 0)|\(row.code ?? row.title)|\(configuration.area(named: row.area)?.name ?? row.area)"
            }
            let exported = Dictionary(back.rows.map { (identity($0), $0) }, uniquingKeysWith: { first, _ in first })
            for row in seed {
                guard let twin = exported[identity(row)] else {
                    Issue.record("\(identity(row)) (line \(row.line ?? 0)) is missing from the report")
                    continue
                }
                #expect(twin.title == row.title, "\(identity(row))")
                #expect(twin.typeText == row.typeText, "\(identity(row))")
                #expect(configuration.matchStatus(twin.status)?.category == configuration.matchStatus(row.status)?.category, "\(identity(row))")
                #expect(twin.remark == row.remark, "\(identity(row))")
                #expect(twin.totalInvestment == row.totalInvestment, "\(identity(row))")
                #expect(twin.efficiencyAtFullPhaseIn == row.efficiencyAtFullPhaseIn, "\(identity(row))")
                #expect(twin.fullImplementationYear == row.fullImplementationYear, "\(identity(row))")
                #expect(twin.handling == row.handling, "\(identity(row))")
                #expect(twin.earlierCompensatingAction == row.earlierCompensatingAction, "\(identity(row))")
                #expect(twin.requiresApprovalByOEUAndBR == row.requiresApprovalByOEUAndBR, "\(identity(row))")
                #expect(twin.consequence == row.consequence, "\(identity(row))")
            }

            // Rows read off the seed by eye: investment, efficiency (1.000 kr.), year of full implementation.
            func row(_ year: Int, _ code: String, _ area: String) -> FollowUpRow? {
                back.rows.first { $0.adoptedBudgetYear == year && $0.code == code && configuration.area(named: $0.area)?.name == area }
            }
            let handicap = "Borgere med handicap", families = "Børnefamilier med særlige behov", adults = "Udsatte voksne"
            let care = "Den sociale hjemmepleje", shared = "Tværgående opgaver og administration"
            let expected: [(Int, String, String, Amount?, Amount?, Int?)] = [
                (2022, "HA01", handicap, 10_100_000, -5_788_000, 2026),
                (2022, "HA06", handicap, 4_150_000, -1_113_000, 2023),
                (2025, "TV06(2025)", handicap, nil, -270_000, 2025),
                (2019, "BU04", families, 675_000, -5_184_000, 2020),
                (2024, "BU01", families, 11_450_000, -2_598_000, 2026),
                (2025, "TV03(2025)", families, 7_225_000, -1_500_000, 2028),
                (2021, "UD09", adults, 4_150_000, -2_172_000, 2021),
                (2023, "SI/UD06", adults, nil, -1_303_000, 2025),
                (2024, "SI01", adults, 10_706_000, -13_216_000, 2027),
                (2025, "HJ01(2025)", care, 950_000, -1_800_000, 2025),
                (2023, "TV01", shared, 26_883_000, -6_279_000, 2024),
                (2025, "TV11(2025)", shared, 4_750_000, 5_780_000, 2026),
                (2025, "TV13(2025)", shared, 32_450_000, -53_000_000, 2027),
            ]
            for (year, code, area, investment, efficiency, full) in expected {
                let found = row(year, code, area)
                #expect(found != nil, "\(code) (\(year)) in \(area)")
                #expect(found?.totalInvestment == investment, "\(code) (\(year))")
                #expect(found?.efficiencyAtFullPhaseIn == efficiency, "\(code) (\(year))")
                #expect(found?.fullImplementationYear == full, "\(code) (\(year))")
            }

            // Per-area totals, summed by hand from the seed's columns (1.000 kr.).
            let summary = report.summary
            let totals: [(String, Int, Amount, Amount)] = [
                (handicap, 18, 99_050_000, -48_202_000), (families, 18, 124_413_000, -38_961_000),
                (adults, 14, 53_746_000, -44_298_000), (care, 1, 950_000, -1_800_000), (shared, 12, 83_513_000, -77_033_000),
            ]
            for (area, count, investment, efficiency) in totals {
                let figures = summary.figures(forArea: area)
                #expect(figures?.records == count, "\(area)")
                #expect(figures?.totalInvestment == investment, "\(area)")
                #expect(figures?.efficiencyAtFullPhaseIn == efficiency, "\(area)")
            }
            // The printed report shows them in Danish format.
            let html = report.html()
            for printed in ["99.050", "-48.202", "124.413", "-38.961", "53.746", "-44.298", "83.513", "-77.033"] {
                #expect(html.contains(printed), "the HTML report prints \(printed)")
            }
        }
    }

    @Test(arguments: Harness.kinds)
    func badRowsAreFindingsWithTheirLineAndTheRestLoads(kind: DatabaseKind) async throws {
        let header = [
            "Vedtaget budgetår", "Titel på forslag inkl. nr.", "Forslagstype", "Status december 2024", "Bemærkning december 2024",
            "Samlet investering (Investeringsforslag) 1000. kr.",
            "Samlet effektivisering ved fuld indfasning (Investeringsforslag/ Effektiviseringsforslag), 1000. kr. 2025 p/l",
            "Aktuel år for fuld implementering (Investeringsforslag)", "Håndtering",
            "Er der tidligere foretaget kompenserende handling", "Skal kompenserende handling godkendes af ØU og BR?",
            "Konsekvens efter håndtering",
        ].joined(separator: "\t")
        func row(_ cells: [String]) -> String { cells.joined(separator: "\t") }
        let text = [
            "## Opfølgning på investerings-, effektiviserings- og innovationsforslag; December 2024",  // 1
            "", "### Borgere med Handicap", "",  // 2-4
            header,  // 5
            row(["2022", "HA01: Livet er ikke snorlige", "Investeringsforslag", "Forløber som planlagt", "", "10.100", "-5.788", "2026", "", "Nej", "Nej", ""]),  // 6
            row(["2022", "HA03: Styrket servicekultur", "Investeringsforslag", "Forløber som planlagt", "", "mange", "-2.560", "2025", "", "Nej", "Nej", ""]),  // 7
            row(["2023", "HA03: De rette botilbud", "Investeringsforslag", "Går fint", "", "24.750", "-16.290", "2026", "", "Nej", "Nej", ""]),  // 8
            row(["2024", "HA04 - Tilpasning af tilbudsviften", "Investeringsforslag", "Initiativet er implementeret"]),  // 9
            "", "### Kultur og fritid", "",  // 10-12
            header,  // 13
            row(["2024", "KF01 - Biblioteker", "Effektiviseringsforslag", "Forløber som planlagt", "", "", "-500", "2025", "", "Nej", "Nej", ""]),  // 14
        ].joined(separator: "\n")
        let rows = try FollowUpDocumentLoad.rows(Data(text.utf8), file: "bad.txt")
        let loaded = try FollowUpDocumentLoad.period(rows, name: "December 2024", file: "bad.txt")
        // Line 6 loads; 7 (a word for an amount), 9 (missing cells) load with the unreadable field blank; 8 (unknown
        // status) and 14 (unknown area) are left out.
        #expect(loaded.period.records.map(\.line) == [6, 7, 9])
        #expect(loaded.skippedRowCount == 2)
        let lines = Set(loaded.findings.compactMap(\.line))
        for line in [7, 8, 9, 14] { #expect(lines.contains(line), "a finding for line \(line)") }
        #expect(loaded.findings.contains { $0.line == 8 && $0.rule == "status.unknown-text" })
        #expect(loaded.findings.contains { $0.line == 14 && $0.rule == "area.unknown" })
        #expect(loaded.findings.contains { $0.line == 7 && $0.message.contains("mange") })
        try await Harness.withLocation(kind) { location in
            let store = try await GevinstStore.open(location)
            do {
                let stored = try await store.createFollowUpPeriod(loaded.period, findings: loaded.findings, by: .commandLine)
                #expect(try await store.followUpRecords(periodID: stored.id).map(\.record.line) == [6, 7, 9])
                // Nothing half-saved: a second load that fails (same name) leaves the database as it was.
                await #expect(throws: StoreError.self) {
                    _ = try await store.createFollowUpPeriod(loaded.period, by: .commandLine)
                }
                #expect(try await store.followUpPeriods().map(\.recordCount) == [3])
                await store.close()
            } catch {
                await store.close()
                throw error
            }
        }
        // A document where no row loads is refused with its findings.
        let nothing = try FollowUpDocumentLoad.rows(Data([header, row(["2023", "X", "Y", "Går fint"])].joined(separator: "\n").utf8), file: "none.txt")
        #expect(throws: FollowUpDocumentLoad.Failure.self) {
            _ = try FollowUpDocumentLoad.period(nothing, name: "December 2024", file: "none.txt")
        }
    }
}
