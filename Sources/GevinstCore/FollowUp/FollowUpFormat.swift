/// Follow-up periods and records as JSON, `"format": "gevinst-follow-up-period/1"`: how the store keeps a
/// record's content and how the API sends and receives it. Amounts are whole kroner (savings negative) keyed
/// by year where per year; a status is the id of a category of the configuration in force (its colour is
/// written beside it for readers, and ignored when read). Reading is strict and names line, column and field.
public enum FollowUpFormat {
    public static let formatVersion = "gevinst-follow-up-period/1"
    /// A period of a few thousand records is a few megabytes; 64 MiB leaves ample room.
    public static let maxFileSize = 64 * 1024 * 1024

    // MARK: writing

    public static func encode(_ period: FollowUpPeriod) -> String { JSONWriter.write(jsonValue(period)) }

    public static func jsonValue(_ period: FollowUpPeriod) -> JSONValue {
        var members = [
            member("format", .string(formatVersion)), member("name", .string(period.name)),
            member("date", .string(period.date.description)),
        ]
        if let previous = period.previousPeriod { members.append(member("previousPeriod", .string(previous))) }
        members.append(member("records", .array(period.records.map { JSONNode(jsonValue($0)) })))
        return .object(members)
    }

    /// One record as a JSON object.
    public static func jsonValue(_ record: FollowUpRecord) -> JSONValue {
        var members: [JSONMember] = [member("adoptedBudgetYear", number(record.key.adoptedBudgetYear))]
        if let code = record.code { members.append(member("code", .string(code))) }
        members.append(member("title", .string(record.title)))
        if let type = record.type { members.append(member("type", .string(type.rawValue))) }
        if !record.typeText.isEmpty { members.append(member("typeText", .string(record.typeText))) }
        members.append(member("area", .string(record.area)))
        members.append(member("status", .string(record.assessment.confirmed.id)))
        members.append(member("colour", .string(record.colour.rawValue)))
        if let proposed = record.assessment.proposed { members.append(member("proposedStatus", .string(proposed.id))) }
        if let reason = record.assessment.overrideReason { members.append(member("overrideReason", .string(reason))) }
        if let printed = record.printedStatusText { members.append(member("printedStatus", .string(printed))) }
        members.append(member("remark", .string(record.remark)))
        if let year = record.plannedFullImplementationYear { members.append(member("plannedFullImplementationYear", number(year))) }
        if let year = record.currentFullImplementationYear { members.append(member("currentFullImplementationYear", number(year))) }
        if let amount = record.totalInvestment { members.append(member("totalInvestment", number(amount))) }
        if let amount = record.efficiencyAtFullPhaseIn { members.append(member("efficiencyAtFullPhaseIn", number(amount))) }
        if let year = record.efficiencyPriceLevelYear { members.append(member("efficiencyPriceLevel", number(year))) }
        if !record.plannedEfficiency.isEmpty { members.append(member("plannedEfficiency", amounts(record.plannedEfficiency))) }
        if !record.realisedEfficiency.isEmpty { members.append(member("realisedEfficiency", amounts(record.realisedEfficiency))) }
        members.append(member("handling", .string(record.handling)))
        if !record.compensatingActions.isEmpty {
            members.append(member("compensatingActions", .array(record.compensatingActions.map { JSONNode(jsonValue($0)) })))
        }
        if let flag = record.earlierCompensatingAction { members.append(member("earlierCompensatingAction", .bool(flag))) }
        if let flag = record.requiresApprovalByOEUAndBR { members.append(member("requiresApproval", .bool(flag))) }
        members.append(member("consequence", .string(record.consequence)))
        if record.isClosed { members.append(member("closed", .bool(true))) }
        if let line = record.line { members.append(member("line", number(line))) }
        return .object(members)
    }

    static func jsonValue(_ action: CompensatingAction) -> JSONValue {
        var members: [JSONMember]
        switch action.kind {
        case .frameCut(let area): members = [member("kind", .string("frame-cut")), member("area", .string(area))]
        case .other(let what): members = [member("kind", .string("other")), member("what", .string(what))]
        }
        if !action.amounts.isEmpty { members.append(member("amounts", amounts(action.amounts))) }
        members.append(member("carriedOut", .bool(action.isCarriedOut)))
        if !action.description.isEmpty { members.append(member("description", .string(action.description))) }
        return .object(members)
    }

