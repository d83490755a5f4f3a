/// A bulk update of a period from a table in the report's layout (XLSX or CSV, edited by the controller):
/// each row is matched to the period's record by (adopted budget year, code) and area, and the printed fields
/// it carries replace the record's. Rows that match no record, or that cannot be read, change nothing and are
/// findings; the rest apply. A status that differs from what Gevinst proposed becomes an override whose
/// reason names the file and line, so the audit shows where it came from.
public enum FollowUpBulkUpdate {
    public struct Change: Sendable, Hashable {
        /// The index of the record in the period.
        public var index: Int
        public var before: FollowUpRecord
        public var after: FollowUpRecord
        /// "status: Forløber som planlagt → Tidsplanen er skredet mere end 6 mdr.; remark changed".
        public var summary: String
        public var line: Int?
    }

    public struct Result: Sendable, Hashable {
        public var period: FollowUpPeriod
        public var changes: [Change]
        public var findings: [Finding]
    }

    public static func apply(
        _ rows: [FollowUpRow], to period: FollowUpPeriod, file: String, configuration: FollowUpConfiguration = .default
    ) -> Result {
        var result = Result(period: period, changes: [], findings: [])
        var index: [String: Int] = [:]
        for (position, record) in period.records.enumerated() {
            index[identity(record.key, area: record.area)] = position
        }
        var touched = Set<Int>()
        for row in rows {
            let (converted, findings) = FollowUpRowConversion.record(from: row, configuration: configuration)
            result.findings += findings
            guard let incoming = converted else { continue }
            guard let position = index[identity(incoming.key, area: incoming.area)] else {
                result.findings.append(Finding(
                    rule: "bulk.unknown-record", severity: .warning, proposal: incoming.displayName, line: row.line,
                    message: "\(incoming.displayName) (\(incoming.key.adoptedBudgetYear), \(incoming.area)) is not in the period \(period.name); the row was not applied"))
                continue
            }
            guard touched.insert(position).inserted else {
                result.findings.append(Finding(
                    rule: "bulk.repeated-row", severity: .warning, proposal: incoming.displayName, line: row.line,
                    message: "\(incoming.displayName) (\(incoming.key.adoptedBudgetYear), \(incoming.area)) appears twice in \(file); only its first row was applied"))
                continue
            }
            let before = result.period.records[position]
            var after = before
            after.title = incoming.title.isEmpty ? before.title : incoming.title
            after.type = incoming.type ?? before.type
            after.typeText = incoming.typeText.isEmpty ? before.typeText : incoming.typeText
            after.remark = incoming.remark
            after.currentFullImplementationYear = incoming.currentFullImplementationYear
            after.totalInvestment = incoming.totalInvestment
            after.efficiencyAtFullPhaseIn = incoming.efficiencyAtFullPhaseIn
            after.efficiencyPriceLevelYear = incoming.efficiencyPriceLevelYear ?? before.efficiencyPriceLevelYear
            after.handling = incoming.handling
            after.earlierCompensatingAction = incoming.earlierCompensatingAction
            after.requiresApprovalByOEUAndBR = incoming.requiresApprovalByOEUAndBR
            after.consequence = incoming.consequence
            if incoming.assessment.confirmed != before.assessment.confirmed {
                let reason = "set in \(file)\(row.line.map { ", line \($0)" } ?? "")"
                // The reason is never empty, so the override is always accepted.
                if let assessment = try? StatusAssessment.overriding(
                    before.assessment.proposed, with: incoming.assessment.confirmed, reason: reason, record: "\(before.key)") {
                    after.assessment = assessment
                }
            }
            after.printedStatusText = incoming.printedStatusText
            guard after != before else { continue }
            result.period.records[position] = after
            result.changes.append(Change(index: position, before: before, after: after, summary: describe(before, after), line: row.line))
        }
        return result
    }

    static func identity(_ key: FollowUpKey, area: String) -> String {
        "\(key)|\(FollowUpText.normalised(area))"
    }

    /// The fields that changed, in words.
    public static func describe(_ before: FollowUpRecord, _ after: FollowUpRecord) -> String {
        var parts: [String] = []
        if before.statusText != after.statusText { parts.append("status: \(before.statusText) → \(after.statusText)") }
        func amount(_ value: Amount?) -> String { value.map(DanishNumber.thousands) ?? "blank" }
        func year(_ value: Int?) -> String { value.map(String.init) ?? "blank" }
        if before.totalInvestment != after.totalInvestment {
            parts.append("investment: \(amount(before.totalInvestment)) → \(amount(after.totalInvestment))")
        }
        if before.efficiencyAtFullPhaseIn != after.efficiencyAtFullPhaseIn {
            parts.append("efficiency: \(amount(before.efficiencyAtFullPhaseIn)) → \(amount(after.efficiencyAtFullPhaseIn))")
        }
        if before.currentFullImplementationYear != after.currentFullImplementationYear {
            parts.append("full implementation: \(year(before.currentFullImplementationYear)) → \(year(after.currentFullImplementationYear))")
        }
        for (name, old, new) in [
            ("title", before.title, after.title), ("type", before.typeText, after.typeText), ("remark", before.remark, after.remark),
            ("handling", before.handling, after.handling), ("consequence", before.consequence, after.consequence),
        ] where old != new {
            parts.append("\(name) changed")
        }
        if before.earlierCompensatingAction != after.earlierCompensatingAction { parts.append("earlier compensating action changed") }
        if before.requiresApprovalByOEUAndBR != after.requiresApprovalByOEUAndBR { parts.append("ØU/BR approval changed") }
        return parts.isEmpty ? "no visible change" : parts.joined(separator: "; ")
    }
}
