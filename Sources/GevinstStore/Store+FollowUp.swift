import Foundation
import GevinstCore
import SQLKit

/// Follow-up periods and their records (issue 5). Loading a period, starting the next one and a bulk update
/// each write in one transaction with their audit line: all of it or nothing. A record's changes are
/// append-only versions; an update names the version it was made from (If-Match) and fails when someone
/// changed the record since.
extension GevinstStore {
    /// Stores `period` with its records as version 1 each, linking every record to the stored proposal with the
    /// same adopted budget year and code (`FollowUpProposalLink`); a record without one stays standalone.
    /// `findings` (what loading reported) are kept with the period. Refused, with nothing stored, when a period
    /// of that name exists or two records share a proposal and area. Audited as `followup.load`.
    public func createFollowUpPeriod(
        _ period: FollowUpPeriod, findings: [Finding] = [], previousPeriodID: Int64? = nil, by actor: FollowUpActor,
        at date: Date = Date()
    ) async throws -> StoredFollowUpPeriod {
        try Self.validateForStorage(period)
        let now = Millis.from(date)
        let contents = period.records.map { JSONWriter.write(FollowUpFormat.jsonValue($0), pretty: false) }
        let findingsText = FollowUpFindingsText.encode(findings)
        let (id, linked) = try await backend.transaction { database in
            if try await database.raw("SELECT id FROM followup_periods WHERE name = \(bind: period.name)").first() != nil {
                throw StoreError.duplicate("the follow-up period \"\(period.name)\"")
            }
            guard let row = try await database.raw("""
                INSERT INTO followup_periods (name, period_date, previous_id, created_by, created_at, findings)
                VALUES (\(bind: period.name), \(bind: period.date.description), \(bind: previousPeriodID), \(bind: actor.userID),
                    \(bind: now), \(bind: findingsText))
                RETURNING id
                """).first()
            else { throw StoreError.unavailable("the database did not return the new period's id") }
            let id = try row.decode(column: "id", as: Int64.self)
            let links = try await FollowUpProposalLink.candidates(in: database)
            var linked = 0
            for (position, record) in period.records.enumerated() {
                let proposalID = links.proposalID(for: record.key)
                if proposalID != nil { linked += 1 }
                try await Self.insertFollowUpRecord(
                    record, content: contents[position], periodID: id, position: position, proposalID: proposalID, actor: actor,
                    at: now, into: database)
            }
            try await Audit.insert(
                AuditRecord(at: now, userID: actor.userID, username: actor.name, action: "followup.load", entity: "followup_period",
                            entityID: String(id), oldValue: nil, newValue: period.name,
                            detail: "\(period.records.count) records, \(linked) linked to stored proposals"),
                into: database)
            return (id, linked)
        }
        return StoredFollowUpPeriod(
            id: id, name: period.name, date: period.date, previousPeriodID: previousPeriodID, createdAt: Millis.date(now),
            createdBy: actor.name, recordCount: period.records.count, linkedRecordCount: linked, findings: findings)
    }

    /// The periods, newest first.
    public func followUpPeriods() async throws -> [StoredFollowUpPeriod] {
        try await backend.read { database in
            try await database.raw("""
                SELECT p.id, p.name, p.period_date, p.previous_id, p.created_at, u.name AS created_by, p.findings,
                    (SELECT COUNT(*) FROM followup_records r WHERE r.period_id = p.id) AS record_count,
                    (SELECT COUNT(*) FROM followup_records r WHERE r.period_id = p.id AND r.proposal_id IS NOT NULL) AS linked_count
                FROM followup_periods p LEFT JOIN users u ON u.id = p.created_by
                ORDER BY p.period_date DESC, p.id DESC
                """).all().map(Self.decodePeriod)
        }
    }

    /// One period by id, or nil.
    public func followUpPeriod(id: Int64) async throws -> StoredFollowUpPeriod? {
        try await followUpPeriods().first { $0.id == id }
    }

    /// One period by its name ("December 2024"), or nil.
    public func followUpPeriod(named name: String) async throws -> StoredFollowUpPeriod? {
        try await followUpPeriods().first { $0.name == name }
    }

    /// A period's records in their order (the order they were loaded in), each at its current version.
    /// Status ids are read in the configuration in force for the period (from `configurations` when given,
    /// else the saved ones: `followUpConfiguration(on:from:)`).
    public func followUpRecords(periodID: Int64, configurations: FollowUpConfigurationSet? = nil) async throws -> [StoredFollowUpRecord] {
        let configuration = try await followUpConfiguration(forPeriod: periodID, from: configurations) ?? .default
        return try await followUpRecords(periodID: periodID, configuration: configuration)
    }

