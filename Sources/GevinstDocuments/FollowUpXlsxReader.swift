import Foundation
import GevinstCore

/// Reads the follow-up report's workbook back (`FollowUpReport.xlsx()`, possibly edited in Excel or
/// LibreOffice): every sheet whose heading row names the follow-up columns is one area's table; the area
/// is the caption above the headings (else the sheet's name). Each data row becomes a `FollowUpRow` whose
/// `line` is its row in the sheet; total rows ("I alt, …") and notes are skipped. Amounts are in 1.000 kr.,
/// as numbers or as Danish text ("-5.788"). What cannot be read is a finding naming sheet and cell; the
/// row is kept with that field blank, as `FollowUpTableReader` does for text tables.
public enum FollowUpXlsxReader {
    public struct Result: Sendable {
        public var rows: [FollowUpRow]
        public var findings: [Finding]
        /// The period named by the status heading ("Status december 2024" → "December 2024").
        public var periodName: String?
    }

    /// `configuration` recognises the status texts, to check the colour written beside them.
    public static func read(_ data: Data, file: String, configuration: FollowUpConfiguration = .default) throws(XlsxReadError) -> Result {
        let workbook = try XlsxWorkbookReader(data: data, file: file)
        var result = Result(rows: [], findings: [], periodName: nil)
        var areaSheets = 0
        for sheet in workbook.sheets {
            // A sheet may hold one area's table, or every area's one under the other, as a table copied from
            // the status report into one sheet does.
            for table in FollowUpAreaSheet.tables(in: sheet, configuration: configuration) {
                areaSheets += 1
                if result.periodName == nil { result.periodName = table.periodName }
                table.read(into: &result)
            }
        }
        if areaSheets == 0 {
            result.findings.append(Finding(
                rule: "xlsx.no-table", severity: .error, proposal: nil, line: nil,
                message: "no sheet of \(file) has the follow-up table's headings (\"Vedtaget budgetår\", \"Titel på forslag inkl. nr.\", \"Status …\")"))
        }
        return result
    }

    /// The findings `read` can add, for the rule lists.
    public static let rules: [RuleDescription] = [
        RuleDescription("xlsx.no-table", .error, "A workbook with no sheet holding the follow-up table's headings."),
        RuleDescription("xlsx.missing-column", .warning, "An area sheet without one of the follow-up columns; its field is left blank."),
        RuleDescription("xlsx.bad-amount", .warning, "A cell where an amount in 1.000 kr. belongs holds something else."),
        RuleDescription("xlsx.bad-year", .warning, "A cell where a year belongs holds something else."),
        RuleDescription("xlsx.colour-differs", .info, "The colour written beside a status is not the status's colour; the status counts."),
    ]
}

/// One sheet (or CSV file) recognised as an area table, or one of the area tables a sheet holds one under the other.
struct FollowUpAreaSheet {
    let sheet: XlsxWorkbookReader.Sheet
    let headerRow: Int
    /// The numbers of the rows below the headings, up to the next table's headings in the same sheet, in order.
    var rowNumbers: ArraySlice<Int>
    let columns: [FollowUpReportColumn: Int]
    let area: String
    let periodName: String?
    let priceLevelYear: Int?
    let configuration: FollowUpConfiguration
    /// Where the rows come from: a workbook's sheet (rule family `xlsx`, cells "H5") or a CSV file (family
    /// `csv`, "line 5, column 8").
    let source: Source

    enum Source {
        case workbook
        case csv

        var family: String {
            switch self {
            case .workbook: "xlsx"
            case .csv: "csv"
            }
        }
    }

    /// Nil unless one of the first ten rows names the year, title and status columns.
    init?(_ sheet: XlsxWorkbookReader.Sheet, configuration: FollowUpConfiguration, source: Source = .workbook) {
        let numbers = sheet.rows.keys.sorted()
        guard let position = numbers.indices.prefix(10).first(where: { Self.headings(sheet, row: numbers[$0]) != nil }),
              let headings = Self.headings(sheet, row: numbers[position]) else { return nil }
        self.init(sheet, numbers: numbers, header: position, end: numbers.endIndex, captionFrom: numbers.startIndex,
                  headings: headings, configuration: configuration, source: source)
    }

