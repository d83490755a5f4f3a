import Foundation
import GevinstCore

/// A table row with its amounts placed in years.
struct PlacedRow: Sendable {
    var row: AssembledRow
    var role: TableVocabulary.Role
    /// Amounts by year, in the table's unit (1.000 kr.).
    var amounts: [Int: Amount]
    var certainty: YearPlacement.Certainty
}

/// Places the amounts of a table's rows in years (`YearPlacement`), repairs damaged cells that the totals prove
/// (`OcrRepair`), and reports how each placement and repair was decided.
struct TablePlacer {
    var years: ClosedRange<Int>
    var layoutColumns: [PositionedWord]?
    var ocr: Bool
    var proposal: String?
    var tableName: String
    var findings: [Finding] = []
    /// Year indices already known for some rows (a detail row matched to a Tabel 1 line).
    var fixedPlacements: [Int: [Int]] = [:]

    /// The rows' years and amounts, given the table's constraints over row indices (`TableOneAssembler`
    /// builds them); damaged cells the totals prove are repaired first, and every inferred or ambiguous
    /// placement and every repair becomes a finding.
    mutating func place(
        _ rows: [AssembledRow], roles: [TableVocabulary.Role], alignments: [YearPlacement.Alignment],
        constraints: [YearPlacement.Constraint], totalLabels: [Int: String]
    ) -> [PlacedRow] {
        let n = years.count
        var cells = rows.map { $0.cells }
        for (index, row) in rows.enumerated() where row.cells.count > n {
            findings.append(Finding(
                rule: "extraction.too-many-amounts", severity: .warning, proposal: proposal, line: row.dataLine,
                message: "\(tableName): the row '\(row.label)' has \(row.cells.count) amounts for \(n) years; the last \(row.cells.count - n) were left out."))
            cells[index] = Array(row.cells.prefix(n))
        }
        var problem = YearPlacement.Problem(yearCount: n, rows: [], constraints: constraints)
        problem.rows = cells.indices.map { index in
            YearPlacement.Row(values: cells[index].map(\.value), fixed: fixedPlacement(index, cells[index]), alignment: alignments[index])
        }
        var result = YearPlacement.solve(problem)
        var repairs: [OcrRepair.Repair] = []
        for _ in 0..<2 where !result.violations.isEmpty {
            let found = OcrRepair.repairs(cells: cells, positions: result.positions, constraints: constraints, violations: result.violations, ocr: ocr)
                .filter { repair in !repairs.contains { $0.row == repair.row && $0.valueIndex == repair.valueIndex } }
            guard !found.isEmpty else { break }
            for repair in found {
                let original = cells[repair.row][repair.valueIndex]
                cells[repair.row][repair.valueIndex].value = repair.newValue
                repairs.append(repair)
                let year = years.lowerBound + repair.year
                findings.append(Finding(
                    rule: ocr ? "extraction.ocr-repaired" : "extraction.number-repaired", severity: .warning, proposal: proposal, line: original.line,
                    message: "\(tableName): read '\(original.text)' as '\(PrintedAmount.text(repair.newValue))' in \(year) (row '\(rows[repair.row].label)'): "
                        + proof(row: repair.row, year: repair.year, constraints: constraints, cells: cells, positions: result.positions, rows: rows, totalLabels: totalLabels)))
            }
            problem.rows = cells.indices.map { index in
                YearPlacement.Row(values: cells[index].map(\.value), fixed: fixedPlacement(index, cells[index]), alignment: alignments[index])
            }
            result = YearPlacement.solve(problem)
        }
        // A Tabel 1 whose rows and totals (permanent, implementation, net) disagree in more than half of all places
        // was not read as printed: the text has most likely lost the table's row order (plain pdftotext output of
        // some PDFs sets cells column by column). A wrong printed total breaks far fewer (000 TV01: 5 of 18).
        let places = constraints.count * n
        if constraints.count >= 3 && result.violations.count >= 4 && result.violations.count * 2 > places {
            findings.append(Finding(
                rule: "extraction.table-unreliable", severity: .warning, proposal: proposal, line: rows.first?.firstLine,
                message: "\(tableName): the rows and totals disagree in \(result.violations.count) of \(places) places, so the table was probably not "
                    + "read in its printed order; read the PDF with 'pdftotext -layout' for its columns."))
        }
        if result.capped {
            findings.append(Finding(
                rule: "extraction.placement-search-limit", severity: .warning, proposal: proposal, line: rows.first?.firstLine,
                message: "\(tableName): the search for where the amounts belong stopped at its limit; the best placement found is used."))
        }
        var placed: [PlacedRow] = []
        for (index, row) in rows.enumerated() {
            var amounts: [Int: Amount] = [:]
            let positions = index < result.positions.count ? result.positions[index] : []
            for (valueIndex, position) in positions.enumerated() where valueIndex < cells[index].count {
                amounts[years.lowerBound + position] = cells[index][valueIndex].value
            }
            let certainty = index < result.certainty.count ? result.certainty[index] : .given
            placed.append(PlacedRow(row: row, role: roles[index], amounts: amounts, certainty: certainty))
            reportPlacement(row, certainty: certainty, alignment: alignments[index], amounts: amounts, alternatives: result.alternatives[index])
            reportCells(row, cells: cells[index], repaired: repairs.filter { $0.row == index }.map(\.valueIndex),
                        positions: positions, violations: result.violations, constraints: constraints, rowIndex: index)
        }
        return placed
    }

