import Foundation
import GevinstCore

/// The committee's status report on adopted proposals, in the layout of seed 002 ("Bilag 8"): a heading
/// and introduction, a one-page summary (colours and sums per area, with a chart of colours by area), then
/// one table per area with the twelve columns and the colour in words beside the status, amounts in
/// 1.000 kr. in Danish format and a total per area. Every figure comes from the period's records and Core's
/// `FollowUpSummary`; HTML, DOCX and XLSX are written from the same `DocumentModel`.
public struct FollowUpReport: Sendable {
    public let period: FollowUpPeriod
    public let configuration: FollowUpConfiguration
    public let settings: FollowUpReportSettings
    public let summary: FollowUpSummary

    public init(period: FollowUpPeriod, configuration: FollowUpConfiguration = .default, settings: FollowUpReportSettings = .copenhagen) {
        self.period = period
        self.configuration = configuration
        self.settings = settings
        self.summary = FollowUpSummary.summarise(period, configuration: configuration)
    }

    /// "Opfølgning på investerings-, effektiviserings- og innovationsforslag; December 2024" (002).
    public var title: String { "Opfølgning på investerings-, effektiviserings- og innovationsforslag; \(period.name)" }

    /// The price level of the efficiency column: the one the records share, if they share one.
    var priceLevelYear: Int? {
        let levels = Set(period.records.compactMap(\.efficiencyPriceLevelYear))
        return levels.count == 1 ? levels.first : nil
    }

    /// The areas with records, in the configuration's order (then any other area in the period's order).
    public var areas: [String] { summary.areas.map(\.area) }

    public func model() -> DocumentModel {
        var blocks: [DocumentBlock] = [.heading(Heading(level: 1, text: settings.heading))]
        for paragraph in settings.introduction(period) { blocks.append(.paragraph(Paragraph(paragraph))) }
        blocks.append(.heading(Heading(level: 2, text: "Sammenfatning, \(period.name.lowercased())")))
        blocks.append(.table(summaryTable))
        blocks.append(.chart(chart))
        blocks.append(.pageBreak)
        blocks.append(.heading(Heading(level: 1, text: title)))
        for area in areas {
            blocks.append(.heading(Heading(level: 2, text: area)))
            blocks.append(.table(areaTable(area)))
        }
        return DocumentModel(title: title, blocks: blocks, orientation: .landscape)
    }

    public func html() -> String { HTMLRenderer.render(model()) }
    public func docx() throws(DocumentError) -> Data { try DocxWriter.write(model()) }
    public func xlsx() throws(DocumentError) -> Data { try XlsxWriter.write(model()) }

    /// The report in a format (PDF through LibreOffice or Chromium, as `DocumentRenderer` does).
    public func render(as format: DocumentFormat, pdfConverter: PdfConverter? = nil) throws -> RenderedOutput {
        try DocumentRenderer.render(model(), as: format, pdfConverter: pdfConverter)
    }

    // MARK: tables

    public var columns: [DocumentTable.Column] {
        FollowUpReportColumn.allCases.map { column in
            DocumentTable.Column(column.heading(periodName: period.name, priceLevelYear: priceLevelYear), kind: column.kind, weight: column.weight)
        }
    }

    /// One area's table: a row per record in the period's order, and the area's total.
    public func areaTable(_ area: String) -> DocumentTable {
        let records = period.records(inArea: area)
        var rows = records.map(row)
        let indices = Array(rows.indices)
        let figures = summary.figures(forArea: area) ?? FollowUpSummary.Figures(area: area)
        let leading = FollowUpReportColumn.allCases.firstIndex(of: .totalInvestment) ?? 6
        var total: [DocumentTable.Cell] = [.text("I alt, \(area)", span: leading)]
        total.append(.total(figures.totalInvestment, of: indices))
        total.append(.total(figures.efficiencyAtFullPhaseIn, of: indices))
        total += Array(repeating: .blank, count: FollowUpReportColumn.allCases.count - leading - 2)
        rows.append(DocumentTable.Row(total, style: .total))
        return DocumentTable(
            name: area, caption: nil, columns: columns, rows: rows, unit: .thousands,
            notes: [ProposalWording.signNote])
    }

    /// One record as a table row, in `FollowUpReportColumn` order.
    func row(_ record: FollowUpRecord) -> DocumentTable.Row {
        let colour = record.colour
        let cells: [DocumentTable.Cell] = FollowUpReportColumn.allCases.map { column in
            switch column {
            case .adoptedBudgetYear: .number(record.key.adoptedBudgetYear)
            case .title: .text(FollowUpTitleCell.text(code: record.code, title: record.title))
            case .type: .text(record.typeText.isEmpty ? FollowUpWords.typeText(record.type) : record.typeText)
            case .status: .highlighted(record.statusText, colour)
            case .colour: .highlighted(colour.danishName, colour)
            case .remark: .text(record.remark)
            case .totalInvestment: record.totalInvestment.map { .amount($0) } ?? .blank
            case .efficiency: record.efficiencyAtFullPhaseIn.map { .amount($0) } ?? .blank
            case .fullImplementationYear: .number(record.currentFullImplementationYear)
            case .handling: .text(record.handling)
            case .earlierCompensatingAction: .text(FollowUpWords.yesNo(record.earlierCompensatingAction))
            case .requiresApproval: .text(approvalText(record))
            case .consequence: .text(record.consequence)
            }
        }
        return DocumentTable.Row(cells)
    }