    /// The table whose headings are the row at `numbers[header]`, its rows running to `numbers[end]`; its caption
    /// is looked for in the rows from `numbers[captionFrom]` up to the headings.
    private init(
        _ sheet: XlsxWorkbookReader.Sheet, numbers: [Int], header: Int, end: Int, captionFrom: Int,
        headings: [FollowUpReportColumn: (column: Int, text: String)], configuration: FollowUpConfiguration, source: Source
    ) {
        self.configuration = configuration
        self.source = source
        self.sheet = sheet
        self.headerRow = numbers[header]
        self.rowNumbers = numbers[(header + 1)..<end]
        self.columns = headings.mapValues(\.column)
        self.area = Self.caption(sheet, rows: numbers[captionFrom..<header]) ?? sheet.name
        self.periodName = headings[.status].flatMap { Self.period(fromStatusHeading: $0.text) }
        self.priceLevelYear = headings[.efficiency].flatMap { Self.priceLevel(fromHeading: $0.text) }
    }

    /// Every area table of a workbook's sheet: each row naming the year, title and status columns starts one, and
    /// its rows run to the next such row. The headings may stand below an introduction (the status report pasted
    /// into a sheet has 33 lines of it); the area of each table is the caption nearest above its headings. Each
    /// row is looked at a bounded number of times, however many tables the sheet holds.
    static func tables(in sheet: XlsxWorkbookReader.Sheet, configuration: FollowUpConfiguration) -> [FollowUpAreaSheet] {
        let numbers = sheet.rows.keys.sorted()
        let headers = numbers.indices.compactMap { position in Self.headings(sheet, row: numbers[position]).map { (position, $0) } }
        return headers.enumerated().map { index, header in
            FollowUpAreaSheet(
                sheet, numbers: numbers, header: header.0,
                end: index + 1 < headers.count ? headers[index + 1].0 : numbers.endIndex,
                captionFrom: index > 0 ? headers[index - 1].0 + 1 : numbers.startIndex,
                headings: header.1, configuration: configuration, source: .workbook)
        }
    }

    /// The follow-up columns `row` names, by kind; nil unless it names the year, title and status columns.
    static func headings(_ sheet: XlsxWorkbookReader.Sheet, row: Int) -> [FollowUpReportColumn: (column: Int, text: String)]? {
        var found: [FollowUpReportColumn: (column: Int, text: String)] = [:]
        for (column, value) in (sheet.rows[row] ?? [:]).sorted(by: { $0.key < $1.key }) {
            guard case .text(let text) = value, let kind = FollowUpReportColumn(heading: text), found[kind] == nil else { continue }
            found[kind] = (column, text)
        }
        guard found[.adoptedBudgetYear] != nil, found[.title] != nil, found[.status] != nil else { return nil }
        return found
    }

    /// The text of the last of `rows` whose only filled cell is its first: the area's caption ("Borgere med
    /// handicap") nearest above the headings, which a title above it ("Opfølgning …; December 2024") does not replace.
    static func caption(_ sheet: XlsxWorkbookReader.Sheet, rows: ArraySlice<Int>) -> String? {
        for number in rows.reversed() {
            let cells = (sheet.rows[number] ?? [:]).filter { !$0.value.text.trimmingCharacters(in: .whitespaces).isEmpty }
            guard cells.count == 1, var text = cells[0]?.text.trimmingCharacters(in: .whitespaces) else { continue }
            // The status report's text pasted into a sheet keeps its markdown heading marks ("### Udsatte voksne").
            if text.hasPrefix("#") { text = String(text.drop { $0 == "#" }).trimmingCharacters(in: .whitespaces) }
            // A row of a table above (a lone year, a total) is no caption.
            if SpreadsheetNumber.wholeNumber(text) != nil || text.lowercased().hasPrefix("i alt") { continue }
            return text
        }
        return nil
    }

    /// "Status december 2024" → "December 2024".
    static func period(fromStatusHeading heading: String) -> String? {
        let words = heading.split(whereSeparator: \.isWhitespace).dropFirst()
        guard !words.isEmpty else { return nil }
        let text = words.joined(separator: " ")
        return text.prefix(1).uppercased() + text.dropFirst()
    }

