import GevinstCore

/// The `gevinst import --json` shape (issue 3): `{"documents":[{"file","kind","proposals","followUps",
/// "plans","findings"}]}`. Amounts are kroner; every total is computed by `Compute` from the lines, with
/// every year of the proposal present.
public enum ImportReport {
    public static func json(_ documents: [ImportedDocument], rule: PaybackRule = .firstYearStrict) -> JSONValue {
        .object([("documents", .list(documents.map { document($0, rule: rule) }))])
    }

    /// The JSON text, written by Core's `JSONWriter` (stable member order, two-space indentation).
    public static func text(_ documents: [ImportedDocument], rule: PaybackRule = .firstYearStrict, pretty: Bool = true) -> String {
        JSONWriter.write(json(documents, rule: rule), pretty: pretty)
    }

    public static func document(_ document: ImportedDocument, rule: PaybackRule = .firstYearStrict) -> JSONValue {
        .object([
            ("file", .string(document.file)),
            ("kind", .string(document.kind.rawValue)),
            ("proposals", .list(document.proposals.map { proposal($0, rule: rule) })),
            ("followUps", .list(document.followUps.map(followUp))),
            ("plans", .list(document.plans.map(plan))),
            ("findings", .list(document.findings.map(finding))),
        ])
    }

    public static func proposal(_ proposal: Proposal, rule: PaybackRule = .firstYearStrict) -> JSONValue {
        let computed = Compute.proposal(proposal, rule: rule)
        var members: [(String, JSONValue)] = [
            ("code", .optionalString(proposal.code)),
            ("title", .string(proposal.title)),
            ("status", .string(proposal.status.rawValue)),
            ("priceLevel", .optionalInt(proposal.priceLevelYear)),
            ("years", .list(proposal.years.map { .int($0) })),
            ("lines", .list(proposal.lines.map(line))),
        ]
        if let first = computed.first {
            members.append(("totals", totals(first)))
            members.append(("payback", payback(first.payback)))
        }
        if computed.count > 1 {
            members.append(("variants", .list(computed.map { variant in
                .object([
                    ("variant", .optionalString(variant.variant)), ("totals", totals(variant)), ("payback", payback(variant.payback)),
                ])
            })))
        }
        members.append(("source", proposal.source.map { source in
            .object([("firstLine", .int(source.firstLine)), ("lastLine", .int(source.lastLine))])
        } ?? .null))
        return .object(members)
    }

    static func line(_ line: EconomicLine) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("label", .string(line.label)),
            ("block", .string(line.block.rawValue)),
            ("steeringArea", .string(line.steeringArea.rawValue)),
            ("amounts", sparse(line.amounts.nonZeroAmounts)),
        ]
        if let variant = line.variant { members.append(("variant", .string(variant))) }
        return .object(members)
    }

    static func totals(_ computed: ComputedProposal) -> JSONValue {
        .object([
            ("permanent", dense(computed.table1.permanentTotal)),
            ("implementation", dense(computed.table1.implementationTotal)),
            ("net", dense(computed.table1.net)),
        ])
    }

    static func payback(_ payback: Payback) -> JSONValue {
        .object([
            ("service", .object([("years", years(payback.service)), ("printed", .optionalInt(payback.printedService))])),
            ("total", .object([("years", years(payback.total)), ("printed", .optionalInt(payback.printedTotal))])),
        ])
    }

    /// Whole years as an integer, tenths as a decimal number, null when not paid back within the table.
    static func years(_ value: PaybackYears?) -> JSONValue {
        guard let value else { return .null }
        if let whole = value.wholeYears { return .int(whole) }
        return .number("\(value.tenths / 10).\(value.tenths % 10)")
    }

    /// Every year of the series, zeros included.
    static func dense(_ series: YearSeries) -> JSONValue {
        .object(series.years.map { (String($0), .int(series[$0])) })
    }

    /// The years given, in order.
    static func sparse(_ amounts: [Int: Amount]) -> JSONValue {
        .amounts(amounts)
    }

    public static func followUp(_ row: FollowUpRow) -> JSONValue {
        .object([
            ("adoptedBudgetYear", .optionalInt(row.adoptedBudgetYear)),
            ("code", .optionalString(row.code)),
            ("title", .string(row.title)),
            ("type", .optionalString(row.type?.rawValue)),
            ("typeText", .string(row.typeText)),
            ("area", .string(row.area)),
            ("status", .string(row.status)),
            ("recognisedStatus", .optionalString(row.recognisedStatus.map(statusID))),
            ("remark", .string(row.remark)),
            ("totalInvestment", optionalAmount(row.totalInvestment)),
            ("efficiencyAtFullPhaseIn", optionalAmount(row.efficiencyAtFullPhaseIn)),
            ("efficiencyPriceLevel", .optionalInt(row.efficiencyPriceLevelYear)),
            ("fullImplementationYear", .optionalInt(row.fullImplementationYear)),
            ("handling", .string(row.handling)),
            ("earlierCompensatingAction", optionalBool(row.earlierCompensatingAction)),
            ("requiresApprovalByOEUAndBR", optionalBool(row.requiresApprovalByOEUAndBR)),
            ("consequence", .string(row.consequence)),
            ("period", .optionalString(row.period)),
            ("line", .optionalInt(row.line)),
        ])
    }

    static func optionalAmount(_ amount: Amount?) -> JSONValue { amount.map { .int($0) } ?? .null }
    static func optionalBool(_ flag: Bool?) -> JSONValue { flag.map { .bool($0) } ?? .null }

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

    public static func plan(_ plan: StrategyPlan) -> JSONValue {
        .object([
            ("title", .string(plan.title)),
            ("savingsSign", .string(plan.savingsSign.rawValue)),
            ("unit", .string(plan.unit)),
            ("tables", .list(plan.tables.map(table))),
            ("footnotes", .list(plan.footnotes.map { note in
                .object([("marker", .string(note.marker)), ("text", .string(note.text)), ("line", .optionalInt(note.line))])
            })),
        ])
    }

    static func table(_ table: StrategyPlan.Table) -> JSONValue {
        let computed = table.computedTotal
        return .object([
            ("title", .string(table.title)),
            ("years", .list(table.years.map { .int($0) })),
            ("line", .optionalInt(table.line)),
            ("rows", .list(table.rows.map(planRow))),
            ("printedTotal", table.printedTotal.map(planRow) ?? .null),
            ("computedTotal", .object(table.years.map { (String($0), .int(computed[$0] ?? 0)) })),
        ])
    }

    static func planRow(_ row: StrategyPlan.Row) -> JSONValue {
        .object([
            ("number", .optionalString(row.number)),
            ("label", .string(row.label)),
            ("amounts", sparse(row.amounts)),
            ("countsInTotal", .bool(row.countsInTotal)),
            ("footnotes", .list(row.footnotes.map { .string($0) })),
            ("line", .optionalInt(row.line)),
        ])
    }

    public static func finding(_ finding: Finding) -> JSONValue {
        .object([
            ("rule", .string(finding.rule.description)),
            ("severity", .string(finding.severity.rawValue)),
            ("proposal", .optionalString(finding.proposal)),
            ("line", .optionalInt(finding.line)),
            ("message", .string(finding.message)),
        ])
    }
}