    /// The ØU/BR answer as recorded; where the record leaves it empty and has a handling, what the
    /// configuration's approval rule gives, marked as Gevinst's proposal ("Ja (forslag)"), which reads back as
    /// empty when the workbook is loaded again.
    func approvalText(_ record: FollowUpRecord) -> String {
        if let proposed = configuration.proposedApproval(of: record) { return "\(FollowUpWords.yesNo(proposed)) (forslag)" }
        return FollowUpWords.yesNo(record.requiresApprovalByOEUAndBR)
    }

    /// The summary: per area the number of proposals, the colours, investment, efficiency, lost efficiency and
    /// how much of it is covered; the total row adds up the areas.
    public var summaryTable: DocumentTable {
        let columns = [
            DocumentTable.Column("Område", weight: 26), DocumentTable.Column("Forslag", kind: .mark, weight: 7),
            DocumentTable.Column("Grøn", kind: .mark, weight: 6), DocumentTable.Column("Gul", kind: .mark, weight: 6),
            DocumentTable.Column("Rød", kind: .mark, weight: 6),
            DocumentTable.Column("Samlet investering", kind: .amount, weight: 11),
            DocumentTable.Column("Samlet effektivisering ved fuld indfasning", kind: .amount, weight: 13),
            DocumentTable.Column("Tabt effektivisering", kind: .amount, weight: 11),
            DocumentTable.Column("Heraf dækket af kompenserende handling", kind: .amount, weight: 13),
        ]
        func cells(_ figures: FollowUpSummary.Figures, label: String, sumOf rows: [Int]?) -> [DocumentTable.Cell] {
            let amounts = [figures.totalInvestment, figures.efficiencyAtFullPhaseIn, figures.lostEfficiency, figures.coveredEfficiency]
            let counts = [figures.records, figures.green, figures.yellow, figures.red]
            return [.text(label)]
                + counts.enumerated().map { index, count in
                    let colour: StatusColour? = index == 0 ? nil : StatusColour.allCases[index - 1]
                    return DocumentTable.Cell(.number(Int64(count)), highlight: count > 0 ? colour : nil)
                }
                + amounts.map { amount in rows.map { .total(amount, of: $0) } ?? .amount(amount) }
        }
        var rows = summary.areas.map { DocumentTable.Row(cells($0, label: $0.area, sumOf: nil)) }
        rows.append(DocumentTable.Row(cells(summary.total, label: FollowUpSummary.totalLabel, sumOf: Array(rows.indices)), style: .total))
        var notes = [
            "Farverne følger kategoriseringen: \(configuration.categories.map { "\($0.text) (\($0.colour.danishName.lowercased()))" }.joined(separator: "; ")).",
            "Beløb i 1.000 kr.\(priceLevelYear.map { ", effektivisering i \($0) p/l" } ?? ""). \(ProposalWording.signNote)",
        ]
        if summary.total.saturated { notes.append("Mindst én sum er for stor til at blive lagt sammen og er vist ved sin grænse.") }
        return DocumentTable(name: "Sammenfatning", caption: "Status pr. område, \(period.name.lowercased())",
                             columns: columns, rows: rows, unit: .thousands, notes: notes)
    }

    /// Colours by area.
    public var chart: Chart {
        .statusColours(StatusColourChart(caption: "Forslag efter status og område, \(period.name.lowercased())", summary: summary))
    }
}

/// What the report says around the figures: the heading, the committee and administration, the
/// introduction. Values with defaults (Copenhagen's Social Administration, seed 002).
public struct FollowUpReportSettings: Sendable, Hashable {
    public var heading: String
    /// The administration that reports ("Socialforvaltningen").
    public var administration: String
    /// The committee the report goes to ("Socialudvalget").
    public var committee: String
    /// Paragraphs that replace the standard introduction, when given.
    public var introductionText: [String]?

    public init(heading: String, administration: String, committee: String, introductionText: [String]? = nil) {
        self.heading = heading
        self.administration = administration
        self.committee = committee
        self.introductionText = introductionText
    }

    public static let copenhagen = FollowUpReportSettings(
        heading: "Opfølgning på investerings-, effektiviserings- og innovationsforslag",
        administration: "Socialforvaltningen", committee: "Socialudvalget")

    /// The introduction: the given paragraphs, or the standard text of 002 — what the report is, how the
    /// colours are set, and that implemented or closed proposals leave the next status.
    public func introduction(_ period: FollowUpPeriod) -> [String] {
        if let introductionText { return introductionText }
        return [
            "\(administration) har sammenfattet en opfølgning på vedtagne investerings-, effektiviserings- og innovationsforslag, status \(period.name.lowercased()), til \(committee).",
            "Kategoriseringen af rød, gul og grøn følger den aftalte kategorisering. Ved forslag, hvor der tidligere er foretaget kompenserende handlinger, angives status efter seneste håndtering af forslaget. Et forslag kan derfor gå fra rød til grøn status, når håndteringen af udestående effektivisering er gennemført.",
            "Når projekter er endeligt implementeret eller afsluttet, fremgår de ikke af oversigten ved næste status.",
        ]
    }
}
