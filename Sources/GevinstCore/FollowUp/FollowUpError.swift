/// Why a follow-up operation was refused, in words a finance consultant can act on.
public enum FollowUpError: Error, Sendable, Hashable, CustomStringConvertible {
    /// An override of the proposed status without a reason.
    case overrideWithoutReason(record: String)
    /// A period name that names no month and year ("December 2024" does).
    case periodNameWithoutDate(String)
    /// A new period that does not come after the last one.
    case periodNotAfter(new: String, last: String)

    public var description: String {
        switch self {
        case .overrideWithoutReason(let record):
            "\(record): overriding the proposed status needs a reason, recorded with the override"
        case .periodNameWithoutDate(let name):
            "the period name \"\(name)\" names no month and year; write e.g. \"December 2024\" or give the date"
        case .periodNotAfter(let new, let last):
            "the new period \"\(new)\" must come after the last period \"\(last)\""
        }
    }
}
