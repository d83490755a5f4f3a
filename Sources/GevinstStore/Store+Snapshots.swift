import Foundation
import SQLKit

/// The stage a snapshot records (DOMAIN.md §1 step 3–4: the committee's 1st and 2nd reading, the adoption).
public enum SnapshotStage: String, Sendable, Hashable, CaseIterable {
    case firstReading = "first-reading"
    case secondReading = "second-reading"
    case adopted
    case other

    public static var allNames: String { allCases.map(\.rawValue).joined(separator: ", ") }
}

/// A named set of proposal versions at a stage: what a committee saw.
public struct Snapshot: Sendable, Hashable {
    public var id: Int64
    public var name: String
    public var stage: SnapshotStage
    public var roundName: String?
    public var createdAt: Date
    public var createdBy: String?
    /// Proposal id → the version the snapshot names.
    public var versions: [Int64: Int64]
}

extension GevinstStore {
    /// Names the current version of each proposal in `proposalIDs` (every proposal in `round` when nil, every
    /// proposal when both are nil) as a snapshot. Audited as `snapshot.create`.
    public func createSnapshot(
        name: String, stage: SnapshotStage, round: String? = nil, proposalIDs: [Int64]? = nil, by user: StoredUser,
        at date: Date = Date()
    ) async throws -> Snapshot {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed.count <= 200 else { throw StoreError.invalid("a snapshot name must have 1 to 200 characters") }
        let now = Millis.from(date)
        let (id, versions) = try await backend.transaction { database in
            let roundID = try await Self.roundID(named: round, in: database)
            guard let row = try await database.raw("""
                INSERT INTO snapshots (name, stage, round_id, created_by, created_at)
                VALUES (\(bind: trimmed), \(bind: stage.rawValue), \(bind: roundID), \(bind: user.id), \(bind: now)) RETURNING id
                """).first()
            else { throw StoreError.unavailable("the database did not return the new snapshot's id") }
            let id = try row.decode(column: "id", as: Int64.self)
            var query: SQLQueryString = "SELECT id, current_version FROM proposals WHERE 1 = 1"
            if let proposalIDs {
                guard !proposalIDs.isEmpty else { throw StoreError.invalid("a snapshot needs at least one proposal") }
                query = query + " AND id IN (\(binds: proposalIDs))"
            } else if let round {
                query = query + " AND round_name = \(bind: round)"
            }
            var versions: [Int64: Int64] = [:]
            for row in try await database.raw(query).all() {
                versions[try row.decode(column: "id", as: Int64.self)] = try row.decode(column: "current_version", as: Int64.self)
            }
            if let proposalIDs, let missing = proposalIDs.first(where: { versions[$0] == nil }) {
                throw StoreError.notFound("proposal \(missing)")
            }
            for (proposal, version) in versions {
                try await database.raw("""
                    INSERT INTO snapshot_versions (snapshot_id, proposal_id, version) VALUES (\(bind: id), \(bind: proposal), \(bind: version))
                    """).run()
            }
            try await Audit.insert(
                AuditRecord(at: now, userID: user.id, username: user.name, action: "snapshot.create", entity: "snapshot",
                            entityID: String(id), oldValue: nil,
                            newValue: "\(trimmed) (\(stage.rawValue)), \(versions.count) proposals"),
                into: database)
            return (id, versions)
        }
        return Snapshot(
            id: id, name: trimmed, stage: stage, roundName: round, createdAt: Millis.date(now), createdBy: user.name, versions: versions)
    }

    /// The snapshot with its versions, or nil.
    public func snapshot(id: Int64) async throws -> Snapshot? {
        try await backend.read { database in
            guard let row = try await database.raw("""
                SELECT s.id, s.name, s.stage, r.name AS round_name, s.created_at, u.name AS created_by
                FROM snapshots s LEFT JOIN budget_rounds r ON r.id = s.round_id LEFT JOIN users u ON u.id = s.created_by
                WHERE s.id = \(bind: id)
                """).first()
            else { return nil }
            var versions: [Int64: Int64] = [:]
            for version in try await database.raw("SELECT proposal_id, version FROM snapshot_versions WHERE snapshot_id = \(bind: id)").all() {
                versions[try version.decode(column: "proposal_id", as: Int64.self)] = try version.decode(column: "version", as: Int64.self)
            }
            return Snapshot(
                id: try row.decode(column: "id", as: Int64.self), name: try row.decode(column: "name", as: String.self),
                stage: SnapshotStage(rawValue: try row.decode(column: "stage", as: String.self)) ?? .other,
                roundName: try row.decode(column: "round_name", as: String?.self),
                createdAt: Millis.date(try row.decode(column: "created_at", as: Int64.self)),
                createdBy: try row.decode(column: "created_by", as: String?.self), versions: versions)
        }
    }

    /// Every snapshot, newest first, without versions.
    public func snapshots() async throws -> [Snapshot] {
        try await backend.read { database in
            try await database.raw("""
                SELECT s.id, s.name, s.stage, r.name AS round_name, s.created_at, u.name AS created_by
                FROM snapshots s LEFT JOIN budget_rounds r ON r.id = s.round_id LEFT JOIN users u ON u.id = s.created_by
                ORDER BY s.created_at DESC, s.id DESC
                """).all().map { row in
                Snapshot(
                    id: try row.decode(column: "id", as: Int64.self), name: try row.decode(column: "name", as: String.self),
                    stage: SnapshotStage(rawValue: try row.decode(column: "stage", as: String.self)) ?? .other,
                    roundName: try row.decode(column: "round_name", as: String?.self),
                    createdAt: Millis.date(try row.decode(column: "created_at", as: Int64.self)),
                    createdBy: try row.decode(column: "created_by", as: String?.self), versions: [:])
            }
        }
    }
}