    /// A period's records read in `configuration`.
    func followUpRecords(periodID: Int64, configuration: FollowUpConfiguration) async throws -> [StoredFollowUpRecord] {
        try await backend.read { database in
            try await database.raw("""
                SELECT r.id, r.period_id, r.current_version, r.proposal_id, p.administration, r.updated_at, v.content
                FROM followup_records r JOIN followup_record_versions v ON v.record_id = r.id AND v.version = r.current_version
                    LEFT JOIN proposals p ON p.id = r.proposal_id
                WHERE r.period_id = \(bind: periodID) ORDER BY r.position
                """).all().map { row in try Self.decodeRecord(row, configuration: configuration) }
        }
    }

    /// One record at its current version, or nil; read in the configuration in force for its period.
    public func followUpRecord(id: Int64, configurations: FollowUpConfigurationSet? = nil) async throws -> StoredFollowUpRecord? {
        guard let configuration = try await followUpRecordConfiguration(recordID: id, from: configurations) else { return nil }
        return try await backend.read { database in
            try await database.raw("""
                SELECT r.id, r.period_id, r.current_version, r.proposal_id, p.administration, r.updated_at, v.content
                FROM followup_records r JOIN followup_record_versions v ON v.record_id = r.id AND v.version = r.current_version
                    LEFT JOIN proposals p ON p.id = r.proposal_id
                WHERE r.id = \(bind: id)
                """).first().map { row in try Self.decodeRecord(row, configuration: configuration) }
        }
    }

    /// The period as Core's value, its records at their current versions (for the report, the summary, the
    /// checks and the next period), read in the configuration in force for the period; nil when there is no
    /// such period.
    public func followUpPeriodValue(id: Int64, configurations: FollowUpConfigurationSet? = nil) async throws -> FollowUpPeriod? {
        guard let stored = try await followUpPeriod(id: id) else { return nil }
        let configuration = try await followUpConfiguration(on: stored.date, from: configurations)
        let previous = try await stored.previousPeriodID.asyncMap { try await followUpPeriod(id: $0)?.name }
        return FollowUpPeriod(
            name: stored.name, date: stored.date, records: try await followUpRecords(periodID: id, configuration: configuration).map(\.record),
            previousPeriod: previous ?? nil)
    }

    /// Saves changed records, each as the version after the one it was made from, in one transaction: when
    /// any record was changed by someone else since, nothing is saved (`StoreError.followUpConflict`). Each
    /// change is audited as `followup.record.update` with the old and the new record (their stored JSON, the
    /// `gevinst-follow-up-period/1` record form) and the change in words. Returns the new version per record id.
    /// A change must keep the record's proposal (year, code) and area.
    @discardableResult
    public func updateFollowUpRecords(_ changes: [FollowUpRecordChange], by actor: FollowUpActor, at date: Date = Date()) async throws -> [Int64: Int64] {
        for change in changes { try Self.validateForStorage(change.record) }
        let now = Millis.from(date)
        let prepared = changes.map { ($0, JSONWriter.write(FollowUpFormat.jsonValue($0.record), pretty: false)) }
        do {
            return try await backend.transaction { database in
                var versions: [Int64: Int64] = [:]
                for (change, content) in prepared {
                    guard let row = try await database.raw("""
                        SELECT r.current_version, r.area, r.proposal_key, v.content
                        FROM followup_records r JOIN followup_record_versions v ON v.record_id = r.id AND v.version = r.current_version
                        WHERE r.id = \(bind: change.recordID)
                        """).first()
                    else { throw StoreError.notFound("follow-up record \(change.recordID)") }
                    let current = try row.decode(column: "current_version", as: Int64.self)
                    guard current == change.expectedVersion else {
                        throw StoreError.followUpConflict(recordID: change.recordID, expected: change.expectedVersion, current: current)
                    }
                    let key = try row.decode(column: "proposal_key", as: String.self)
                    let area = try row.decode(column: "area", as: String.self)
                    guard key == change.record.key.description, area == change.record.area else {
                        throw StoreError.invalid(
                            "follow-up record \(change.recordID) is \(key) in \(area); a change cannot move it to \(change.record.key) in \(change.record.area)")
                    }
                    let next = current + 1
                    try await database.raw("""
                        INSERT INTO followup_record_versions (record_id, version, author_id, author_name, created_at, summary, content)
                        VALUES (\(bind: change.recordID), \(bind: next), \(bind: actor.userID), \(bind: actor.name), \(bind: now),
                            \(bind: change.summary), \(bind: content))
                        """).run()
                    let updated = try await database.raw("""
                        UPDATE followup_records SET current_version = \(bind: next), status = \(bind: change.record.assessment.confirmed.id),
                            colour = \(bind: change.record.colour.rawValue), code = \(bind: change.record.code),
                            title = \(bind: change.record.title), updated_at = \(bind: now)
                        WHERE id = \(bind: change.recordID) AND current_version = \(bind: current) RETURNING id
                        """).first()
                    guard updated != nil else {
                        throw StoreError.followUpConflict(recordID: change.recordID, expected: change.expectedVersion, current: next)
                    }
                    try await Audit.insert(
                        AuditRecord(at: now, userID: actor.userID, username: actor.name, action: "followup.record.update",
                                    entity: "followup_record", entityID: String(change.recordID),
                                    oldValue: try row.decode(column: "content", as: String.self), newValue: content,
                                    detail: "version \(current) → \(next): \(change.summary)"),
                        into: database)
                    versions[change.recordID] = next
                }
                return versions
            }
        } catch let error where UniqueViolation.matches(error) {
            // Another change of the same version committed first.
            let first = changes.first
            throw StoreError.followUpConflict(recordID: first?.recordID ?? 0, expected: first?.expectedVersion ?? 0, current: (first?.expectedVersion ?? 0) + 1)
        }
    }

