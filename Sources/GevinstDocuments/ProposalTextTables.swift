import GevinstCore

/// The proposal's tables of words: the implementation grid (1.6), the follow-up plan (1.9) and the
/// consultations (1.11), as seed 003 prints them. XLSX gives them the last sheets, after the tables of
/// figures and the charts; CSV a file each.
enum ProposalTextTables {
    typealias Column = DocumentTable.Column
    typealias Row = DocumentTable.Row
    typealias Cell = DocumentTable.Cell

    /// 1.6: one row per activity, one column per year with an X where the activity runs (003 BU01), and a
    /// column for periods within a year ("1. halvår 2020") where any activity names one.
    static func implementationPlan(_ proposal: Proposal) -> DocumentTable? {
        let activities = proposal.implementationPlan.activities
        guard !activities.isEmpty else { return nil }
        let years = Array(Set(activities.flatMap(\.years))).sorted()
        let hasPeriods = activities.contains { !$0.periods.isEmpty }
        var columns = [Column("Aktivitet", weight: 40)] + years.map { Column(String($0), kind: .mark, weight: 7) }
        if hasPeriods { columns.append(Column("Periode", weight: 16)) }
        let rows = activities.map { activity -> Row in
            var cells: [Cell] = [.text(activity.name)] + years.map { activity.years.contains($0) ? .mark : .blank }
            if hasPeriods { cells.append(.text(activity.periods.joined(separator: ", "))) }
            return Row(cells)
        }
        return DocumentTable(
            name: (proposal.code ?? proposal.title) + " Implementering", caption: "Implementeringsplan",
            columns: columns, rows: rows, isFigureTable: false)
    }

    /// 1.9: success criteria, how measured, who follows up, when; grouped into milestones for the
    /// implementation and the use of investment funds, and the realisation of efficiencies (DOMAIN.md §3).
    static func followUp(_ proposal: Proposal) -> DocumentTable? {
        let plan = proposal.followUpPlan
        guard !plan.isEmpty else { return nil }
        var rows: [Row] = []
        let groups = FollowUpPlanRow.Group.allCases.filter { group in plan.contains { $0.group == group } }
        for group in groups {
            if groups.count > 1 || group == .realisation {
                rows.append(Row([.text(heading(group), span: 4)], style: .section))
            }
            for row in plan where row.group == group {
                rows.append(Row([.text(row.goal), .text(row.measurement), .text(row.responsible), .text(row.when)]))
            }
        }
        return DocumentTable(
            name: (proposal.code ?? proposal.title) + " Opfølgning", caption: nil,
            columns: [Column("Succeskriterier", weight: 30), Column("Hvordan måles succeskriteriet?", weight: 28),
                      Column("Hvem er ansvarlig for opfølgning?", weight: 22), Column("Hvornår gennemføres opfølgningen?", weight: 20)],
            rows: rows, isFigureTable: false)
    }

    static func heading(_ group: FollowUpPlanRow.Group) -> String {
        switch group {
        case .milestone: "Milepæle for implementering og anvendelse af investeringsmidler"
        case .realisation: "Realisering af effektiviseringer"
        }
    }

    /// 1.11: each body consulted, its answer (Ja / Nej / Ikke relevant), the date and the conclusion; an
    /// unanswered consultation says so.
    static func consultations(_ proposal: Proposal) -> DocumentTable? {
        guard !proposal.consultations.isEmpty else { return nil }
        let rows = proposal.consultations.map { consultation in
            Row([.text(consultation.body), .text(consultation.answer?.rawValue ?? "Ikke besvaret"),
                 .text(consultation.date ?? ""), .text(consultation.conclusion ?? "")])
        }
        return DocumentTable(
            name: (proposal.code ?? proposal.title) + " Hørt", caption: nil,
            columns: [Column("Hørt", weight: 34), Column("Ja/Nej/Ikke relevant", weight: 16),
                      Column("Dato for godkendelse", weight: 18), Column("Konklusion", weight: 32)],
            rows: rows, isFigureTable: false)
    }
}
