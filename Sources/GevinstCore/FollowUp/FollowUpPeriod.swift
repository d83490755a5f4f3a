/// A follow-up period (*status*, e.g. "December 2024" in seed 002): one record per adopted proposal and
/// area. Periods follow one another; the next starts from the last (`next(named:)`), and a finished period
/// is kept unchanged as history.
public struct FollowUpPeriod: Sendable, Hashable {
    /// "December 2024".
    public var name: String
    /// The day the status describes (the last day of the named month unless given).
    public var date: CalendarDay
    public var records: [FollowUpRecord]
    /// The period this one was started from, if any.
    public var previousPeriod: String?

    public init(name: String, date: CalendarDay, records: [FollowUpRecord] = [], previousPeriod: String? = nil) {
        self.name = name
        self.date = date
        self.records = records
        self.previousPeriod = previousPeriod
    }

    /// A period whose date is read from its name ("December 2024" → 31 December 2024).
    public init(named name: String, records: [FollowUpRecord] = []) throws(FollowUpError) {
        guard let date = CalendarDay.endOfMonth(named: name) else { throw FollowUpError.periodNameWithoutDate(name) }
        self.init(name: name, date: date, records: records)
    }

    /// The year figures are realised up to.
    public var year: Int { date.year }

    /// The next period, started from this one: records that were implemented or closed here are dropped
    /// (they stay in this period, the history), every open record is carried over with its status, figures
    /// and handling, without a source line. Seed 002: "Når projekter er endeligt implementeret eller
    /// afsluttet, vil det ikke fremgå af oversigten ved næste status."
    public func next(named name: String, date: CalendarDay? = nil) throws(FollowUpError) -> FollowUpPeriod {
        guard let newDate = date ?? CalendarDay.endOfMonth(named: name) else { throw FollowUpError.periodNameWithoutDate(name) }
        guard newDate > self.date else { throw FollowUpError.periodNotAfter(new: name, last: self.name) }
        let carried = records.filter { !$0.endsFollowUp }.map { record in
            var copy = record
            copy.line = nil
            return copy
        }
        return FollowUpPeriod(name: name, date: newDate, records: carried, previousPeriod: self.name)
    }

    /// The records of one area, in the period's order (area names compare ignoring case and spacing).
    public func records(inArea area: String) -> [FollowUpRecord] {
        let wanted = FollowUpText.normalised(area)
        var matches: [String: Bool] = [:]
        return records.filter { record in
            if let known = matches[record.area] { return known }
            let match = FollowUpText.normalised(record.area) == wanted
            matches[record.area] = match
            return match
        }
    }
}
