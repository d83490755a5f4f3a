import GevinstCore
import GevinstImport

/// The readable report of `gevinst import`: per document its kind, the proposals with their computed
/// Tabel 1 totals (1.000 kr., Danish format) and payback, follow-up rows by area, plan tables, and the
/// findings as `FILE:LINE: severity: rule: message`.
enum ImportTextReport {
    static func render(_ document: ImportedDocument, rule: PaybackRule = .firstYearStrict) -> String {
        var out: [String] = []
        let counts = [
            document.proposals.isEmpty ? nil : count(document.proposals.count, "proposal", "proposals"),
            document.followUps.isEmpty ? nil : count(document.followUps.count, "follow-up row", "follow-up rows"),
            document.plans.isEmpty ? nil : count(document.plans.reduce(0) { $0 + $1.tables.count }, "plan table", "plan tables"),
        ].compactMap { $0 }
        out.append("\(document.file): \(document.kind.rawValue) — \(counts.isEmpty ? "nothing read" : counts.joined(separator: ", ")), \(count(document.findings.count, "finding", "findings"))")
        for proposal in document.proposals { out += proposalLines(proposal, rule: rule) }
        if !document.followUps.isEmpty { out += followUpLines(document.followUps) }
        for plan in document.plans { out += planLines(plan) }
        for finding in document.findings { out.append(findingLine(finding, file: document.file)) }
        return out.joined(separator: "\n")
    }

    /// `FILE:LINE: severity: rule: PROPOSAL: message`.
    static func findingLine(_ finding: Finding, file: String) -> String {
        let place = finding.line.map { "\(file):\($0)" } ?? file
        let subject = finding.proposal.map { "\($0): " } ?? ""
        return "\(place): \(finding.severity.rawValue): \(finding.rule): \(subject)\(finding.message)"
    }

    static func proposalLines(_ proposal: Proposal, rule: PaybackRule) -> [String] {
        var out: [String] = []
        let level = proposal.priceLevelYear.map { ", \($0) p/l" } ?? ""
        out.append("")
        out.append("  \(proposal.code.map { "\($0) " } ?? "")\(proposal.title) [\(proposal.status.rawValue)\(level)]")
        for computed in Compute.proposal(proposal, rule: rule) {
            if let variant = computed.variant { out.append("    \(variant)") }
            let years = Array(computed.years)
            let table: [(String, YearSeries)] = [
                ("Samlet varig ændring", computed.table1.permanentTotal),
                ("Samlede implementeringsomkostninger", computed.table1.implementationTotal),
                ("Samlet økonomisk påvirkning", computed.table1.net),
            ]
            out.append("    " + pad("1.000 kr.", 38) + years.map { pad(String($0), 9, right: true) }.joined())
            for (label, series) in table {
                out.append("    " + pad(label, 38) + years.map { pad(DanishNumber.thousands(series[$0]), 9, right: true) }.joined())
            }
            out.append("    Tilbagebetalingstid (\(rule.name)): service \(paybackText(computed.payback.service, printed: computed.payback.printedService)), total \(paybackText(computed.payback.total, printed: computed.payback.printedTotal))")
        }
        return out
    }

    static func paybackText(_ years: PaybackYears?, printed: Int?) -> String {
        let computed = years.map { "\($0) år" } ?? Payback.notPaidBackText
        return computed + (printed.map { " (printed \($0))" } ?? "")
    }

    static func followUpLines(_ rows: [FollowUpRow]) -> [String] {
        var areas: [(String, Int)] = []
        for row in rows {
            if let index = areas.firstIndex(where: { $0.0 == row.area }) { areas[index].1 += 1 } else { areas.append((row.area, 1)) }
        }
        let periods = Set(rows.compactMap(\.period)).sorted()
        var out = ["", "  Follow-up rows\(periods.isEmpty ? "" : " (\(periods.joined(separator: ", ")))"), by area:"]
        // Counts in Danish format, in a column as wide as the largest: a long table's count is never cut.
        let total = count(rows.count)
        let width = max(4, total.count)
        for (area, rowCount) in areas {
            out.append("    " + pad(area.isEmpty ? "(no area heading)" : area, 48) + pad(count(rowCount), width, right: true))
        }
        out.append("    " + pad("In all", 48) + pad(total, width, right: true))
        return out
    }

    static func planLines(_ plan: StrategyPlan) -> [String] {
        let unit = AmountUnit.named(in: plan.unit) ?? .millions
        var out = ["", "  \(plan.title) (\(plan.unit), savings \(plan.savingsSign == .positive ? "positive" : "negative"))"]
        for table in plan.tables {
            out.append("")
            out.append("    \(table.title.isEmpty ? "(untitled table)" : table.title)\(table.line.map { " — line \($0)" } ?? "")")
            out.append("      " + pad(plan.unit, 44) + table.years.map { pad(String($0), 8, right: true) }.joined())
            for row in table.rows {
                let label = [row.number, row.label].compactMap { $0 }.joined(separator: " ")
                let note = row.countsInTotal ? "" : "  (outside the total)"
                out.append("      " + pad(label, 44) + table.years.map { year in
                    pad(row.amounts[year].map(unit.format) ?? "", 8, right: true)
                }.joined() + note)
            }
            let computed = table.computedTotal
            out.append("      " + pad("Rows counted in the total", 44) + table.years.map { pad(unit.format(computed[$0] ?? 0), 8, right: true) }.joined())
            if let printed = table.printedTotal {
                out.append("      " + pad("\(printed.label) as printed", 44) + table.years.map { year in
                    pad(printed.amounts[year].map(unit.format) ?? "", 8, right: true)
                }.joined())
            }
        }
        return out
    }

    /// Pads or cuts `text` to `width` characters.
    /// A count in Danish format: "163.800 follow-up rows".
    static func count(_ value: Int) -> String { DanishNumber.format(Int64(value)) }

    /// The count with its noun: "1 follow-up row", "63 follow-up rows".
    static func count(_ value: Int, _ one: String, _ many: String) -> String { "\(count(value)) \(value == 1 ? one : many)" }

    static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let cut = text.count > width ? String(text.prefix(width - 1)) + "…" : text
        let fill = String(repeating: " ", count: max(0, width - cut.count))
        return right ? fill + cut : cut + fill
    }
}
