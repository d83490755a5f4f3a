import GevinstCore

/// An economic line read from Tabel 1, with the source line it came from.
struct ReadLine: Sendable, Hashable {
    var line: EconomicLine
    var sourceLine: Int
}

/// A printed row with the model it belongs to (nil: every model).
struct VariantRow: Sendable, Hashable {
    var row: PrintedRow
    var variant: String?
}

/// What Tabel 1 yields: the lines (the source of truth), the printed rows and paybacks as data, the years and
/// the price level of the header, and what could not be read.
struct TableOneReading: Sendable {
    var years: ClosedRange<Int>?
    var priceLevelYear: Int?
    var lines: [ReadLine] = []
    var rows: [VariantRow] = []
    var payback = PrintedPayback()
    var findings: [Finding] = []
    /// True when the header named no years (the amounts were placed by `fallbackYears`, or not at all).
    var missingYearHeader = false
}

/// The kind of a Tabel 1 row, told by its label (DOMAIN.md §4; seed 003 lines 125–136 for BU01).
enum TableOneRowKind: Sendable, Hashable {
    /// "Tilbagebetalingstid baseret på serviceeffektivisering" (service) or "… på totaløkonomi" (total).
    case payback(service: Bool)
    /// "Varige ændringer", optionally naming an appropriation: "Varige ændringer (Borgere med handicap)" (003 BU06).
    case permanentHeading(appropriation: String?)
    /// "Implementeringsomkostninger" (003 HA05: "Implementeringsomkostninger/investering").
    case implementationHeading
    /// A printed total: "Samlet varig ændring" (and its ", service" / ", Overførsler" editions), "Heraf
    /// nettoeffektivisering", "Samlede implementeringsomkostninger" (and ", service"), "Samlet økonomisk
    /// påvirkning".
    case total(PrintedRow.Role)
    /// An economic line or a sub-heading.
    case entry

    static func classify(_ label: String) -> TableOneRowKind {
        let key = MarkdownInline.key(ModelVariant.droppingSuffix(label))
        if key.hasPrefix("tilbagebetalingstid") { return .payback(service: !key.containsBytes("total")) }
        if key.hasPrefix("heraf nettoeffektivisering") { return .total(.netEfficiency) }
        if key.hasPrefix("samlet varig ændring") || key.hasPrefix("samlede varige ændringer")
            || key.hasPrefix("varige ændringer i alt") {
            if key.hasSuffix(" service") { return .total(.permanentServiceTotal) }
            if key.hasSuffix(" overførsler") { return .total(.permanentOverfoerslerTotal) }
            return .total(.permanentTotal)
        }
        if key.hasPrefix("samlede implementeringsomkostninger") || key.hasPrefix("samlet implementeringsomkostning")
            || key.hasPrefix("implementeringsomkostninger i alt") {
            return key.hasSuffix(" service") ? .total(.implementationServiceTotal) : .total(.implementationTotal)
        }
        if key.hasPrefix("samlet økonomisk påvirkning") || key.hasPrefix("samlet økonomisk konsekvens") {
            return .total(.net)
        }
        if key.hasPrefix("varige ændringer") {
            let appropriation = parenthesised(label)
            return .permanentHeading(appropriation: appropriation)
        }
        if key.hasPrefix("implementeringsomkostninger") || key == "investering" || key == "investeringer" {
            return .implementationHeading
        }
        return .entry
    }

    private static func parenthesised(_ label: String) -> String? {
        let text = MarkdownInline.clean(label)
        guard let open = text.firstIndex(of: "("), let close = text.lastIndex(of: ")"), open < close else { return nil }
        let inner = text[text.index(after: open)..<close].trimmingSpaces()
        return inner.isEmpty ? nil : inner
    }
}

