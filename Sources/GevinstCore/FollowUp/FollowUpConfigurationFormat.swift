/// The follow-up configuration as a JSON file, `"format": "gevinst-follow-up-configuration/1"` (documented
/// in docs/rules-follow-up.md). Every field but `format` and `effectiveFrom` may be left out and then takes
/// the default's value; a given list replaces the default list. Reading is strict: an unknown field, a colour
/// or role that does not exist, a missing role or a duplicate id is an error naming line, column and field.
public enum FollowUpConfigurationFormat {
    public static let formatVersion = "gevinst-follow-up-configuration/1"
    /// A configuration is a few kilobytes; 1 MiB leaves ample room.
    public static let maxFileSize = 1024 * 1024

    /// Reads one configuration (a JSON object) or several (a JSON list of objects).
    public static func decodeSet(text: String, file: String = "-") throws(NativeFormatError) -> FollowUpConfigurationSet {
        let root = try parse(Array(text.utf8), file: file)
        let decoder = Decoder(file: file)
        if case .array(let elements) = root.value {
            guard !elements.isEmpty else {
                throw NativeFormatError(file: file, position: root.position, path: "", message: "the list holds no configuration")
            }
            var configurations: [FollowUpConfiguration] = []
            for (index, element) in elements.enumerated() {
                let configuration = try decoder.configuration(element, path: "[\(index)]")
                if configurations.contains(where: { $0.effectiveFrom == configuration.effectiveFrom }) {
                    throw NativeFormatError(file: file, position: element.position, path: "[\(index)].effectiveFrom",
                                            message: "another configuration in this file is effective from \(configuration.effectiveFrom) too")
                }
                configurations.append(configuration)
            }
            return FollowUpConfigurationSet(configurations)
        }
        return FollowUpConfigurationSet([try decoder.configuration(root, path: "")])
    }

    /// Reads one configuration (a JSON object).
    public static func decode(text: String, file: String = "-") throws(NativeFormatError) -> FollowUpConfiguration {
        try Decoder(file: file).configuration(try parse(Array(text.utf8), file: file), path: "")
    }

    private static func parse(_ bytes: [UInt8], file: String) throws(NativeFormatError) -> JSONNode {
        guard bytes.count <= maxFileSize else {
            throw NativeFormatError(file: file, position: TextPosition(line: 1, column: 1), path: "",
                                    message: "the file is \(bytes.count) bytes; a configuration may be at most \(maxFileSize) bytes")
        }
        do {
            return try JSONParser.parse(bytes: bytes)
        } catch {
            throw NativeFormatError(file: file, position: error.position, path: "", message: "not valid JSON: \(error.message)")
        }
    }

    /// The configuration as JSON text in this format.
    public static func encode(_ configuration: FollowUpConfiguration) -> String {
        JSONWriter.write(jsonValue(configuration))
    }

    /// Configurations over time as JSON text that `decodeSet` reads back: one object when there is one
    /// configuration, else a list ordered by effective date.
    public static func encodeSet(_ configurations: FollowUpConfigurationSet) -> String {
        if configurations.configurations.count == 1, let only = configurations.configurations.first { return encode(only) }
        return JSONWriter.write(.array(configurations.configurations.map { JSONNode(jsonValue($0)) }))
    }

