import GevinstCore

/// The `gevinst import --json` shape (issue 3): `{"documents":[{"file","kind","proposals","followUps",
/// "plans","findings"}]}`. Amounts are kroner; every total is computed by `Compute` from the lines, with
/// every year of the proposal present.
public enum ImportReport {
    public static func json(_ documents: [ImportedDocument], rule: PaybackRule = .firstYearStrict) -> ReportJSON {
        .object([("documents", .array(documents.map { document($0, rule: rule) }))])
    }

    public static func document(_ document: ImportedDocument, rule: PaybackRule = .firstYearStrict) -> ReportJSON {
        .object([
            ("file", .string(document.file)),
            ("kind", .string(document.kind.rawValue)),
            ("proposals", .array(document.proposals.map { proposal($0, rule: rule) })),
            ("followUps", .array(document.followUps.map(followUp))),
            ("plans", .array(document.plans.map(plan))),
            ("findings", .array(document.findings.map(finding))),
        ])
    }

    public static func proposal(_ proposal: Proposal, rule: PaybackRule = .firstYearStrict) -> ReportJSON {
        let computed = Compute.proposal(proposal, rule: rule)
        var members: [(String, ReportJSON)] = [
            ("code", .string(proposal.code)),
            ("title", .string(proposal.title)),
            ("status", .string(proposal.status.rawValue)),
            ("priceLevel", .integer(proposal.priceLevelYear)),
            ("years", .array(proposal.years.map { .integer(Int64($0)) })),
            ("lines", .array(proposal.lines.map(line))),
        ]
        if let first = computed.first {
            members.append(("totals", totals(first)))
            members.append(("payback", payback(first.payback)))
        }
        if computed.count > 1 {
            members.append(("variants", .array(computed.map { variant in
                .object([
                    ("variant", .string(variant.variant)), ("totals", totals(variant)), ("payback", payback(variant.payback)),
                ])
            })))
        }
        members.append(("source", proposal.source.map { source in
            .object([("firstLine", .integer(Int64(source.firstLine))), ("lastLine", .integer(Int64(source.lastLine)))])
        } ?? .null))
        return .object(members)
    }

    static func line(_ line: EconomicLine) -> ReportJSON {
        var members: [(String, ReportJSON)] = [
            ("label", .string(line.label)),
            ("block", .string(line.block.rawValue)),
            ("steeringArea", .string(line.steeringArea.rawValue)),
            ("amounts", sparse(line.amounts.nonZeroAmounts)),
        ]
        if let variant = line.variant { members.append(("variant", .string(variant))) }
        return .object(members)
    }

    static func totals(_ computed: ComputedProposal) -> ReportJSON {
        .object([
            ("permanent", dense(computed.table1.permanentTotal)),
            ("implementation", dense(computed.table1.implementationTotal)),
            ("net", dense(computed.table1.net)),
        ])
    }

    static func payback(_ payback: Payback) -> ReportJSON {
        .object([
            ("service", .object([("years", years(payback.service)), ("printed", .integer(payback.printedService))])),
            ("total", .object([("years", years(payback.total)), ("printed", .integer(payback.printedTotal))])),
        ])
    }

    /// Whole years as an integer, tenths as a decimal number, null when not paid back within the table.
    static func years(_ value: PaybackYears?) -> ReportJSON {
        guard let value else { return .null }
        if let whole = value.wholeYears { return .integer(Int64(whole)) }
        return .number("\(value.tenths / 10).\(value.tenths % 10)")
    }

    /// Every year of the series, zeros included.
    static func dense(_ series: YearSeries) -> ReportJSON {
        .object(series.years.map { (String($0), .integer(series[$0])) })
    }

    /// The years given, in order.
    static func sparse(_ amounts: [Int: Amount]) -> ReportJSON {
        .object(amounts.sorted { $0.key < $1.key }.map { (String($0.key), .integer($0.value)) })
    }

    public static func followUp(_ row: FollowUpRow) -> ReportJSON {
        .object([
            ("adoptedBudgetYear", .integer(row.adoptedBudgetYear)),
            ("code", .string(row.code)),
            ("title", .string(row.title)),
            ("type", .string(row.type?.rawValue)),
            ("typeText", .string(row.typeText)),
            ("area", .string(row.area)),
            ("status", .string(row.status)),
            ("recognisedStatus", .string(row.recognisedStatus.map(statusID))),
            ("remark", .string(row.remark)),
            ("totalInvestment", .amount(row.totalInvestment)),
            ("efficiencyAtFullPhaseIn", .amount(row.efficiencyAtFullPhaseIn)),
            ("efficiencyPriceLevel", .integer(row.efficiencyPriceLevelYear)),
            ("fullImplementationYear", .integer(row.fullImplementationYear)),
            ("handling", .string(row.handling)),
            ("earlierCompensatingAction", .bool(row.earlierCompensatingAction)),
            ("requiresApprovalByOEUAndBR", .bool(row.requiresApprovalByOEUAndBR)),
            ("consequence", .string(row.consequence)),
            ("period", .string(row.period)),
            ("line", .integer(row.line)),
        ])
    }

    /// A stable id for each status text.
    static func statusID(_ status: FollowUpStatus) -> String {
        switch status {
        case .onTrack: "on-track"
        case .implemented: "implemented"
        case .delayed: "delayed"
        case .delayedAndOverBudget: "delayed-and-over-budget"
        case .notAsIntended: "not-as-intended"
        }
    }

    public static func plan(_ plan: StrategyPlan) -> ReportJSON {
        .object([
            ("title", .string(plan.title)),
            ("savingsSign", .string(plan.savingsSign.rawValue)),
            ("unit", .string(plan.unit)),
            ("tables", .array(plan.tables.map(table))),
            ("footnotes", .array(plan.footnotes.map { note in
                .object([("marker", .string(note.marker)), ("text", .string(note.text)), ("line", .integer(note.line))])
            })),
        ])
    }

    static func table(_ table: StrategyPlan.Table) -> ReportJSON {
        let computed = table.computedTotal
        return .object([
            ("title", .string(table.title)),
            ("years", .array(table.years.map { .integer(Int64($0)) })),
            ("line", .integer(table.line)),
            ("rows", .array(table.rows.map(planRow))),
            ("printedTotal", table.printedTotal.map(planRow) ?? .null),
            ("computedTotal", .object(table.years.map { (String($0), .integer(computed[$0] ?? 0)) })),
        ])
    }

    static func planRow(_ row: StrategyPlan.Row) -> ReportJSON {
        .object([
            ("number", .string(row.number)),
            ("label", .string(row.label)),
            ("amounts", sparse(row.amounts)),
            ("countsInTotal", .bool(row.countsInTotal)),
            ("footnotes", .array(row.footnotes.map { .string($0) })),
            ("line", .integer(row.line)),
        ])
    }

    public static func finding(_ finding: Finding) -> ReportJSON {
        .object([
            ("rule", .string(finding.rule.description)),
            ("severity", .string(finding.severity.rawValue)),
            ("proposal", .string(finding.proposal)),
            ("line", .integer(finding.line)),
            ("message", .string(finding.message)),
        ])
    }
}