    func fixedPlacement(_ index: Int, _ cells: [AmountCell]) -> [Int]? {
        if let known = fixedPlacements[index], known.count == cells.count { return known }
        return layoutPlacement(cells)
    }

    /// Amounts placed by their columns in `pdftotext -layout` output: each amount goes to the nearest year column,
    /// in order; nil when the positions do not line up with the header.
    func layoutPlacement(_ cells: [AmountCell]) -> [Int]? {
        guard let columns = layoutColumns, columns.count == years.count, !cells.isEmpty, cells.count <= columns.count else { return nil }
        let spacing = zip(columns, columns.dropFirst()).map { $1.center - $0.center }.min() ?? 0
        guard spacing >= 3 else { return nil }
        let tolerance = max(3, spacing * 2 / 3)
        // cost[i][j]: least total distance placing cells 0...i with cell i in column j.
        let k = cells.count
        let n = columns.count
        var cost = Array(repeating: Array(repeating: Int.max, count: n), count: k)
        var from = Array(repeating: Array(repeating: -1, count: n), count: k)
        for j in 0..<n { cost[0][j] = distance(cells[0], columns[j]) }
        if k > 1 {
            for i in 1..<k {
                for j in i..<n {
                    for previous in (i - 1)..<j where cost[i - 1][previous] != Int.max {
                        let total = cost[i - 1][previous] + distance(cells[i], columns[j])
                        if total < cost[i][j] { cost[i][j] = total; from[i][j] = previous }
                    }
                }
            }
        }
        guard let last = (0..<n).min(by: { cost[k - 1][$0] < cost[k - 1][$1] }), cost[k - 1][last] != Int.max else { return nil }
        var placement = Array(repeating: 0, count: k)
        var column = last
        for i in stride(from: k - 1, through: 0, by: -1) {
            placement[i] = column
            if distance(cells[i], columns[column]) > tolerance { return nil }
            column = from[i][column]
        }
        return placement
    }

    private func distance(_ cell: AmountCell, _ column: PositionedWord) -> Int {
        // Amounts are right-aligned under their year or centred on it.
        min(abs(cell.end - column.end), abs(cell.center - column.center))
    }

    private func proof(
        row: Int, year: Int, constraints: [YearPlacement.Constraint], cells: [[AmountCell]], positions: [[Int]],
        rows: [AssembledRow], totalLabels: [Int: String]
    ) -> String {
        let calendarYear = years.lowerBound + year
        for constraint in constraints where constraint.terms.contains(where: { $0.row == row }) {
            guard let total = constraint.terms.first(where: { $0.coefficient < 0 && $0.row != row }) else { continue }
            if let index = positions[total.row].firstIndex(of: year), index < cells[total.row].count {
                let label = totalLabels[total.row] ?? rows[total.row].label
                return "the printed total \(PrintedAmount.text(cells[total.row][index].value)) ('\(label)', \(calendarYear)) requires it."
            }
        }
        if let constraint = constraints.first(where: { $0.terms.contains { $0.row == row && $0.coefficient < 0 } }) {
            var sum: Amount = 0
            for term in constraint.terms where term.row != row {
                if let index = positions[term.row].firstIndex(of: year), index < cells[term.row].count {
                    sum &+= term.coefficient &* cells[term.row][index].value
                }
            }
            return "the rows add up to \(PrintedAmount.text(sum)) in \(calendarYear)."
        }
        return "only this reading makes the table's totals add up in \(calendarYear)."
    }

