/// `status.on-track-past-year`: a record says "Forløber som planlagt" (on track) while its current year of
/// full implementation lies before the period's year: either it was implemented (and should say so) or the
/// year was not moved when the schedule slipped. Seed 002 has no such row (every on-track row of December
/// 2024 names 2025 or later); the rule guards the next status.
enum OnTrackPastYearCheck {
    static func findings(_ records: [FollowUpRecord], periodYear: Int) -> [Finding] {
        records.compactMap { record in
            guard record.assessment.confirmed.role == .onTrack, let year = record.currentFullImplementationYear,
                  year < periodYear else { return nil }
            return Finding(
                rule: "status.on-track-past-year", severity: .warning, proposal: record.displayName, line: record.line,
                message: "the status says \"\(record.statusText)\" but the current year of full implementation is \(year), before the period's year \(periodYear); the status should be implemented, or the year moved")
        }
    }
}
