/// A document in a form every writer understands: headings, paragraphs, tables, charts and page breaks.
///
/// The documents (`ProposalDocument`, `CatalogueDocument`, `OverviewTable`, `PlanDocument`) build a model
/// from Core's computed values; the writers (`HTMLRenderer`, `DocxWriter`, `XlsxWriter`, `CsvWriter`) turn
/// the same model into files, so every format shows the same figures.
public struct DocumentModel: Sendable, Hashable {
    /// The document's title (HTML `<title>`, DOCX and XLSX document properties, running footer).
    public var title: String
    public var blocks: [DocumentBlock]
    /// How DOCX and printed HTML lay out the pages; wide tables (the follow-up report's thirteen columns)
    /// want landscape.
    public var orientation: PageOrientation

    public init(title: String, blocks: [DocumentBlock], orientation: PageOrientation = .portrait) {
        self.title = title
        self.blocks = blocks
        self.orientation = orientation
    }

    /// Every table in the document, in order (charts are not tables).
    public var tables: [DocumentTable] {
        blocks.compactMap { block in
            if case .table(let table) = block { return table }
            return nil
        }
    }

    /// The tables that carry figures: the ones XLSX puts first, with formulas for their totals.
    public var figureTables: [DocumentTable] { tables.filter(\.isFigureTable) }
}

/// One block of a document.
public enum DocumentBlock: Sendable, Hashable {
    /// A front page title with lines under it ("Socialudvalget", "Budget 2020").
    case title(String, lines: [String])
    case heading(Heading)
    case paragraph(Paragraph)
    /// Label–value pairs in a proposal's header ("Der søges om midler fra: Investeringspuljen").
    case fields([LabelledField])
    /// Checkboxes in columns: the affected administrations.
    case checkboxes(CheckboxGrid)
    case bulletList([String])
    case table(DocumentTable)
    case chart(Chart)
    /// A table of contents of the headings up to `maxLevel`.
    case tableOfContents(title: String, maxLevel: Int)
    case pageBreak
}

/// A heading; levels 1–4. `isSection` marks the numbered template sections ("1.2 Baggrund og formål"),
/// printed in capitals as the municipal template does.
public struct Heading: Sendable, Hashable {
    public var level: Int
    public var text: String
    public var isSection: Bool

    public init(level: Int, text: String, isSection: Bool = false) {
        self.level = max(1, min(4, level))
        self.text = text
        self.isSection = isSection
    }
}

public struct Paragraph: Sendable, Hashable {
    public var text: String
    public var style: Style
    /// Bold text printed before `text` ("Risikovurdering: ").
    public var lead: String?

    public enum Style: String, Sendable, Hashable {
        case body
        /// A note under a table: smaller, italic.
        case note
        /// The type line above a proposal's title ("INVESTERINGSFORSLAG").
        case kicker
    }

    public init(_ text: String, style: Style = .body, lead: String? = nil) {
        self.text = text
        self.style = style
        self.lead = lead
    }
}

public struct LabelledField: Sendable, Hashable {
    public var label: String
    public var value: String

    public init(label: String, value: String) {
        self.label = label
        self.value = value
    }
}

public struct CheckboxGrid: Sendable, Hashable {
    public var label: String
    public var boxes: [Checkbox]
    public var columns: Int

    public struct Checkbox: Sendable, Hashable {
        public var text: String
        public var checked: Bool

        public init(text: String, checked: Bool) {
            self.text = text
            self.checked = checked
        }
    }

    public init(label: String, boxes: [Checkbox], columns: Int = 2) {
        self.label = label
        self.boxes = boxes
        self.columns = max(1, columns)
    }

    /// The boxes row by row.
    public var rows: [[Checkbox]] {
        stride(from: 0, to: boxes.count, by: columns).map { start in
            Array(boxes[start..<min(start + columns, boxes.count)])
        }
    }
}

/// A4 upright or on its side.
public enum PageOrientation: String, Sendable, Hashable, CaseIterable {
    case portrait
    case landscape
}
