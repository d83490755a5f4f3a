import GevinstCore

/// Matches the rows of a detail table to the Tabel 1 lines they detail (issue 3: "Tabel 2/3/4 are matched to it
/// line by line, by label where labels agree and by amounts where they do not"), in four passes:
/// 1. the same label (compared without case, punctuation or markup);
/// 2. one label the start of the other ("Evaluering" / "Evaluerings", 003 BU04);
/// 3. the same amounts in every year (003 BU03: Tabel 1 "Anskaffelse og tilpasning af teknologi" 150/200 is
///    Tabel 3 "Udvikling og tilpasning af app Socialforvaltningen" 150/200);
/// 4. a group of rows that sums to one line (003 TV01: six Tabel 3 rows make "Implementeringsorganisation"
///    4.800/7.300/6.500/3.200), or one row that sums a group of lines (003 BU06 Tabel 2 "Færre børn med behov for
///    taxa" -1.450 is the two Tabel 1 taxa lines -1.000 and -450).
/// Only rows and lines of the same model are matched. A matched line takes the row's appropriation and
/// innovation-pool mark; a row that matches nothing is reported.
enum DetailLineMatcher {
    struct Match: Sendable, Hashable {
        /// Index into `DetailTableReading.rows`.
        var row: Int
        /// Indices into the lines.
        var lines: [Int]
    }

    /// The label keys of `lines`, as `match` compares them. A proposal's labels do not change while its detail
    /// tables are matched (only appropriations and pool marks do), so the builder works them out once for all its
    /// detail tables instead of once per table.
    static func labelKeys(of lines: [EconomicLine]) -> [String] {
        lines.map { MarkdownInline.key(ModelVariant.droppingSuffix($0.label)) }
    }

    /// The matches between `rows` (only `.line` rows take part) and `lines`, restricted to the block the table
    /// details: Tabel 2 the permanent lines, Tabel 3 and 4 the implementation lines. `lineKeys` are
    /// `labelKeys(of: lines)` where the caller has them already.
    static func match(
        _ rows: [DetailRow], kind: PrintedTable.Kind, lines: [EconomicLine], lineKeys: [String]? = nil
    ) -> (matches: [Match], unmatched: [Int]) {
        let block: Block = kind == .table2 ? .permanent : .implementation
        var freeRows = rows.indices.filter { rows[$0].row.role == .line }
        var freeLines = lines.indices.filter { lines[$0].block == block }
        var matches: [Match] = []
        let rowKeys = rows.map { MarkdownInline.key(ModelVariant.droppingSuffix($0.row.label)) }
        let lineKeys = lineKeys ?? labelKeys(of: lines)

        func compatible(_ row: Int, _ line: Int) -> Bool {
            let rowVariant = rows[row].variant
            let lineVariant = lines[line].variant
            return rowVariant == nil || lineVariant == nil || rowVariant == lineVariant
        }
        func take(_ row: Int, _ matched: [Int]) {
            matches.append(Match(row: row, lines: matched))
            freeRows.removeAll { $0 == row }
            freeLines.removeAll { matched.contains($0) }
        }

        // Passes 1 and 2: labels.
        for exact in [true, false] {
            for row in freeRows {
                let rowKey = rowKeys[row]
                guard !rowKey.isEmpty else { continue }
                let found = freeLines.first { line in
                    guard compatible(row, line) else { return false }
                    let lineKey = lineKeys[line]
                    if exact { return lineKey == rowKey }
                    return labelsAgree(rowKey, lineKey)
                }
                if let line = found { take(row, [line]) }
            }
        }
        // Pass 3: equal amounts.
        for row in freeRows {
            if let line = freeLines.first(where: { compatible(row, $0) && sameAmounts(rows[row].row.amounts, lines[$0].amounts) }) {
                take(row, [line])
            }
        }
        // Pass 4: sums, one line made of several rows, or one row made of several lines; only for the few rows
        // and lines left, so that a table of hundreds of unmatched rows costs no more than the passes above.
        guard freeRows.count <= maxForSums && freeLines.count <= maxForSums else { return (matches, freeRows) }
        for line in freeLines {
            let candidates = freeRows.filter { compatible($0, line) }
            if let group = subset(of: candidates, summingTo: lines[line].amounts.nonZeroAmounts, amounts: { rows[$0].row.amounts }),
               group.count > 1 {
                for row in group { take(row, [line]) }
            }
        }
        for row in freeRows {
            let candidates = freeLines.filter { compatible(row, $0) }
            if let group = subset(of: candidates, summingTo: rows[row].row.amounts, amounts: { lines[$0].amounts.nonZeroAmounts }),
               group.count > 1 {
                take(row, group)
            }
        }
        return (matches, freeRows)
    }

    /// The most rows or lines left over for which pass 4 looks for sums.
    static let maxForSums = 24

    /// Two label keys agree when one is the start of the other and the shorter has at least five characters.
    static func labelsAgree(_ first: String, _ second: String) -> Bool {
        let (short, long) = first.count <= second.count ? (first, second) : (second, first)
        return short.count >= 5 && long.hasPrefix(short)
    }

    static func sameAmounts(_ printed: [Int: Amount], _ series: YearSeries) -> Bool {
        let nonZero = printed.filter { $0.value != 0 }
        return !nonZero.isEmpty && nonZero == series.nonZeroAmounts
    }

    /// The smallest group of `candidates` (at most 12 are tried) whose amounts sum to `target` in every year.
    static func subset(of candidates: [Int], summingTo target: [Int: Amount], amounts: (Int) -> [Int: Amount]) -> [Int]? {
        let goal = target.filter { $0.value != 0 }
        guard !goal.isEmpty, candidates.count >= 2 else { return nil }
        let pool = Array(candidates.prefix(12))
        var best: [Int]? = nil
        for mask in 1..<(1 << pool.count) where mask.nonzeroBitCount >= 2 {
            if let current = best, mask.nonzeroBitCount >= current.count { continue }
            var sum: [Int: Amount] = [:]
            for (bit, candidate) in pool.enumerated() where mask & (1 << bit) != 0 {
                for (year, value) in amounts(candidate) { sum[year, default: 0] &+= value }
            }
            if sum.filter({ $0.value != 0 }) == goal {
                best = pool.enumerated().filter { mask & (1 << $0.offset) != 0 }.map(\.element)
            }
        }
        return best
    }
}
