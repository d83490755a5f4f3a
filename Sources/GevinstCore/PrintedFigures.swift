/// What a legacy document printed, kept as data and never used as truth: checks compare it with what
/// Gevinst computes from the lines.
public struct PrintedFigures: Sendable, Hashable {
    public var tables: [PrintedTable]
    public var payback: PrintedPayback

    public init(tables: [PrintedTable] = [], payback: PrintedPayback = PrintedPayback()) {
        self.tables = tables
        self.payback = payback
    }

    public func table(_ kind: PrintedTable.Kind, variant: String? = nil) -> PrintedTable? {
        tables.first { $0.kind == kind && $0.variant == variant }
    }
}

/// One printed table: its rows as printed, with the line each came from.
public struct PrintedTable: Sendable, Hashable {
    public var kind: Kind
    /// The price level this table states in its heading ("1.000 kr. 2020 p/l").
    public var priceLevelYear: Int?
    /// For two-model proposals: which model this table belongs to.
    public var variant: String?
    public var rows: [PrintedRow]
    public var line: Int?

    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Tabel 1, economic consequences.
        case table1
        /// Tabel 2, permanent changes by appropriation.
        case table2
        /// Tabel 3, service investments.
        case table3
        /// Tabel 4, construction (anlæg) investments.
        case table4

        public var danishName: String {
            switch self {
            case .table1: "Tabel 1"
            case .table2: "Tabel 2"
            case .table3: "Tabel 3"
            case .table4: "Tabel 4"
            }
        }
    }

    public init(kind: Kind, priceLevelYear: Int? = nil, variant: String? = nil, rows: [PrintedRow] = [], line: Int? = nil) {
        self.kind = kind
        self.priceLevelYear = priceLevelYear
        self.variant = variant
        self.rows = rows
        self.line = line
    }

    public func row(_ role: PrintedRow.Role) -> PrintedRow? { rows.first { $0.role == role } }
}

/// A printed row: amounts in kroner for the cells that were printed (an empty cell is absent).
public struct PrintedRow: Sendable, Hashable {
    public var label: String
    public var role: Role
    public var amounts: [Int: Amount]
    public var line: Int?

    public enum Role: String, Sendable, Hashable, CaseIterable {
        /// An ordinary line.
        case line
        /// *Samlet varig ændring*.
        case permanentTotal
        /// *Samlede implementeringsomkostninger*.
        case implementationTotal
        /// *Samlet økonomisk påvirkning*.
        case net
        /// *Samlet varig ændring, service*: the permanent total without Overførsler lines (editions that split it, 001).
        case permanentServiceTotal
        /// *Samlet varig ændring, Overførsler*: the permanent total of the Overførsler lines (001).
        case permanentOverfoerslerTotal
        /// *Heraf nettoeffektivisering*: the net efficiency some editions print under the permanent block (001).
        case netEfficiency
        /// *Samlede implementeringsomkostninger, service*: the implementation total without Anlæg and Overførsler (001).
        case implementationServiceTotal
        /// The total row of a detail table (Tabel 2, 3, 4).
        case total
    }

    public init(label: String, role: Role, amounts: [Int: Amount], line: Int? = nil) {
        self.label = label
        self.role = role
        self.amounts = amounts
        self.line = line
    }
}

/// The two payback rows of Tabel 1 as printed, in whole years; nil when not printed.
public struct PrintedPayback: Sendable, Hashable {
    public var service: Int?
    public var serviceLine: Int?
    public var total: Int?
    public var totalLine: Int?

    public init(service: Int? = nil, serviceLine: Int? = nil, total: Int? = nil, totalLine: Int? = nil) {
        self.service = service
        self.serviceLine = serviceLine
        self.total = total
        self.totalLine = totalLine
    }
}
