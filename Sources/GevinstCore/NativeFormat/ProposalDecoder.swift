/// Turns a parsed native document into a `Proposal`, field by field, with precise errors.
struct ProposalDecoder {
    let file: String

    static let proposalFields = [
        "format", "code", "title", "summary", "type", "fundingSource", "submittingAdministration",
        "affectedAdministrations", "areas", "budgetRound", "priceLevel", "years", "status", "lines", "sections",
        "implementationPlan", "followUpPlan", "risk", "consultations", "printed", "source",
    ]
    static let yearRange = 1900...2200

    func proposal(_ root: JSONNode) throws(NativeFormatError) -> Proposal {
        let object = try JSONObjectReader(root, path: "", file: file)
        try object.rejectUnknown(Self.proposalFields)
        let format = try object.requiredString("format")
        guard format == NativeFormat.formatVersion else {
            throw object.error("format", "this Gevinst reads \"\(NativeFormat.formatVersion)\", the file says \"\(format)\"")
        }
        let title = try object.requiredString("title")
        guard !title.trimmingSpaces().isEmpty else { throw object.error("title", "a proposal needs a title") }
        let years = try yearRange(try object.required("years", "{\"first\": YEAR, \"last\": YEAR}"), path: "years")

        var proposal = Proposal(title: title, years: years)
        proposal.code = try object.string("code")
        proposal.summary = try object.string("summary")
        proposal.type = try object.enumeration("type", ProposalType.self)
        proposal.fundingSource = try object.string("fundingSource")
        proposal.submittingAdministration = try object.string("submittingAdministration")
        proposal.affectedAdministrations = try object.stringList("affectedAdministrations")
        proposal.areas = try object.stringList("areas")
        proposal.budgetRound = try object.string("budgetRound")
        proposal.priceLevelYear = try object.int("priceLevel", in: Self.yearRange)
        proposal.status = try object.enumeration("status", ProposalStatus.self) ?? .draft

        let lineNodes = try object.list("lines")
        guard lineNodes.count <= AmountLimits.maxLines else {
            throw object.error("lines", "\(lineNodes.count) lines; a proposal may have at most \(AmountLimits.maxLines)")
        }
        for (offset, node) in lineNodes.enumerated() {
            proposal.lines.append(try line(node, path: "lines[\(offset)]", years: years))
        }
        for (offset, node) in try object.list("sections").enumerated() {
            let section = try JSONObjectReader(node, path: "sections[\(offset)]", file: file)
            try section.rejectUnknown(["number", "heading", "text"])
            proposal.sections.append(TextSection(
                number: try section.string("number") ?? "", heading: try section.string("heading") ?? "",
                text: try section.string("text") ?? ""))
        }
        for (offset, node) in try object.list("implementationPlan").enumerated() {
            let activity = try JSONObjectReader(node, path: "implementationPlan[\(offset)]", file: file)
            try activity.rejectUnknown(["activity", "years", "periods"])
            var marked: [Int] = []
            for (index, yearNode) in try activity.list("years").enumerated() {
                marked.append(try activity.integer(yearNode, path: "\(activity.path).years[\(index)]", in: Self.yearRange))
            }
            proposal.implementationPlan.activities.append(ImplementationPlan.Activity(
                name: try activity.requiredString("activity"), years: marked, periods: try activity.stringList("periods")))
        }
        for (offset, node) in try object.list("followUpPlan").enumerated() {
            let row = try JSONObjectReader(node, path: "followUpPlan[\(offset)]", file: file)
            try row.rejectUnknown(["group", "goal", "measurement", "responsible", "when"])
            proposal.followUpPlan.append(FollowUpPlanRow(
                group: try row.enumeration("group", FollowUpPlanRow.Group.self) ?? .realisation,
                goal: try row.string("goal") ?? "", measurement: try row.string("measurement") ?? "",
                responsible: try row.string("responsible") ?? "", when: try row.string("when") ?? ""))
        }
        if let risk = try object.object("risk") {
            try risk.rejectUnknown(["level", "text"])
            proposal.risk = Risk(level: try risk.enumeration("level", RiskLevel.self), text: try risk.string("text") ?? "")
        }
        for (offset, node) in try object.list("consultations").enumerated() {
            let row = try JSONObjectReader(node, path: "consultations[\(offset)]", file: file)
            try row.rejectUnknown(["body", "answer", "date", "conclusion"])
            proposal.consultations.append(Consultation(
                body: try row.requiredString("body"), answer: try row.enumeration("answer", ConsultationAnswer.self),
                date: try row.string("date"), conclusion: try row.string("conclusion")))
        }
        if let printed = try object.object("printed") { proposal.printed = try printedFigures(printed, years: years) }
        if let source = try object.object("source") {
            try source.rejectUnknown(["file", "firstLine", "lastLine"])
            proposal.source = SourceRange(
                file: try source.string("file"), firstLine: try source.int("firstLine", in: 0...Int(Int32.max)) ?? 0,
                lastLine: try source.int("lastLine", in: 0...Int(Int32.max)) ?? 0)
        }
        return proposal
    }