    public static func jsonValue(_ configuration: FollowUpConfiguration) -> JSONValue {
        func member(_ key: String, _ value: JSONValue) -> JSONMember { JSONMember(key: key, value: JSONNode(value)) }
        func strings(_ list: [String]) -> JSONValue { .array(list.map { JSONNode(.string($0)) }) }
        return .object([
            member("format", .string(formatVersion)),
            member("effectiveFrom", .string(configuration.effectiveFrom.description)),
            member("thresholds", .object([
                member("scheduleMonths", .number(String(configuration.scheduleThresholdMonths))),
                member("economyKroner", .number(String(configuration.economyThreshold))),
            ])),
            member("categories", .array(configuration.categories.map { category in
                var members = [
                    member("id", .string(category.id)), member("text", .string(category.text)),
                    member("colour", .string(category.colour.rawValue)), member("role", .string(category.role.rawValue)),
                    member("endsFollowUp", .bool(category.endsFollowUp)),
                ]
                if !category.aliases.isEmpty { members.append(member("aliases", strings(category.aliases))) }
                return JSONNode(.object(members))
            })),
            member("areas", .array(configuration.areas.map { area in
                var members = [member("name", .string(area.name)), member("codeLetters", strings(area.codeLetters))]
                if !area.aliases.isEmpty { members.append(member("aliases", strings(area.aliases))) }
                return JSONNode(.object(members))
            })),
            member("committeeAreas", strings(configuration.committeeAreas)),
            member("approvalRule", .string(configuration.approvalRule.rawValue)),
            member("cancellationWords", strings(configuration.cancellationWords)),
        ])
    }

    private struct Decoder {
        let file: String

        static let fields = [
            "format", "effectiveFrom", "thresholds", "categories", "areas", "committeeAreas", "approvalRule",
            "cancellationWords",
        ]

