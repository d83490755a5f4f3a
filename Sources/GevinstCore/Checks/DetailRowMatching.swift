/// Pairs the rows of a printed detail table with the lines they show, one to one, in three passes:
/// 1. equal normalised labels (`LabelNormalisation`), in order;
/// 2. identical amounts over the compared years (003 BU05's Tabel 2 writes "… og sagsbehandler" for Tabel 1's
///    "… og sagsbehandlere");
/// 3. one normalised label abbreviating the other (000 BU05's Tabel 3 shortens a long Tabel 1 label).
/// What is left is reported as rows without a line and lines missing from the table.
struct DetailRowMatching {
    /// (row position, line position) pairs.
    var pairs: [(Int, Int)] = []
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
            if let lineIndex { result.pairs.append((rowIndex, lineIndex)) } else { result.unmatchedRows.append(rowIndex) }
        }
        result.unmatchedLines = lines.indices.filter { !lineTaken[$0] }
        return result
    }
}