    /// Saves one changed record as the version after `expectedVersion` (the ETag the caller read) and returns
    /// it as stored. Throws `StoreError.followUpConflict` when the record was changed since (nothing saved),
    /// `StoreError.notFound` when there is no such record. Audited like `updateFollowUpRecords`.
    public func updateFollowUpRecord(
        id: Int64, expectedVersion: Int64, record: FollowUpRecord, summary: String, by actor: FollowUpActor,
        configurations: FollowUpConfigurationSet? = nil, at date: Date = Date()
    ) async throws -> StoredFollowUpRecord {
        try await updateFollowUpRecords(
            [FollowUpRecordChange(recordID: id, expectedVersion: expectedVersion, record: record, summary: summary)], by: actor, at: date)
        guard let stored = try await followUpRecord(id: id, configurations: configurations) else {
            throw StoreError.notFound("follow-up record \(id)")
        }
        return stored
    }

    /// A record's versions, oldest first, from `after` (exclusive; 0 for all). After a conflict these are
    /// what changed since the version the caller had.
    public func followUpRecordVersions(
        recordID: Int64, after: Int64 = 0, configurations: FollowUpConfigurationSet? = nil
    ) async throws -> [FollowUpRecordVersion] {
        guard let configuration = try await followUpRecordConfiguration(recordID: recordID, from: configurations) else { return [] }
        return try await backend.read { database in
            try await database.raw("""
                SELECT record_id, version, author_id, author_name, created_at, summary, content FROM followup_record_versions
                WHERE record_id = \(bind: recordID) AND version > \(bind: after) ORDER BY version
                """).all().map { row in
                let content = try row.decode(column: "content", as: String.self)
                return FollowUpRecordVersion(
                    recordID: recordID, version: try row.decode(column: "version", as: Int64.self),
                    authorID: try row.decode(column: "author_id", as: Int64?.self),
                    authorName: try row.decode(column: "author_name", as: String?.self),
                    createdAt: Millis.date(try row.decode(column: "created_at", as: Int64.self)),
                    summary: try row.decode(column: "summary", as: String?.self),
                    record: try Self.decodeRecordContent(content, id: recordID, configuration: configuration))
            }
        }
    }

