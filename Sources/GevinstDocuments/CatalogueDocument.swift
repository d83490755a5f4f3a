import GevinstCore

/// A catalogue for a budget round, laid out as seed 003 (*Investeringskatalog*): a front page, the list of
/// what changed since the committee last saw it, a table of contents, the overview table with the
/// portfolio chart, and every proposal under its area's heading, each starting on a new page.
public struct CatalogueDocument: Sendable {
    public var title: String
    /// Lines under the title on the front page ("Socialudvalget, 2. behandling", "Budget 2020").
    public var frontPageLines: [String]
    public var changes: CatalogueChanges?
    public let overview: OverviewTable
    public let settings: DocumentSettings

    /// Computes every proposal with Core. Throws when an amount is beyond `AmountLimits` or a total overflows.
    public init(
        title: String = "Investeringskatalog", frontPageLines: [String] = [], proposals: [Proposal],
        changes: CatalogueChanges? = nil, settings: DocumentSettings = .copenhagen
    ) throws(DocumentError) {
        self.title = title
        self.frontPageLines = frontPageLines
        self.changes = changes
        self.settings = settings
        self.overview = OverviewTable(totals: try PortfolioTotals(proposals: proposals, settings: settings), settings: settings)
    }

    public func model() -> DocumentModel {
        var blocks: [DocumentBlock] = [.title(title, lines: frontPageLines), .pageBreak]
        if let changes {
            blocks += changeList(changes)
            blocks.append(.pageBreak)
        }
        blocks.append(.tableOfContents(title: "Indhold", maxLevel: 2))
        blocks.append(.pageBreak)
        blocks += overview.blocks(level: 1)
        let totals = overview.totals
        for area in totals.areas {
            blocks.append(.pageBreak)
            blocks.append(.heading(Heading(level: 1, text: settings.areaName(area).uppercased())))
            for (index, entry) in totals.entries(in: area).enumerated() {
                if index > 0 { blocks.append(.pageBreak) }
                blocks += ProposalDocument(entry.proposal, computed: entry.computed, settings: settings).blocks(level: 2)
            }
        }
        return DocumentModel(title: title, blocks: blocks)
    }

    /// As 003 opens: the changed, new and moved proposals in one list, then those still in process.
    func changeList(_ changes: CatalogueChanges) -> [DocumentBlock] {
        var blocks: [DocumentBlock] = [.heading(Heading(level: 1, text: "Ændringer siden sidste behandling"))]
        let listed = changes.entries.filter { $0.kind != .inProcess }
        let inProcess = changes.entries.filter { $0.kind == .inProcess }
        if listed.isEmpty {
            blocks.append(.paragraph(Paragraph("Der er ikke foretaget ændringer i forslagene, siden \(changes.since).")))
        } else {
            blocks.append(.paragraph(Paragraph("I nedenstående fremgår det, hvilke forslag der er foretaget ændringer i, siden \(changes.since).")))
            blocks.append(.bulletList(listed.map(CatalogueChangeWording.listText)))
        }
        if !inProcess.isEmpty {
            blocks.append(.paragraph(Paragraph("", lead: "Nedenstående forslag er fortsat i proces:")))
            blocks.append(.bulletList(inProcess.map(CatalogueChangeWording.listText)))
        }
        return blocks
    }
}