    /// "… 1.000 kr. 2025 p/l" → 2025.
    static func priceLevel(fromHeading heading: String) -> Int? {
        let words = heading.split(whereSeparator: \.isWhitespace)
        guard let index = words.firstIndex(where: { $0.lowercased() == "p/l" }), index > 0 else { return nil }
        let year = Int(words[index - 1])
        return year.flatMap { (1900...2200).contains($0) ? $0 : nil }
    }

    func read(into result: inout FollowUpXlsxReader.Result) {
        for column in FollowUpReportColumn.allCases where columns[column] == nil && column != .colour {
            result.findings.append(Finding(
                rule: RuleID(family: source.family, name: "missing-column"), severity: .warning, proposal: nil, line: headerRow,
                message: "\(source == .workbook ? "the sheet" : "the file") \"\(sheet.name)\" has no column \"\(column.heading(periodName: periodName ?? "", priceLevelYear: priceLevelYear))\"; it is left blank for every row"))
        }
        for rowNumber in rowNumbers {
            guard let cells = sheet.rows[rowNumber] else { continue }
            let filled = cells.filter { !$0.value.text.trimmingCharacters(in: .whitespaces).isEmpty }
            guard !filled.isEmpty else { continue }
            let first = text(cells, .adoptedBudgetYear)
            // Totals ("I alt, …") and notes (one text in the first column) are not records.
            if first.lowercased().hasPrefix("i alt") { continue }
            if filled.count == 1, filled.keys.first == 0, Int(first) == nil { continue }
            result.rows.append(row(cells, rowNumber: rowNumber, findings: &result.findings))
        }
    }

    private func value(_ cells: [Int: XlsxWorkbookReader.Value], _ column: FollowUpReportColumn) -> XlsxWorkbookReader.Value? {
        columns[column].flatMap { cells[$0] }
    }

