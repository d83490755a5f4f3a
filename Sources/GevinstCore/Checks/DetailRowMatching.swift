/// Pairs the rows of a printed detail table with the lines they show, one to one, in three passes:
/// 1. equal normalised labels (`LabelNormalisation`), in order;
/// 2. identical amounts over the compared years (003 BU05's Tabel 2 writes "… og sagsbehandler" for Tabel 1's
///    "… og sagsbehandlere");
/// 3. one normalised label abbreviating the other (000 BU05's Tabel 3 shortens a long Tabel 1 label).
/// Of what is left, a line the table splits into several rows (003 TV01: *Implementeringsorganisation*
/// 4.800 in 2019 shown as six rows from "Programleder og projektleder" 700 to "Frikøb af medarbejdere" 1.900)
/// or a row that combines several lines (003 BU06: Tabel 2 "Færre børn med behov for taxa" -1.450 = -1.000
/// + -450) is recognised by its sums: two or three parts, or all that are left. The rest is reported as rows
/// without a line and lines missing from the table.
struct DetailRowMatching {
    /// (row position, line position) pairs.
    var pairs: [(Int, Int)] = []
    /// One line shown as several rows.
    var splits: [(line: Int, rows: [Int])] = []
    /// One row showing several lines.
    var combinations: [(row: Int, lines: [Int])] = []
    var unmatchedRows: [Int] = []
    var unmatchedLines: [Int] = []

    static func match(rows: [PrintedRow], lines: [EconomicLine], years: [Int]) -> DetailRowMatching {
        let rowLabels = rows.map { LabelNormalisation.normalise($0.label) }
        let lineLabels = lines.map { LabelNormalisation.normalise($0.label) }
        var rowMatch = [Int?](repeating: nil, count: rows.count)
        var lineTaken = [Bool](repeating: false, count: lines.count)

        func pass(_ agree: (Int, Int) -> Bool) {
            for rowIndex in rows.indices where rowMatch[rowIndex] == nil {
                for lineIndex in lines.indices where !lineTaken[lineIndex] && agree(rowIndex, lineIndex) {
                    rowMatch[rowIndex] = lineIndex
                    lineTaken[lineIndex] = true
                    break
                }
            }
        }

        pass { rowLabels[$0] == lineLabels[$1] && !rowLabels[$0].isEmpty }
        pass { rowIndex, lineIndex in
            let row = rows[rowIndex]
            let line = lines[lineIndex]
            var anyNonZero = false
            for year in years {
                let printedValue = row.amounts[year] ?? 0
                if printedValue != line.amounts[year] { return false }
                if printedValue != 0 { anyNonZero = true }
            }
            return anyNonZero
        }
        pass { LabelNormalisation.isAbbreviation(rowLabels[$0], of: lineLabels[$1]) }

        var result = DetailRowMatching()
        for (rowIndex, lineIndex) in rowMatch.enumerated() {
            if let lineIndex { result.pairs.append((rowIndex, lineIndex)) }
        }
        var rowsLeft = rows.indices.filter { rowMatch[$0] == nil }
        var linesLeft = lines.indices.filter { !lineTaken[$0] }
        let rowAmounts = rows.map { row in years.map { row.amounts[$0] ?? 0 } }
        let lineAmounts = lines.map { line in years.map { line.amounts[$0] } }

        for line in linesLeft where rowsLeft.count >= 2 {
            guard lineAmounts[line].contains(where: { $0 != 0 }),
                let parts = partsSumming(to: lineAmounts[line], from: rowsLeft, amounts: rowAmounts)
            else { continue }
            result.splits.append((line, parts))
            rowsLeft.removeAll { parts.contains($0) }
            linesLeft.removeAll { $0 == line }
        }
        for row in rowsLeft where linesLeft.count >= 2 {
            guard rowAmounts[row].contains(where: { $0 != 0 }),
                let parts = partsSumming(to: rowAmounts[row], from: linesLeft, amounts: lineAmounts)
            else { continue }
            result.combinations.append((row, parts))
            linesLeft.removeAll { parts.contains($0) }
            rowsLeft.removeAll { $0 == row }
        }
        result.unmatchedRows = rowsLeft
        result.unmatchedLines = linesLeft
        return result
    }

    /// Two or three of `candidates`, or all of them, whose amounts sum to `target` year by year; nil if none.
    static func partsSumming(to target: [Amount], from candidates: [Int], amounts: [[Amount]]) -> [Int]? {
        func sums(_ parts: [Int]) -> Bool {
            for year in target.indices {
                var sum: Amount = 0
                for part in parts { sum &+= amounts[part][year] }
                if sum != target[year] { return false }
            }
            return true
        }
        let count = candidates.count
        guard count >= 2 else { return nil }
        for first in 0..<count {
            for second in (first + 1)..<count where sums([candidates[first], candidates[second]]) {
                return [candidates[first], candidates[second]]
            }
        }
        if count >= 3 {
            for first in 0..<count {
                for second in (first + 1)..<count {
                    for third in (second + 1)..<count where sums([candidates[first], candidates[second], candidates[third]]) {
                        return [candidates[first], candidates[second], candidates[third]]
                    }
                }
            }
        }
        return count > 3 && sums(candidates) ? candidates : nil
    }
}
