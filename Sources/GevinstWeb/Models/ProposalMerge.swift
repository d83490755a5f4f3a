import GevinstCore

/// Merging two versions of a proposal after a save conflict: the user's unsaved version ("mine") and the
/// version someone else saved meanwhile ("theirs"). The proposal is compared field by field — each header
/// field, each economic line (matched by block, label and variant), each text section (by number), and the
/// plans, risk and consultations as wholes — and the user picks a side for every field that differs. The merge
/// starts from theirs, so nothing the other person saved is lost unless the user chooses so.
public enum ProposalMerge {
    /// Which version a field is taken from.
    public enum Side: String, Sendable, Hashable {
        case mine
        case theirs
    }

    /// One field that differs between the two versions, with both values in words.
    public struct Field: Sendable, Hashable {
        /// A stable key: "title", "line:permanent:Frikøb:", "section:1.2", "risk".
        public var key: String
        /// What the field is, for people: "Titel", "Linje “Frikøb” (varig ændring)", "1.2 Baggrund og formål".
        public var label: String
        public var mine: String
        public var theirs: String
        /// The side offered first: the side that changed the field since the common base, or mine when both did.
        public var suggested: Side
        /// True when both sides changed the field since the base (or the base is unknown).
        public var changedOnBothSides: Bool
    }

    /// The fields that differ, in the proposal's order.
    public static func fields(mine: Proposal, theirs: Proposal, base: Proposal?, l: Localisation) -> [Field] {
        var result: [Field] = []
        func add(_ key: String, _ label: String, _ mineValue: String, _ theirsValue: String, _ baseValue: String?) {
            guard mineValue != theirsValue else { return }
            let suggested: Side
            let both: Bool
            if let baseValue, baseValue == mineValue {
                suggested = .theirs
                both = false
            } else if let baseValue, baseValue == theirsValue {
                suggested = .mine
                both = false
            } else {
                suggested = .mine
                both = true
            }
            result.append(Field(key: key, label: label, mine: mineValue, theirs: theirsValue, suggested: suggested, changedOnBothSides: both))
        }
        for (key, label, value) in headerFields(l) {
            add(key, label, value(mine), value(theirs), base.map(value))
        }
        for key in lineKeys(mine, theirs) {
            let label = l.format(.mergeLine, key.label, l.block(key.block))
            add(key.id, label, describe(line(key, in: mine), years: mine.years, l: l),
                describe(line(key, in: theirs), years: theirs.years, l: l),
                base.map { describe(line(key, in: $0), years: $0.years, l: l) })
        }
        for number in sectionKeys(mine, theirs) {
            let heading = section(number, in: mine)?.heading ?? section(number, in: theirs)?.heading ?? ""
            add("section:" + number, "\(number) \(heading)", describe(section(number, in: mine), l: l),
                describe(section(number, in: theirs), l: l), base.map { describe(section(number, in: $0), l: l) })
        }
        for (key, label, value) in wholeFields(l) {
            add(key, label, value(mine), value(theirs), base.map(value))
        }
        return result
    }

    /// Theirs with the fields `choices` assigns to mine taken from mine. A field without a choice stays theirs.
    public static func merge(mine: Proposal, theirs: Proposal, choices: [String: Side]) -> Proposal {
        var result = theirs
        func mineWins(_ key: String) -> Bool { choices[key] == .mine }
        if mineWins("code") { result.code = mine.code }
        if mineWins("title") { result.title = mine.title }
        if mineWins("summary") { result.summary = mine.summary }
        if mineWins("type") { result.type = mine.type }
        if mineWins("fundingSource") { result.fundingSource = mine.fundingSource }
        if mineWins("submittingAdministration") { result.submittingAdministration = mine.submittingAdministration }
        if mineWins("affectedAdministrations") { result.affectedAdministrations = mine.affectedAdministrations }
        if mineWins("areas") { result.areas = mine.areas }
        if mineWins("budgetRound") { result.budgetRound = mine.budgetRound }
        if mineWins("priceLevelYear") { result.priceLevelYear = mine.priceLevelYear }
        if mineWins("years") { result.years = mine.years }

        var lines: [EconomicLine] = []
        for line in theirs.lines {
            let key = LineKey(line)
            if mineWins(key.id) {
                if let replacement = self.line(key, in: mine) { lines.append(replacement) }
            } else {
                lines.append(line)
            }
        }
        for line in mine.lines {
            let key = LineKey(line)
            if mineWins(key.id) && self.line(key, in: theirs) == nil { lines.append(line) }
        }
        result.lines = lines

        var sections: [TextSection] = []
        for section in theirs.sections {
            let key = "section:" + sectionKey(section)
            if mineWins(key) {
                if let replacement = self.section(sectionKey(section), in: mine) { sections.append(replacement) }
            } else {
                sections.append(section)
            }
        }
        for section in mine.sections where mineWins("section:" + sectionKey(section)) && self.section(sectionKey(section), in: theirs) == nil {
            sections.append(section)
        }
        result.sections = sections

        if mineWins("implementationPlan") { result.implementationPlan = mine.implementationPlan }
        if mineWins("followUpPlan") { result.followUpPlan = mine.followUpPlan }
        if mineWins("risk") { result.risk = mine.risk }
        if mineWins("consultations") { result.consultations = mine.consultations }
        return result
    }

