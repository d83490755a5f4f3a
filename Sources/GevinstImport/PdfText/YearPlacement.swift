import GevinstCore

/// Puts the amounts of rows whose empty cells were dropped back into their years.
///
/// PDF text drops empty cells: "Service  -2.000 -2.000 -2.000 -2.000 -2.000" has five amounts for six years.
/// A row's k amounts go to k of the n years in their printed order. The table's own totals decide: every
/// constraint (the lines of a block add up to the block's printed total; permanent total + implementation
/// total = net; …) must hold in every year. The search looks for the placements that break the fewest
/// (constraint, year) pairs, because a printed total may itself be wrong (000 TV01 prints -5.802 where its rows
/// give -5.803) and may have dropped cells too; it is bounded by a node budget so that no table can make it hang.
///
/// Among equally good placements the *documented default* decides: an implementation cost starts in the first
/// year and a permanent change runs to the last year ("costs start in year 1, savings start in year 2" in every
/// proposal of 000 and 001), and a contiguous run is preferred to one with gaps. Each row's result says how it
/// was placed: given (as many amounts as years, or placed by layout columns), decided by the totals, inferred by
/// the default among placements the totals allow, or ambiguous (the default had to choose between equals).
enum YearPlacement {
    struct Row: Sendable {
        var values: [Amount]
        /// The year index of every value when already known (layout columns).
        var fixed: [Int]?
        var alignment: Alignment

        init(values: [Amount], fixed: [Int]? = nil, alignment: Alignment) {
            self.values = values
            self.fixed = fixed
            self.alignment = alignment
        }
    }

    /// Where a row's amounts sit by default.
    enum Alignment: Sendable, Hashable {
        /// From the first year: implementation costs.
        case start
        /// To the last year: permanent changes.
        case end
    }

    /// Σ coefficient × row = 0 in every year.
    struct Constraint: Sendable {
        var terms: [(row: Int, coefficient: Amount)]
    }

    struct Problem: Sendable {
        var yearCount: Int
        var rows: [Row]
        var constraints: [Constraint]
        /// The most search nodes to visit before settling for the best found.
        var nodeBudget: Int = 150_000
    }

    enum Certainty: String, Sendable, Hashable {
        case given
        case decided
        case inferred
        case ambiguous
    }

    struct Violation: Sendable, Hashable {
        var constraint: Int
        var year: Int
    }

    struct Result: Sendable {
        /// Per row, the year index of each value.
        var positions: [[Int]]
        var certainty: [Certainty]
        var violations: [Violation]
        /// True when the node budget ran out before the search was complete.
        var capped: Bool
        /// How many alternative placements the totals allowed per row (1 when decided).
        var alternatives: [Int]
        /// False when the search found no placement within its limits (the default placement is returned).
        var found: Bool = true
    }

    /// The most placements of one row that are searched in full; wider rows are limited to contiguous runs.
    static let maxCandidatesPerRow = 924

    /// Contiguous runs first: a row's amounts stand in consecutive years unless no contiguous placement lets the
    /// totals add up as well as one with a gap does (every row of 000 and 001 is a run; an explicit "0" fills a
    /// year inside it). The search with gaps only looks for strictly fewer broken pairs.
    static func solve(_ problem: Problem) -> Result {
        let contiguous = solve(problem, contiguousOnly: true, maxViolations: nil)
        guard !contiguous.violations.isEmpty || contiguous.capped else { return contiguous }
        let limit = contiguous.capped ? nil : contiguous.violations.count - 1
        let withGaps = solve(problem, contiguousOnly: false, maxViolations: limit)
        if withGaps.found && (withGaps.violations.count < contiguous.violations.count || contiguous.capped && !withGaps.capped) {
            return withGaps
        }
        return contiguous
    }

