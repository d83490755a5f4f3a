import GevinstCore

/// The filters and sort order of the proposal list, read from the query string and written back into the
/// links of the sortable column headings and the export links.
public struct ProposalListQuery: Sendable, Hashable {
    public var round: String?
    /// An area code ("BU").
    public var area: String?
    public var administration: String?
    public var status: ProposalStatus?
    public var colour: StatusColour?
    /// Words that must all occur in the code or title (case-insensitive).
    public var text: String?
    public var sort: Column
    public var descending: Bool

    /// The columns the list sorts by.
    public enum Column: String, Sendable, Hashable, CaseIterable {
        case code
        case title
        case status
        case area
        case administration
        case investmentService = "investment-service"
        case investmentAnlaeg = "investment-anlaeg"
        case efficiency
        case payback
        case findings
    }

    public init(
        round: String? = nil, area: String? = nil, administration: String? = nil, status: ProposalStatus? = nil,
        colour: StatusColour? = nil, text: String? = nil, sort: Column = .code, descending: Bool = false
    ) {
        self.round = round
        self.area = area
        self.administration = administration
        self.status = status
        self.colour = colour
        self.text = text
        self.sort = sort
        self.descending = descending
    }

    /// Reads `round`, `area`, `administration`, `status`, `colour`, `q`, `sort` and `dir` (`desc`); unknown
    /// values are ignored rather than refused, so an old bookmark still opens the list.
    public init(form: FormData) {
        self.init(
            round: form.trimmed("round"), area: form.trimmed("area"), administration: form.trimmed("administration"),
            status: form.trimmed("status").flatMap(ProposalStatus.init(rawValue:)),
            colour: form.trimmed("colour").flatMap(StatusColour.init(rawValue:)), text: form.trimmed("q"),
            sort: form.trimmed("sort").flatMap(Column.init(rawValue:)) ?? .code, descending: form["dir"] == "desc")
    }

    /// The filters as query items (without the sort order).
    public var filterItems: [(String, String)] {
        [("round", round ?? ""), ("area", area ?? ""), ("administration", administration ?? ""),
         ("status", status?.rawValue ?? ""), ("colour", colour?.rawValue ?? ""), ("q", text ?? "")]
    }

    /// The filters and the sort order as query items.
    public var queryItems: [(String, String)] {
        filterItems + [("sort", sort == .code ? "" : sort.rawValue), ("dir", descending ? "desc" : "")]
    }

    /// The rows that pass every filter, sorted by the chosen column (ties by code, then title, then id).
    public func apply(to rows: [ProposalRow]) -> [ProposalRow] {
        let words = (text ?? "").lowercased().split(whereSeparator: \.isWhitespace).map(String.init)
        let filtered = rows.filter { row in
            if let round, row.round != round { return false }
            if let area, !row.areas.contains(area) { return false }
            if let administration, row.administration != administration { return false }
            if let status, row.status != status { return false }
            if let colour, row.colour != colour { return false }
            if !words.isEmpty {
                let haystack = ((row.code ?? "") + " " + row.title).lowercased()
                if !words.allSatisfy({ haystack.contains($0) }) { return false }
            }
            return true
        }
        // The natural-order keys of the text columns are made once per row, not once per comparison.
        let keyed = filtered.map { (row: $0, keys: TextKeys($0)) }
        return keyed.sorted { lhs, rhs in
            let order = compare(lhs.row, lhs.keys, rhs.row, rhs.keys)
            if order != 0 { return descending ? order > 0 : order < 0 }
            let tie = Self.compareValues(lhs.keys.code, rhs.keys.code)
            if tie != 0 { return tie < 0 }
            let titles = Self.compareValues(lhs.keys.title, rhs.keys.title)
            return titles != 0 ? titles < 0 : lhs.row.id < rhs.row.id
        }.map(\.row)
    }

    /// The text columns of a row as natural-order keys.
    struct TextKeys {
        let code: NaturalKey
        let title: NaturalKey
        let area: NaturalKey
        let administration: NaturalKey

        init(_ row: ProposalRow) {
            code = NaturalKey(row.code ?? "")
            title = NaturalKey(row.title)
            area = NaturalKey(row.areas.first ?? "")
            administration = NaturalKey(row.administration ?? "")
        }
    }

    /// -1, 0 or 1 by the sort column.
    func compare(_ lhs: ProposalRow, _ left: TextKeys, _ rhs: ProposalRow, _ right: TextKeys) -> Int {
        switch sort {
        case .code: return Self.compareValues(left.code, right.code)
        case .title: return Self.compareValues(left.title, right.title)
        case .status: return Self.compareValues(ProposalStatus.allCases.firstIndex(of: lhs.status) ?? 0,
                                                 ProposalStatus.allCases.firstIndex(of: rhs.status) ?? 0)
        case .area: return Self.compareValues(left.area, right.area)
        case .administration: return Self.compareValues(left.administration, right.administration)
        case .investmentService: return Self.compareValues(lhs.investmentService, rhs.investmentService)
        case .investmentAnlaeg: return Self.compareValues(lhs.investmentAnlaeg, rhs.investmentAnlaeg)
        case .efficiency: return Self.compareValues(lhs.efficiencyAtFullPhaseIn, rhs.efficiencyAtFullPhaseIn)
        case .payback:
            // Not paid back sorts after every number.
            return Self.compareValues(lhs.paybackTotal?.tenths ?? Int.max, rhs.paybackTotal?.tenths ?? Int.max)
        case .findings: return Self.compareValues(lhs.errors * 10_000 + lhs.warnings, rhs.errors * 10_000 + rhs.warnings)
        }
    }

    static func compareValues<T: Comparable>(_ lhs: T, _ rhs: T) -> Int { lhs < rhs ? -1 : (lhs == rhs ? 0 : 1) }

    /// Case-insensitive, with digits compared as numbers ("BU2" before "BU10").
    static func compareText(_ lhs: String, _ rhs: String) -> Int {
        let left = NaturalKey(lhs), right = NaturalKey(rhs)
        return left < right ? -1 : (left == right ? 0 : 1)
    }
}

/// A text split into runs of letters and numbers so that "BU2" sorts before "BU10".
struct NaturalKey: Comparable {
    enum Part: Comparable {
        case number(UInt64)
        case text(String)
    }

    let parts: [Part]

    init(_ text: String) {
        var parts: [Part] = []
        var digits = ""
        var letters = ""
        for character in text.lowercased() {
            if character.isASCII, character.isNumber {
                if !letters.isEmpty { parts.append(.text(letters)); letters = "" }
                digits.append(character)
            } else {
                if !digits.isEmpty { parts.append(.number(UInt64(digits.prefix(18)) ?? 0)); digits = "" }
                letters.append(character)
            }
        }
        if !digits.isEmpty { parts.append(.number(UInt64(digits.prefix(18)) ?? 0)) }
        if !letters.isEmpty { parts.append(.text(letters)) }
        self.parts = parts
    }

    static func < (lhs: NaturalKey, rhs: NaturalKey) -> Bool { lhs.parts.lexicographicallyPrecedes(rhs.parts) }
}