    private mutating func reportPlacement(
        _ row: AssembledRow, certainty: YearPlacement.Certainty, alignment: YearPlacement.Alignment,
        amounts: [Int: Amount], alternatives: Int
    ) {
        guard certainty == .inferred || certainty == .ambiguous else { return }
        let printed = row.cells.map(\.text).joined(separator: " ")
        let placedYears = YearText.describe(amounts.keys.sorted())
        let rule = alignment == .start ? "implementation costs start in the first year" : "permanent changes run to the last year"
        let label = row.label.isEmpty ? "(no label)" : row.label
        if certainty == .inferred {
            findings.append(Finding(
                rule: "extraction.placement-inferred", severity: .info, proposal: proposal, line: row.dataLine,
                message: "\(tableName): placed the amounts of '\(label)' (\(printed)) in \(placedYears): the totals allow \(alternatives > 1 ? "\(alternatives) placements" : "it without deciding"), and by default \(rule)."))
        } else {
            findings.append(Finding(
                rule: "extraction.placement-ambiguous", severity: .warning, proposal: proposal, line: row.dataLine,
                message: "\(tableName): the totals do not tell where the amounts of '\(label)' (\(printed)) belong; placed them in \(placedYears) by the default rule (\(rule))."))
        }
    }

    private mutating func reportCells(
        _ row: AssembledRow, cells: [AmountCell], repaired: [Int], positions: [Int],
        violations: [YearPlacement.Violation], constraints: [YearPlacement.Constraint], rowIndex: Int
    ) {
        var unseparated: [String] = []
        for (index, cell) in cells.enumerated() {
            if cell.value.magnitude >= 1000 && !cell.text.utf8.contains(0x2E) && cell.suspicion == nil {
                unseparated.append(cell.text)
            }
            guard let suspicion = cell.suspicion, !repaired.contains(index) else { continue }
            let year = index < positions.count ? years.lowerBound + positions[index] : nil
            let holds = index < positions.count && !violations.contains { violation in
                violation.year == positions[index] && constraints[violation.constraint].terms.contains { $0.row == rowIndex }
            }
            let reading = "'\(cell.text)' as \(PrintedAmount.text(cell.value))"
            let yearText = year.map { " in \($0)" } ?? ""
            switch suspicion {
            case .splitAcrossLines:
                let pieces = row.splitNumbers.first { $0.text.replacingOccurrences(of: "' and '", with: "") == cell.text }?.text ?? cell.text
                findings.append(Finding(
                    rule: "extraction.split-number", severity: .info, proposal: proposal, line: cell.line,
                    message: "\(tableName): one number was split over two lines ('\(pieces)'); read as \(PrintedAmount.text(cell.value))\(yearText) in '\(row.label)'."))
            case .ocrLetters:
                findings.append(Finding(
                    rule: "extraction.ocr-number", severity: .info, proposal: proposal, line: cell.line,
                    message: "\(tableName): read \(reading)\(yearText) in '\(row.label)' (letters where a digit was)\(holds ? "; the totals agree" : "")."))
            case .leadingPoint, .malformed:
                findings.append(Finding(
                    rule: holds ? "extraction.number-read" : "extraction.suspect-number", severity: holds ? .info : .warning,
                    proposal: proposal, line: cell.line,
                    message: "\(tableName): the token '\(cell.text)'\(yearText) in '\(row.label)' is not a well-formed amount; read as \(PrintedAmount.text(cell.value))"
                        + (holds ? ", which the totals agree with." : ", which the totals do not confirm.")))
            }
        }
        if !unseparated.isEmpty {
            findings.append(Finding(
                rule: "extraction.missing-thousands-separator", severity: .info, proposal: proposal, line: row.dataLine,
                message: "\(tableName): amounts printed without thousands separator in '\(row.label)': "
                    + unseparated.map { "'\($0)'" }.joined(separator: ", ") + "; read as whole thousands."))
        }
        if let text = row.steeringText, let area = row.steering {
            findings.append(Finding(
                rule: "extraction.ocr-word", severity: .info, proposal: proposal, line: row.steeringLine ?? row.dataLine,
                message: "\(tableName): read the steering area '\(text)' as '\(area.danishLabel)' in '\(row.label)'."))
        }
    }
}