    static func solve(_ problem: Problem, contiguousOnly: Bool, maxViolations: Int?) -> Result {
        let n = problem.yearCount
        let rowCount = problem.rows.count
        let candidates: [[[Int]]] = problem.rows.map { candidatePlacements(for: $0, yearCount: n, contiguousOnly: contiguousOnly) }
        let vectors: [[[Amount]]] = (0..<rowCount).map { r in
            candidates[r].map { placement in
                var vector = Array(repeating: Amount(0), count: n)
                for (valueIndex, year) in placement.enumerated() { vector[year] = problem.rows[r].values[valueIndex] }
                return vector
            }
        }
        // Placements that put the same amounts in the same years (they differ only in where a 0 goes) are one.
        let canonical: [[Int]] = vectors.map { rowVectors in
            rowVectors.indices.map { index in rowVectors.firstIndex(of: rowVectors[index]) ?? index }
        }
        let constraints = problem.constraints.filter { !$0.terms.isEmpty }
        var coefficient = Array(repeating: Array(repeating: Amount(0), count: rowCount), count: constraints.count)
        for (c, constraint) in constraints.enumerated() {
            for term in constraint.terms where term.row >= 0 && term.row < rowCount { coefficient[c][term.row] &+= term.coefficient }
        }
        let constrained = (0..<rowCount).filter { r in constraints.indices.contains { coefficient[$0][r] != 0 } }
        // Most constrained rows first: fewer candidates prune earlier.
        let order = constrained.sorted { (candidates[$0].count, $0) < (candidates[$1].count, $1) }

        var search = Search(
            yearCount: n, order: order, candidates: candidates, vectors: vectors, canonical: canonical,
            coefficient: coefficient, priors: (0..<rowCount).map { r in candidates[r].map { prior($0, alignment: problem.rows[r].alignment, yearCount: n) } },
            nodeBudget: problem.nodeBudget)
        search.run(maxViolations: maxViolations)

        var chosen = (0..<rowCount).map { _ in 0 }
        var certainty = (0..<rowCount).map { r -> Certainty in candidates[r].count <= 1 ? .given : .inferred }
        var alternatives = Array(repeating: 1, count: rowCount)
        if let best = search.bestAssignment {
            for (depth, r) in order.enumerated() {
                chosen[r] = best[depth]
                let seen = search.seenCanonical[depth].count
                alternatives[r] = seen
                if candidates[r].count <= 1 { certainty[r] = .given } else if seen <= 1 && !search.capped { certainty[r] = .decided } else if seen <= 1 {
                    certainty[r] = .inferred
                } else {
                    certainty[r] = search.bestConflict[depth] ? .ambiguous : .inferred
                }
            }
        } else {
            for r in order where candidates[r].count > 1 { certainty[r] = .ambiguous }
        }
        for r in 0..<rowCount where !constrained.contains(r) && candidates[r].count > 1 {
            // No total speaks to this row: the default alone places it.
            let bestPrior = search.priors[r].min() ?? 0
            certainty[r] = search.priors[r].filter { $0 == bestPrior }.count > 1 ? .ambiguous : .inferred
        }
        let positions = (0..<rowCount).map { r in candidates[r].isEmpty ? [] : candidates[r][chosen[r]] }
        var violations: [Violation] = []
        for c in constraints.indices {
            for year in 0..<n {
                var sum: Amount = 0
                for r in 0..<rowCount where coefficient[c][r] != 0 && !candidates[r].isEmpty {
                    sum &+= coefficient[c][r] &* vectors[r][chosen[r]][year]
                }
                if sum != 0 { violations.append(Violation(constraint: c, year: year)) }
            }
        }
        return Result(
            positions: positions, certainty: certainty, violations: violations, capped: search.capped, alternatives: alternatives,
            found: search.bestAssignment != nil || constrained.isEmpty)
    }

    /// Every order-preserving placement of a row's values, best default first. A row with as many values as
    /// years, or with layout columns, has one. A wide row is limited to contiguous runs.
    static func candidatePlacements(for row: Row, yearCount n: Int, contiguousOnly: Bool = false) -> [[Int]] {
        let k = row.values.count
        if let fixed = row.fixed, fixed.count == k { return [fixed] }
        guard k <= n else { return [] }
        if k == n { return [Array(0..<n)] }
        if k == 0 { return [[]] }
        var result: [[Int]] = []
        if !contiguousOnly && binomial(n, k) <= maxCandidatesPerRow {
            var combination = Array(0..<k)
            while true {
                result.append(combination)
                var index = k - 1
                while index >= 0 && combination[index] == n - k + index { index -= 1 }
                if index < 0 { break }
                combination[index] += 1
                for next in (index + 1)..<k { combination[next] = combination[next - 1] + 1 }
            }
        } else {
            for start in 0...(n - k) { result.append(Array(start..<(start + k))) }
        }
        return result.sorted { prior($0, alignment: row.alignment, yearCount: n) < prior($1, alignment: row.alignment, yearCount: n) }
    }