enum TableOneReader {
    /// Reads Tabel 1. `fallbackYears` places the amounts when the header names no years (the catalogue's other
    /// proposals share one year range); the placement is then reported.
    static func read(_ table: MarkdownTable, proposal: String?, fallbackYears: ClosedRange<Int>?) -> TableOneReading {
        var reading = TableOneReading()
        let header = table.yearHeader(minimum: 2)
        var yearColumns: [YearColumn] = []
        var steeringColumn: Int? = nil
        var firstDataRow = 0
        if let (rowIndex, columns) = header {
            yearColumns = columns
            firstDataRow = rowIndex + 1
            let headerRow = table.rows[rowIndex]
            for row in table.rows[0...rowIndex] {
                for cell in row.cells { if let year = MarkdownInline.priceLevelYear(cell.text) { reading.priceLevelYear = year } }
            }
            steeringColumn = headerRow.cells.firstIndex { $0.text.fastLowercased().containsBytes("styring") }
            if steeringColumn == nil, let first = columns.first, first.index >= 2 { steeringColumn = 1 }
        } else {
            reading.missingYearHeader = true
            firstDataRow = 0
            if let first = table.rows.first {
                for cell in first.cells { if let year = MarkdownInline.priceLevelYear(cell.text) { reading.priceLevelYear = year } }
                steeringColumn = first.cells.firstIndex { $0.text.fastLowercased().containsBytes("styring") }
                if steeringColumn != nil { firstDataRow = 1 }
            }
            if let fallback = fallbackYears {
                let widest = table.rows.map(\.cells.count).max() ?? 0
                let start = widest >= fallback.count + 2 ? 2 : 1
                yearColumns = fallback.enumerated().map { YearColumn(index: start + $0.offset, year: $0.element) }
                if start == 2 { steeringColumn = 1 }
                reading.findings.append(Finding(
                    rule: "extraction.year-header-missing", severity: .warning, proposal: proposal, line: table.firstLine,
                    message: "Tabel 1 has no row of years; its amounts were placed in \(fallback.lowerBound)–\(fallback.upperBound), the years of the catalogue's other proposals"))
            } else {
                reading.findings.append(Finding(
                    rule: "extraction.year-header-missing", severity: .error, proposal: proposal, line: table.firstLine,
                    message: "Tabel 1 has no row of years, so its amounts could not be placed in years; the labels were read without amounts"))
            }
        }
        if let first = yearColumns.map(\.year).min(), let last = yearColumns.map(\.year).max() {
            reading.years = first...last
            if last - first + 1 > AmountLimits.maxYears {
                // A mistyped year ("2109" for 2019) must not stretch the proposal over a century.
                let kept = first...(first + AmountLimits.maxYears - 1)
                yearColumns = yearColumns.filter { kept.contains($0.year) }
                reading.years = kept
                reading.findings.append(Finding(
                    rule: "extraction.year-range-too-wide", severity: .warning, proposal: proposal, line: table.firstLine,
                    message: "Tabel 1's years run from \(first) to \(last), more than \(AmountLimits.maxYears) years; only \(kept.lowerBound)–\(kept.upperBound) were read"))
            }
        }

        var pending: [PendingLine] = []
        var block: Block? = nil
        var variant: String? = nil
        var appropriation: String? = nil
        var blockAreas: [Block: SteeringArea] = [:]
        var warnedOutsideBlock = false

        for row in table.rows.dropFirst(firstDataRow) {
            let label = row.text(0)
            let amounts = readAmounts(row, columns: yearColumns, proposal: proposal, findings: &reading.findings)
            let areaText = steeringColumn.map { row.text($0) } ?? ""
            let kind = TableOneRowKind.classify(label)
            switch kind {
            case let .payback(service):
                let (years, unreadable) = paybackYears(row)
                if let text = unreadable {
                    reading.findings.append(Finding(
                        rule: "extraction.payback-unreadable", severity: .warning, proposal: proposal, line: row.line,
                        message: "the printed payback \"\(text)\" is not a whole number of years; it was not kept"))
                }
                if service {
                    reading.payback.service = years
                    reading.payback.serviceLine = row.line
                } else {
                    reading.payback.total = years
                    reading.payback.totalLine = row.line
                }
                continue
            case let .permanentHeading(named) where amounts.isEmpty:
                block = .permanent
                variant = nil
                appropriation = named
                continue
            case .implementationHeading where amounts.isEmpty:
                block = .implementation
                variant = nil
                appropriation = nil
                continue
            case let .total(role):
                let rowVariant = ModelVariant.suffix(label) ?? variant
                reading.rows.append(VariantRow(
                    row: PrintedRow(label: label, role: role, amounts: amounts, line: row.line), variant: rowVariant))
                if let area = SteeringArea(danish: areaText) {
                    if role == .permanentTotal { blockAreas[.permanent] = area }
                    if role == .implementationTotal { blockAreas[.implementation] = area }
                }
                continue
            default:
                break
            }
            if let model = ModelVariant.heading(label), amounts.isEmpty {
                variant = model
                continue
            }
            let area = SteeringArea(danish: areaText)
            if amounts.isEmpty && area == nil && areaText.isEmpty {
                // A label without amounts or area: a sub-heading naming the appropriation of the lines below it.
                if !label.isEmpty { appropriation = label }
                continue
            }
            if label.isEmpty { continue }
            if !areaText.isEmpty && area == nil {
                reading.findings.append(Finding(
                    rule: "extraction.steering-area-unreadable", severity: .warning, proposal: proposal, line: row.line,
                    message: "Tabel 1 line \"\(label)\" has Styringsområde \"\(areaText)\", which is not Service, Anlæg or Overførsler"))
            }
            let lineBlock: Block
            if let current = block {
                lineBlock = current
            } else {
                lineBlock = .permanent
                if !warnedOutsideBlock {
                    warnedOutsideBlock = true
                    reading.findings.append(Finding(
                        rule: "extraction.line-outside-block", severity: .warning, proposal: proposal, line: row.line,
                        message: "Tabel 1 line \"\(label)\" stands before any \"Varige ændringer\" or \"Implementeringsomkostninger\" heading; read as a permanent change"))
                }
            }
            pending.append(PendingLine(
                label: label, block: lineBlock, area: area, variant: ModelVariant.suffix(label) ?? variant,
                appropriation: appropriation, amounts: amounts, sourceLine: row.line))
        }

        let years = reading.years ?? 0...0
        var previousArea: [Block: SteeringArea] = [:]
        for item in pending {
            let area: SteeringArea
            if let printed = item.area {
                area = printed
            } else {
                let (inferred, reason) = BlankSteeringAreaRule.area(
                    totalRowArea: blockAreas[item.block], lineAbove: previousArea[item.block])
                area = inferred
                reading.findings.append(Finding(
                    rule: "extraction.steering-area-missing", severity: .info, proposal: proposal, line: item.sourceLine,
                    message: "Tabel 1 line \"\(item.label)\" leaves Styringsområde blank; read as \(area.danishLabel), \(reason)"))
            }
            previousArea[item.block] = area
            let line = EconomicLine(
                label: item.label, block: item.block, steeringArea: area, appropriation: item.appropriation,
                variant: item.variant, amounts: YearSeries(years: years, amounts: item.amounts))
            reading.lines.append(ReadLine(line: line, sourceLine: item.sourceLine))
            reading.rows.append(VariantRow(
                row: PrintedRow(label: item.label, role: .line, amounts: item.amounts, line: item.sourceLine),
                variant: item.variant))
        }
        reading.rows.sort { ($0.row.line ?? 0) < ($1.row.line ?? 0) }
        return reading
    }

