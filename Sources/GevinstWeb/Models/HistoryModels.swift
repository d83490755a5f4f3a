import Foundation
import GevinstCore

/// One saved version of a proposal in its history.
public struct VersionEntry: Sendable, Hashable {
    public var version: Int64
    public var author: String
    public var savedAt: Date

    public init(version: Int64, author: String, savedAt: Date) {
        self.version = version
        self.author = author
        self.savedAt = savedAt
    }
}

/// One change between two versions: Core's `ProposalDiff.Change` (where, field or figure, before and after),
/// which the pages show as it is.
public typealias DiffLine = ProposalDiff.Change

extension DiffLine {
    /// A value as the page shows it: an amount of a figure in 1.000 kr. in Danish format ("-2.500"), as the
    /// tables print it; a payback and every written field as stored.
    public func display(_ value: String) -> String {
        guard kind == .figure, !path.lowercased().contains("payback"), let kroner = Int64(value) else { return value }
        return DanishNumber.thousandsExact(kroner)
    }
}

/// The changes between two versions.
public struct VersionDiff: Sendable, Hashable {
    public var from: Int64
    public var to: Int64
    public var lines: [DiffLine]

    public init(from: Int64, to: Int64, lines: [DiffLine]) {
        self.from = from
        self.to = to
        self.lines = lines
    }
}

/// One line of the audit trail: who did what, when, from which old value to which new one.
public struct AuditLine: Sendable, Hashable {
    public var at: Date
    public var user: String?
    /// `proposal.save`, `proposal.transition`, …
    public var action: String
    public var detail: String?
    public var old: String?
    public var new: String?

    public init(at: Date, user: String?, action: String, detail: String? = nil, old: String? = nil, new: String? = nil) {
        self.at = at
        self.user = user
        self.action = action
        self.detail = detail
        self.old = old
        self.new = new
    }
}

/// Dates as the pages show them: "2025-03-04 14:05" in Copenhagen time, the same in both languages.
public enum WebDate {
    static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Copenhagen") ?? TimeZone(secondsFromGMT: 0) ?? calendar.timeZone
        return calendar
    }()

    public static func format(_ date: Date) -> String {
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        func two(_ value: Int?) -> String {
            let number = value ?? 0
            return number < 10 ? "0\(number)" : String(number)
        }
        return "\(parts.year ?? 0)-\(two(parts.month))-\(two(parts.day)) \(two(parts.hour)):\(two(parts.minute))"
    }

    /// The machine-readable form for `<time datetime>`.
    public static func iso(_ date: Date) -> String {
        date.formatted(.iso8601)
    }

    static func time(_ html: inout HTML, _ date: Date) {
        html.element("time", ["datetime": iso(date)], text: format(date))
    }
}