    /// The documented default as a cost: gaps cost most, then the distance from the row's usual end.
    static func prior(_ placement: [Int], alignment: Alignment, yearCount n: Int) -> Int {
        guard let first = placement.first, let last = placement.last else { return 0 }
        let gaps = (last - first + 1) - placement.count
        let offset = alignment == .start ? first : (n - 1 - last)
        return gaps * 1000 + offset
    }

    static func binomial(_ n: Int, _ k: Int) -> Int {
        guard k >= 0 && k <= n else { return 0 }
        var result = 1
        for i in 0..<min(k, n - k) {
            result = result * (n - i) / (i + 1)
            if result > 1_000_000 { return result }
        }
        return result
    }

    /// Depth-first search with iterative deepening on the number of broken (constraint, year) pairs.
    private struct Search {
        let yearCount: Int
        let order: [Int]
        let candidates: [[[Int]]]
        let vectors: [[[Amount]]]
        let canonical: [[Int]]
        let coefficient: [[Amount]]
        let priors: [[Int]]
        let nodeBudget: Int

        var nodes = 0
        var capped = false
        var bestAssignment: [Int]?
        var bestPrior = Int.max
        var bestConflict: [Bool] = []
        var seenCanonical: [Set<Int>] = []
        private var assignment: [Int] = []
        /// The sums so far per (constraint, year), flattened as `constraint * yearCount + year`, as are the
        /// per-depth bounds below (at `depth * cells + cell`): nested arrays cost an allocation, a uniqueness
        /// check and an indirection each.
        private var partial: [Amount] = []
        private var suffixMin: [Amount] = []
        private var suffixMax: [Amount] = []
        /// Every sum the rows from a depth on can contribute to a constraint in a year, sorted and without
        /// repeats, when there are not too many (the interval bounds serve otherwise). Each (depth, cell) names
        /// a stretch of `sumPool`; a row that adds nothing to a cell shares the stretch of the depth below.
        /// Sorted stretches, not sets: they are built by merging and searched by halving, with no hashing.
        private var reachable: [SumStretch] = []
        private var sumPool: [Amount] = []
        /// What `descend` reads at every node, in flat arrays (an inner array read per node cost a retain and a
        /// release): the search depth's `placementCount` placements one after another, `yearCount` amounts each, from
        /// `vectorStart[depth]`; its terms from `termStart[depth]` to `termStart[depth + 1]`, each as the first
        /// cell of its constraint and the coefficient.
        private var flatVectors: [Amount] = []
        private var vectorStart: [Int] = []
        private var placementCount: [Int] = []
        private var flatTerms: [(base: Int, coefficient: Amount)] = []
        private var termStart: [Int] = []
        private var budget = 0
        private var foundAtBudget = false

        init(yearCount: Int, order: [Int], candidates: [[[Int]]], vectors: [[[Amount]]], canonical: [[Int]],
             coefficient: [[Amount]], priors: [[Int]], nodeBudget: Int) {
            self.yearCount = yearCount
            self.order = order
            self.candidates = candidates
            self.vectors = vectors
            self.canonical = canonical
            self.coefficient = coefficient
            self.priors = priors
            self.nodeBudget = nodeBudget
        }