    /// Starts the period after the latest one: what is still open is carried over (`FollowUpPeriod.next`),
    /// keeping each record's link to its proposal; implemented and closed records stay in the old period.
    /// The last period is read in its configuration; a carried status must exist in the configuration in force
    /// for the new period, else nothing is stored. Audited as `followup.load` of the new period (carried over
    /// from the last).
    public func startNextFollowUpPeriod(
        named name: String, date: CalendarDay? = nil, by actor: FollowUpActor, configurations: FollowUpConfigurationSet? = nil,
        at moment: Date = Date()
    ) async throws -> StoredFollowUpPeriod {
        guard let latest = try await followUpPeriods().first else {
            throw StoreError.invalid("there is no follow-up period to start from; load the first one (gevinst followup load FILE --period NAME)")
        }
        guard let last = try await followUpPeriodValue(id: latest.id, configurations: configurations) else {
            throw StoreError.notFound("follow-up period \(latest.id)")
        }
        let next: FollowUpPeriod
        do {
            next = try last.next(named: name, date: date)
        } catch {
            throw StoreError.invalid(error.description)
        }
        let nextConfiguration = try await followUpConfiguration(on: next.date, from: configurations)
        for record in next.records where nextConfiguration.category(id: record.assessment.confirmed.id) == nil {
            throw StoreError.invalid(
                "\(record.displayName) (\(record.key.adoptedBudgetYear), \(record.area)) has the status \"\(record.assessment.confirmed.id)\", which the configuration in force from \(nextConfiguration.effectiveFrom) has no category for; add the category before starting \(name)")
        }
        return try await createFollowUpPeriod(
            next, findings: [], previousPeriodID: latest.id, by: actor, at: moment)
    }

    // MARK: helpers

    /// The configuration in force for the period a record belongs to; nil when there is no such record.
    func followUpRecordConfiguration(recordID: Int64, from configurations: FollowUpConfigurationSet?) async throws -> FollowUpConfiguration? {
        let periodID = try await backend.read { database in
            try await database.raw("SELECT period_id FROM followup_records WHERE id = \(bind: recordID)").first()?
                .decode(column: "period_id", as: Int64.self)
        }
        guard let periodID else { return nil }
        return try await followUpConfiguration(forPeriod: periodID, from: configurations) ?? .default
    }

    /// What the schema cannot hold: two records of one proposal in one area, or an area/key too long to index.
    static func validateForStorage(_ period: FollowUpPeriod) throws(StoreError) {
        let trimmed = period.name.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed.count <= 200 else { throw StoreError.invalid("a period name must have 1 to 200 characters") }
        var seen: [String: Int?] = [:]
        for record in period.records {
            try validateForStorage(record)
            let identity = "\(record.key)|\(record.area)"
            if let earlier = seen[identity] {
                let lines = [earlier, record.line].compactMap { $0 }.map(String.init).joined(separator: " and ")
                throw StoreError.invalid(
                    "\(record.displayName) (\(record.key.adoptedBudgetYear)) appears twice under \(record.area)\(lines.isEmpty ? "" : " (lines \(lines))"); a period holds one record per proposal and area, so nothing was stored")
            }
            seen[identity] = record.line
        }
    }

    static func validateForStorage(_ record: FollowUpRecord) throws(StoreError) {
        guard record.key.description.count <= 1_000, record.area.count <= 500 else {
            throw StoreError.invalid("\(record.displayName): the code, title or area is too long to store")
        }
    }

    static func insertFollowUpRecord(
        _ record: FollowUpRecord, content: String, periodID: Int64, position: Int, proposalID: Int64?, actor: FollowUpActor,
        at now: Int64, into database: any SQLDatabase
    ) async throws {
        guard let row = try await database.raw("""
            INSERT INTO followup_records (period_id, position, proposal_key, area, adopted_year, code, title, proposal_id, status,
                colour, current_version, updated_at)
            VALUES (\(bind: periodID), \(bind: Int64(position)), \(bind: record.key.description), \(bind: record.area),
                \(bind: Int64(record.key.adoptedBudgetYear)), \(bind: record.code), \(bind: record.title), \(bind: proposalID),
                \(bind: record.assessment.confirmed.id), \(bind: record.colour.rawValue), \(bind: Int64(1)), \(bind: now))
            RETURNING id
            """).first()
        else { throw StoreError.unavailable("the database did not return the new record's id") }
        let id = try row.decode(column: "id", as: Int64.self)
        try await database.raw("""
            INSERT INTO followup_record_versions (record_id, version, author_id, author_name, created_at, content)
            VALUES (\(bind: id), \(bind: Int64(1)), \(bind: actor.userID), \(bind: actor.name), \(bind: now), \(bind: content))
            """).run()
    }

    static func decodePeriod(_ row: any SQLRow) throws -> StoredFollowUpPeriod {
        let dateText = try row.decode(column: "period_date", as: String.self)
        guard let date = CalendarDay.parse(dateText) else { throw StoreError.invalid("a stored period has the date \"\(dateText)\"") }
        return StoredFollowUpPeriod(
            id: try row.decode(column: "id", as: Int64.self), name: try row.decode(column: "name", as: String.self), date: date,
            previousPeriodID: try row.decode(column: "previous_id", as: Int64?.self),
            createdAt: Millis.date(try row.decode(column: "created_at", as: Int64.self)),
            createdBy: try row.decode(column: "created_by", as: String?.self),
            recordCount: Int(try row.decode(column: "record_count", as: Int64.self)),
            linkedRecordCount: Int(try row.decode(column: "linked_count", as: Int64.self)),
            findings: FollowUpFindingsText.decode(try row.decode(column: "findings", as: String?.self)))
    }

