import Testing
import GevinstCore
import GevinstImport
import GevinstTestSupport

/// Bad follow-up rows, read by `FollowUpTableReader` and converted to records: each bad row gives a finding
/// with its line, and the good rows load.
@Suite struct FollowUpBadRowsTests {
    static let header = FollowUpHeadings.seed.joined(separator: "\t")

    static func row(_ cells: [String]) -> String { cells.joined(separator: "\t") }

    static let text = [
        "## Opfølgning på investerings-, effektiviserings- og innovationsforslag; December 2024",   // 1
        "",                                                                                          // 2
        "### Borgere med Handicap",                                                                  // 3
        "",                                                                                          // 4
        header,                                                                                      // 5
        row(["2022", "HA01: Godt forslag", "Investeringsforslag", "Forløber som planlagt", "", "10.100", "-5.788", "2026", "", "Nej", "Nej", ""]), // 6
        row(["2022", "HA02: Kort række", "Investeringsforslag", "Forløber som planlagt", "", "6.700", "-2.560", "2025", "", "Nej"]),           // 7
        row(["2022", "HA03: Ord for tal", "Investeringsforslag", "Forløber som planlagt", "", "mange", "-2.560", "2025", "", "Nej", "Nej", ""]), // 8
        row(["2023", "HA04: Ukendt status", "Investeringsforslag", "Afventer politisk behandling", "", "4.150", "-1.113", "2026", "", "Nej", "Nej", ""]), // 9
        "",                                                                                          // 10
        "### Ældre og sundhed",                                                                      // 11
        "",                                                                                          // 12
        header,                                                                                      // 13
        row(["2024", "AE01: Ukendt område", "Investeringsforslag", "Forløber som planlagt", "", "1.000", "-500", "2026", "", "Nej", "Nej", ""]), // 14
    ].joined(separator: "\n")

    @Test func everyBadRowIsAFindingWithItsLineAndTheRestLoads() {
        let imported = FollowUpTableReader.read(TextDocument(file: "bad.txt", text: Self.text))
        let conversion = FollowUpRowConversion.records(from: imported.followUps)
        let findings = imported.findings + conversion.findings
        let linesWithFindings = Set(findings.compactMap(\.line))
        #expect(linesWithFindings.isSuperset(of: [7, 8, 9, 14]))
        #expect(!linesWithFindings.contains(6))
        // The row with an unknown status and the row under an unknown area are left out; the others load.
        #expect(conversion.records.compactMap(\.line) == [6, 7, 8])
        #expect(conversion.findings.contains { $0.rule == "status.unknown-text" && $0.line == 9 && $0.severity == .error })
        #expect(conversion.findings.contains { $0.rule == "area.unknown" && $0.line == 14 && $0.severity == .error })
        // The word where an amount belongs leaves the investment blank, which the conversion names too.
        #expect(conversion.findings.contains { $0.rule == "missing.investment" && $0.line == 8 })
        // The reader names the short row and the word where an amount belongs.
        #expect(imported.findings.contains { $0.rule == "read.short-row" && $0.line == 7 })
        #expect(imported.findings.contains { $0.rule == "read.bad-amount" && $0.line == 8 })
    }
}
