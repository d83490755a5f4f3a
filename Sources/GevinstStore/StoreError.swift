/// What went wrong in the store, in words a user or an operator can act on.
public enum StoreError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The proposal was saved by someone else since `expected`; the caller shows what changed.
    case versionConflict(proposalID: Int64, expected: Int64, current: Int64)
    /// The follow-up record was changed by someone else since `expected`.
    case followUpConflict(recordID: Int64, expected: Int64, current: Int64)
    /// The status changed since the caller read it.
    case statusConflict(proposalID: Int64, expected: String, current: String)
    /// The proposal's status does not allow its content to change (`EditLock`).
    case locked(proposalID: Int64, status: String, reason: String)
    /// Nothing with this identity exists.
    case notFound(String)
    /// A name that must be unique is taken.
    case duplicate(String)
    /// The input is not acceptable; the message says why.
    case invalid(String)
    /// The database could not be opened or migrated.
    case unavailable(String)
    /// Another process held the database's write lock for longer than the store waits; trying again may succeed.
    case busy(String)

    public var description: String {
        switch self {
        case let .versionConflict(id, expected, current):
            "proposal \(id) was saved as version \(current) after version \(expected) that this change was based on"
        case let .followUpConflict(id, expected, current):
            "follow-up record \(id) was changed to version \(current) after version \(expected) that this change was based on"
        case let .statusConflict(id, expected, current):
            "proposal \(id) is \(current) now, no longer \(expected)"
        case let .locked(_, _, reason): reason
        case .notFound(let what): "\(what) was not found"
        case .duplicate(let what): "\(what) already exists"
        case .invalid(let message): message
        case .unavailable(let message): message
        case .busy(let message): message
        }
    }
}
