import GevinstCore

/// The text of `gevinst compute`: Tabel 1–4 and payback laid out like the municipal template.
enum ComputeReport {
    static func text(_ proposal: Proposal, _ computed: ComputedProposal) -> String {
        let layout = TableLayout(years: computed.years)
        let unit = "1.000 kr." + (proposal.priceLevelYear.map { " \($0) p/l" } ?? "")
        var out: [String] = []
        let name = [proposal.code, proposal.title].compactMap { $0 }.joined(separator: " – ")
        out.append(name + (computed.variant.map { " (\($0))" } ?? ""))
        out.append("")
        out.append(layout.header("Tabel 1. Forslagets samlede økonomiske konsekvenser", unit: unit))
        out.append("Varige ændringer")
        for row in computed.table1.permanentRows { out.append(layout.row("  " + row.label, area: row.steeringArea.danishLabel, row.amounts)) }
        out.append(layout.row("Samlet varig ændring", computed.table1.permanentTotal, blankZeros: false))
        if !computed.table1.permanentOverfoersler.isZero {
            out.append(layout.row("  heraf service", computed.table1.permanentService, blankZeros: false))
            out.append(layout.row("  heraf overførsler", computed.table1.permanentOverfoersler, blankZeros: false))
        }
        out.append("Implementeringsomkostninger")
        for row in computed.table1.implementationRows { out.append(layout.row("  " + row.label, area: row.steeringArea.danishLabel, row.amounts)) }
        out.append(layout.row("Samlede implementeringsomkostninger", computed.table1.implementationTotal, blankZeros: false))
        out.append(layout.row("Samlet økonomisk påvirkning", computed.table1.net, blankZeros: false))
        out.append(paybackLine("Tilbagebetalingstid baseret på serviceeffektivisering", computed.payback.service, printed: computed.payback.printedService))
        out.append(paybackLine("Tilbagebetalingstid baseret på totaløkonomi", computed.payback.total, printed: computed.payback.printedTotal))
        out.append("(regel: \(computed.payback.rule.name); alle besparelser er angivet med negativt fortegn)")

        out.append("")
        out.append(layout.header("Tabel 2. Varige ændringer fordelt på bevilling", unit: unit, withArea: false))
        for group in computed.table2.groups { out.append(layout.row(group.name ?? "(ingen bevilling angivet)", group.total, withArea: false)) }
        out.append(layout.row("Varige ændringer i alt", computed.table2.total, blankZeros: false, withArea: false))

        out.append("")
        out.append(layout.header("Tabel 3. Serviceinvesteringer", unit: unit, withArea: false))
        for row in computed.table3.rows { out.append(layout.row(row.label + (row.innovationPool ? " (innovationspulje)" : ""), row.amounts, withArea: false)) }
        out.append(layout.row("Investeringer i alt, service", computed.table3.total, blankZeros: false, withArea: false))

        out.append("")
        out.append(layout.header("Tabel 4. Anlægsinvesteringer", unit: unit, withArea: false))
        for row in computed.table4.rows { out.append(layout.row(row.label, row.amounts, withArea: false)) }
        out.append(layout.row("Investeringer i alt, anlæg", computed.table4.total, blankZeros: false, withArea: false))

        out.append("")
        let allAmounts = proposal.lines.flatMap(\.amounts.values)
        if !allAmounts.allSatisfy(DanishNumber.isWholeThousands) {
            out.append("Beløbene er afrundet til hele 1.000 kr.; totaler og tilbagebetalingstid er beregnet af de præcise beløb (se --json).")
        }
        out.append("Investering i alt: \(DanishNumber.thousands(computed.investment.total)) (service \(DanishNumber.thousands(computed.investment.service)), anlæg \(DanishNumber.thousands(computed.investment.anlaeg)))")
        out.append("Effekt ved fuld indfasning (\(computed.years.upperBound)): \(DanishNumber.thousands(computed.fullPhaseInEffect))")
        let drivers = proposal.lines.filter { $0.driver != nil && ($0.variant == nil || $0.variant == computed.variant) }
        if !drivers.isEmpty {
            out.append("")
            out.append("Beregninger")
            for line in drivers { if let driver = line.driver { out.append("  \(line.label): \(driver.explanation)") } }
        }
        return out.joined(separator: "\n")
    }

    static func paybackLine(_ label: String, _ value: PaybackYears?, printed: Int?) -> String {
        let computedText = value.map { "\($0) år" } ?? Payback.notPaidBackText
        let printedText = printed.map { " (dokumentet angiver \($0) år)" } ?? ""
        return "\(label): \(computedText)\(printedText)"
    }
}
