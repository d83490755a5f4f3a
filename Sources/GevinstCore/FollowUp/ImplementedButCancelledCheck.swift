/// `status.implemented-but-cancelled`: a record marked implemented ("Initiativet er implementeret") whose
/// remark says the initiative was cancelled. A cancelled initiative is not implemented: its efficiency is
/// lost and must be compensated, so the status hides a red record. Seed 002: TV01 (2023) "Optimering af
/// Bernstorffsgade 15-17 …", status implemented, remark "Investeringsprojektet er annulleret … De udestående
/// effektiviseringer dækkes af Socialforvaltningen ved hjælp af en rammebesparelse".
enum ImplementedButCancelledCheck {
    static func findings(_ records: [FollowUpRecord], configuration: FollowUpConfiguration) -> [Finding] {
        records.compactMap { record in
            guard record.assessment.confirmed.role == .implemented,
                  let word = FollowUpText.mentions(record.remark, anyOf: configuration.cancellationWords) else { return nil }
            return Finding(
                rule: "status.implemented-but-cancelled", severity: .warning, proposal: record.displayName, line: record.line,
                message: "the status says \"\(record.statusText)\" but the remark says the initiative was cancelled (\"\(word)\"); a cancelled initiative does not deliver its efficiency (\(record.efficiencyAtFullPhaseIn.map(DanishNumber.thousands) ?? "blank") in 1.000 kr.), so its status should say how that is covered")
        }
    }
}