        mutating func run(maxViolations: Int?) {
            let depthCount = order.count
            let constraintCount = coefficient.count
            bestConflict = Array(repeating: false, count: depthCount)
            seenCanonical = Array(repeating: [], count: depthCount)
            assignment = Array(repeating: 0, count: depthCount)
            let cells = constraintCount * yearCount
            partial = Array(repeating: 0, count: cells)
            suffixMin = Array(repeating: 0, count: cells * (depthCount + 1))
            suffixMax = suffixMin
            // Below the last depth every cell can only be 0: one stretch holding 0, shared by all.
            sumPool = [0]
            reachable = Array(repeating: SumStretch(start: 0, count: 1), count: cells * (depthCount + 1))
            // Per row, the constraints it takes part in and its coefficient in each.
            let rowTerms = candidates.indices.map { r in
                (0..<constraintCount).filter { coefficient[$0][r] != 0 }.map { (constraint: $0, coefficient: coefficient[$0][r]) }
            }
            var yearValues: [[Amount]] = Array(repeating: [], count: yearCount)
            var options: [Amount] = []
            var merged: [Amount] = []
            var scratch: [Amount] = []
            if depthCount > 0 {
                for depth in stride(from: depthCount - 1, through: 0, by: -1) {
                    let r = order[depth]
                    // The distinct amounts the row's placements put in each year, found once for every
                    // constraint (up to 924 placements a row).
                    for year in 0..<yearCount {
                        yearValues[year].removeAll(keepingCapacity: true)
                        for vector in vectors[r] { yearValues[year].append(vector[year]) }
                        yearValues[year].sort()
                        Search.removeRepeats(&yearValues[year])
                    }
                    let here = depth * cells
                    let below = (depth + 1) * cells
                    for c in 0..<constraintCount {
                        let factor = coefficient[c][r]
                        for year in 0..<yearCount {
                            let cell = c * yearCount + year
                            options.removeAll(keepingCapacity: true)
                            if factor != 0 {
                                for value in yearValues[year] { options.append(factor &* value) }
                                options.sort()
                            }
                            if options.isEmpty { options.append(0) }
                            suffixMin[here + cell] = suffixMin[below + cell] &+ options[0]
                            suffixMax[here + cell] = suffixMax[below + cell] &+ options[options.count - 1]
                            let next = reachable[below + cell]
                            if next.isUnknown || options.count == 1 && options[0] == 0 {
                                // Unknown below stays unknown; a row that adds nothing here (most rows, for
                                // most constraints) leaves the sums as they are.
                                reachable[here + cell] = next
                            } else if next.count * options.count <= Search.maxReachableSums {
                                // The sums are at most next.count × options.count, within the limit: `merged`
                                // and `scratch` have room for them, and hold them in their first places.
                                let room = next.count * options.count
                                if merged.count < room {
                                    merged = Array(repeating: 0, count: room)
                                    scratch = merged
                                }
                                var mergedCount = 0
                                sumPool.withUnsafeBufferPointer { pool in
                                    let sums = UnsafeBufferPointer(rebasing: pool[next.start..<(next.start + next.count)])
                                    for option in options {
                                        mergedCount = merged.withUnsafeBufferPointer { sorted in
                                            scratch.withUnsafeMutableBufferPointer { result in
                                                Search.mergeUnique(
                                                    UnsafeBufferPointer(rebasing: sorted[0..<mergedCount]), sums, shiftedBy: option, into: result)
                                            }
                                        }
                                        swap(&merged, &scratch)
                                    }
                                }
                                reachable[here + cell] = SumStretch(start: sumPool.count, count: mergedCount)
                                sumPool += merged[0..<mergedCount]
                            } else {
                                reachable[here + cell] = .unknown
                            }
                        }
                    }
                }
            }
            guard !order.contains(where: { candidates[$0].isEmpty }) else { return }
            flatVectors = []
            vectorStart = []
            placementCount = []
            flatTerms = []
            termStart = [0]
            for r in order {
                vectorStart.append(flatVectors.count)
                placementCount.append(vectors[r].count)
                for vector in vectors[r] { flatVectors += vector }
                for term in rowTerms[r] { flatTerms.append((base: term.constraint * yearCount, coefficient: term.coefficient)) }
                termStart.append(flatTerms.count)
            }
            let maxBudget = min(constraintCount * yearCount, maxViolations ?? Int.max)
            budget = 0
            while budget <= maxBudget {
                foundAtBudget = false
                descend(0)
                if foundAtBudget || capped { break }
                budget += 1
            }
        }

        /// The most distinct sums kept per (depth, constraint, year).
        static let maxReachableSums = 4096

