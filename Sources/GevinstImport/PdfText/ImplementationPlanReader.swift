import GevinstCore

/// Reads the implementation plan grid (*Aktivitet* × years, cells marked "X").
///
/// PDF text drops the empty cells, so "Udarbejde samarbejdsmodel imellem aktører X X" under 2022–2025 does
/// not say which two years are marked; the marks are placed from the first year (an activity starts when the
/// plan starts), and the reader says so in one finding per plan.
enum ImplementationPlanReader {
    struct Result: Sendable {
        var plan: ImplementationPlan
        var inferredRows: Int
        var line: Int?
        var consumed: Set<Int>
    }

    static func read(_ lines: ArraySlice<PdfLine>) -> Result? {
        guard let headerIndex = lines.firstIndex(where: { line in
            line.isContent && line.trimmed.hasPrefix("Aktivitet") && yearColumns(line.trimmed).count >= 2
        }) else { return nil }
        let years = yearColumns(lines[headerIndex].trimmed)
        var activities: [ImplementationPlan.Activity] = []
        var inferred = 0
        var consumed: Set<Int> = [lines[headerIndex].number]
        var index = headerIndex + 1
        while index < lines.endIndex {
            let line = lines[index]
            index += 1
            if line.isFurniture || line.kind == .blank { continue }
            let text = line.trimmed
            if SectionHeading.parse(text) != nil || TableVocabulary.tableNumber(text) != nil { break }
            let words = text.splitAtSpaces().map(String.init)
            let marks = words.reversed().prefix { $0 == "X" || $0 == "x" }.count
            let name = words.dropLast(marks).joined(separator: " ")
            if marks == 0 {
                // A group heading ("En god start på livet") or the end of the grid.
                if name.count > 60 || name.hasSuffix(".") { break }
                consumed.insert(line.number)
                continue
            }
            consumed.insert(line.number)
            let count = min(marks, years.count)
            if count < years.count { inferred += 1 }
            activities.append(ImplementationPlan.Activity(name: name, years: Array(years.prefix(count))))
        }
        return Result(plan: ImplementationPlan(activities: activities), inferredRows: inferred, line: lines[headerIndex].number, consumed: consumed)
    }

    static func yearColumns(_ text: String) -> [Int] {
        text.split(separator: " ").compactMap { word in
            guard word.count == 4, let year = Int(word), YearHeader.plausibleYears.contains(year) else { return nil }
            return year
        }
    }
}
