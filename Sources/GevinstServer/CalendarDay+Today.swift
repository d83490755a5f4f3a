import Foundation
import GevinstCore

extension CalendarDay {
    /// Today in the local time zone: the day whose follow-up configuration is in force for pages that show no
    /// period (the administration page's colour rules). Here, not in Core, since it reads the clock.
    public static func today(_ now: Date = Date()) -> CalendarDay {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: .current, from: now)
        return CalendarDay(year: parts.year ?? 2000, month: parts.month ?? 1, day: parts.day ?? 1) ?? FollowUpConfiguration.default.effectiveFrom
    }
}
