/// `duplicate.counted-twice`: one proposal — the same (adopted budget year, code) — listed under two areas
/// with identical figures (investment, efficiency, year of full implementation). A cross-area proposal shows
/// each area's share (002 TV02 2024: 2.450/-104 and 1.225/-390); identical figures mean the whole proposal is
/// counted in both areas. Seed 002: TV03(2025) under Børnefamilier med særlige behov and Udsatte voksne, both
/// 7.225 / -1.500 / 2028.
///
/// `duplicate.same-area`: the same proposal twice in one area.
enum CountedTwiceCheck {
    static func findings(_ records: [FollowUpRecord]) -> [Finding] {
        var groups: [FollowUpKey: [FollowUpRecord]] = [:]
        var order: [FollowUpKey] = []
        for record in records {
            if groups[record.key] == nil { order.append(record.key) }
            groups[record.key, default: []].append(record)
        }
        var findings: [Finding] = []
        for key in order {
            guard let group = groups[key], group.count > 1 else { continue }
            for (index, later) in group.enumerated() {
                guard let earlier = group[..<index].first(where: { figures($0) == figures(later) || sameArea($0, later) }) else { continue }
                if sameArea(earlier, later) {
                    findings.append(Finding(
                        rule: "duplicate.same-area", severity: .warning, proposal: later.displayName, line: later.line,
                        message: "\(later.findingReference) is listed twice in the same area (also \(earlier.findingReference)); it is counted twice in the area's totals"))
                } else {
                    findings.append(Finding(
                        rule: "duplicate.counted-twice", severity: .warning, proposal: later.displayName, line: later.line,
                        message: "\(later.findingReference) has the same figures as \(earlier.findingReference): investment \(text(later.totalInvestment)), efficiency \(text(later.efficiencyAtFullPhaseIn)) (1.000 kr.), full implementation \(later.currentFullImplementationYear.map(String.init) ?? "blank"). A proposal shared by areas should show each area's share; as printed it is counted twice."))
                }
            }
        }
        return findings
    }

    private struct Figures: Equatable {
        let investment: Amount?
        let efficiency: Amount?
        let year: Int?
    }

    private static func figures(_ record: FollowUpRecord) -> Figures {
        Figures(investment: record.totalInvestment, efficiency: record.efficiencyAtFullPhaseIn, year: record.currentFullImplementationYear)
    }

    private static func sameArea(_ a: FollowUpRecord, _ b: FollowUpRecord) -> Bool {
        FollowUpText.normalised(a.area) == FollowUpText.normalised(b.area)
    }

    private static func text(_ amount: Amount?) -> String { amount.map(DanishNumber.thousands) ?? "blank" }
}