    private struct PendingLine {
        var label: String
        var block: Block
        var area: SteeringArea?
        var variant: String?
        var appropriation: String?
        var amounts: [Int: Amount]
        var sourceLine: Int
    }

    /// The amounts of a row's year cells, in kroner; unreadable cells become findings and are skipped.
    static func readAmounts(_ row: MarkdownTable.Row, columns: [YearColumn], proposal: String?, findings: inout [Finding]) -> [Int: Amount] {
        var amounts: [Int: Amount] = [:]
        for column in columns {
            switch ThousandsAmount.read(row.text(column.index)) {
            case .blank: continue
            case let .amount(value): amounts[column.year] = value
            case let .unreadable(text):
                findings.append(Finding(
                    rule: "extraction.amount-unreadable", severity: .warning, proposal: proposal, line: row.line,
                    message: "the \(column.year) cell of \"\(row.text(0))\" reads \"\(text)\", which is not an amount in 1.000 kr.; the cell was skipped"))
            }
        }
        return amounts
    }

    /// The printed payback of a payback row: "3 år" → 3; "Ikke relevant" or blank → nil. The second value is the
    /// text when it looks like a number that is not whole years ("3,5 år").
    static func paybackYears(_ row: MarkdownTable.Row) -> (Int?, String?) {
        guard let cell = row.cells.dropFirst().first(where: { !$0.text.isEmpty }) else { return (nil, nil) }
        let text = cell.text
        let digits = text.prefix(while: { $0.isASCII && $0.isNumber })
        guard !digits.isEmpty, digits.count <= 3, let years = Int(digits) else { return (nil, nil) }
        let rest = text.dropFirst(digits.count)
        if rest.first == "," || rest.first == "." { return (nil, text) }
        return (years, nil)
    }
}

/// The convention for a Tabel 1 line whose *Styringsområde* cell is blank (seed 003 UD03 "Afvikling af
/// pårørende grupper", line 1756; HA05 "Færre eksterne køb af pladser på døgninstitution", line 2325): it takes
/// the area printed on its block's total row where that row names one (003 BU02 prints "Service" there), else
/// the area of the line above it in the same block, else Service, the template's first and commonest area.
enum BlankSteeringAreaRule {
    static func area(totalRowArea: SteeringArea?, lineAbove: SteeringArea?) -> (SteeringArea, String) {
        if let area = totalRowArea { return (area, "the area printed on the block's total row") }
        if let area = lineAbove { return (area, "as the line above it") }
        return (.service, "the template's default")
    }
}
