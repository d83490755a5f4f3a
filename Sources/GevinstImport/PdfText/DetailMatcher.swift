import GevinstCore

/// Matches the rows of a detail table (Tabel 2, 3 or 4) to the lines of Tabel 1.
///
/// Tabel 1 is the source; the detail tables add each line's appropriation (*bevilling*). A detail row matches a
/// line by label where the labels agree (folded words, allowing wrapping and small differences) and by amounts
/// where they do not (000 SI05 calls the line "Udgifter til 5, 7 og 10 pladser" in Tabel 1 and "Udgifter til 12
/// pladser" in Tabel 2). One line may be split over several detail rows that add up to it, by appropriation
/// (000 SI/UD03 "Færre omkostninger til transport": 3200 and 3210; TV06 "Rammereduktion af selvejende
/// institutioner": 3220 and 3200) or into parts (000 TV01: rengøring and reception).
enum DetailMatcher {
    struct Line: Sendable {
        var label: PreparedLabel
        /// The printed amounts in order, empty cells left out.
        var values: [Amount]
    }

    struct Match: Sendable {
        /// The Tabel 1 line.
        var line: Int
        /// The detail rows that make it up (one, or several adding up to it).
        var rows: [Int]
        var byLabel: Bool
    }

    static let maxRowsForSums = 24

    static let stopWords: Set<String> = ["og", "af", "i", "til", "på", "pa", "for", "med", "ved", "en", "et", "den", "det", "de", "som", "at", "sfa"]

    /// The label's folded words without stop words, sorted and without repeats: two labels' shared words are
    /// then counted by one walk along both, with no hashing.
    static func words(_ label: String) -> [Substring] {
        // The folded words are ASCII, so they are cut on bytes; every stop word folds to three letters or fewer,
        // so longer words are not looked up.
        var words = TextFold.words(label).splitAtSpaces().filter { $0.utf8.count > 3 || !stopWords.contains(String($0)) }
        words.sort()
        var unique: [Substring] = []
        unique.reserveCapacity(words.count)
        for word in words where unique.last != word { unique.append(word) }
        return unique
    }

    /// How many words two sorted, repeat-free word lists share.
    static func sharedCount(_ a: [Substring], _ b: [Substring]) -> Int {
        var left = 0
        var right = 0
        var shared = 0
        while left < a.count && right < b.count {
            if a[left] == b[right] {
                shared += 1
                left += 1
                right += 1
            } else if a[left] < b[right] {
                left += 1
            } else {
                right += 1
            }
        }
        return shared
    }

    /// A label ready for comparing: its folded letters and its words, worked out once per label rather than
    /// once per pair (a table of n lines and m rows is compared n × m times).
    struct PreparedLabel: Sendable {
        let folded: String
        let words: [Substring]

        init(_ label: String) {
            folded = TextFold.letters(label)
            words = DetailMatcher.words(label)
        }
    }

    /// How alike two labels are, 0 to 1: 1 when their letters agree, else the share of shared words.
    static func labelSimilarity(_ a: PreparedLabel, _ b: PreparedLabel) -> Double {
        let foldedA = a.folded
        let foldedB = b.folded
        if foldedA.isEmpty || foldedB.isEmpty { return 0 }
        if foldedA == foldedB { return 1 }
        // Folded letters are ASCII: their length is their byte count, with no walk over the characters.
        if foldedA.utf8.count >= 12 && foldedB.utf8.count >= 12 && (foldedA.hasPrefix(foldedB) || foldedB.hasPrefix(foldedA)) { return 0.9 }
        let shared = sharedCount(a.words, b.words)
        let union = a.words.count + b.words.count - shared
        guard union > 0 else { return 0 }
        return Double(shared) / Double(union)
    }