    func yearRange(_ node: JSONNode, path: String) throws(NativeFormatError) -> ClosedRange<Int> {
        let object = try JSONObjectReader(node, path: path, file: file)
        try object.rejectUnknown(["first", "last"])
        guard let first = try object.int("first", in: Self.yearRange) else { throw object.error("first", "missing; expected the first year, e.g. 2019") }
        guard let last = try object.int("last", in: Self.yearRange) else { throw object.error("last", "missing; expected the last year, e.g. 2024") }
        guard last >= first else { throw object.error("last", "the last year \(last) is before the first year \(first)") }
        guard last - first + 1 <= AmountLimits.maxYears else {
            throw object.error("last", "\(last - first + 1) years; a proposal may span at most \(AmountLimits.maxYears)")
        }
        return first...last
    }

    /// Amounts keyed by year: whole kroner within `AmountLimits`, years within `years`.
    func amounts(_ node: JSONNode, path: String, years: ClosedRange<Int>) throws(NativeFormatError) -> [Int: Amount] {
        let object = try JSONObjectReader(node, path: path, file: file)
        var result: [Int: Amount] = [:]
        for member in object.members {
            let memberPath = "\(path).\(member.key)"
            guard let year = Int(member.key), Self.yearRange.contains(year) else {
                throw NativeFormatError(file: file, position: member.keyPosition, path: memberPath,
                                        message: "amounts are keyed by year, e.g. \"2023\"; found \"\(member.key)\"")
            }
            guard years.contains(year) else {
                throw NativeFormatError(file: file, position: member.keyPosition, path: memberPath,
                                        message: "\(year) is outside the proposal's years \(years.lowerBound)–\(years.upperBound)")
            }
            result[year] = try amount(member.value, path: memberPath)
        }
        return result
    }

    func amount(_ node: JSONNode, path: String) throws(NativeFormatError) -> Amount {
        guard case .number(let text) = node.value else {
            throw NativeFormatError(file: file, position: node.position, path: path,
                                    message: "expected an amount in whole kroner, found \(node.value.kindDescription)")
        }
        guard !text.contains(".") && !text.contains("e") && !text.contains("E") else {
            throw NativeFormatError(file: file, position: node.position, path: path,
                                    message: "amounts are whole kroner; \(text) is not a whole number")
        }
        guard let value = Int64(text), AmountLimits.isWithinLimit(value) else {
            throw NativeFormatError(file: file, position: node.position, path: path,
                                    message: "\(text) kr. is larger than the largest amount Gevinst accepts (\(DanishNumber.format(AmountLimits.maxMagnitude)) kr.)")
        }
        return value
    }

    func line(_ node: JSONNode, path: String, years: ClosedRange<Int>) throws(NativeFormatError) -> EconomicLine {
        let object = try JSONObjectReader(node, path: path, file: file)
        try object.rejectUnknown([
            "label", "block", "steeringArea", "appropriation", "committee", "innovationPool", "variant", "amounts", "driver",
        ])
        guard let block = try object.enumeration("block", Block.self) else {
            throw object.error("block", "missing; expected \"permanent\" or \"implementation\"")
        }
        var typed: [Int: Amount] = [:]
        if let amountsNode = object.value("amounts") { typed = try amounts(amountsNode, path: object.childPath("amounts"), years: years) }
        var line = EconomicLine(
            label: try object.requiredString("label"), block: block,
            steeringArea: try object.enumeration("steeringArea", SteeringArea.self) ?? .service,
            appropriation: try object.string("appropriation"), committee: try object.string("committee"),
            innovationPool: try object.bool("innovationPool") ?? false, variant: try object.string("variant"),
            amounts: YearSeries(years: years, amounts: typed))
        if let driverObject = try object.object("driver") {
            let driver = try self.driver(driverObject, years: years)
            guard let computed = driver.amounts(over: years) else {
                throw object.error("driver", "the driver's result exceeds the largest amount Gevinst accepts")
            }
            if object.value("amounts") != nil {
                for year in years where computed[year] != typed[year, default: 0] {
                    throw object.error("amounts", "the driver gives \(DanishNumber.format(computed[year])) kr. in \(year), the amounts say \(DanishNumber.format(typed[year, default: 0])) kr.; remove \"amounts\" to let the driver set them")
                }
            }
            line.driver = driver
            line.amounts = computed
        }
        return line
    }

