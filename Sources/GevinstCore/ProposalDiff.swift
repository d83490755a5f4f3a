/// What changed between two versions of a proposal: the fields a person wrote and the figures, both the
/// entered amounts and the computed totals and payback. A catalogue's list of what changed "siden SUD sidst
/// fik det fremlagt" (003, first lines) is made from these.
///
/// Lines are matched by block, label and variant (not by position), so moving a line is not a change;
/// sections by number, consultations by body, activities by name.
public struct ProposalDiff: Sendable, Hashable {
    public struct Change: Sendable, Hashable, CustomStringConvertible {
        public enum Kind: String, Sendable, Hashable, CaseIterable {
            /// Something written: a title, a section's text, a consultation's answer.
            case field
            /// An amount: a line's amount in a year, or a computed total or payback.
            case figure
        }

        /// Where: "title", "lines[permanent: Frikøb].amounts.2024", "computed.table1.net.2024".
        public var path: String
        public var kind: Kind
        /// The value before; nil when the thing was added.
        public var old: String?
        /// The value after; nil when the thing was removed.
        public var new: String?

        public init(path: String, kind: Kind, old: String?, new: String?) {
            self.path = path
            self.kind = kind
            self.old = old
            self.new = new
        }

        /// "title: "A" → "B"", "lines[…]: added", "…: removed".
        public var description: String {
            switch (old, new) {
            case (nil, let new?): "\(path): added \(new)"
            case (let old?, nil): "\(path): removed (was \(old))"
            case (let old?, let new?): "\(path): \(old) → \(new)"
            case (nil, nil): "\(path): changed"
            }
        }
    }

    public var changes: [Change]

    public var isEmpty: Bool { changes.isEmpty }
    public var fieldChanges: [Change] { changes.filter { $0.kind == .field } }
    public var figureChanges: [Change] { changes.filter { $0.kind == .figure } }

    public init(changes: [Change]) { self.changes = changes }

    /// The changes from `old` to `new`; computed figures use `rule` for payback.
    public init(from old: Proposal, to new: Proposal, rule: PaybackRule = .firstYearStrict) {
        var builder = DiffBuilder()
        builder.header(old, new)
        builder.lines(old.lines, new.lines)
        builder.sections(old.sections, new.sections)
        builder.activities(old.implementationPlan.activities, new.implementationPlan.activities)
        builder.followUpPlan(old.followUpPlan, new.followUpPlan)
        builder.risk(old.risk, new.risk)
        builder.consultations(old.consultations, new.consultations)
        builder.field("printed", old.printed.map(Self.describe), new.printed.map(Self.describe))
        builder.computed(Compute.proposal(old, rule: rule), Compute.proposal(new, rule: rule))
        changes = builder.changes
    }

    static func describe(_ printed: PrintedFigures) -> String {
        let tables = printed.tables.map { table in
            let rows = table.rows.map { row in
                "\(row.label) " + row.amounts.keys.sorted().map { "\($0): \(row.amounts[$0] ?? 0)" }.joined(separator: ", ")
            }
            return "\(table.kind.rawValue)\(table.variant.map { " (\($0))" } ?? "") [\(rows.joined(separator: "; "))]"
        }
        var parts = tables
        if let service = printed.payback.service { parts.append("payback service \(service)") }
        if let total = printed.payback.total { parts.append("payback total \(total)") }
        return parts.joined(separator: "; ")
    }
}

/// Collects changes in a stable order: header, lines, sections, plans, risk, consultations, figures.
private struct DiffBuilder {
    var changes: [ProposalDiff.Change] = []

    mutating func field(_ path: String, _ old: String?, _ new: String?) {
        if old != new { changes.append(.init(path: path, kind: .field, old: old, new: new)) }
    }

    mutating func figure(_ path: String, _ old: Amount?, _ new: Amount?) {
        if old != new { changes.append(.init(path: path, kind: .figure, old: old.map(String.init), new: new.map(String.init))) }
    }

    /// A figure that is not an amount in kroner (a payback in years).
    mutating func figureText(_ path: String, _ old: String?, _ new: String?) {
        if old != new { changes.append(.init(path: path, kind: .figure, old: old, new: new)) }
    }

