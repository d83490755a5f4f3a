/// The computed proposal as JSON, the one shape used by `gevinst compute --json` and the API: amounts in
/// kroner, totals as objects keyed by year with every year present, payback as
/// `{"years": N or null, "printed": N or null, "rule": "…"}`.
public enum ComputedJSON {
    public static func value(_ proposal: Proposal, computed: ComputedProposal, file: String? = nil) -> JSONValue {
        let years = computed.years
        func series(_ values: YearSeries) -> JSONValue {
            .object(years.map { (String($0), .int(values[$0])) })
        }
        func rows(_ rows: [ComputedRow]) -> JSONValue {
            .list(rows.map { row in
                var fields: [(String, JSONValue)] = [
                    ("label", .string(row.label)),
                    ("steeringArea", .string(row.steeringArea.rawValue)),
                ]
                if let appropriation = row.appropriation { fields.append(("appropriation", .string(appropriation))) }
                if row.innovationPool { fields.append(("innovationPool", .bool(true))) }
                fields.append(("amounts", series(row.amounts)))
                return .object(fields)
            })
        }
        func payback(_ value: PaybackYears?, printed: Int?) -> JSONValue {
            .object([
                ("years", value.map { $0.wholeYears.map { JSONValue.int($0) } ?? .number("\($0.tenths / 10).\($0.tenths % 10)") } ?? .null),
                ("printed", .optionalInt(printed)),
                ("rule", .string(computed.payback.rule.name)),
            ])
        }
        var fields: [(String, JSONValue)] = []
        if let file { fields.append(("file", .string(file))) }
        fields += [
            ("code", .optionalString(proposal.code)),
            ("title", .string(proposal.title)),
            ("variant", .optionalString(computed.variant)),
            ("priceLevel", .optionalInt(proposal.priceLevelYear)),
            ("years", .list(years.map { .int($0) })),
            ("lines", .object([
                ("permanent", rows(computed.table1.permanentRows)),
                ("implementation", rows(computed.table1.implementationRows)),
            ])),
            ("totals", .object([
                ("permanent", series(computed.table1.permanentTotal)),
                ("permanentService", series(computed.table1.permanentService)),
                ("permanentOverfoersler", series(computed.table1.permanentOverfoersler)),
                ("implementation", series(computed.table1.implementationTotal)),
                ("net", series(computed.table1.net)),
            ])),
            ("table2", .object([
                ("groups", .list(computed.table2.groups.map { .object([("appropriation", .optionalString($0.name)), ("amounts", series($0.total))]) })),
                ("total", series(computed.table2.total)),
            ])),
            ("table3", .object([("rows", rows(computed.table3.rows)), ("total", series(computed.table3.total))])),
            ("table4", .object([("rows", rows(computed.table4.rows)), ("total", series(computed.table4.total))])),
            ("investment", .object([
                ("service", .int(computed.investment.service)),
                ("anlæg", .int(computed.investment.anlaeg)),
                ("total", .int(computed.investment.total)),
            ])),
            ("fullPhaseInEffect", .int(computed.fullPhaseInEffect)),
            ("payback", .object([
                ("service", payback(computed.payback.service, printed: computed.payback.printedService)),
                ("total", payback(computed.payback.total, printed: computed.payback.printedTotal)),
            ])),
        ]
        return .object(fields)
    }
}