    private func text(_ cells: [Int: XlsxWorkbookReader.Value], _ column: FollowUpReportColumn) -> String {
        (value(cells, column)?.text ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private func row(_ cells: [Int: XlsxWorkbookReader.Value], rowNumber: Int, findings: inout [Finding]) -> FollowUpRow {
        let (code, title) = FollowUpTitleCell.split(text(cells, .title))
        let name = code ?? title
        func where_(_ column: FollowUpReportColumn) -> String {
            switch source {
            case .workbook: "sheet \"\(sheet.name)\", cell \(CellReference.cell(column: columns[column] ?? 0, row: rowNumber))"
            case .csv: "\(sheet.name), line \(rowNumber), field \((columns[column] ?? 0) + 1)"
            }
        }
        func year(_ column: FollowUpReportColumn) -> Int? {
            guard let cell = value(cells, column) else { return nil }
            let text = cell.text.trimmingCharacters(in: .whitespaces)
            if text.isEmpty { return nil }
            if let year = SpreadsheetNumber.wholeNumber(text), (1900...2200).contains(year) { return Int(year) }
            findings.append(Finding(rule: RuleID(family: source.family, name: "bad-year"), severity: .warning, proposal: name, line: rowNumber,
                                    message: "\(where_(column)) holds \"\(text)\", not a year; left blank"))
            return nil
        }
        func amount(_ column: FollowUpReportColumn) -> Amount? {
            guard let cell = value(cells, column) else { return nil }
            let text = cell.text.trimmingCharacters(in: .whitespaces)
            if text.isEmpty { return nil }
            let kroner: Amount? = switch cell {
            case .number(let number): SpreadsheetNumber.kroner(fromThousands: number)
            case .text(let printed): DanishNumber.parseInteger(printed).flatMap { $0.multipliedReportingOverflow(by: 1000).overflow ? nil : $0 * 1000 }
            }
            if let kroner, AmountLimits.isWithinLimit(kroner) { return kroner }
            findings.append(Finding(rule: RuleID(family: source.family, name: "bad-amount"), severity: .warning, proposal: name, line: rowNumber,
                                    message: "\(where_(column)) holds \"\(text)\", not an amount in 1.000 kr.; left blank"))
            return nil
        }
        let typeText = text(cells, .type)
        let status = text(cells, .status)
        let colourWord = text(cells, .colour)
        let row = FollowUpRow(
            adoptedBudgetYear: year(.adoptedBudgetYear), code: code, title: title, typeText: typeText,
            type: FollowUpWords.type(typeText), area: area, status: status, remark: text(cells, .remark),
            totalInvestment: amount(.totalInvestment), efficiencyAtFullPhaseIn: amount(.efficiency),
            efficiencyPriceLevelYear: priceLevelYear, fullImplementationYear: year(.fullImplementationYear),
            handling: text(cells, .handling), earlierCompensatingAction: FollowUpWords.yesNo(text(cells, .earlierCompensatingAction)),
            requiresApprovalByOEUAndBR: FollowUpWords.yesNo(text(cells, .requiresApproval)), consequence: text(cells, .consequence),
            period: periodName, line: rowNumber, recognisedStatus: FollowUpStatus(printed: status))
        if !colourWord.isEmpty, let match = configuration.matchStatus(status),
           colourWord.lowercased() != match.category.colour.danishName.lowercased() {
            findings.append(Finding(rule: RuleID(family: source.family, name: "colour-differs"), severity: .info, proposal: name, line: rowNumber,
                                    message: "\(where_(.colour)) says \"\(colourWord)\" but the status \"\(status)\" is \(match.category.colour.danishName.lowercased()); the status counts"))
        }
        return row
    }
}

/// Numbers as a spreadsheet stores them ("-5788", "12.5", "1.5E3"), read exactly.
enum SpreadsheetNumber {
    /// Kroner from a number of thousands, rounded once to whole kroner (half away from zero), since a
    /// spreadsheet may store a computed figure as binary floating point ("5787.9999999999991"). Nil for
    /// anything that is not a number or lies beyond `Int64`.
    static func kroner(fromThousands text: String) -> Amount? {
        guard let (mantissa, exponent) = decimal(text) else { return nil }
        // value = mantissa × 10^exponent thousands = mantissa × 10^(exponent + 3) kroner.
        let scale = exponent + 3
        if scale >= 0 {
            var value = mantissa
            for _ in 0..<scale {
                let (product, overflow) = value.multipliedReportingOverflow(by: 10)
                guard !overflow else { return nil }
                value = product
            }
            return Amount(exactly: value)
        }
        guard -scale <= 36 else { return mantissa == 0 ? 0 : nil }
        var divisor: Int128 = 1
        for _ in 0..<(-scale) { divisor *= 10 }
        return Amount(exactly: Rounding.wholeKroner(mantissa, over: divisor))
    }

    /// A whole number ("2026", "2026.0", "2.026E3"); nil otherwise.
    static func wholeNumber(_ text: String) -> Int64? {
        guard let (mantissa, exponent) = decimal(text) else { return nil }
        var value = mantissa
        if exponent >= 0 {
            for _ in 0..<exponent {
                let (product, overflow) = value.multipliedReportingOverflow(by: 10)
                guard !overflow else { return nil }
                value = product
            }
        } else {
            for _ in 0..<(-exponent) {
                guard value % 10 == 0 else { return nil }
                value /= 10
            }
        }
        return Int64(exactly: value)
    }

    /// "-12.5E3" → (-125, 2); at most 30 significant digits and exponents within ±60.
    static func decimal(_ text: String) -> (Int128, Int)? {
        var characters = Substring(text.trimmingCharacters(in: .whitespaces))
        var negative = false
        if characters.first == "-" { negative = true; characters = characters.dropFirst() } else if characters.first == "+" { characters = characters.dropFirst() }
        var mantissa: Int128 = 0
        var digits = 0
        var exponent = 0
        var seenPoint = false
        var seenDigit = false
        while let character = characters.first, character != "e" && character != "E" {
            characters = characters.dropFirst()
            if character == "." {
                guard !seenPoint else { return nil }
                seenPoint = true
                continue
            }
            guard let digit = character.wholeNumberValue, character.isASCII else { return nil }
            seenDigit = true
            if mantissa == 0 && digit == 0 {
                if seenPoint { exponent -= 1 }
                continue
            }
            digits += 1
            guard digits <= 30 else { return nil }
            mantissa = mantissa * 10 + Int128(digit)
            if seenPoint { exponent -= 1 }
        }
        guard seenDigit else { return nil }
        if let marker = characters.first, marker == "e" || marker == "E" {
            characters = characters.dropFirst()
            // A range test, not abs(): abs(Int.min) traps ("1E-9223372036854775808" in a crafted cell).
            guard let power = Int(characters), (-60...60).contains(power) else { return nil }
            exponent += power
        }
        return (negative ? -mantissa : mantissa, exponent)
    }
}
