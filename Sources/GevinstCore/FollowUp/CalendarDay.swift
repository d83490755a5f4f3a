/// A day in the calendar, without time or time zone: the date a follow-up period describes ("December 2024"
/// is 31 December 2024) and the date from which a follow-up configuration takes effect.
public struct CalendarDay: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Nil unless the day exists (month 1–12, day within the month, year 1–9999).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...CalendarDay.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// For literal dates in code that are known to exist.
    init(unchecked year: Int, _ month: Int, _ day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The last day of a month: the day a status "December 2024" describes.
    public static func endOf(month: Int, year: Int) -> CalendarDay? {
        guard (1...12).contains(month) else { return nil }
        return CalendarDay(year: year, month: month, day: daysIn(month: month, year: year))
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Reads an ISO date, "2024-12-31"; nil for anything else.
    public static func parse(_ text: String) -> CalendarDay? {
        let parts = text.trimmingSpaces().split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        return CalendarDay(year: year, month: month, day: day)
    }

    /// "2024-12-31".
    public var description: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Danish month names, as the municipal documents write them ("Status december 2024").
    public static let danishMonthNames = [
        "januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november",
        "december",
    ]
    static let englishMonthNames = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december",
    ]

    /// The last day of the month a period name gives: "December 2024", "december 2024", "Status juni 2025"
    /// → 2024-12-31, 2025-06-30. Danish and English month names are understood; nil when the name holds no
    /// month followed by a year.
    public static func endOfMonth(named name: String) -> CalendarDay? {
        let words = name.lowercased().split { $0.isWhitespace || $0 == "," || $0 == "." }.map(String.init)
        guard words.count >= 2 else { return nil }
        for index in 0..<(words.count - 1) {
            let word = words[index]
            guard let month = (danishMonthNames.firstIndex(of: word) ?? englishMonthNames.firstIndex(of: word)).map({ $0 + 1 }),
                  words[index + 1].count == 4, let year = Int(words[index + 1]) else { continue }
            return endOf(month: month, year: year)
        }
        return nil
    }
}
