import GevinstCore

/// Repairs of damaged amount cells, made only where the table's own totals prove them.
///
/// OCR of seed 001 lost minus signs ("1733 2957" for -1.733 -2.957; "3.250" and ".6.000" for -3.250 and
/// -6.000) and a digit ("10" for 110), and PDF text of 000 printed "6.00" for 600. After the amounts are placed,
/// every year in which a constraint does not add up is examined: the cells of that year may each be read another
/// way (`AmountCellReader.ocrAlternatives` for OCR'd text; only the token's own alternative readings
/// otherwise). A repair is made when exactly one change of one cell, or else exactly one change of two cells,
/// makes every constraint the changed cells stand in add up in that year. A printed total that no such repair can explain is left wrong,
/// to be reported by the checks (001 prints a net of -8.800 where its rows give -10.480).
enum OcrRepair {
    struct Repair: Sendable, Hashable {
        var row: Int
        var valueIndex: Int
        var year: Int
        var newValue: Amount
    }

    /// The most combinations of two cells' readings tried for one year.
    static let maxPairCombinations = 400_000

    /// - Parameters:
    ///   - cells: per row, its cells in order.
    ///   - positions: per row, the year index of each cell.
    ///   - constraints: Σ coefficient × row = 0 per year.
    ///   - violations: the (constraint, year) pairs that do not add up.
    static func repairs(
        cells: [[AmountCell]], positions: [[Int]], constraints: [YearPlacement.Constraint],
        violations: [YearPlacement.Violation], ocr: Bool
    ) -> [Repair] {
        var result: [Repair] = []
        let years = Set(violations.map(\.year)).sorted()
        for year in years {
            let broken = Set(violations.filter { $0.year == year }.map(\.constraint))
            // Sum of every constraint in this year, and the cells that stand in it.
            var sums: [Amount] = Array(repeating: 0, count: constraints.count)
            var coefficients: [[Int: Amount]] = Array(repeating: [:], count: constraints.count)
            for (c, constraint) in constraints.enumerated() {
                for term in constraint.terms { coefficients[c][term.row, default: 0] &+= term.coefficient }
                for (row, coefficient) in coefficients[c] where row < cells.count {
                    for (index, position) in positions[row].enumerated() where position == year && index < cells[row].count {
                        sums[c] &+= coefficient &* cells[row][index].value
                    }
                }
            }
            var suspects: [(row: Int, index: Int, alternatives: [Amount])] = []
            let rowsInBroken = Set(broken.flatMap { coefficients[$0].keys })
            for row in rowsInBroken.sorted() where row < cells.count {
                for (index, position) in positions[row].enumerated() where position == year && index < cells[row].count {
                    let cell = cells[row][index]
                    let alternatives = ocr ? AmountCellReader.ocrAlternatives(cell) : cell.alternatives
                    if !alternatives.isEmpty { suspects.append((row, index, alternatives)) }
                }
            }
            // Each constraint's coefficient per row, dense: the pair search below asks up to 400 000 times.
            let rowCount = cells.count
            let dense: [[Amount]] = coefficients.map { terms in
                var row = Array(repeating: Amount(0), count: rowCount)
                for (index, coefficient) in terms where index >= 0 && index < rowCount { row[index] = coefficient }
                return row
            }
            // A change is proven when every constraint the changed cells stand in adds up afterwards (a constraint
            // they do not stand in, such as a wrong printed net, neither proves nor forbids it).
            func holds(_ row: Int, _ change: Amount) -> Bool {
                for c in constraints.indices where dense[c][row] != 0 {
                    if sums[c] &+ dense[c][row] &* change != 0 { return false }
                }
                return true
            }
            func holds(_ rowA: Int, _ changeA: Amount, _ rowB: Int, _ changeB: Amount) -> Bool {
                for c in constraints.indices where dense[c][rowA] != 0 || dense[c][rowB] != 0 {
                    if sums[c] &+ dense[c][rowA] &* changeA &+ dense[c][rowB] &* changeB != 0 { return false }
                }
                return true
            }
            var singles: [Repair] = []
            for suspect in suspects {
                let from = cells[suspect.row][suspect.index].value
                for alternative in suspect.alternatives where holds(suspect.row, alternative &- from) {
                    singles.append(Repair(row: suspect.row, valueIndex: suspect.index, year: year, newValue: alternative))
                }
            }
            if singles.count == 1 {
                result.append(contentsOf: singles)
                continue
            }
            if !singles.isEmpty { continue }
            var pairs: [[Repair]] = []
            var tried = 0
            pairSearch: for first in suspects.indices {
                for second in suspects.indices where second > first {
                    let a = suspects[first]
                    let b = suspects[second]
                    let fromA = cells[a.row][a.index].value
                    let fromB = cells[b.row][b.index].value
                    for alternativeA in a.alternatives {
                        for alternativeB in b.alternatives {
                            tried += 1
                            if tried > maxPairCombinations { pairs = []; break pairSearch }
                            if holds(a.row, alternativeA &- fromA, b.row, alternativeB &- fromB) {
                                pairs.append([
                                    Repair(row: a.row, valueIndex: a.index, year: year, newValue: alternativeA),
                                    Repair(row: b.row, valueIndex: b.index, year: year, newValue: alternativeB),
                                ])
                                if pairs.count > 1 { break pairSearch }
                            }
                        }
                    }
                }
            }
            if pairs.count == 1, let pair = pairs.first { result.append(contentsOf: pair) }
        }
        return result
    }
}