    private static func member(_ key: String, _ value: JSONValue) -> JSONMember { JSONMember(key: key, value: JSONNode(value)) }
    private static func number(_ value: Int) -> JSONValue { .number(String(value)) }
    private static func number(_ value: Amount) -> JSONValue { .number(String(value)) }
    private static func amounts(_ values: [Int: Amount]) -> JSONValue {
        .object(values.keys.sorted().map { member(String($0), .number(String(values[$0] ?? 0))) })
    }

    // MARK: reading

    /// Reads a period; status ids are resolved in `configuration`.
    public static func decode(text: String, file: String = "-", configuration: FollowUpConfiguration = .default) throws(NativeFormatError) -> FollowUpPeriod {
        let bytes = Array(text.utf8)
        guard bytes.count <= maxFileSize else {
            throw NativeFormatError(file: file, position: TextPosition(line: 1, column: 1), path: "",
                                    message: "the file is \(bytes.count) bytes; a follow-up period may be at most \(maxFileSize) bytes")
        }
        let root: JSONNode
        do {
            root = try JSONParser.parse(bytes: bytes)
        } catch {
            throw NativeFormatError(file: file, position: error.position, path: "", message: "not valid JSON: \(error.message)")
        }
        return try period(root, file: file, configuration: configuration)
    }

    public static func period(_ node: JSONNode, file: String = "-", configuration: FollowUpConfiguration = .default) throws(NativeFormatError) -> FollowUpPeriod {
        let object = try JSONObjectReader(node, path: "", file: file)
        try object.rejectUnknown(["format", "name", "date", "previousPeriod", "records"])
        let format = try object.requiredString("format")
        guard format == formatVersion else {
            throw object.error("format", "this Gevinst reads \"\(formatVersion)\", the file says \"\(format)\"")
        }
        let name = try object.requiredString("name")
        guard !name.trimmingSpaces().isEmpty else { throw object.error("name", "a period needs a name, e.g. \"December 2024\"") }
        let date: CalendarDay
        if let text = try object.string("date") {
            guard let parsed = CalendarDay.parse(text) else { throw object.error("date", "\"\(text)\" is not a date; write YYYY-MM-DD") }
            date = parsed
        } else if let parsed = CalendarDay.endOfMonth(named: name) {
            date = parsed
        } else {
            throw object.error("date", "missing, and the name \"\(name)\" names no month and year; give the date as YYYY-MM-DD")
        }
        var records: [FollowUpRecord] = []
        for (index, element) in try object.list("records").enumerated() {
            records.append(try record(element, path: "records[\(index)]", file: file, configuration: configuration))
        }
        return FollowUpPeriod(name: name, date: date, records: records, previousPeriod: try object.string("previousPeriod"))
    }

