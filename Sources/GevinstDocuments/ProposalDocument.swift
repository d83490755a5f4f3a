import GevinstCore

/// A proposal in the municipal template (DOMAIN.md §3; the layout of every proposal in seed 003): the type
/// line and title, the header fields with the affected-administrations checkboxes, 1.1 Tabel 1 with both
/// payback rows and the cumulative-net chart, the text sections in order with Tabel 2–4 under 1.4 and the
/// implementation grid under 1.6, then 1.9 follow-up, 1.10 risk and 1.11 consultations.
///
/// Every figure comes from `Compute.proposal(_:rule:)`; what an imported document printed is never shown.
public struct ProposalDocument: Sendable {
    public let proposal: Proposal
    /// Core's computation, one per variant.
    public let computed: [ComputedProposal]
    public let settings: DocumentSettings

    /// Computes the proposal with Core under `settings.paybackRule`. Throws when an amount is beyond
    /// `AmountLimits`, where Core's sums would not be safe.
    public init(_ proposal: Proposal, settings: DocumentSettings = .copenhagen) throws(DocumentError) {
        try RenderLimits.check(proposal)
        self.init(proposal, computed: Compute.proposal(proposal, rule: settings.paybackRule), settings: settings)
    }

    /// For a caller that has already computed the proposal (the catalogue).
    init(_ proposal: Proposal, computed: [ComputedProposal], settings: DocumentSettings) {
        self.proposal = proposal
        self.computed = computed
        self.settings = settings
    }

    /// The proposal as a document of its own.
    public func model() -> DocumentModel {
        DocumentModel(title: ProposalWording.heading(proposal), blocks: blocks(level: 1))
    }

    /// The proposal's blocks with its title at heading `level` and the template sections one level below.
    func blocks(level: Int) -> [DocumentBlock] {
        var blocks: [DocumentBlock] = [
            .paragraph(Paragraph(ProposalWording.typeHeading(proposal.type), style: .kicker)),
            .heading(Heading(level: level, text: ProposalWording.heading(proposal))),
        ]
        blocks.append(.fields(headerFields()))
        blocks.append(.checkboxes(affectedAdministrations()))

        let sectionLevel = level + 1
        blocks.append(.heading(Heading(level: sectionLevel, text: "1.1 Tabel 1. Forslagets samlede økonomiske konsekvenser", isSection: true)))
        for (index, computed) in computed.enumerated() {
            blocks.append(.table(EconomicTables.tableOne(proposal, computed)))
            let year = PaybackYearMark.year(computed.payback.total, rule: settings.paybackRule, computed: computed)
            let number = computed.variant.map { " (\($0))" } ?? ""
            blocks.append(.chart(.cumulativeNet(CumulativeNetChart(
                caption: "Figur \(index + 1). Akkumuleret økonomisk påvirkning\(number), \(ProposalWording.unitHeading(priceLevelYear: proposal.priceLevelYear))",
                computed: computed, paybackYear: year,
                paybackLabel: PaybackYearMark.label(computed.payback.total, year: year)))))
        }

        for part in TemplateSections.arrange(proposal) {
            switch part {
            case .text(let section, let generated):
                blocks.append(.heading(Heading(level: sectionLevel, text: "\(section.number) \(section.heading)", isSection: true)))
                if !generated { blocks += SectionText.blocks(section.text) }
            case .slot(let slot):
                blocks += slotBlocks(slot)
            }
        }
        return blocks
    }

    func headerFields() -> [LabelledField] {
        var fields = [LabelledField(label: "Forslagets titel", value: ProposalWording.heading(proposal))]
        if let summary = proposal.summary, !summary.isEmpty { fields.append(LabelledField(label: "Kort resumé", value: summary)) }
        if let source = proposal.fundingSource { fields.append(LabelledField(label: "Der søges om midler fra", value: source)) }
        if let submitting = proposal.submittingAdministration {
            fields.append(LabelledField(label: "Fremstillende forvaltning", value: submitting))
        }
        if !proposal.areas.isEmpty {
            let areas = proposal.areas.map { "\($0) – \(settings.areaName($0))" }.joined(separator: ", ")
            fields.append(LabelledField(label: proposal.areas.count == 1 ? "Målgruppeområde" : "Målgruppeområder", value: areas))
        }
        if let round = proposal.budgetRound { fields.append(LabelledField(label: "Budgetrunde", value: round)) }
        return fields
    }

    /// The template's grid of administrations, the proposal's checked; an administration the settings do
    /// not list is added, checked, so nothing the author ticked is lost.
    func affectedAdministrations() -> CheckboxGrid {
        var boxes = settings.administrations.map { name in
            CheckboxGrid.Checkbox(text: name, checked: proposal.affectedAdministrations.contains(name))
        }
        for name in proposal.affectedAdministrations where !settings.administrations.contains(name) {
            boxes.append(CheckboxGrid.Checkbox(text: name, checked: true))
        }
        return CheckboxGrid(label: "Berørte forvaltninger", boxes: boxes, columns: 2)
    }

    func slotBlocks(_ slot: TemplateSections.Slot) -> [DocumentBlock] {
        switch slot {
        case .economyTables:
            var blocks: [DocumentBlock] = []
            for computed in computed {
                for table in [EconomicTables.tableTwo(proposal, computed),
                              EconomicTables.investmentTable(proposal, computed, construction: false),
                              EconomicTables.investmentTable(proposal, computed, construction: true)] {
                    if let table { blocks.append(.table(table)) }
                }
            }
            return blocks
        case .implementationPlan:
            return ProposalTextTables.implementationPlan(proposal).map { [.table($0)] } ?? []
        case .followUp:
            return ProposalTextTables.followUp(proposal).map { [.table($0)] } ?? []
        case .risk:
            guard let risk = proposal.risk else { return [] }
            var blocks: [DocumentBlock] = []
            if let level = risk.level {
                blocks.append(.paragraph(Paragraph(level.rawValue, lead: "Risikovurdering: ")))
            }
            return blocks + SectionText.blocks(risk.text)
        case .consultations:
            return ProposalTextTables.consultations(proposal).map { [.table($0)] } ?? []
        }
    }
}

/// A section's text as paragraphs: each line is a paragraph (imported sections and native files both write
/// one paragraph per line; blank lines only separate), and consecutive lines that start with "- ", "• " or
/// "* " form a bulleted list.
enum SectionText {
    static func blocks(_ text: String) -> [DocumentBlock] {
        var blocks: [DocumentBlock] = []
        var bullets: [String] = []
        for rawLine in text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            let line = rawLine.drop { $0 == " " || $0 == "\t" }
            guard !line.isEmpty else { continue }
            if line.hasPrefix("- ") || line.hasPrefix("• ") || line.hasPrefix("* ") {
                bullets.append(String(line.dropFirst(2)))
                continue
            }
            if !bullets.isEmpty { blocks.append(.bulletList(bullets)); bullets = [] }
            blocks.append(.paragraph(Paragraph(String(line))))
        }
        if !bullets.isEmpty { blocks.append(.bulletList(bullets)) }
        return blocks
    }
}