        /// A stretch of `sumPool`, or unknown (too many sums to keep).
        struct SumStretch {
            var start: Int
            var count: Int
            static let unknown = SumStretch(start: 0, count: -1)
            var isUnknown: Bool { count < 0 }
        }

        /// Drops the repeats of sorted `values`.
        static func removeRepeats(_ values: inout [Amount]) {
            guard values.count > 1 else { return }
            var kept = 1
            for index in 1..<values.count where values[index] != values[kept - 1] {
                values[kept] = values[index]
                kept += 1
            }
            values.removeLast(values.count - kept)
        }

        /// The sorted values of `sorted` and of `other` with `shift` added to each, without repeats, written
        /// to the first places of `result` (room for both is the caller's to give); returns how many.
        static func mergeUnique(
            _ sorted: UnsafeBufferPointer<Amount>, _ other: UnsafeBufferPointer<Amount>, shiftedBy shift: Amount,
            into result: UnsafeMutableBufferPointer<Amount>
        ) -> Int {
            var count = 0
            var left = 0
            var right = 0
            while left < sorted.count || right < other.count {
                let next: Amount
                if right == other.count || left < sorted.count && sorted[left] <= other[right] &+ shift {
                    next = sorted[left]
                    left += 1
                } else {
                    next = other[right] &+ shift
                    right += 1
                }
                if count == 0 || result[count - 1] != next {
                    result[count] = next
                    count += 1
                }
            }
            return count
        }

        /// Whether the sorted stretch `values` of `pool` holds `value`, found by halving.
        static func containsSorted(_ pool: [Amount], _ values: SumStretch, _ value: Amount) -> Bool {
            var low = values.start
            var high = values.start + values.count
            let end = high
            while low < high {
                let middle = (low + high) / 2
                if pool[middle] < value { low = middle + 1 } else { high = middle }
            }
            return low < end && pool[low] == value
        }

        /// Whether more (constraint, year) pairs than `budget` cannot add up whatever the remaining rows do. It
        /// stops at the first pair over the budget: the search only asks whether a branch can still succeed.
        private func boundExceeds(_ budget: Int, depth: Int) -> Bool {
            var count = 0
            let base = depth * partial.count
            for cell in partial.indices {
                let value = partial[cell]
                if value &+ suffixMin[base + cell] > 0 || value &+ suffixMax[base + cell] < 0 {
                    count += 1
                } else if !reachable[base + cell].isUnknown, !Search.containsSorted(sumPool, reachable[base + cell], 0 &- value) {
                    count += 1
                } else {
                    continue
                }
                if count > budget { return true }
            }
            return false
        }

        private mutating func descend(_ depth: Int) {
            if capped { return }
            nodes += 1
            if nodes > nodeBudget { capped = true; return }
            if boundExceeds(budget, depth: depth) { return }
            if depth == order.count {
                let broken = partial.count { $0 != 0 }
                guard broken <= budget else { return }
                record()
                return
            }
            let terms = termStart[depth]..<termStart[depth + 1]
            for index in 0..<placementCount[depth] {
                let vector = vectorStart[depth] + index * yearCount
                for term in terms {
                    let (base, coefficient) = flatTerms[term]
                    for year in 0..<yearCount { partial[base + year] &+= coefficient &* flatVectors[vector + year] }
                }
                assignment[depth] = index
                descend(depth + 1)
                for term in terms {
                    let (base, coefficient) = flatTerms[term]
                    for year in 0..<yearCount { partial[base + year] &-= coefficient &* flatVectors[vector + year] }
                }
                if capped { return }
            }
        }

        private mutating func record() {
            foundAtBudget = true
            var total = 0
            for (depth, r) in order.enumerated() {
                seenCanonical[depth].insert(canonical[r][assignment[depth]])
                total += priors[r][assignment[depth]]
            }
            if total < bestPrior {
                bestPrior = total
                bestAssignment = assignment
                bestConflict = Array(repeating: false, count: order.count)
            } else if total == bestPrior, let best = bestAssignment {
                for (depth, r) in order.enumerated() where canonical[r][best[depth]] != canonical[r][assignment[depth]] {
                    bestConflict[depth] = true
                }
            }
        }
    }
}