    /// Reads `choice.<key>=mine|theirs` from a posted merge form.
    public static func choices(from form: FormData) -> [String: Side] {
        var choices: [String: Side] = [:]
        for (name, value) in form.fields where name.hasPrefix("choice.") {
            if let side = Side(rawValue: value) { choices[String(name.dropFirst(7))] = side }
        }
        return choices
    }

    // MARK: fields

    typealias FieldValue = (String, String, (Proposal) -> String)

    static func headerFields(_ l: Localisation) -> [FieldValue] {
        [
            ("code", l(.code), { $0.code ?? "" }),
            ("title", l(.title), { $0.title }),
            ("summary", l(.summary), { $0.summary ?? "" }),
            ("type", l(.proposalType), { $0.type.map { l.proposalType($0) } ?? "" }),
            ("fundingSource", l(.fundingSource), { $0.fundingSource ?? "" }),
            ("submittingAdministration", l(.submittingAdministration), { $0.submittingAdministration ?? "" }),
            ("affectedAdministrations", l(.affectedAdministrations), { $0.affectedAdministrations.joined(separator: ", ") }),
            ("areas", l(.areas), { $0.areas.joined(separator: ", ") }),
            ("budgetRound", l(.budgetRound), { $0.budgetRound ?? "" }),
            ("priceLevelYear", l(.priceLevelYear), { $0.priceLevelYear.map(String.init) ?? "" }),
            ("years", l(.years), { "\($0.years.lowerBound)–\($0.years.upperBound)" }),
        ]
    }

    static func wholeFields(_ l: Localisation) -> [FieldValue] {
        [
            ("implementationPlan", l(.implementationPlan), { proposal in
                proposal.implementationPlan.activities.map { "\($0.name): \($0.years.map(String.init).joined(separator: ", "))" }
                    .joined(separator: "\n")
            }),
            ("followUpPlan", l(.followUpPlan), { proposal in
                proposal.followUpPlan.map { [l.followUpGroup($0.group), $0.goal, $0.measurement, $0.responsible, $0.when].joined(separator: " · ") }
                    .joined(separator: "\n")
            }),
            ("risk", l(.risk), { proposal in
                guard let risk = proposal.risk else { return "" }
                return [risk.level?.rawValue ?? "", risk.text].filter { !$0.isEmpty }.joined(separator: ": ")
            }),
            ("consultations", l(.consultations), { proposal in
                proposal.consultations.map { consultation in
                    [consultation.body, consultation.answer.map { l.consultationAnswer($0) } ?? l(.notAnswered),
                     consultation.date ?? "", consultation.conclusion ?? ""].filter { !$0.isEmpty }.joined(separator: " · ")
                }.joined(separator: "\n")
            }),
        ]
    }

    /// A line's identity across versions: block, label and variant.
    struct LineKey: Hashable {
        var block: Block
        var label: String
        var variant: String?

        init(_ line: EconomicLine) {
            block = line.block
            label = line.label
            variant = line.variant
        }

        var id: String { "line:\(block.rawValue):\(label):\(variant ?? "")" }
    }

    static func lineKeys(_ mine: Proposal, _ theirs: Proposal) -> [LineKey] {
        var keys: [LineKey] = []
        var seen = Set<LineKey>()
        for line in theirs.lines + mine.lines {
            let key = LineKey(line)
            if seen.insert(key).inserted { keys.append(key) }
        }
        return keys
    }

    static func line(_ key: LineKey, in proposal: Proposal) -> EconomicLine? {
        proposal.lines.first { LineKey($0) == key }
    }

    static func describe(_ line: EconomicLine?, years: ClosedRange<Int>, l: Localisation) -> String {
        guard let line else { return l(.absent) }
        var parts = [line.steeringArea.danishLabel]
        if let appropriation = line.appropriation { parts.append(appropriation) }
        let amounts = years.filter { line.amounts[$0] != 0 }.map { "\($0): \(DanishNumber.thousandsExact(line.amounts[$0]))" }
        parts.append(amounts.isEmpty ? "0" : amounts.joined(separator: "; "))
        if let driver = line.driver { parts.append(driver.explanation) }
        return parts.joined(separator: " · ")
    }

    static func sectionKey(_ section: TextSection) -> String { section.number.isEmpty ? section.heading : section.number }

    static func sectionKeys(_ mine: Proposal, _ theirs: Proposal) -> [String] {
        var keys: [String] = []
        for section in theirs.sections + mine.sections where !keys.contains(sectionKey(section)) { keys.append(sectionKey(section)) }
        return keys
    }

    static func section(_ key: String, in proposal: Proposal) -> TextSection? {
        proposal.sections.first { sectionKey($0) == key }
    }

    static func describe(_ section: TextSection?, l: Localisation) -> String {
        guard let section else { return l(.absent) }
        return section.heading + "\n" + section.text
    }
}