        func configuration(_ node: JSONNode, path: String) throws(NativeFormatError) -> FollowUpConfiguration {
            let object = try JSONObjectReader(node, path: path, file: file)
            try object.rejectUnknown(Self.fields)
            let format = try object.requiredString("format")
            guard format == formatVersion else {
                throw object.error("format", "this Gevinst reads \"\(formatVersion)\", the file says \"\(format)\"")
            }
            let dateText = try object.requiredString("effectiveFrom")
            guard let effectiveFrom = CalendarDay.parse(dateText) else {
                throw object.error("effectiveFrom", "\"\(dateText)\" is not a date; write it as YYYY-MM-DD, e.g. \"2025-01-01\"")
            }
            let defaults = FollowUpConfiguration.default
            var configuration = defaults
            configuration.effectiveFrom = effectiveFrom

            if let thresholds = try object.object("thresholds") {
                try thresholds.rejectUnknown(["scheduleMonths", "economyKroner"])
                configuration.scheduleThresholdMonths = try thresholds.int("scheduleMonths", in: 0...1200) ?? defaults.scheduleThresholdMonths
                if let node = thresholds.value("economyKroner") {
                    let kroner = try thresholds.integer(node, path: thresholds.childPath("economyKroner"), in: 0...Int(AmountLimits.maxMagnitude))
                    configuration.economyThreshold = Amount(kroner)
                }
            }
            if object.value("categories") != nil {
                configuration.categories = try categories(object)
            }
            if object.value("areas") != nil {
                configuration.areas = try areas(object)
                configuration.committeeAreas = configuration.areas.map(\.name)
            }
            if object.value("committeeAreas") != nil {
                let names = try object.stringList("committeeAreas")
                for (index, name) in names.enumerated() where configuration.area(named: name) == nil {
                    let nodes = (try? object.list("committeeAreas")) ?? []
                    let position = index < nodes.count ? nodes[index].position : node.position
                    throw NativeFormatError(
                        file: file, position: position, path: "\(object.childPath("committeeAreas"))[\(index)]",
                        message: "\"\(name)\" is not one of the areas (\(configuration.areas.map { "\"\($0.name)\"" }.joined(separator: ", ")))")
                }
                configuration.committeeAreas = names
            }
            configuration.approvalRule = try object.enumeration("approvalRule", ApprovalRule.self) ?? defaults.approvalRule
            if object.value("cancellationWords") != nil {
                configuration.cancellationWords = try object.stringList("cancellationWords")
            }
            return configuration
        }

        private func categories(_ object: JSONObjectReader) throws(NativeFormatError) -> [StatusCategory] {
            let nodes = try object.list("categories")
            var categories: [StatusCategory] = []
            for (index, node) in nodes.enumerated() {
                let entry = try JSONObjectReader(node, path: "\(object.childPath("categories"))[\(index)]", file: file)
                try entry.rejectUnknown(["id", "text", "colour", "role", "endsFollowUp", "aliases"])
                let id = try entry.requiredString("id")
                guard !id.trimmingSpaces().isEmpty else { throw entry.error("id", "a category needs an id") }
                guard !categories.contains(where: { $0.id == id }) else { throw entry.error("id", "the id \"\(id)\" is used by another category") }
                let text = try entry.requiredString("text")
                guard !text.trimmingSpaces().isEmpty else { throw entry.error("text", "a category needs the status text reports print") }
                guard let colour = try entry.enumeration("colour", StatusColour.self) else {
                    throw entry.error("colour", "missing; expected one of \"green\", \"yellow\", \"red\"")
                }
                guard let role = try entry.enumeration("role", StatusRole.self) else {
                    throw entry.error("role", "missing; expected one of \(StatusRole.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", "))")
                }
                categories.append(StatusCategory(
                    id: id, text: text, colour: colour, role: role,
                    endsFollowUp: try entry.bool("endsFollowUp") ?? (role == .implemented),
                    aliases: try entry.stringList("aliases")))
            }
            for role in StatusRole.allCases where !categories.contains(where: { $0.role == role }) {
                throw object.error("categories", "no category has the role \"\(role.rawValue)\"; Gevinst proposes every role, so each needs a category")
            }
            return categories
        }

        private func areas(_ object: JSONObjectReader) throws(NativeFormatError) -> [FollowUpArea] {
            let nodes = try object.list("areas")
            guard !nodes.isEmpty else { throw object.error("areas", "the list of areas is empty") }
            var areas: [FollowUpArea] = []
            for (index, node) in nodes.enumerated() {
                let entry = try JSONObjectReader(node, path: "\(object.childPath("areas"))[\(index)]", file: file)
                try entry.rejectUnknown(["name", "codeLetters", "aliases"])
                let name = try entry.requiredString("name")
                guard !name.trimmingSpaces().isEmpty else { throw entry.error("name", "an area needs a name") }
                guard !areas.contains(where: { FollowUpText.normalised($0.name) == FollowUpText.normalised(name) }) else {
                    throw entry.error("name", "the area \"\(name)\" is listed twice")
                }
                let letters = try entry.stringList("codeLetters")
                for letter in letters where !(letter.count == 2 && letter.allSatisfy(CodeShape.isCodeLetter)) {
                    throw entry.error("codeLetters", "\"\(letter)\" is not two capital letters (e.g. \"HA\")")
                }
                areas.append(FollowUpArea(name: name, codeLetters: letters, aliases: try entry.stringList("aliases")))
            }
            return areas
        }
    }
}

/// Follow-up configurations over time: each applies from its effective date until the next one's.
public struct FollowUpConfigurationSet: Sendable, Hashable {
    /// Sorted by effective date.
    public let configurations: [FollowUpConfiguration]

    public init(_ configurations: [FollowUpConfiguration]) {
        self.configurations = configurations.sorted { $0.effectiveFrom < $1.effectiveFrom }
    }

    /// The configuration in force on `day`: the latest effective on or before it; before the first, the
    /// first (a period older than every configuration is judged by the earliest rules known).
    public func effective(on day: CalendarDay) -> FollowUpConfiguration {
        configurations.last { $0.effectiveFrom <= day } ?? configurations.first ?? .default
    }

    /// The default configuration alone (what is in force until an administrator saves rules).
    public static let `default` = FollowUpConfigurationSet([.default])

    /// The set with `configuration` in force from its effective date: it replaces the one effective from the
    /// same day, or is added; the others keep their dates, so periods before it keep their rules.
    public func replacing(_ configuration: FollowUpConfiguration) -> FollowUpConfigurationSet {
        FollowUpConfigurationSet(configurations.filter { $0.effectiveFrom != configuration.effectiveFrom } + [configuration])
    }
}