    /// Reads one record (a JSON object at `path`).
    public static func record(
        _ node: JSONNode, path: String = "", file: String = "-", configuration: FollowUpConfiguration = .default
    ) throws(NativeFormatError) -> FollowUpRecord {
        let object = try JSONObjectReader(node, path: path, file: file)
        try object.rejectUnknown([
            "adoptedBudgetYear", "code", "title", "type", "typeText", "area", "status", "colour", "proposedStatus",
            "overrideReason", "printedStatus", "remark", "plannedFullImplementationYear", "currentFullImplementationYear",
            "totalInvestment", "efficiencyAtFullPhaseIn", "efficiencyPriceLevel", "plannedEfficiency", "realisedEfficiency",
            "handling", "compensatingActions", "earlierCompensatingAction", "requiresApproval", "consequence", "closed", "line",
        ])
        let decoder = ProposalDecoder(file: file)
        guard let year = try object.int("adoptedBudgetYear", in: ProposalDecoder.yearRange) else {
            throw object.error("adoptedBudgetYear", "missing; a proposal in follow-up is identified by its adopted budget year and code")
        }
        let code = try object.string("code").flatMap { $0.trimmingSpaces().isEmpty ? nil : $0 }
        let title = try object.string("title") ?? ""
        guard code != nil || !title.trimmingSpaces().isEmpty else {
            throw object.error("title", "a record needs a code or a title")
        }
        let areaName = try object.requiredString("area")
        guard let area = configuration.area(named: areaName) else {
            throw object.error("area", "\"\(areaName)\" is not one of the areas (\(configuration.areas.map { "\"\($0.name)\"" }.joined(separator: ", ")))")
        }
        func category(_ key: String) throws(NativeFormatError) -> StatusCategory? {
            guard let id = try object.string(key) else { return nil }
            guard let category = configuration.category(id: id) else {
                throw object.error(key, "\"\(id)\" is not a status of the configuration (\(configuration.categories.map { "\"\($0.id)\"" }.joined(separator: ", ")))")
            }
            return category
        }
        guard let confirmed = try category("status") else {
            throw object.error("status", "missing; expected one of \(configuration.categories.map { "\"\($0.id)\"" }.joined(separator: ", "))")
        }
        let key = FollowUpKey(adoptedBudgetYear: year, code: code, title: title)
        let assessment: StatusAssessment
        do {
            assessment = try .restored(proposed: try category("proposedStatus"), confirmed: confirmed,
                                       overrideReason: try object.string("overrideReason"), record: "\(key)")
        } catch {
            throw object.error("overrideReason", "the status differs from the proposed status, so the override needs its reason")
        }
        func amount(_ key: String) throws(NativeFormatError) -> Amount? {
            guard let node = object.value(key) else { return nil }
            return try decoder.amount(node, path: object.childPath(key))
        }
        func amounts(_ key: String) throws(NativeFormatError) -> [Int: Amount] {
            guard let node = object.value(key) else { return [:] }
            return try decoder.amounts(node, path: object.childPath(key), years: ProposalDecoder.yearRange)
        }
        var actions: [CompensatingAction] = []
        for (index, element) in try object.list("compensatingActions").enumerated() {
            actions.append(try action(element, path: "\(object.childPath("compensatingActions"))[\(index)]", file: file))
        }
        return FollowUpRecord(
            key: key, code: code, title: title, type: try object.enumeration("type", ProposalType.self),
            typeText: try object.string("typeText") ?? "", area: area.name, assessment: assessment,
            printedStatusText: try object.string("printedStatus"), remark: try object.string("remark") ?? "",
            plannedFullImplementationYear: try object.int("plannedFullImplementationYear", in: ProposalDecoder.yearRange),
            currentFullImplementationYear: try object.int("currentFullImplementationYear", in: ProposalDecoder.yearRange),
            efficiencyAtFullPhaseIn: try amount("efficiencyAtFullPhaseIn"),
            efficiencyPriceLevelYear: try object.int("efficiencyPriceLevel", in: ProposalDecoder.yearRange),
            plannedEfficiency: try amounts("plannedEfficiency"), realisedEfficiency: try amounts("realisedEfficiency"),
            totalInvestment: try amount("totalInvestment"), handling: try object.string("handling") ?? "",
            compensatingActions: actions, earlierCompensatingAction: try object.bool("earlierCompensatingAction"),
            requiresApprovalByOEUAndBR: try object.bool("requiresApproval"), consequence: try object.string("consequence") ?? "",
            isClosed: try object.bool("closed") ?? false, line: try object.int("line", in: 0...Int(Int32.max)))
    }

    static func action(_ node: JSONNode, path: String, file: String) throws(NativeFormatError) -> CompensatingAction {
        let object = try JSONObjectReader(node, path: path, file: file)
        try object.rejectUnknown(["kind", "area", "what", "amounts", "carriedOut", "description"])
        let kindText = try object.requiredString("kind")
        let kind: CompensatingAction.Kind
        switch kindText {
        case "frame-cut":
            let area = try object.requiredString("area")
            kind = .frameCut(area: area)
        case "other":
            kind = .other(try object.string("what") ?? "")
        default:
            throw object.error("kind", "\"\(kindText)\" is not one of: \"frame-cut\", \"other\"")
        }
        let amounts: [Int: Amount]
        if let amountsNode = object.value("amounts") {
            amounts = try ProposalDecoder(file: file).amounts(amountsNode, path: object.childPath("amounts"), years: ProposalDecoder.yearRange)
        } else {
            amounts = [:]
        }
        return CompensatingAction(
            kind: kind, amounts: amounts, isCarriedOut: try object.bool("carriedOut") ?? false,
            description: try object.string("description") ?? "")
    }
}