    mutating func header(_ old: Proposal, _ new: Proposal) {
        field("code", old.code, new.code)
        field("title", old.title, new.title)
        field("summary", old.summary, new.summary)
        field("type", old.type?.rawValue, new.type?.rawValue)
        field("fundingSource", old.fundingSource, new.fundingSource)
        field("submittingAdministration", old.submittingAdministration, new.submittingAdministration)
        field("affectedAdministrations", list(old.affectedAdministrations), list(new.affectedAdministrations))
        field("areas", list(old.areas), list(new.areas))
        field("budgetRound", old.budgetRound, new.budgetRound)
        field("priceLevelYear", old.priceLevelYear.map(String.init), new.priceLevelYear.map(String.init))
        field("years", range(old.years), range(new.years))
        field("status", old.status.rawValue, new.status.rawValue)
        field("source", old.source.map(describe), new.source.map(describe))
    }

    mutating func lines(_ old: [EconomicLine], _ new: [EconomicLine]) {
        let oldKeyed = keyed(old)
        let newKeyed = keyed(new)
        for (key, line) in oldKeyed where !newKeyed.contains(where: { $0.key == key }) {
            field("lines[\(key)]", line.label, nil)
            for (year, amount) in line.amounts.nonZeroAmounts.sorted(by: { $0.key < $1.key }) {
                figure("lines[\(key)].amounts.\(year)", amount, nil)
            }
        }
        for (key, line) in newKeyed {
            guard let before = oldKeyed.first(where: { $0.key == key })?.line else {
                field("lines[\(key)]", nil, line.label)
                for (year, amount) in line.amounts.nonZeroAmounts.sorted(by: { $0.key < $1.key }) {
                    figure("lines[\(key)].amounts.\(year)", nil, amount)
                }
                continue
            }
            let path = "lines[\(key)]"
            field(path + ".steeringArea", before.steeringArea.rawValue, line.steeringArea.rawValue)
            field(path + ".appropriation", before.appropriation, line.appropriation)
            field(path + ".committee", before.committee, line.committee)
            field(path + ".innovationPool", String(before.innovationPool), String(line.innovationPool))
            field(path + ".driver", before.driver?.explanation, line.driver?.explanation)
            let years = Set(before.amounts.years).union(line.amounts.years).sorted()
            for year in years {
                let was = before.amounts.years.contains(year) ? before.amounts[year] : nil
                let now = line.amounts.years.contains(year) ? line.amounts[year] : nil
                if (was ?? 0) != (now ?? 0) { figure("\(path).amounts.\(year)", was ?? 0, now ?? 0) }
            }
        }
    }

    /// Lines keyed "block: label" (with " (variant)" and "#2" for a repeated key), in order.
    private func keyed(_ lines: [EconomicLine]) -> [(key: String, line: EconomicLine)] {
        var seen: [String: Int] = [:]
        return lines.map { line in
            var key = "\(line.block.rawValue): \(line.label)"
            if let variant = line.variant { key += " (\(variant))" }
            let count = (seen[key] ?? 0) + 1
            seen[key] = count
            return (count > 1 ? "\(key) #\(count)" : key, line)
        }
    }

    mutating func sections(_ old: [TextSection], _ new: [TextSection]) {
        for section in old where !new.contains(where: { $0.number == section.number }) {
            field("sections[\(section.number)]", section.heading, nil)
        }
        for section in new {
            guard let before = old.first(where: { $0.number == section.number }) else {
                field("sections[\(section.number)]", nil, section.heading)
                continue
            }
            field("sections[\(section.number)].heading", before.heading, section.heading)
            field("sections[\(section.number)].text", before.text, section.text)
        }
    }

    mutating func activities(_ old: [ImplementationPlan.Activity], _ new: [ImplementationPlan.Activity]) {
        for activity in old where !new.contains(where: { $0.name == activity.name }) {
            field("implementationPlan[\(activity.name)]", describe(activity), nil)
        }
        for activity in new {
            let before = old.first { $0.name == activity.name }
            field("implementationPlan[\(activity.name)]", before.map(describe), describe(activity))
        }
    }