    static func match(lines: [Line], rows: [PdfTextDetailRow]) -> [Match] {
        var matches: [Match] = []
        var usedLines = Set<Int>()
        var usedRows = Set<Int>()
        let candidates = rows.indices.filter { !rows[$0].isTotal && !rows[$0].cells.isEmpty }
        // Each row's and line's amounts without zeros, found once: the steps below compare them pair by pair and
        // triple by triple.
        let rowValues = rows.map { nonZero($0.cells.map(\.value)) }
        let lineValues = lines.map { nonZero($0.values) }
        let rowLabels = rows.map { PreparedLabel($0.label) }
        let lineLabels = lines.map(\.label)
        // 1. One line, several rows with its label that add up to it.
        for lineIndex in lines.indices {
            let sameLabel = candidates.filter { !usedRows.contains($0) && labelSimilarity(lineLabels[lineIndex], rowLabels[$0]) >= 0.9 }
            guard sameLabel.count >= 2, sums(sameLabel.map { rowValues[$0] }, equal: lineValues[lineIndex]) else { continue }
            matches.append(Match(line: lineIndex, rows: sameLabel, byLabel: true))
            usedLines.insert(lineIndex)
            usedRows.formUnion(sameLabel)
        }
        // 2. Labels and amounts that both agree.
        pairUp(lineValues: lineValues, lineLabels: lineLabels, rowLabels: rowLabels, candidates: candidates, rowValues: rowValues, minimumScore: 0.4, requireSameAmounts: true,
               matches: &matches, usedLines: &usedLines, usedRows: &usedRows)
        // 3. Two or three rows whose amounts add up to a line.
        for lineIndex in lines.indices where !usedLines.contains(lineIndex) {
            let target = lineValues[lineIndex]
            let free = candidates.filter { !usedRows.contains($0) && rowValues[$0].count == target.count }
            // Sums of two or three rows are tried among a table's first rows only, so that no table costs more
            // than a few thousand comparisons per line.
            guard free.count <= maxRowsForSums else { continue }
            var found: [Int]? = nil
            search: for a in free.indices {
                for b in free.indices where b > a {
                    let valuesA = rowValues[free[a]]
                    let valuesB = rowValues[free[b]]
                    if sums(valuesA, valuesB, equal: target) { found = [free[a], free[b]]; break search }
                    for c in free.indices where c > b {
                        if sums(valuesA, valuesB, rowValues[free[c]], equal: target) {
                            found = [free[a], free[b], free[c]]
                            break search
                        }
                    }
                }
            }
            if let group = found {
                matches.append(Match(line: lineIndex, rows: group, byLabel: false))
                usedLines.insert(lineIndex)
                usedRows.formUnion(group)
            }
        }
        // 4. Labels that agree where the amounts do not (the detail table may be wrong).
        pairUp(lineValues: lineValues, lineLabels: lineLabels, rowLabels: rowLabels, candidates: candidates, rowValues: rowValues, minimumScore: 0.6, requireSameAmounts: false,
               matches: &matches, usedLines: &usedLines, usedRows: &usedRows)
        // 5. Amounts that agree where the labels do not, when only one row and one line have them.
        for lineIndex in lines.indices where !usedLines.contains(lineIndex) {
            let target = lineValues[lineIndex]
            guard !target.isEmpty else { continue }
            let same = candidates.filter { !usedRows.contains($0) && rowValues[$0] == target }
            let otherLines = lines.indices.filter { !usedLines.contains($0) && $0 != lineIndex && lineValues[$0] == target }
            if same.count == 1, otherLines.isEmpty, let row = same.first {
                matches.append(Match(line: lineIndex, rows: [row], byLabel: false))
                usedLines.insert(lineIndex)
                usedRows.insert(row)
            }
        }
        return matches.sorted { $0.line < $1.line }
    }

    static func pairUp(
        lineValues: [[Amount]], lineLabels: [PreparedLabel], rowLabels: [PreparedLabel], candidates: [Int], rowValues: [[Amount]], minimumScore: Double, requireSameAmounts: Bool,
        matches: inout [Match], usedLines: inout Set<Int>, usedRows: inout Set<Int>
    ) {
        var pairs: [(score: Double, line: Int, row: Int)] = []
        for lineIndex in lineValues.indices where !usedLines.contains(lineIndex) {
            for row in candidates where !usedRows.contains(row) {
                let sameAmounts = rowValues[row] == lineValues[lineIndex]
                if requireSameAmounts && !sameAmounts { continue }
                let score = labelSimilarity(lineLabels[lineIndex], rowLabels[row])
                if score >= minimumScore { pairs.append((score, lineIndex, row)) }
            }
        }
        for pair in pairs.sorted(by: { ($0.score, -$0.line, -$0.row) > ($1.score, -$1.line, -$1.row) })
        where !usedLines.contains(pair.line) && !usedRows.contains(pair.row) {
            matches.append(Match(line: pair.line, rows: [pair.row], byLabel: true))
            usedLines.insert(pair.line)
            usedRows.insert(pair.row)
        }
    }

    static func nonZero(_ values: [Amount]) -> [Amount] { values.filter { $0 != 0 } }

    /// `sums([a, b], equal:)` and `sums([a, b, c], equal:)` without building the array of parts (tried for every
    /// pair and triple of a table's rows).
    static func sums(_ a: [Amount], _ b: [Amount], _ c: [Amount]? = nil, equal target: [Amount]) -> Bool {
        guard !target.isEmpty, a.count == target.count, b.count == target.count, c.map({ $0.count == target.count }) ?? true else { return false }
        for index in target.indices {
            var sum = a[index] &+ b[index]
            if let c { sum &+= c[index] }
            if sum != target[index] { return false }
        }
        return true
    }

    /// True when the rows, value by value, add up to `target` (all of the same length).
    static func sums(_ parts: [[Amount]], equal target: [Amount]) -> Bool {
        guard !target.isEmpty, parts.allSatisfy({ $0.count == target.count }) else { return false }
        for index in target.indices {
            var sum: Amount = 0
            for part in parts { sum &+= part[index] }
            if sum != target[index] { return false }
        }
        return true
    }
}
