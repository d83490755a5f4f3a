/// Writes a `Proposal` as the native JSON value, fields in the order a person reads a proposal.
/// Empty optional parts are left out so that files stay short; `ProposalDecoder` reads them back as absent.
enum ProposalEncoder {
    static func value(_ proposal: Proposal) -> JSONValue {
        var fields: [(String, JSONValue)] = [("format", .string(NativeFormat.formatVersion))]
        func add(_ key: String, _ text: String?) { if let text { fields.append((key, .string(text))) } }
        add("code", proposal.code)
        fields.append(("title", .string(proposal.title)))
        add("summary", proposal.summary)
        add("type", proposal.type?.rawValue)
        add("fundingSource", proposal.fundingSource)
        add("submittingAdministration", proposal.submittingAdministration)
        if !proposal.affectedAdministrations.isEmpty {
            fields.append(("affectedAdministrations", .list(proposal.affectedAdministrations.map { .string($0) })))
        }
        if !proposal.areas.isEmpty { fields.append(("areas", .list(proposal.areas.map { .string($0) }))) }
        add("budgetRound", proposal.budgetRound)
        if let year = proposal.priceLevelYear { fields.append(("priceLevel", .int(year))) }
        fields.append(("years", .object([("first", .int(proposal.years.lowerBound)), ("last", .int(proposal.years.upperBound))])))
        fields.append(("status", .string(proposal.status.rawValue)))
        fields.append(("lines", .list(proposal.lines.map(line))))
        if !proposal.sections.isEmpty {
            fields.append(("sections", .list(proposal.sections.map {
                .object([("number", .string($0.number)), ("heading", .string($0.heading)), ("text", .string($0.text))])
            })))
        }
        if !proposal.implementationPlan.activities.isEmpty {
            fields.append(("implementationPlan", .list(proposal.implementationPlan.activities.map { activity in
                var members: [(String, JSONValue)] = [("activity", .string(activity.name)), ("years", .list(activity.years.map { .int($0) }))]
                if !activity.periods.isEmpty { members.append(("periods", .list(activity.periods.map { .string($0) }))) }
                return .object(members)
            })))
        }
        if !proposal.followUpPlan.isEmpty {
            fields.append(("followUpPlan", .list(proposal.followUpPlan.map {
                .object([
                    ("group", .string($0.group.rawValue)), ("goal", .string($0.goal)), ("measurement", .string($0.measurement)),
                    ("responsible", .string($0.responsible)), ("when", .string($0.when)),
                ])
            })))
        }
        if let risk = proposal.risk {
            fields.append(("risk", .object([("level", .optionalString(risk.level?.rawValue)), ("text", .string(risk.text))])))
        }
        if !proposal.consultations.isEmpty {
            fields.append(("consultations", .list(proposal.consultations.map {
                .object([
                    ("body", .string($0.body)), ("answer", .optionalString($0.answer?.rawValue)),
                    ("date", .optionalString($0.date)), ("conclusion", .optionalString($0.conclusion)),
                ])
            })))
        }
        if let printed = proposal.printed { fields.append(("printed", printedValue(printed))) }
        if let source = proposal.source {
            var members: [(String, JSONValue)] = []
            if let file = source.file { members.append(("file", .string(file))) }
            members.append(("firstLine", .int(source.firstLine)))
            members.append(("lastLine", .int(source.lastLine)))
            fields.append(("source", .object(members)))
        }
        return .object(fields)
    }

    static func line(_ line: EconomicLine) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("label", .string(line.label)), ("block", .string(line.block.rawValue)),
            ("steeringArea", .string(line.steeringArea.rawValue)),
        ]
        if let appropriation = line.appropriation { fields.append(("appropriation", .string(appropriation))) }
        if let committee = line.committee { fields.append(("committee", .string(committee))) }
        if line.innovationPool { fields.append(("innovationPool", .bool(true))) }
        if let variant = line.variant { fields.append(("variant", .string(variant))) }
        fields.append(("amounts", .amounts(line.amounts.nonZeroAmounts)))
        if let driver = line.driver { fields.append(("driver", Self.driver(driver))) }
        return .object(fields)
    }

    static func driver(_ driver: Driver) -> JSONValue {
        var fields: [(String, JSONValue)] = [("kind", .string(driver.formula.kind))]
        let names: [String]
        switch driver.formula {
        case .staff: names = ["fte", "annualCost"]
        case .cases: names = ["count", "duration", "unitPrice"]
        case .targetGroup: names = ["people", "successRate", "consequencePerSuccess", "unitPrice"]
        case .fixed: names = ["amount"]
        }
        for (name, factor) in zip(names, driver.formula.factors) { fields.append((name, .number(factor.plain))) }
        fields.append(("effect", .string(driver.effect.rawValue)))
        fields.append(("profile", .object(driver.profile.keys.sorted().map { (String($0), .number(driver.profile[$0]?.plain ?? "0")) })))
        return .object(fields)
    }

    static func printedValue(_ printed: PrintedFigures) -> JSONValue {
        let tables: [JSONValue] = printed.tables.map { table in
            var fields: [(String, JSONValue)] = [("kind", .string(table.kind.rawValue))]
            if let year = table.priceLevelYear { fields.append(("priceLevel", .int(year))) }
            if let variant = table.variant { fields.append(("variant", .string(variant))) }
            if let line = table.line { fields.append(("line", .int(line))) }
            fields.append(("rows", .list(table.rows.map { row in
                var members: [(String, JSONValue)] = [("label", .string(row.label)), ("role", .string(row.role.rawValue)), ("amounts", .amounts(row.amounts))]
                if let line = row.line { members.append(("line", .int(line))) }
                return .object(members)
            })))
            return .object(fields)
        }
        let payback = printed.payback
        return .object([
            ("tables", .list(tables)),
            ("payback", .object([
                ("service", .optionalInt(payback.service)), ("serviceLine", .optionalInt(payback.serviceLine)),
                ("total", .optionalInt(payback.total)), ("totalLine", .optionalInt(payback.totalLine)),
            ])),
        ])
    }
}
