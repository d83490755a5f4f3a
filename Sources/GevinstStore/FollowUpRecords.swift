import Foundation
import GevinstCore

/// A stored follow-up period, without its records.
public struct StoredFollowUpPeriod: Sendable, Hashable {
    public var id: Int64
    public var name: String
    public var date: CalendarDay
    public var previousPeriodID: Int64?
    public var createdAt: Date
    public var createdBy: String?
    public var recordCount: Int
    /// How many of its records are linked to a stored proposal (the rest are standalone).
    public var linkedRecordCount: Int
    /// What loading the period reported (reader findings and conversion findings), kept with it.
    public var findings: [Finding]
}

/// A stored follow-up record: its row id, current version (the API's ETag), the proposal it is linked to, and
/// the record itself.
public struct StoredFollowUpRecord: Sendable, Hashable {
    public var id: Int64
    public var periodID: Int64
    public var version: Int64
    /// The stored proposal with the same adopted budget year and code, when there is one.
    public var proposalID: Int64?
    /// The administration of the linked proposal (nil when standalone), for scoping follow-up controllers.
    public var proposalAdministration: String?
    public var updatedAt: Date
    public var record: FollowUpRecord
}

/// Who changes follow-up data: a logged-in user, or the command line (with the name it gives).
public struct FollowUpActor: Sendable, Hashable {
    public var userID: Int64?
    public var name: String

    public init(userID: Int64?, name: String) {
        self.userID = userID
        self.name = name
    }

    public init(_ user: StoredUser) { self.init(userID: user.id, name: user.name) }

    /// The command line without a user: audited under this name.
    public static let commandLine = FollowUpActor(userID: nil, name: "command line")
}

/// A change to one stored record, for updates and bulk updates.
public struct FollowUpRecordChange: Sendable, Hashable {
    public var recordID: Int64
    /// The version the change was made from (If-Match).
    public var expectedVersion: Int64
    public var record: FollowUpRecord
    /// The change in words, for the audit log.
    public var summary: String

    public init(recordID: Int64, expectedVersion: Int64, record: FollowUpRecord, summary: String) {
        self.recordID = recordID
        self.expectedVersion = expectedVersion
        self.record = record
        self.summary = summary
    }
}

/// One saved version of a follow-up record (versions are append-only: version 1 is the loaded record, each
/// update adds the next).
public struct FollowUpRecordVersion: Sendable, Hashable {
    public var recordID: Int64
    public var version: Int64
    public var authorID: Int64?
    public var authorName: String?
    public var createdAt: Date
    /// The change in words (nil for version 1, the record as loaded or carried over).
    public var summary: String?
    public var record: FollowUpRecord
}