    static func decodeRecordContent(_ content: String, id: Int64, configuration: FollowUpConfiguration) throws -> FollowUpRecord {
        do {
            return try FollowUpFormat.record(try JSONParser.parse(content), file: "follow-up record \(id)", configuration: configuration)
        } catch let error as NativeFormatError {
            throw StoreError.invalid("the stored follow-up record \(id) does not read with this configuration: \(error.message) (\(error.path))")
        }
    }

    static func decodeRecord(_ row: any SQLRow, configuration: FollowUpConfiguration) throws -> StoredFollowUpRecord {
        let id = try row.decode(column: "id", as: Int64.self)
        let record = try decodeRecordContent(try row.decode(column: "content", as: String.self), id: id, configuration: configuration)
        return StoredFollowUpRecord(
            id: id, periodID: try row.decode(column: "period_id", as: Int64.self),
            version: try row.decode(column: "current_version", as: Int64.self),
            proposalID: try row.decode(column: "proposal_id", as: Int64?.self),
            proposalAdministration: try row.decode(column: "administration", as: String?.self),
            updatedAt: Millis.date(try row.decode(column: "updated_at", as: Int64.self)), record: record)
    }
}

/// Finds the stored proposal a follow-up record is about: the same code (compared without spaces and case)
/// and the same adopted budget year, read as the first four-digit year in the proposal's budget round
/// ("Budget 2020" → 2020, "Overførselssag 2025-26" → 2025). Only a single match links; a record with none (or
/// several) stays standalone.
struct FollowUpProposalLink: Sendable {
    private var byKey: [String: [Int64]] = [:]

    static func candidates(in database: any SQLDatabase) async throws -> FollowUpProposalLink {
        var link = FollowUpProposalLink()
        for row in try await database.raw("SELECT id, code, round_name FROM proposals WHERE code IS NOT NULL").all() {
            let code = try row.decode(column: "code", as: String.self)
            guard let year = adoptedYear(round: try row.decode(column: "round_name", as: String?.self)) else { continue }
            link.byKey["\(year) \(FollowUpKey.normalisedCode(code))", default: []].append(try row.decode(column: "id", as: Int64.self))
        }
        return link
    }

    func proposalID(for key: FollowUpKey) -> Int64? {
        guard let code = key.code, let ids = byKey["\(key.adoptedBudgetYear) \(code)"], ids.count == 1 else { return nil }
        return ids.first
    }

    static func adoptedYear(round: String?) -> Int? {
        guard let round else { return nil }
        var digits = ""
        for character in round {
            if character.isASCII && character.isNumber {
                digits.append(character)
                if digits.count == 4, let year = Int(digits), (1900...2200).contains(year) { return year }
            } else {
                digits = ""
            }
        }
        return nil
    }
}

/// A period's load findings as JSON text in the database.
enum FollowUpFindingsText {
    static func encode(_ findings: [Finding]) -> String? {
        guard !findings.isEmpty else { return nil }
        return JSONWriter.write(.list(findings.map { finding in
            .object([
                ("rule", .string(finding.rule.description)), ("severity", .string(finding.severity.rawValue)),
                ("proposal", .optionalString(finding.proposal)), ("line", .optionalInt(finding.line)),
                ("message", .string(finding.message)),
            ])
        }), pretty: false)
    }

    static func decode(_ text: String?) -> [Finding] {
        guard let text, let root = try? JSONParser.parse(text), case .array(let elements) = root.value else { return [] }
        return elements.compactMap { element in
            guard case .object(let members) = element.value else { return nil }
            func string(_ key: String) -> String? {
                guard case .string(let value)? = members.first(where: { $0.key == key })?.value.value else { return nil }
                return value
            }
            func int(_ key: String) -> Int? {
                guard case .number(let value)? = members.first(where: { $0.key == key })?.value.value else { return nil }
                return Int(value)
            }
            guard let rule = string("rule"), let message = string("message") else { return nil }
            return Finding(rule: RuleID(stringLiteral: rule), severity: Severity(rawValue: string("severity") ?? "") ?? .info,
                           proposal: string("proposal"), line: int("line"), message: message)
        }
    }
}

extension Optional {
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}
