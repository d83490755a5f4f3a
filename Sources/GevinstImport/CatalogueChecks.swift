import GevinstCore

/// Checks that need the catalogue as a whole or its wording, which the Core checks (they see one proposal's
/// figures) cannot make: codes, duplicates, the change list against the proposals, and consultation notes that
/// contradict their answer.
enum CatalogueChecks {
    /// `code.malformed` for a code that does not have the standard shape of `convention` (DOMAIN.md §8:
    /// "HA/S108" for HA/SI08), with the likely correction; `code.area-mismatch` for a well-formed code whose
    /// letters do not name the area heading the proposal stands under (a BU proposal under "BORGERE MED
    /// HANDICAP").
    static func codeFindings(code: String, area: CatalogueArea?, line: Int?, convention: ProposalCodeConvention) -> [Finding] {
        guard let parsed = ProposalCode.split(title: code).code, convention.isWellFormed(parsed) else {
            let meant = ProposalCode.split(title: code).code.flatMap { convention.likelyMeant($0, pairsInUse: []) }
            let hint = meant.map { "; probably \($0)" } ?? ""
            return [Finding(
                rule: "code.malformed", severity: .warning, proposal: code, line: line,
                message: "the code \"\(code)\" is not area letters in pairs and a two-digit number\(hint)")]
        }
        if let area, !parsed.areas.contains(area.code) {
            return [Finding(
                rule: "code.area-mismatch", severity: .warning, proposal: code, line: line,
                message: "the code \(code) names \(parsed.areas.joined(separator: "/")), but the proposal stands under the \(area.code) heading (\(area.headings.first ?? area.code))")]
        }
        return []
    }

    /// Whether two readings of one code are the same proposal: the same lines with the same amounts.
    static func sameFigures(_ first: Proposal, _ second: Proposal) -> Bool {
        guard first.lines.count == second.lines.count, first.years == second.years else { return false }
        return zip(first.lines, second.lines).allSatisfy { a, b in
            MarkdownInline.key(a.label) == MarkdownInline.key(b.label) && a.block == b.block && a.variant == b.variant
                && a.amounts == b.amounts
        }
    }

    /// The change list against the proposals: a changed or new entry must have its proposal in the catalogue
    /// (`code.change-list-unknown`); a proposal moved to the efficiency catalogue or still in process must not
    /// (`code.change-list-contradiction`).
    static func changeListFindings(_ changes: [CatalogueChange], codes: Set<String>) -> [Finding] {
        var findings: [Finding] = []
        for change in changes {
            guard let code = change.code else { continue }
            let present = codes.contains(normalised(code))
            if change.expectsProposalInCatalogue && !present {
                findings.append(Finding(
                    rule: "code.change-list-unknown", severity: .warning, proposal: code, line: change.line,
                    message: "the change list names \(code) as \(change.kind == .new ? "new" : "changed"), but the catalogue holds no proposal \(code)"))
            } else if !change.expectsProposalInCatalogue && present {
                let said = change.kind == .inProcess ? "still in process" : "moved to the efficiency catalogue"
                findings.append(Finding(
                    rule: "code.change-list-contradiction", severity: .warning, proposal: code, line: change.line,
                    message: "the change list says \(code) is \(said), but the catalogue holds it as a proposal"))
            }
        }
        return findings
    }

    /// A code compared without spaces: "TV06 (2025)" and "TV06(2025)" are one code.
    static func normalised(_ code: String) -> String { code.filter { $0 != " " }.uppercased() }

    /// `text.consultation-contradiction`: a consultation answered "Ja" whose note says it has not been approved
    /// (seed 003 BU09 line 1256 and SI05 line 1722: "Ja⇥Økonomiforvaltningen har endnu ikke godkendt forslaget.").
    static func consultationFindings(_ consultations: [(Consultation, line: Int)], proposal: String?) -> [Finding] {
        consultations.compactMap { consultation, line in
            guard consultation.answer == .ja else { return nil }
            let note = consultation.conclusion ?? consultation.date ?? ""
            let key = MarkdownInline.key(note)
            guard key.containsBytes("ikke godkendt") || key.containsBytes("endnu ikke") else { return nil }
            return Finding(
                rule: "text.consultation-contradiction", severity: .warning, proposal: proposal, line: line,
                message: "\(consultation.body) is answered \"Ja\", but its note says \"\(note)\"")
        }
    }
}
