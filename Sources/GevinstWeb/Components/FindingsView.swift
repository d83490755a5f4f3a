import GevinstCore

/// Findings as a list a person can act on: the severity in words, the message (naming the figures), and the
/// stable rule id for filtering.
public enum FindingsView {
    public static func list(_ html: inout HTML, _ findings: [Finding], l: Localisation, id: String? = nil, heading: String? = nil) {
        guard !findings.isEmpty else { return }
        html.element("div", ["class": "findings", "id": id]) { html in
            if let heading { html.element("p", ["class": "findings-heading"], text: heading) }
            html.element("ul") { html in
                for finding in findings.sorted(by: { $0.severity > $1.severity }) {
                    html.element("li", ["class": "finding finding-\(finding.severity.rawValue)"]) { html in
                        html.element("span", ["class": "severity"], text: l.severity(finding.severity) + ": ")
                        html.text(finding.message)
                        if let line = finding.line {
                            html.text(" ")
                            html.element("span", ["class": "finding-line"], text: l.format(.sourceLine, String(line)))
                        }
                        html.text(" ")
                        html.element("code", ["class": "rule-id"], text: finding.rule.description)
                    }
                }
            }
        }
    }

    /// "2 fejl, 1 advarsel" or "Ingen fund".
    public static func countText(errors: Int, warnings: Int, l: Localisation) -> String {
        if errors == 0 && warnings == 0 { return l(.noFindings) }
        var parts: [String] = []
        if errors > 0 { parts.append(l.format(errors == 1 ? .oneError : .manyErrors, String(errors))) }
        if warnings > 0 { parts.append(l.format(warnings == 1 ? .oneWarning : .manyWarnings, String(warnings))) }
        return parts.joined(separator: ", ")
    }
}

/// Which part of the proposal page a finding concerns, so it is shown next to the figures or text it is about.
public enum FindingPlacement: String, Sendable, Hashable, CaseIterable {
    case header
    case table1
    case table2
    case table3
    case table4
    case followUpPlan
    case risk
    case consultations
    case text

    /// The part a finding concerns, by its rule family and name (the ids in `docs/rules.md`); detail findings
    /// name their table ("Tabel 3 prints …").
    public static func of(_ finding: Finding) -> FindingPlacement {
        let id = finding.rule.description
        switch finding.rule.family {
        case "total":
            switch id {
            case "total.table2-total": return .table2
            case "total.table3-total": return .table3
            case "total.table4-total": return .table4
            default: return .table1
            }
        case "detail":
            for (name, placement) in [("Tabel 2", FindingPlacement.table2), ("Tabel 3", .table3), ("Tabel 4", .table4)]
            where finding.message.contains(name) {
                return placement
            }
            return .table1
        case "payback", "sign", "price", "driver": return .table1
        case "template": return .text
        case "criteria":
            return id == "criteria.consultation-unfinished" || id == "criteria.economics-not-approved" ? .consultations : .table1
        case "missing":
            switch id {
            case "missing.follow-up-plan": return .followUpPlan
            case "missing.risk-level": return .risk
            case "missing.economics-consultation": return .consultations
            case "missing.lines", "missing.years", "missing.price-level": return .table1
            default: return .header
            }
        default: return .header
        }
    }
}
