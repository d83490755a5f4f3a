import GevinstCore

/// Places a proposal's text sections and the template's generated parts in the template's order
/// (DOMAIN.md §3): Tabel 2–4 belong under 1.4 *Økonomi*, the activity grid under 1.6 *Implementering*,
/// the follow-up table under 1.9 *Opfølgning*, the risk under 1.10 and the consultations under 1.11.
///
/// Numbering varies between editions (seed 003's BU02 numbers *Opfølgning* 1.10), so a generated part goes
/// under the section whose heading names it; where the proposal has no such section, one is added with the
/// template's number, before the first section numbered after it.
enum TemplateSections {
    enum Slot: CaseIterable {
        case economyTables
        case implementationPlan
        case followUp
        case risk
        case consultations

        /// A word that the section's heading contains ("1.4 Økonomi", "1.11 Hvem er hørt?").
        var keyword: String {
            switch self {
            case .economyTables: "økonomi"
            case .implementationPlan: "implementering"
            case .followUp: "opfølgning"
            case .risk: "risiko"
            case .consultations: "hørt"
            }
        }

        var templateNumber: Int {
            switch self {
            case .economyTables: 4
            case .implementationPlan: 6
            case .followUp: 9
            case .risk: 10
            case .consultations: 11
            }
        }

        var templateHeading: String {
            switch self {
            case .economyTables: "Økonomi"
            case .implementationPlan: "Implementering af forslaget"
            case .followUp: "Opfølgning"
            case .risk: "Risikovurdering"
            case .consultations: "Hvem er hørt?"
            }
        }

        func hasContent(_ proposal: Proposal) -> Bool {
            switch self {
            case .economyTables: proposal.lines.contains { $0.block == .permanent || $0.block == .implementation }
            case .implementationPlan: !proposal.implementationPlan.activities.isEmpty
            case .followUp: !proposal.followUpPlan.isEmpty
            case .risk: proposal.risk != nil
            case .consultations: !proposal.consultations.isEmpty
            }
        }
    }

    enum Part {
        /// A section heading and, unless generated, its text.
        case text(TextSection, generated: Bool)
        case slot(Slot)
    }

    static func arrange(_ proposal: Proposal) -> [Part] {
        var parts: [(key: Int, part: Part)] = []
        var filled = Set<Int>()
        var lastKey = 1
        for section in proposal.sections {
            let key = minorNumber(section.number) ?? lastKey
            lastKey = key
            parts.append((key, .text(section, generated: false)))
            let heading = section.heading.lowercased()
            if let slot = Slot.allCases.first(where: { heading.contains($0.keyword) && !filled.contains($0.templateNumber) }) {
                filled.insert(slot.templateNumber)
                parts.append((key, .slot(slot)))
            }
        }
        for slot in Slot.allCases where !filled.contains(slot.templateNumber) && slot.hasContent(proposal) {
            let heading = TextSection(number: "1.\(slot.templateNumber)", heading: slot.templateHeading, text: "")
            let position = parts.firstIndex { $0.key > slot.templateNumber } ?? parts.count
            parts.insert(contentsOf: [(slot.templateNumber, .text(heading, generated: true)), (slot.templateNumber, .slot(slot))], at: position)
        }
        return parts.map(\.part)
    }

    /// 4 for "1.4", 11 for "1.11"; nil for anything else.
    static func minorNumber(_ number: String) -> Int? {
        let parts = number.split(separator: ".")
        guard parts.count >= 2, let minor = Int(parts[1].prefix { $0.isNumber }) else { return nil }
        return minor
    }
}
