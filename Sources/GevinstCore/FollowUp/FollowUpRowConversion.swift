/// Turns the rows of a follow-up table (`FollowUpRow`, as an importer reads them) into records, checking
/// each row on the way. A row that cannot become a record — no adopted budget year or title, an unknown
/// status text, an unknown area, an amount beyond `AmountLimits` — is left out with an error finding naming
/// its line; every other row loads.
public enum FollowUpRowConversion {
    public struct Result: Sendable, Hashable {
        public var records: [FollowUpRecord]
        public var findings: [Finding]
    }

    public static func records(from rows: [FollowUpRow], configuration: FollowUpConfiguration = .default) -> Result {
        var result = Result(records: [], findings: [])
        for row in rows {
            let (record, findings) = record(from: row, configuration: configuration)
            result.findings += findings
            if let record { result.records.append(record) }
        }
        return result
    }

    /// One row: the record (nil when the row cannot load) and the findings about it.
    public static func record(from row: FollowUpRow, configuration: FollowUpConfiguration = .default) -> (FollowUpRecord?, [Finding]) {
        let name = row.code ?? (row.title.isEmpty ? "row" : row.title)
        var findings: [Finding] = []
        func report(_ rule: RuleID, _ severity: Severity, _ message: String) {
            findings.append(Finding(rule: rule, severity: severity, proposal: name, line: row.line, message: message))
        }

        if row.adoptedBudgetYear == nil {
            report("missing.budget-year", .error, "the row has no adopted budget year (Vedtaget budgetår); a proposal in follow-up is identified by year and code, so the row was not loaded")
        }
        if row.code == nil && row.title.trimmingSpaces().isEmpty {
            report("missing.proposal-name", .error, "the row names no proposal (neither code nor title), so it was not loaded")
        }
        let area = configuration.area(named: row.area)
        if area == nil {
            let known = configuration.areas.map { "\"\($0.name)\"" }.joined(separator: ", ")
            report("area.unknown", .error, "the area \"\(row.area)\" is not one of the configured areas (\(known)), so the row was not loaded")
        }
        let match = configuration.matchStatus(row.status)
        if row.status.trimmingSpaces().isEmpty {
            report("missing.status", .error, "the row has no status, so it was not loaded")
        } else if match == nil {
            let known = configuration.categories.map { "\"\($0.text)\"" }.joined(separator: ", ")
            report("status.unknown-text", .error, "the status \"\(row.status)\" is none of the configured statuses (\(known)), so the row was not loaded")
        } else if case .approximate(let category, _) = match {
            report("status.text-misspelled", .info, "the status \"\(row.status)\" is read as \"\(category.text)\" (\(category.colour.danishName.lowercased()))")
        }
        for (label, amount) in [("total investment", row.totalInvestment), ("efficiency", row.efficiencyAtFullPhaseIn)] {
            if let amount, !AmountLimits.isWithinLimit(amount) {
                report("amount.out-of-range", .error, "the \(label) \(DanishNumber.format(amount)) kr. exceeds the largest amount Gevinst accepts (\(DanishNumber.format(AmountLimits.maxMagnitude)) kr.), so the row was not loaded")
            }
        }
        guard let year = row.adoptedBudgetYear, let area, let match, !findings.contains(where: { $0.severity == .error }) else {
            return (nil, findings)
        }

        switch row.type {
        case .investment?:
            if row.totalInvestment == nil { report("missing.investment", .warning, "an investment proposal without its total investment (Samlet investering)") }
            if row.efficiencyAtFullPhaseIn == nil { report("missing.efficiency", .warning, "an investment proposal without its efficiency at full phase-in") }
            if row.fullImplementationYear == nil { report("missing.full-implementation-year", .warning, "an investment proposal without its current year of full implementation") }
        case .efficiency?:
            if row.efficiencyAtFullPhaseIn == nil { report("missing.efficiency", .warning, "an efficiency proposal without its efficiency at full phase-in") }
        case .innovation?, nil:
            break
        }

        let category = match.category
        let printedStatus = row.status.trimmingSpaces()
        let record = FollowUpRecord(
            key: FollowUpKey(adoptedBudgetYear: year, code: row.code, title: row.title), code: row.code, title: row.title,
            type: row.type, typeText: row.typeText, area: area.name, assessment: .recorded(category),
            printedStatusText: printedStatus == category.text ? nil : printedStatus, remark: row.remark,
            currentFullImplementationYear: row.fullImplementationYear, efficiencyAtFullPhaseIn: row.efficiencyAtFullPhaseIn,
            efficiencyPriceLevelYear: row.efficiencyPriceLevelYear, totalInvestment: row.totalInvestment,
            handling: row.handling, compensatingActions: HandlingText.actions(in: row.handling, area: area.name),
            earlierCompensatingAction: row.earlierCompensatingAction,
            requiresApprovalByOEUAndBR: row.requiresApprovalByOEUAndBR, consequence: row.consequence, line: row.line)
        return (record, findings)
    }
}

/// Reads the compensating actions a handling text names. Seed 002 words a frame cut as "indhentet ved
/// rammebesparelse på det berørte område"; the text states no amounts per year in a form to rely on, so the
/// action carries none, and it is not taken as carried out ("vil blive indhentet").
enum HandlingText {
    static func actions(in handling: String, area: String) -> [CompensatingAction] {
        guard handling.lowercased().contains("rammebesparelse") else { return [] }
        return [CompensatingAction(kind: .frameCut(area: area), description: handling)]
    }
}
