import GevinstCore

/// A plan table's header line: a unit and the years, as 004 prints "Mio. kr. 2019 2020 2021 2022".
struct PlanTableHeader: Sendable {
    /// The unit a short line names ("Mio. kr.", "Effekter i alt (mio. kr.)"), for the header of years below it;
    /// nil for a longer line (prose that speaks of kroner).
    /// The caller has seen "kr" in the line (`holdsKr`), on its bytes, before splitting it into words.
    static func unitNamed(byShortLine words: [Substring]) -> AmountUnit? {
        guard !words.isEmpty, words.count <= 12 else { return nil }
        let lower = words.map { $0.lowercased() }
        // "kr" opening a word ("kr.", "(mio. kr.)", "t.kr."), not inside one ("krone", "Kræftens").
        guard lower.contains(where: { $0.hasPrefix("kr.") || $0 == "kr" || $0.hasPrefix("(kr") || $0.hasPrefix("t.kr") || $0.hasSuffix("kr.)") }) else { return nil }
        return AmountUnit.named(in: lower.joined(separator: " "))
    }

    /// Lines between a unit line and the header of years it names (blank lines counted).
    static let unitLineReach = 3

    /// The unit named by a short line at most `unitLineReach` lines above line `index` (0-based) of `lines`, the
    /// nearest non-blank one: "Mio. kr." or a caption "(mio. kr.)" over a header of years without a unit.
    static func unitAbove(_ index: Int, in lines: TextLines) -> AmountUnit? {
        var above = index - 1
        while above >= 0, index - above <= unitLineReach {
            let line = lines[above]
            above -= 1
            if line.isBlankText { continue }
            guard line.utf8.count < 120, !line.containsByte(0x09), line.holdsKr else { return nil }
            return unitNamed(byShortLine: line.words)
        }
        return nil
    }

    var unit: AmountUnit
    var years: [Int]
    var line: Int

    /// Reads a line as a header: some words naming a unit ("Mio. kr.", "1.000 kr."), then two or more
    /// increasing years and nothing after them. `unitAbove` is the unit a short line just above named (a caption
    /// "(mio. kr.)", or "Mio. kr." on a line of its own): then the years may stand alone or after a word
    /// ("Initiativ 2019 2020 2021 2022").
    init?(_ words: [Substring], line: Int, unitAbove: AmountUnit? = nil) {
        guard words.count >= (unitAbove == nil ? 3 : 2), words.count <= 40 else { return nil }
        guard let firstYear = words.firstIndex(where: { fourDigitYear($0) != nil }), firstYear > 0 || unitAbove != nil else { return nil }
        var years: [Int] = []
        for word in words[firstYear...] {
            guard let year = fourDigitYear(word), years.last.map({ year > $0 }) ?? true else { return nil }
            years.append(year)
        }
        guard years.count >= 2, let unit = AmountUnit.named(in: words[..<firstYear].joined(separator: " ")) ?? unitAbove else { return nil }
        self.unit = unit
        self.years = years
        self.line = line
    }
}

/// One line inside a plan table, classified: a numbered initiative with or without its amounts, the
/// "I alt" row, a line of amounts alone (the end of a wrapped row), or anything else.
enum PlanLine {
    /// "1 § 108 / § 105 2,0 2,5 3,0 3,0": number, label, the amounts as printed.
    case numbered(number: String, label: String, amounts: [Substring])
    /// "I alt 7,25 10,75 12,75 13,25".
    case total(label: String, amounts: [Substring])
    /// An unnumbered row with a label and amounts ("Investeringscase -1,5 -1,5 …" printed without a number).
    case unnumbered(label: String, amounts: [Substring])
    /// "1,0 2,0 2,0 2,0": amounts only.
    case amountsOnly([Substring])
    /// A footnote: "11: Ligeledes en reduktion …".
    case footnote(marker: String, text: String)
    /// Prose, a title, a page number.
    case other

    /// Words that make the number after them part of a label, not an amount ("§ 107", "/ 104", "§§ 103 og 104").
    static let referenceMarkers: Set<String> = ["§", "§§", "/", "og", "stk.", "nr.", "kap.", "sel", "abl", "lov"]

    /// Labels of a total row.
    static let totalLabels: Set<String> = ["i alt", "ialt", "total", "sum", "samlet", "i alt:"]

    /// Classifies a line's words. `columns` is the table's number of years.
    static func classify(_ words: [Substring], columns: Int) -> PlanLine {
        guard let first = words.first else { return .other }
        if words.count >= 2, first.hasSuffix(":"), let marker = rowNumber(first.dropLast()) {
            return .footnote(marker: marker, text: words.dropFirst().joined(separator: " "))
        }
        // Trailing amounts, stopping at a number that belongs to a legal reference.
        var start = words.count
        while start > 0, DanishDecimal(words[start - 1]) != nil {
            if start - 2 >= 0, referenceMarkers.contains(words[start - 2].lowercased()) { break }
            start -= 1
        }
        if start == 0 {
            // "1 2,0 2,5 3,0 3,0": a number and exactly one amount per year is a row with no label.
            if words.count == columns + 1, let number = rowNumber(first) {
                return .numbered(number: number, label: "", amounts: Array(words.dropFirst()))
            }
            return .amountsOnly(words)
        }
        var amounts = Array(words[start...])
        var labelWords = Array(words[..<start])
        // More numbers than years: the leading extra ones are part of the label ("§ 103 / 104").
        if amounts.count > columns && columns > 0 {
            labelWords += amounts.prefix(amounts.count - columns)
            amounts = Array(amounts.suffix(columns))
        }
        if let number = rowNumber(labelWords[0]), labelWords.count >= 2 || !amounts.isEmpty {
            return .numbered(number: number, label: labelWords.dropFirst().joined(separator: " "), amounts: amounts)
        }
        guard !amounts.isEmpty else { return .other }
        let label = labelWords.joined(separator: " ")
        if totalLabels.contains(label.lowercased()) { return .total(label: label, amounts: amounts) }
        if amounts.count == columns { return .unnumbered(label: label, amounts: amounts) }
        return .other
    }

    /// "1", "11", "3." or "3)": an initiative number of up to three digits.
    static func rowNumber(_ word: some StringProtocol) -> String? {
        var digits = Substring(word)
        if let last = digits.last, last == "." || last == ")" { digits = digits.dropLast() }
        guard (1...3).contains(digits.count), digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return String(digits)
    }
}
