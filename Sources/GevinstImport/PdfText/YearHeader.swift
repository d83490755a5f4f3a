import GevinstCore

/// The year columns and price level of a table as its header prints them.
///
/// The header may wrap ("Styrings\nområde"), come after the block heading and be split over lines by OCR
/// ("2030 20" / "31" in 001), or be damaged ("2027", "8/10", "2030 20 31" for 2026–2031). `TableYears` decides
/// the years from what could be read.
struct YearHeader: Sendable {
    /// Years in the order read.
    var years: [Int] = []
    /// The years' positions on their line, when the whole header is one `pdftotext -layout` line whose columns
    /// are spaced out; then amounts can be placed by position.
    var layoutColumns: [PositionedWord]?
    var priceLevelYear: Int?
    var lines: [Int] = []

    /// The smallest and largest years a table column may name.
    static let plausibleYears = 1990...2100

    /// Reads the year tokens of one header line into the header. Two-digit pieces of one year split over lines
    /// ("20" then "31") are joined. The price level ("2023 p/l", "1.000 kr./2023-P/L") is not a column.
    mutating func read(_ text: String, line: Int, pendingPiece: inout String?) {
        let words = PositionedWord.words(of: text)
        if priceLevelYear == nil { priceLevelYear = YearHeader.priceLevel(in: text) }
        var found: [PositionedWord] = []
        for (index, word) in words.enumerated() {
            let body = word.text.filter { $0.isNumber }
            guard body.count == word.text.count else { continue }
            if let piece = pendingPiece, body.count == 2, let year = Int(piece + body), YearHeader.plausibleYears.contains(year) {
                years.append(year)
                pendingPiece = nil
                continue
            }
            pendingPiece = nil
            if body.count == 2, (body == "19" || body == "20"), index == words.count - 1 {
                pendingPiece = body
                continue
            }
            guard body.count == 4, let year = Int(body), YearHeader.plausibleYears.contains(year) else { continue }
            let next = index + 1 < words.count ? words[index + 1].text.lowercased() : ""
            if next.hasPrefix("p/l") || next.hasPrefix("p/i") || next == "pl" || next.hasPrefix("pl,") { continue }
            years.append(year)
            found.append(word)
        }
        if !found.isEmpty { lines.append(line) }
        if found.count >= 3 && found.count == years.count {
            let spaced = zip(found, found.dropFirst()).allSatisfy { $1.start - $0.end >= 2 }
            layoutColumns = spaced ? found : nil
        } else if found.count > 0 && layoutColumns != nil {
            layoutColumns = nil
        }
    }

    /// True for a line holding nothing but year tokens and two-digit year pieces (a header line set apart).
    static func isYearsOnly(_ text: String) -> Bool {
        let words = text.splitAtSpaces()
        guard !words.isEmpty else { return false }
        var sawYear = false
        for word in words {
            guard word.allSatisfy({ $0.isASCII && $0.isNumber }) else { return false }
            if word.count == 4, let year = Int(word), plausibleYears.contains(year) { sawYear = true; continue }
            if word.count == 2 { continue }
            return false
        }
        return sawYear || words.allSatisfy { $0.count == 2 }
    }

    /// The price level a line states: "1.000 kr. 2023 p/l", "(1.000 kr./2023-P/L)", OCR "2027 p/I", "2023 pl".
    static func priceLevel(in text: String) -> Int? {
        let characters = Array(text)
        var index = 0
        while index + 4 <= characters.count {
            let slice = characters[index..<(index + 4)]
            let boundaryBefore = index == 0 || !characters[index - 1].isNumber
            let boundaryAfter = index + 4 == characters.count || !characters[index + 4].isNumber
            if boundaryBefore && boundaryAfter, slice.allSatisfy({ $0.isASCII && $0.isNumber }), let year = Int(String(slice)),
               plausibleYears.contains(year) {
                var rest = characters[(index + 4)...].drop { $0 == " " || $0 == "-" }
                let restText = String(rest.prefix(3)).lowercased()
                if restText.hasPrefix("p/l") || restText.hasPrefix("p/i") || restText == "pl" || restText.hasPrefix("pl ") || restText.hasPrefix("pl,") || restText.hasPrefix("pl.") {
                    return year
                }
                rest = characters[..<index].reversed().drop { $0 == " " }
                if String(rest.prefix(4)) == "/.rk" { return year }
            }
            index += 1
        }
        return nil
    }
}

/// Decides a table's year columns from its header and the number of amounts in its widest row.
///
/// An intact header names consecutive years, as many as the widest row has amounts or at least five (a row with
/// more amounts than a five- or six-year header is damaged; `TablePlacer` reports it). A damaged or
/// missing header (001: "2027 … 2030 20 31", "2027 2028 2029" above six columns) takes the years of the
/// document's intact Tabel 1 headers when they contain what could be read; failing that, a run of years as wide
/// as the widest row that contains the years read and starts the year before the price level (both 000 and
/// 001 start their tables the year before their p/l), or else ends at the last year read.
enum TableYears {
    enum Problem: Sendable, Hashable {
        case damaged(read: [Int])
        case missing
    }

    /// The fewest consecutive years a header must name to be taken as complete when a row has more amounts
    /// than it has years: the template's tables span five or six years, so such a row is damaged, not the header.
    static let completeHeaderYears = 5

    static func isIntact(_ years: [Int], widestRow: Int) -> Bool {
        guard let first = years.first, years.count >= min(max(1, widestRow), completeHeaderYears) else { return false }
        return years.enumerated().allSatisfy { $0.element == first + $0.offset }
    }

    static func resolve(
        header: YearHeader, widestRow: Int, documentYears: ClosedRange<Int>?
    ) -> (years: ClosedRange<Int>?, problem: Problem?) {
        let read = header.years
        if isIntact(read, widestRow: widestRow), let first = read.first, let last = read.last { return (first...last, nil) }
        let problem: Problem = read.isEmpty ? .missing : .damaged(read: read)
        if let document = documentYears, read.allSatisfy({ document.contains($0) }), document.count >= widestRow {
            return (document, problem)
        }
        let width = max(widestRow, (read.max() ?? 0) - (read.min() ?? 0) + 1)
        guard width > 0, width <= AmountLimits.maxYears else { return (nil, problem) }
        if let low = read.min(), let high = read.max() {
            if let priceLevel = header.priceLevelYear {
                let start = priceLevel - 1
                if start <= low && start + width - 1 >= high { return (start...(start + width - 1), problem) }
            }
            return ((high - width + 1)...high, problem)
        }
        if let priceLevel = header.priceLevelYear { return ((priceLevel - 1)...(priceLevel + width - 2), problem) }
        if let document = documentYears, document.count >= widestRow { return (document, problem) }
        return (nil, problem)
    }
}
