/// Unfinished template text left in a proposal (DOMAIN.md §8): "X antal", "Angiv succeskriterium 2",
/// "[Tabelnummer opdateres]". Every text field is scanned: title, summary, funding source, budget round,
/// sections, line labels, the implementation plan, follow-up plan rows, the risk text and consultations.
/// One finding per field and kind, quoting the text (`TemplateTextScanner` says what counts).
enum TemplateChecks {
    static let placeholderNumber = RuleDescription(
        "template.placeholder-number", .warning,
        "An \"X\" or \"XX\" stands where a number belongs (\"X antal\", \"XX mio. kr.\").")
    static let instruction = RuleDescription(
        "template.instruction", .warning,
        "The template's instruction to the author is still there (\"Angiv succeskriterium 2\", \"[Indsæt …]\").")
    static let editorialNote = RuleDescription(
        "template.editorial-note", .warning,
        "A bracketed note says something is still to be settled or updated (\"[Tabelnummer opdateres]\", \"[… under afklaring]\").")

    static let rules = [placeholderNumber, instruction, editorialNote]

    /// Where in a proposal a text field is, described only when a finding needs it.
    enum Place {
        case title, summary, fundingSource, budgetRound, risk
        case section(Int)
        case lineLabel(Int)
        case activity(Int)
        case followUp(row: Int, column: String)
        case consultation(Int, column: String)

        func describe(in proposal: Proposal) -> String {
            switch self {
            case .title: return "The title"
            case .summary: return "The summary"
            case .fundingSource: return "The funding source"
            case .budgetRound: return "The budget round"
            case .risk: return "The risk assessment"
            case let .section(index):
                let section = proposal.sections[index]
                return "Section \(section.number) \(section.heading)".trimmingSpaces()
            case let .lineLabel(index): return "The label of line \(index + 1)"
            case let .activity(index): return "Implementation plan activity \(index + 1)"
            case let .followUp(row, column): return "Follow-up plan row \(row + 1) (\(column))"
            case let .consultation(index, column):
                return "Consultation \"\(proposal.consultations[index].body)\" (\(column))"
            }
        }
    }

    static func check(
        _ proposal: Proposal, _ computed: [ComputedProposal], _ configuration: CheckConfiguration, _ run: inout CheckRun
    ) {
        scan(proposal.title, .title, proposal, &run)
        if let summary = proposal.summary { scan(summary, .summary, proposal, &run) }
        if let funding = proposal.fundingSource { scan(funding, .fundingSource, proposal, &run) }
        if let round = proposal.budgetRound { scan(round, .budgetRound, proposal, &run) }
        for (index, section) in proposal.sections.enumerated() {
            scan(section.heading, .section(index), proposal, &run)
            scan(section.text, .section(index), proposal, &run)
        }
        for index in proposal.lines.indices { scan(proposal.lines[index].label, .lineLabel(index), proposal, &run) }
        for (index, activity) in proposal.implementationPlan.activities.enumerated() {
            scan(activity.name, .activity(index), proposal, &run)
        }
        for (index, row) in proposal.followUpPlan.enumerated() {
            scan(row.goal, .followUp(row: index, column: "goal"), proposal, &run)
            scan(row.measurement, .followUp(row: index, column: "how measured"), proposal, &run)
            scan(row.responsible, .followUp(row: index, column: "responsible"), proposal, &run)
            scan(row.when, .followUp(row: index, column: "when"), proposal, &run)
        }
        if let risk = proposal.risk { scan(risk.text, .risk, proposal, &run) }
        for (index, consultation) in proposal.consultations.enumerated() {
            if let conclusion = consultation.conclusion { scan(conclusion, .consultation(index, column: "conclusion"), proposal, &run) }
            if let date = consultation.date { scan(date, .consultation(index, column: "date"), proposal, &run) }
        }
    }

    private static func scan(_ text: String, _ place: Place, _ proposal: Proposal, _ run: inout CheckRun) {
        guard TemplateTextScanner.mayContainTemplateText(text) else { return }
        let hits = TemplateTextScanner.hits(in: text)
        guard !hits.isEmpty else { return }
        for hit in hits.all {
            let rule: RuleDescription = switch hit.kind {
            case .placeholderNumber: placeholderNumber
            case .instruction: instruction
            case .editorialNote: editorialNote
            }
            run.report(rule) { "\(place.describe(in: proposal)) contains unfinished template text: \"\(hit.excerpt)\"." }
        }
    }
}
