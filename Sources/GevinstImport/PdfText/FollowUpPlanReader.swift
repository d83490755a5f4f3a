import GevinstCore

/// Reads the follow-up table (*Opfølgning*): rows of goal, how it is measured, who is responsible and when,
/// grouped under "Milepæle for implementering og anvendelse af investeringsmidler" and "Realisering af
/// effektiviseringer".
///
/// PDF text sets the four cells one after another, separated by blank lines, often with the last two on one
/// line ("BBU staben og BCV staben Ultimo 2022 og medio 2023"). A row ends with its *when*, recognised by its
/// first word: Primo, Medio, Ultimo, Årligt, Halvårligt, Kvartalsvis, Månedsvis, Løbende, "Sidst på året",
/// "4. kvartal", "Efter …", "6 måneder …", or a year. The cells before the *when* are goal, measurement and
/// responsible in that order. The table may stand outside its section (000 UD13 prints it after section 9).
enum FollowUpPlanReader {
    struct Result: Sendable {
        var rows: [FollowUpPlanRow]
        var consumed: Set<Int>
    }

    static func read(_ lines: ArraySlice<PdfLine>) -> Result {
        guard let headerIndex = lines.firstIndex(where: { $0.isContent && isHeaderStart($0.trimmed) }) else { return Result(rows: [], consumed: []) }
        var consumed: Set<Int> = []
        var rows: [FollowUpPlanRow] = []
        var group = FollowUpPlanRow.Group.milestone
        var cells: [String] = []
        var paragraph: [String] = []
        var index = headerIndex
        var count = 0
        func flushParagraph() {
            guard !paragraph.isEmpty else { return }
            let text = WrappedText.join(paragraph).collapsingSpaces()
            paragraph = []
            if let split = whenSplit(text) {
                var parts = cells
                if !split.before.isEmpty { parts.append(split.before) }
                cells = []
                guard !parts.isEmpty else { return }
                let goal = parts[0]
                let measurement = parts.count >= 2 ? parts[1] : ""
                let responsible = parts.count >= 3 ? parts[2...].joined(separator: " ") : ""
                rows.append(FollowUpPlanRow(group: group, goal: goal, measurement: measurement, responsible: responsible, when: split.when))
            } else {
                cells.append(text)
                if cells.count > 4 { cells.removeFirst() }
            }
        }
        while index < lines.endIndex && count < 200 {
            let line = lines[index]
            index += 1
            count += 1
            if line.isFurniture { continue }
            if line.kind == .blank { flushParagraph(); continue }
            let text = line.trimmed
            if SectionHeading.parse(text) != nil || (TableVocabulary.tableNumber(text) != nil && index - 1 != headerIndex && !isHeaderStart(text)) { break }
            if ProposalSegmenter.marker(line) != nil { break }
            consumed.insert(line.number)
            if isHeaderFragment(text) { continue }
            let folded = TextFold.letters(text)
            if folded.hasPrefix("milepaele") || folded == "implementeringoganvendelseafinvesteringsmidler" {
                flushParagraph(); cells = []; group = .milestone; continue
            }
            if folded.hasPrefix("realiseringafeffektiviseringer") {
                flushParagraph(); cells = []; group = .realisation; continue
            }
            if !paragraph.isEmpty, line.startsPage || (text.first?.isUppercase ?? false) && whenSplit(WrappedText.join(paragraph)) != nil {
                flushParagraph()
            }
            paragraph.append(text)
        }
        flushParagraph()
        return Result(rows: rows, consumed: consumed)
    }

    static func isHeaderStart(_ text: String) -> Bool {
        let folded = TextFold.letters(text)
        if TableVocabulary.tableNumber(text) != nil { return folded.contains("opfolgningsmal") || folded.contains("opfolgningsmal") }
        return TextFold.hasPrefix(folded, "opfolgningsmal", tolerance: 2)
    }

    static func isHeaderFragment(_ text: String) -> Bool {
        let folded = TextFold.letters(text)
        let fragments = ["opfolgningsmal", "hvordanmales", "opfolgningsmalet", "hvemeransvarligfor", "opfolgning", "hvornargennemfores",
                         "opfolgningen", "hvornargennemforesopfolgningen", "gen", "tabelopfolgningsmal"]
        return fragments.contains { TextFold.distance(folded, $0, limit: 2) <= 2 } || (TableVocabulary.tableNumber(text) != nil)
            || (folded.hasPrefix("opfolgningsmal") && folded.contains("hvordan"))
    }

    static let whenWords = ["Primo", "Medio", "Ultimo", "Årligt", "Arligt", "Halvårligt", "Halvarligt", "Kvartalsvis", "Månedsvis",
                            "Løbende", "Lgbende", "Lebende", "Efter", "Sidst"]

    /// Splits "BBU staben Årligt fra 2023 og frem" into the text before and the *when*.
    static func whenSplit(_ text: String) -> (before: String, when: String)? {
        let words = text.split(separator: " ").map(String.init)
        for (index, word) in words.enumerated() {
            let cleaned = word.strippingCharacters("|")
            let isWhen: Bool
            if whenWords.contains(cleaned) {
                isWhen = cleaned != "Sidst" || (index + 1 < words.count && words[index + 1] == "på")
            } else if Int(cleaned) != nil, index + 2 < words.count, words[index + 1].lowercased().hasPrefix("måned") || words[index + 1].lowercased().hasPrefix("maned"),
                      words[index + 2].lowercased() == "efter" {
                isWhen = true
            } else if index == 0 || words[index - 1] == "|" {
                // At the start of a cell: "4. kvartal 2022", "1. Kvartal 2023", "6 måneder efter", "2027 og frem".
                let next = index + 1 < words.count ? words[index + 1].lowercased() : ""
                if cleaned.hasSuffix("."), Int(cleaned.dropLast()) != nil, next.hasPrefix("kvartal") || next.hasPrefix("kvt") || next.hasPrefix("halv") {
                    isWhen = true
                } else if Int(cleaned) != nil, next.hasPrefix("måned") || next.hasPrefix("maned") {
                    isWhen = true
                } else if cleaned.count == 4, let year = Int(cleaned), YearHeader.plausibleYears.contains(year) {
                    isWhen = true
                } else {
                    isWhen = false
                }
            } else {
                isWhen = false
            }
            if isWhen {
                let before = words[..<index].filter { $0 != "|" }.joined(separator: " ")
                return (before, words[index...].filter { $0 != "|" }.joined(separator: " "))
            }
        }
        return nil
    }
}

extension String {
    func strippingCharacters(_ set: String) -> String {
        var view = Substring(self)
        while let first = view.first, set.contains(first) { view = view.dropFirst() }
        while let last = view.last, set.contains(last) { view = view.dropLast() }
        return String(view)
    }
}

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
            let words = text.split(separator: " ").map(String.init)
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
