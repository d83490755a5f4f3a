/// Every check on a follow-up period, documented in docs/rules-follow-up.md. Row-level problems (unknown
/// status text or area, missing fields) are found while converting rows (`FollowUpRowConversion`); these
/// checks look at the loaded records, alone and against each other.
public enum FollowUpChecks {
    public static func check(_ period: FollowUpPeriod, configuration: FollowUpConfiguration = .default) -> [Finding] {
        var findings: [Finding] = []
        findings += EfficiencySignCheck.findings(period.records)
        findings += CountedTwiceCheck.findings(period.records)
        findings += MistypedCodeCheck.findings(period.records, configuration: configuration)
        findings += ImplementedButCancelledCheck.findings(period.records, configuration: configuration)
        findings += OnTrackPastYearCheck.findings(period.records, periodYear: period.year)
        findings += ApprovalCheck.findings(period.records, configuration: configuration)
        return findings.sorted { ($0.line ?? Int.max, $0.rule) < ($1.line ?? Int.max, $1.rule) }
    }
}

extension FollowUpRecord {
    /// "TV03(2025) (2025, Udsatte voksne, line 87)": how a finding points at a record.
    var findingReference: String {
        var parts = ["\(key.adoptedBudgetYear)", area]
        if let line { parts.append("line \(line)") }
        return "\(displayName) (\(parts.joined(separator: ", ")))"
    }
}
