/// A strategy or action plan with estimated effects per year (DOMAIN.md §7, seed 004): numbered initiatives
/// in tables, amounts per year. The plan's own sign convention is kept: in 004 savings are positive.
public struct StrategyPlan: Sendable, Hashable {
    public var title: String
    /// The sign the document uses for a saving.
    public var savingsSign: SavingsSign
    /// The unit the document prints ("mio. kr."); amounts are stored in kroner.
    public var unit: String
    public var tables: [Table]
    public var footnotes: [Footnote]

    public enum SavingsSign: String, Sendable, Hashable {
        /// Savings negative, the municipal template's convention.
        case negative
        /// Savings positive, as in 004.
        case positive
    }

    public struct Table: Sendable, Hashable {
        public var title: String
        public var years: [Int]
        public var rows: [Row]
        /// The printed "I alt" row, if any.
        public var printedTotal: Row?
        public var line: Int?

        public init(title: String, years: [Int], rows: [Row], printedTotal: Row?, line: Int?) {
            self.title = title
            self.years = years
            self.rows = rows
            self.printedTotal = printedTotal
            self.line = line
        }

        /// The sum of the rows that count in the total, per year.
        public var computedTotal: [Int: Amount] {
            var result: [Int: Amount] = [:]
            for row in rows where row.countsInTotal {
                for (year, amount) in row.amounts { result[year, default: 0] += amount }
            }
            return result
        }
    }

    public struct Row: Sendable, Hashable {
        /// The initiative's number in the plan ("1"…"11"), nil for unnumbered rows.
        public var number: String?
        public var label: String
        /// Amounts in kroner in the document's own sign convention.
        public var amounts: [Int: Amount]
        /// False for a row the document deliberately leaves outside the total.
        public var countsInTotal: Bool
        /// Footnote markers attached to the row.
        public var footnotes: [String]
        public var line: Int?

        public init(number: String?, label: String, amounts: [Int: Amount], countsInTotal: Bool = true, footnotes: [String] = [], line: Int?) {
            self.number = number
            self.label = label
            self.amounts = amounts
            self.countsInTotal = countsInTotal
            self.footnotes = footnotes
            self.line = line
        }
    }

    public struct Footnote: Sendable, Hashable {
        public var marker: String
        public var text: String
        public var line: Int?

        public init(marker: String, text: String, line: Int?) {
            self.marker = marker
            self.text = text
            self.line = line
        }
    }

    public init(title: String, savingsSign: SavingsSign, unit: String, tables: [Table], footnotes: [Footnote]) {
        self.title = title
        self.savingsSign = savingsSign
        self.unit = unit
        self.tables = tables
        self.footnotes = footnotes
    }
}