    func driver(_ object: JSONObjectReader, years: ClosedRange<Int>) throws(NativeFormatError) -> Driver {
        let kind = try object.requiredString("kind")
        let fields: [String]
        switch kind {
        case "staff": fields = ["fte", "annualCost"]
        case "cases": fields = ["count", "duration", "unitPrice"]
        case "targetGroup": fields = ["people", "successRate", "consequencePerSuccess", "unitPrice"]
        case "fixed": fields = ["amount"]
        default: throw object.error("kind", "\"\(kind)\" is not one of: \"staff\", \"cases\", \"targetGroup\", \"fixed\"")
        }
        try object.rejectUnknown(["kind", "effect", "profile"] + fields)
        var factors: [Quantity] = []
        for field in fields { factors.append(try quantity(object.required(field, "a number"), path: object.childPath(field))) }
        let formula: DriverFormula
        switch kind {
        case "staff": formula = .staff(fte: factors[0], annualCost: factors[1])
        case "cases": formula = .cases(count: factors[0], duration: factors[1], unitPrice: factors[2])
        case "targetGroup":
            formula = .targetGroup(people: factors[0], successRate: factors[1], consequencePerSuccess: factors[2], unitPrice: factors[3])
        default: formula = .fixed(amount: factors[0])
        }
        guard let effect = try object.enumeration("effect", Driver.Effect.self) else {
            throw object.error("effect", "missing; expected \"saving\" or \"cost\"")
        }
        let profileObject = try JSONObjectReader(try object.required("profile", "the share of the full effect per year, e.g. {\"2020\": 0.5, \"2021\": 1}"),
                                                 path: object.childPath("profile"), file: file)
        var profile: [Int: Quantity] = [:]
        for member in profileObject.members {
            let memberPath = "\(profileObject.path).\(member.key)"
            guard let year = Int(member.key), years.contains(year) else {
                throw NativeFormatError(file: file, position: member.keyPosition, path: memberPath,
                                        message: "expected a year within \(years.lowerBound)–\(years.upperBound), found \"\(member.key)\"")
            }
            profile[year] = try quantity(member.value, path: memberPath)
        }
        return Driver(formula: formula, effect: effect, profile: profile)
    }

    /// A driver quantity: a JSON number, or a string in Danish format ("2,5").
    func quantity(_ node: JSONNode, path: String) throws(NativeFormatError) -> Quantity {
        let text: String
        switch node.value {
        case .number(let written): text = written
        case .string(let written): text = written
        default:
            throw NativeFormatError(file: file, position: node.position, path: path, message: "expected a number, found \(node.value.kindDescription)")
        }
        guard let quantity = Quantity(text: text) else {
            throw NativeFormatError(file: file, position: node.position, path: path,
                                    message: "expected a decimal number with at most \(Quantity.maxScale) decimals, found \(text)")
        }
        return quantity
    }

    func printedFigures(_ object: JSONObjectReader, years: ClosedRange<Int>) throws(NativeFormatError) -> PrintedFigures {
        try object.rejectUnknown(["tables", "payback"])
        var printed = PrintedFigures()
        for (offset, node) in try object.list("tables").enumerated() {
            let table = try JSONObjectReader(node, path: "\(object.path).tables[\(offset)]", file: file)
            try table.rejectUnknown(["kind", "priceLevel", "variant", "line", "rows"])
            guard let kind = try table.enumeration("kind", PrintedTable.Kind.self) else {
                throw table.error("kind", "missing; expected one of \"table1\", \"table2\", \"table3\", \"table4\"")
            }
            var rows: [PrintedRow] = []
            for (rowOffset, rowNode) in try table.list("rows").enumerated() {
                let row = try JSONObjectReader(rowNode, path: "\(table.path).rows[\(rowOffset)]", file: file)
                try row.rejectUnknown(["label", "role", "amounts", "line"])
                // Printed figures keep every year the document printed, even outside the proposal's years.
                var amounts: [Int: Amount] = [:]
                if let amountsNode = row.value("amounts") {
                    amounts = try self.amounts(amountsNode, path: row.childPath("amounts"), years: Self.yearRange)
                }
                rows.append(PrintedRow(
                    label: try row.string("label") ?? "", role: try row.enumeration("role", PrintedRow.Role.self) ?? .line,
                    amounts: amounts, line: try row.int("line", in: 0...Int(Int32.max))))
            }
            printed.tables.append(PrintedTable(
                kind: kind, priceLevelYear: try table.int("priceLevel", in: Self.yearRange), variant: try table.string("variant"),
                rows: rows, line: try table.int("line", in: 0...Int(Int32.max))))
        }
        if let payback = try object.object("payback") {
            try payback.rejectUnknown(["service", "serviceLine", "total", "totalLine"])
            printed.payback = PrintedPayback(
                service: try payback.int("service", in: 0...1000), serviceLine: try payback.int("serviceLine", in: 0...Int(Int32.max)),
                total: try payback.int("total", in: 0...1000), totalLine: try payback.int("totalLine", in: 0...Int(Int32.max)))
        }
        return printed
    }
}
