/// `sign.positive-efficiency`: the efficiency at full phase-in is a saving and the follow-up table prints
/// savings negative, so a positive figure has the wrong sign (or is no efficiency at all) and inflates the
/// area's total. Seed 002: TV11 (2025) "Reduktion af udgifter til madservice på botilbud", an investment
/// proposal, prints +5.780; TV07 (2025) and TV08 (2025) print +3.500 and +2.820.
enum EfficiencySignCheck {
    static func findings(_ records: [FollowUpRecord]) -> [Finding] {
        records.compactMap { record in
            guard let efficiency = record.efficiencyAtFullPhaseIn, efficiency > 0 else { return nil }
            return Finding(
                rule: "sign.positive-efficiency", severity: .warning, proposal: record.displayName, line: record.line,
                message: "the efficiency at full phase-in is printed +\(DanishNumber.thousands(efficiency)) (1.000 kr.); savings are negative in this table, so it should probably read -\(DanishNumber.thousands(efficiency)). As printed it takes \(DanishNumber.thousands(efficiency)) off \(record.area)'s total saving instead of adding it.")
        }
    }
}
