import GevinstCore

/// A table of a document: columns, rows of cells, a caption and notes.
///
/// Amount cells hold kroner (Core's `Amount`) and are shown in the table's `unit`; a total cell also says
/// which rows it is the sum of, so that XLSX can write it as a `SUM` formula whose cached value is Core's
/// figure. The cell's amount is always Core's value: the formula is only how a spreadsheet recomputes it.
public struct DocumentTable: Sendable, Hashable {
    /// A short name for a sheet or a CSV file ("BU01 Tabel 1").
    public var name: String
    /// The caption printed above the table ("Tabel 1. Forslagets samlede økonomiske konsekvenser").
    public var caption: String?
    public var columns: [Column]
    public var rows: [Row]
    public var unit: AmountUnit
    /// Notes printed under the table.
    public var notes: [String]
    /// True for tables of figures (XLSX's first sheets, totals as formulas); false for text grids such as the
    /// follow-up plan (XLSX's last sheets). CSV writes both.
    public var isFigureTable: Bool
    /// False for layout grids printed without lines.
    public var hasBorders: Bool

    public init(
        name: String, caption: String? = nil, columns: [Column], rows: [Row], unit: AmountUnit = .thousands,
        notes: [String] = [], isFigureTable: Bool = true, hasBorders: Bool = true
    ) {
        self.name = name
        self.caption = caption
        self.columns = columns
        self.rows = rows
        self.unit = unit
        self.notes = notes
        self.isFigureTable = isFigureTable
        self.hasBorders = hasBorders
    }

    public struct Column: Sendable, Hashable {
        public var header: String
        public var kind: Kind
        /// Relative width; writers scale the widths to the page.
        public var weight: Int

        public enum Kind: String, Sendable, Hashable {
            case text
            /// Right-aligned figures.
            case amount
            /// A centred mark ("X").
            case mark
        }

        public init(_ header: String, kind: Kind = .text, weight: Int = 10) {
            self.header = header
            self.kind = kind
            self.weight = max(1, weight)
        }

        /// The heading without soft hyphens (U+00AD), which narrow printed columns use to break long
        /// words ("Effekti-visering"); spreadsheets and CSV get the word whole.
        public var plainHeader: String { header.replacing("\u{AD}", with: "") }
    }

    public struct Row: Sendable, Hashable {
        public var cells: [Cell]
        public var style: Style

        public enum Style: String, Sendable, Hashable {
            case normal
            /// A block heading inside the table ("Varige ændringer"): bold, shaded.
            case section
            /// A subtotal ("I alt, bevilling 3000"): bold.
            case subtotal
            /// A total ("Samlet varig ændring"): bold with a rule above.
            case total
        }

        public init(_ cells: [Cell], style: Style = .normal) {
            self.cells = cells
            self.style = style
        }
    }

    public struct Cell: Sendable, Hashable {
        public var content: Content
        /// How many columns the cell spans (at least 1).
        public var span: Int
        /// For a total: the rows (indices into `rows`) whose cells in the same column it is the sum of.
        public var sumOfRows: [Int]?
        /// A traffic-light background (a follow-up status); the cell's text says the colour too, for
        /// readers without colour.
        public var highlight: StatusColour?

        public enum Content: Sendable, Hashable {
            case text(String)
            /// Kroner, shown in the table's unit.
            case amount(Amount)
            /// A plain whole number shown without grouping and not in the table's unit: a year ("2026").
            case number(Int64)
            case mark
            case blank
        }

        public init(_ content: Content, span: Int = 1, sumOfRows: [Int]? = nil, highlight: StatusColour? = nil) {
            self.content = content
            self.span = max(1, span)
            self.sumOfRows = sumOfRows
            self.highlight = highlight
        }

        public static func text(_ text: String, span: Int = 1) -> Cell { Cell(.text(text), span: span) }
        public static func amount(_ amount: Amount) -> Cell { Cell(.amount(amount)) }
        public static func total(_ amount: Amount, of rows: [Int]) -> Cell { Cell(.amount(amount), sumOfRows: rows) }
        /// A text cell with a traffic-light background.
        public static func highlighted(_ text: String, _ colour: StatusColour) -> Cell { Cell(.text(text), highlight: colour) }
        /// A year or another plain number; blank when nil.
        public static func number(_ value: Int?) -> Cell { value.map { Cell(.number(Int64($0))) } ?? .blank }
        public static let blank = Cell(.blank)
        public static let mark = Cell(.mark)

        /// An amount on an ordinary line: an empty cell where the amount is zero, as the municipal tables print it.
        public static func lineAmount(_ amount: Amount) -> Cell { amount == 0 ? .blank : .amount(amount) }

        /// The text shown in HTML, DOCX and CSV.
        public func displayText(unit: AmountUnit) -> String {
            switch content {
            case .text(let text): text
            case .amount(let amount): unit.format(amount)
            case .number(let value): String(value)
            case .mark: "X"
            case .blank: ""
            }
        }
    }
}