    mutating func followUpPlan(_ old: [FollowUpPlanRow], _ new: [FollowUpPlanRow]) {
        for index in 0..<max(old.count, new.count) {
            let before = index < old.count ? old[index] : nil
            let after = index < new.count ? new[index] : nil
            field("followUpPlan[\(index + 1)]", before.map(describe), after.map(describe))
        }
    }

    mutating func risk(_ old: Risk?, _ new: Risk?) {
        field("risk.level", old?.level?.rawValue, new?.level?.rawValue)
        field("risk.text", old?.text, new?.text)
    }

    mutating func consultations(_ old: [Consultation], _ new: [Consultation]) {
        for consultation in old where !new.contains(where: { $0.body == consultation.body }) {
            field("consultations[\(consultation.body)]", consultation.answer?.rawValue ?? "unanswered", nil)
        }
        for consultation in new {
            let path = "consultations[\(consultation.body)]"
            guard let before = old.first(where: { $0.body == consultation.body }) else {
                field(path, nil, consultation.answer?.rawValue ?? "unanswered")
                continue
            }
            field(path + ".answer", before.answer?.rawValue, consultation.answer?.rawValue)
            field(path + ".date", before.date, consultation.date)
            field(path + ".conclusion", before.conclusion, consultation.conclusion)
        }
    }

    /// Computed totals per variant: Tabel 1's permanent total, implementation total and net per year, the
    /// investment and the paybacks.
    mutating func computed(_ old: [ComputedProposal], _ new: [ComputedProposal]) {
        let variants = (old.map(\.variant) + new.map(\.variant)).reduce(into: [String?]()) { if !$0.contains($1) { $0.append($1) } }
        for variant in variants {
            let before = old.first { $0.variant == variant }
            let after = new.first { $0.variant == variant }
            let prefix = variant.map { "computed[\($0)]" } ?? "computed"
            series(prefix + ".table1.permanentTotal", before?.table1.permanentTotal, after?.table1.permanentTotal)
            series(prefix + ".table1.implementationTotal", before?.table1.implementationTotal, after?.table1.implementationTotal)
            series(prefix + ".table1.net", before?.table1.net, after?.table1.net)
            figure(prefix + ".investment", before?.investment.total, after?.investment.total)
            figureText(prefix + ".payback.service", before.map { payback($0.payback.service) }, after.map { payback($0.payback.service) })
            figureText(prefix + ".payback.total", before.map { payback($0.payback.total) }, after.map { payback($0.payback.total) })
        }
    }

    private mutating func series(_ path: String, _ old: YearSeries?, _ new: YearSeries?) {
        let years = Set(old.map { Array($0.years) } ?? []).union(new.map { Array($0.years) } ?? []).sorted()
        for year in years {
            let was = old.flatMap { $0.years.contains(year) && !$0.isEmpty ? $0[year] : nil }
            let now = new.flatMap { $0.years.contains(year) && !$0.isEmpty ? $0[year] : nil }
            if (was ?? 0) != (now ?? 0) { figure("\(path).\(year)", was ?? 0, now ?? 0) }
        }
    }

    private func payback(_ years: PaybackYears?) -> String { years.map { "\($0) years" } ?? Payback.notPaidBackText }
    private func list(_ values: [String]) -> String? { values.isEmpty ? nil : values.joined(separator: ", ") }
    private func range(_ years: ClosedRange<Int>) -> String { "\(years.lowerBound)–\(years.upperBound)" }
    private func describe(_ source: SourceRange) -> String { "\(source.file ?? "")#\(source.firstLine)-\(source.lastLine)" }
    private func describe(_ activity: ImplementationPlan.Activity) -> String {
        (activity.years.map(String.init) + activity.periods).joined(separator: ", ")
    }
    private func describe(_ row: FollowUpPlanRow) -> String {
        "\(row.group.rawValue): \(row.goal) | \(row.measurement) | \(row.responsible) | \(row.when)"
    }
}
