/// The twelve columns of a follow-up table (DOMAIN.md §6; the header rows of 002). Columns are found by their
/// header text, never by position, so a reordered or missing column is noticed.
public enum FollowUpColumn: String, Sendable, Hashable, CaseIterable {
    case adoptedBudgetYear
    case title
    case type
    case status
    case remark
    case totalInvestment
    case efficiency
    case fullImplementationYear
    case handling
    case earlierCompensatingAction
    case requiresApproval
    case consequence

    /// The column's header as 002 prints it (shortened), for messages.
    public var danishName: String {
        switch self {
        case .adoptedBudgetYear: "Vedtaget budgetår"
        case .title: "Titel på forslag inkl. nr."
        case .type: "Forslagstype"
        case .status: "Status"
        case .remark: "Bemærkning"
        case .totalInvestment: "Samlet investering"
        case .efficiency: "Samlet effektivisering ved fuld indfasning"
        case .fullImplementationYear: "Aktuel år for fuld implementering"
        case .handling: "Håndtering"
        case .earlierCompensatingAction: "Er der tidligere foretaget kompenserende handling"
        case .requiresApproval: "Skal kompenserende handling godkendes af ØU og BR?"
        case .consequence: "Konsekvens efter håndtering"
        }
    }

    /// The column a header cell names, or nil. Words are tested most specific first: "Konsekvens efter
    /// håndtering" also contains "håndtering", and both compensating-action columns say "kompenserende".
    /// Spelling slips seen in 002 ("Vedttaget budgetår") are tolerated because only key words are tested.
    /// `ignoringBlanks`: the cell and the key words are compared with their blanks taken out, for a PDF's narrow
    /// header column that breaks words more than once ("imple" / "mente" / "ring") and is read back with blanks
    /// where the lines were joined.
    public init?(header cell: some StringProtocol, ignoringBlanks: Bool = false) {
        var text = cell.lowercased()
        if ignoringBlanks { text.removeAll(where: \.isWhitespace) }
        func has(_ key: String) -> Bool { text.containsBytes(ignoringBlanks ? String(key.filter { $0 != " " }) : key) }
        if has("konsekvens") { self = .consequence }
        else if has("godkendes") { self = .requiresApproval }
        else if has("kompenserende") && has("tidligere") { self = .earlierCompensatingAction }
        else if has("budgetår") { self = .adoptedBudgetYear }
        else if has("titel") { self = .title }
        else if has("forslagstype") { self = .type }
        else if text.hasPrefix("status") { self = .status }
        else if text.hasPrefix("bemærkning") { self = .remark }
        else if has("samlet investering") { self = .totalInvestment }
        else if has("samlet effektivisering") { self = .efficiency }
        else if has("fuld implementering") { self = .fullImplementationYear }
        else if text.hasPrefix("håndtering") { self = .handling }
        else { return nil }
    }
}

/// A follow-up table's header row: which cell holds which column, the units of the amount columns and the
/// period and price level the header states ("Status december 2024", "1000. kr. 2025 p/l").
struct FollowUpHeader: Sendable {
    /// Column → cell index.
    var index: [FollowUpColumn: Int]
    var cellCount: Int
    var line: Int
    var investmentUnit: AmountUnit
    var efficiencyUnit: AmountUnit
    var efficiencyPriceLevelYear: Int?
    /// "December 2024", from the status or remark column's header.
    var period: String?
    /// Header cells that name no known column, with their cell index.
    var unknownCells: [(index: Int, text: String)]

    /// A header needs at least this many of the twelve columns to be taken for one.
    static let minimumColumns = 6

    /// Words of which a header names at least `minimumColumns`, written without their first letter so that
    /// case does not matter ("Titel", "titel"). The words rare outside a follow-up header come first, so that
    /// an ordinary table row is given up after a few searches.
    static let keyWords = [
        "udgetår", "orslagstype", "emærkning", "åndtering", "ompenserende", "odkendes", "onsekvens", "itel", "tatus",
        "nvestering", "ffektivisering", "mplementering",
    ]

    /// The key words as bytes, made once.
    static let keyPatterns: [[UInt8]] = keyWords.map { Array($0.utf8) }

    /// True when the line may be a header: a cheap test before its cells are read. A line in capitals only
    /// is always read in full.
    static func mayBeHeader(_ line: Substring) -> Bool { line.withBytes(mayBeHeader) }

    static func mayBeHeader(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        var lowercase = false
        for byte in buffer where byte >= 0x61 && byte <= 0x7A {
            lowercase = true
            break
        }
        if !lowercase { return true }
        var found = 0
        for (index, pattern) in keyPatterns.enumerated() {
            if ByteSearch.contains(buffer, pattern) { found += 1 }
            if found >= minimumColumns { return true }
            if found + (keyPatterns.count - index - 1) < minimumColumns { return false }
        }
        return false
    }

    /// Reads a tab-separated line as a header; nil when it names too few columns.
    init?(cells: [Substring], line: Int) {
        var index: [FollowUpColumn: Int] = [:]
        var unknown: [(Int, String)] = []
        for (position, cell) in cells.enumerated() {
            let text = cell.trimmedBytes
            if text.isEmpty { continue }
            if let column = FollowUpColumn(header: text), index[column] == nil {
                index[column] = position
            } else {
                unknown.append((position, String(text)))
            }
        }
        guard index.count >= FollowUpHeader.minimumColumns else { return nil }
        self.index = index
        self.cellCount = cells.count
        self.line = line
        self.unknownCells = unknown
        let investmentHeader = index[.totalInvestment].map { String(cells[$0]) } ?? ""
        let efficiencyHeader = index[.efficiency].map { String(cells[$0]) } ?? ""
        self.investmentUnit = AmountUnit.named(in: investmentHeader) ?? .thousands
        self.efficiencyUnit = AmountUnit.named(in: efficiencyHeader) ?? .thousands
        self.efficiencyPriceLevelYear = PriceLevelText.year(in: efficiencyHeader)
        let periodSources = [index[.status], index[.remark]].compactMap { $0 }.map { String(cells[$0]) }
        self.period = periodSources.lazy.compactMap { PeriodText.monthAndYear(in: $0) }.first
    }

    /// The header of 002, in its order, for rows that come without a header row of their own.
    static func standard(line: Int) -> FollowUpHeader {
        FollowUpHeader(
            index: Dictionary(uniqueKeysWithValues: FollowUpColumn.allCases.enumerated().map { ($1, $0) }),
            cellCount: FollowUpColumn.allCases.count, line: line, investmentUnit: .thousands,
            efficiencyUnit: .thousands, efficiencyPriceLevelYear: nil, period: nil, unknownCells: [])
    }

    private init(
        index: [FollowUpColumn: Int], cellCount: Int, line: Int, investmentUnit: AmountUnit,
        efficiencyUnit: AmountUnit, efficiencyPriceLevelYear: Int?, period: String?, unknownCells: [(index: Int, text: String)]
    ) {
        self.index = index
        self.cellCount = cellCount
        self.line = line
        self.investmentUnit = investmentUnit
        self.efficiencyUnit = efficiencyUnit
        self.efficiencyPriceLevelYear = efficiencyPriceLevelYear
        self.period = period
        self.unknownCells = unknownCells
    }

    /// The columns the header lacks, in table order.
    var missingColumns: [FollowUpColumn] { FollowUpColumn.allCases.filter { index[$0] == nil } }
}
