import Foundation

/// Times are stored as whole milliseconds since 1970-01-01 UTC (a BIGINT in both databases), so that
/// comparisons and date ranges are plain integer comparisons in SQL.
enum Millis {
    static func from(_ date: Date) -> Int64 {
        let value = (date.timeIntervalSince1970 * 1000).rounded(.down)
        guard value.isFinite, value > -9.2e18, value < 9.2e18 else { return 0 }
        return Int64(value)
    }

    static func date(_ millis: Int64) -> Date { Date(timeIntervalSince1970: Double(millis) / 1000) }
}
