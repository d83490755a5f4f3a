import Foundation
import GevinstCore
import SQLKit

/// Proposals and their append-only versions. A save writes the new version, its amounts projection and its
/// audit line in one transaction: all three or none.
extension GevinstStore {
    /// Stores a new proposal as version 1 with `status` (the API creates drafts; loading the project's examples
    /// keeps the status they were written with). Audited as `proposal.create`.
    public func createProposal(
        _ content: ProposalContent, status: ProposalStatus = .draft, by author: StoredUser, administration: String?,
        at date: Date = Date()
    ) async throws -> SavedVersion {
        let saved = try await createProposals([NewProposal(content: content, administration: administration)], status: status, by: author, at: date)
        guard let first = saved.first else { throw StoreError.unavailable("the database did not store the proposal") }
        return first
    }

    /// Stores several new proposals in one transaction: all of them or none (an import of a catalogue).
    public func createProposals(
        _ proposals: [NewProposal], status: ProposalStatus = .draft, by author: StoredUser, at date: Date = Date()
    ) async throws -> [SavedVersion] {
        let now = Millis.from(date)
        let prepared = proposals.map { ($0, $0.content.hash, AmountRow.rows(for: $0.content.proposal)) }
        let ids = try await backend.transaction { database in
            var ids: [Int64] = []
            for (item, hash, rows) in prepared {
                let proposal = item.content.proposal
                let roundID = try await Self.roundID(named: proposal.budgetRound, in: database)
                guard let row = try await database.raw("""
                    INSERT INTO proposals (round_id, round_name, current_version, status, author_id, administration, code, title,
                        created_at, updated_at)
                    VALUES (\(bind: roundID), \(bind: proposal.budgetRound), \(bind: Int64(1)), \(bind: status.rawValue),
                        \(bind: author.id), \(bind: item.administration), \(bind: proposal.code), \(bind: proposal.title), \(bind: now), \(bind: now))
                    RETURNING id
                    """).first()
                else { throw StoreError.unavailable("the database did not return the new proposal's id") }
                let id = try row.decode(column: "id", as: Int64.self)
                try await Self.insertVersion(
                    id: id, version: 1, author: author, at: now, content: item.content.text, hash: hash, rows: rows,
                    areas: proposal.areas, into: database)
                try await Audit.insert(
                    AuditRecord(at: now, userID: author.id, username: author.name, action: "proposal.create", entity: "proposal",
                                entityID: String(id), oldValue: nil, newValue: "version 1 (\(hash.prefix(12)))",
                                detail: "\(proposal.displayName), status \(status.rawValue)"),
                    into: database)
                ids.append(id)
            }
            return ids
        }
        return zip(ids, prepared).map { id, item in
            SavedVersion(proposalID: id, version: 1, contentHash: item.1, createdAt: Millis.date(now))
        }
    }

    /// Saves `content` as the version after `expectedVersion`. Throws `StoreError.versionConflict` when someone
    /// saved since (checked in the transaction, and guaranteed by the primary key on (proposal, version) when
    /// two saves race, also across server instances), and `StoreError.locked` when the proposal is past
    /// drafting (`EditLock`). Audited as `proposal.save` with `detail` (the caller's list of changes).
    public func saveProposal(
        id: Int64, expectedVersion: Int64, _ content: ProposalContent, by author: StoredUser, administration: String?,
        detail: String? = nil, at date: Date = Date()
    ) async throws -> SavedVersion {
        let now = Millis.from(date)
        let hash = content.hash
        let proposal = content.proposal
        let rows = AmountRow.rows(for: proposal)
        let next = expectedVersion + 1
        do {
            try await backend.transaction { database in
                guard let row = try await database.raw("SELECT current_version, status FROM proposals WHERE id = \(bind: id)").first() else {
                    throw StoreError.notFound("proposal \(id)")
                }
                let current = try row.decode(column: "current_version", as: Int64.self)
                guard current == expectedVersion else {
                    throw StoreError.versionConflict(proposalID: id, expected: expectedVersion, current: current)
                }
                let statusName = try row.decode(column: "status", as: String.self)
                let status = ProposalStatus(rawValue: statusName) ?? .draft
                if let reason = EditLock.refusal(for: status) {
                    throw StoreError.locked(proposalID: id, status: statusName, reason: reason)
                }
                try await Self.insertVersion(
                    id: id, version: next, author: author, at: now, content: content.text, hash: hash, rows: rows,
                    areas: nil, into: database)
                let roundID = try await Self.roundID(named: proposal.budgetRound, in: database)
                let updated = try await database.raw("""
                    UPDATE proposals SET current_version = \(bind: next), updated_at = \(bind: now), round_id = \(bind: roundID),
                        round_name = \(bind: proposal.budgetRound), administration = \(bind: administration),
                        code = \(bind: proposal.code), title = \(bind: proposal.title)
                    WHERE id = \(bind: id) AND current_version = \(bind: expectedVersion) RETURNING id
                    """).first()
                guard updated != nil else {
                    throw StoreError.versionConflict(proposalID: id, expected: expectedVersion, current: next)
                }
                try await database.raw("DELETE FROM proposal_areas WHERE proposal_id = \(bind: id)").run()
                try await Self.insertAreas(id: id, areas: proposal.areas, into: database)
                try await Audit.insert(
                    AuditRecord(at: now, userID: author.id, username: author.name, action: "proposal.save", entity: "proposal",
                                entityID: String(id), oldValue: "version \(expectedVersion)",
                                newValue: "version \(next) (\(hash.prefix(12)))", detail: detail),
                    into: database)
            }
        } catch let error where UniqueViolation.matches(error) {
            // Another save of the same version committed first.
            throw StoreError.versionConflict(proposalID: id, expected: expectedVersion, current: next)
        }
        return SavedVersion(proposalID: id, version: next, contentHash: hash, createdAt: Millis.date(now))
    }

    /// Moves the proposal from `from` to `to` (the workflow has decided that it may), unless its status changed
    /// meanwhile. Audited as `proposal.transition` with the comment.
    public func setStatus(
        id: Int64, from: ProposalStatus, to: ProposalStatus, transition: String, comment: String?, by user: StoredUser,
        at date: Date = Date()
    ) async throws {
        let now = Millis.from(date)
        try await backend.transaction { database in
            let updated = try await database.raw("""
                UPDATE proposals SET status = \(bind: to.rawValue), updated_at = \(bind: now)
                WHERE id = \(bind: id) AND status = \(bind: from.rawValue) RETURNING id
                """).first()
            if updated == nil {
                guard let row = try await database.raw("SELECT status FROM proposals WHERE id = \(bind: id)").first() else {
                    throw StoreError.notFound("proposal \(id)")
                }
                throw StoreError.statusConflict(proposalID: id, expected: from.rawValue, current: try row.decode(column: "status", as: String.self))
            }
            try await Audit.insert(
                AuditRecord(at: now, userID: user.id, username: user.name, action: "proposal.transition", entity: "proposal",
                            entityID: String(id), oldValue: from.rawValue, newValue: to.rawValue,
                            detail: comment.map { "\(transition): \($0)" } ?? transition),
                into: database)
        }
    }

    /// The proposal's record, or nil.
    public func proposal(id: Int64) async throws -> ProposalRecord? {
        try await backend.read { database in
            try await database.raw("\(unsafeRaw: Self.recordSelect) WHERE p.id = \(bind: id)").first().map(Self.decodeRecord)
        }
    }

    /// The record, the current version's content and the budget round's configuration in one query (the read
    /// route's path).
    public func proposalWithContent(id: Int64) async throws -> StoredProposal? {
        try await backend.read { database in
            guard let row = try await database.raw("""
                \(unsafeRaw: Self.currentSelect(content: true)) WHERE p.id = \(bind: id)
                """).first()
            else { return nil }
            let head = try Self.decodeHead(row)
            let version = ProposalVersion(
                proposalID: head.record.id, version: head.record.version, authorID: head.version.authorID,
                authorName: head.version.authorName, createdAt: head.version.createdAt,
                content: try row.decode(column: "content", as: String.self), contentHash: head.version.contentHash)
            return StoredProposal(record: head.record, version: version, round: head.round)
        }
    }

    /// The record, the current version without its content and the budget round's configuration in one query:
    /// what the read route needs to check access and to find the version's rendering in its cache (a stored
    /// version never changes, so its content is only fetched when the cache does not have it).
    public func proposalHead(id: Int64) async throws -> StoredProposalHead? {
        try await backend.read { database in
            try await database.raw("""
                \(unsafeRaw: Self.currentSelect(content: false)) WHERE p.id = \(bind: id)
                """).first().map(Self.decodeHead)
        }
    }

    /// The proposal, its current version (with or without the content) and its round's configuration.
    static func currentSelect(content: Bool) -> String {
        """
        SELECT p.id, p.current_version, p.status, p.author_id, u.name AS author_name, p.administration, p.code, p.title,
            p.round_name, p.created_at, p.updated_at,
            v.author_id AS version_author_id, vu.name AS version_author_name, v.created_at AS version_created_at,
            \(content ? "v.content, " : "")v.content_hash,
            r.name AS round_config_name, r.price_level_year, r.payback_rule, r.max_payback_years
        FROM proposals p JOIN users u ON u.id = p.author_id
        JOIN proposal_versions v ON v.proposal_id = p.id AND v.version = p.current_version
        JOIN users vu ON vu.id = v.author_id
        LEFT JOIN budget_rounds r ON r.id = p.round_id
        """
    }

    static func decodeHead(_ row: any SQLRow) throws -> StoredProposalHead {
        let record = try Self.decodeRecord(row)
        let version = VersionSummary(
            version: record.version, authorID: try row.decode(column: "version_author_id", as: Int64.self),
            authorName: try row.decode(column: "version_author_name", as: String.self),
            createdAt: Millis.date(try row.decode(column: "version_created_at", as: Int64.self)),
            contentHash: try row.decode(column: "content_hash", as: String.self))
        var round: BudgetRound? = nil
        if let name = try row.decode(column: "round_config_name", as: String?.self) {
            let ruleName = try row.decode(column: "payback_rule", as: String.self)
            round = BudgetRound(
                name: name, priceLevelYear: try row.decode(column: "price_level_year", as: Int64?.self).map { Int($0) },
                paybackRule: PaybackRule.named(ruleName) ?? .firstYearStrict,
                maxPaybackYears: try row.decode(column: "max_payback_years", as: Int64?.self).map { Int($0) })
        }
        return StoredProposalHead(record: record, version: version, round: round)
    }

    /// One version with its content, or nil.
    public func version(proposalID: Int64, version: Int64) async throws -> ProposalVersion? {
        try await backend.read { database in
            try await database.raw("""
                SELECT v.proposal_id, v.version, v.author_id, u.name AS author_name, v.created_at, v.content, v.content_hash
                FROM proposal_versions v JOIN users u ON u.id = v.author_id
                WHERE v.proposal_id = \(bind: proposalID) AND v.version = \(bind: version)
                """).first().map { row in
                ProposalVersion(
                    proposalID: try row.decode(column: "proposal_id", as: Int64.self),
                    version: try row.decode(column: "version", as: Int64.self),
                    authorID: try row.decode(column: "author_id", as: Int64.self),
                    authorName: try row.decode(column: "author_name", as: String.self),
                    createdAt: Millis.date(try row.decode(column: "created_at", as: Int64.self)),
                    content: try row.decode(column: "content", as: String.self),
                    contentHash: try row.decode(column: "content_hash", as: String.self))
            }
        }
    }

    /// The versions of a proposal, oldest first, without content.
    public func versions(proposalID: Int64) async throws -> [VersionSummary] {
        try await backend.read { database in
            try await database.raw("""
                SELECT v.version, v.author_id, u.name AS author_name, v.created_at, v.content_hash
                FROM proposal_versions v JOIN users u ON u.id = v.author_id
                WHERE v.proposal_id = \(bind: proposalID) ORDER BY v.version
                """).all().map { row in
                VersionSummary(
                    version: try row.decode(column: "version", as: Int64.self),
                    authorID: try row.decode(column: "author_id", as: Int64.self),
                    authorName: try row.decode(column: "author_name", as: String.self),
                    createdAt: Millis.date(try row.decode(column: "created_at", as: Int64.self)),
                    contentHash: try row.decode(column: "content_hash", as: String.self))
            }
        }
    }

    /// Everyone who saved a version of the proposal (the approver must be none of them).
    public func authorIDs(proposalID: Int64) async throws -> Set<Int64> {
        try await backend.read { database in
            Set(try await database.raw("SELECT DISTINCT author_id FROM proposal_versions WHERE proposal_id = \(bind: proposalID)")
                .all().map { try $0.decode(column: "author_id", as: Int64.self) })
        }
    }

    /// Proposals matching `filter`, most recently changed first.
    public func proposals(matching filter: ProposalFilter) async throws -> [ProposalRecord] {
        let query = Self.filtered("\(unsafeRaw: Self.recordSelect)", filter)
        return try await backend.read { database in try await database.raw(query).all().map(Self.decodeRecord) }
    }

    /// Proposals matching `filter` with their current version's content, most recently changed first, in one
    /// query (the web pages that compute every proposal of a round).
    public func proposalsWithContent(matching filter: ProposalFilter) async throws -> [(record: ProposalRecord, content: String)] {
        let select = """
            SELECT p.id, p.current_version, p.status, p.author_id, u.name AS author_name, p.administration, p.code, p.title,
                p.round_name, p.created_at, p.updated_at, v.content
            FROM proposals p JOIN users u ON u.id = p.author_id
            JOIN proposal_versions v ON v.proposal_id = p.id AND v.version = p.current_version
            """
        let query = Self.filtered("\(unsafeRaw: select)", filter)
        return try await backend.read { database in
            try await database.raw(query).all().map { row in
                (try Self.decodeRecord(row), try row.decode(column: "content", as: String.self))
            }
        }
    }

    /// `select` with the filter's conditions (every value bound), ordered newest first and limited.
    static func filtered(_ select: SQLQueryString, _ filter: ProposalFilter) -> SQLQueryString {
        var query: SQLQueryString = select + " WHERE 1 = 1"
        if let round = filter.round { query = query + " AND p.round_name = \(bind: round)" }
        if let status = filter.status { query = query + " AND p.status = \(bind: status.rawValue)" }
        if let code = filter.code { query = query + " AND p.code = \(bind: code)" }
        if let area = filter.area {
            query = query + " AND EXISTS (SELECT 1 FROM proposal_areas pa WHERE pa.proposal_id = p.id AND pa.area = \(bind: area))"
        }
        if let text = filter.text, !text.isEmpty {
            let pattern = "%" + Self.escapeLike(text.lowercased()) + "%"
            query = query + " AND (LOWER(p.title) LIKE \(bind: pattern) ESCAPE '\\' OR LOWER(COALESCE(p.code, '')) LIKE \(bind: pattern) ESCAPE '\\')"
        }
        if let administrations = filter.draftsOnlyFrom {
            let drafting = [ProposalStatus.draft.rawValue, ProposalStatus.returned.rawValue]
            if administrations.isEmpty {
                query = query + " AND p.status NOT IN (\(binds: drafting))"
            } else {
                query = query + " AND (p.status NOT IN (\(binds: drafting)) OR p.administration IN (\(binds: administrations)))"
            }
        }
        let limit = Int64(max(1, min(filter.limit, 20_000)))
        return query + " ORDER BY p.updated_at DESC, p.id DESC LIMIT \(bind: limit)"
    }

    /// Sums of the current versions' amounts by year, block and steering area, for proposals in `round` (all
    /// rounds when nil) with one of `statuses` (all when empty). Variants count by their first variant.
    public func portfolioSums(round: String? = nil, statuses: [ProposalStatus] = []) async throws -> [PortfolioSum] {
        var query: SQLQueryString = """
            SELECT a.year, a.block, a.steering_area, CAST(SUM(a.amount) AS BIGINT) AS total
            FROM amounts a JOIN proposals p ON p.id = a.proposal_id AND p.current_version = a.version
            WHERE a.in_portfolio = 1
            """
        if let round { query = query + " AND p.round_name = \(bind: round)" }
        if !statuses.isEmpty { query = query + " AND p.status IN (\(binds: statuses.map(\.rawValue)))" }
        query = query + " GROUP BY a.year, a.block, a.steering_area ORDER BY a.year, a.block, a.steering_area"
        let finished = query
        return try await backend.read { database in
            try await database.raw(finished).all().compactMap { row in
                guard let block = Block(rawValue: try row.decode(column: "block", as: String.self)),
                      let area = SteeringArea(rawValue: try row.decode(column: "steering_area", as: String.self))
                else { return nil }
                return PortfolioSum(
                    year: Int(try row.decode(column: "year", as: Int64.self)), block: block, steeringArea: area,
                    amount: try row.decode(column: "total", as: Int64.self))
            }
        }
    }

    /// The number of proposals stored.
    public func proposalCount() async throws -> Int64 {
        try await backend.read { database in
            try await database.raw("SELECT COUNT(*) AS n FROM proposals").first()?.decode(column: "n", as: Int64.self) ?? 0
        }
    }

    // MARK: - Shared pieces

    static let recordSelect = """
        SELECT p.id, p.current_version, p.status, p.author_id, u.name AS author_name, p.administration, p.code, p.title,
            p.round_name, p.created_at, p.updated_at
        FROM proposals p JOIN users u ON u.id = p.author_id
        """

    static func decodeRecord(_ row: any SQLRow) throws -> ProposalRecord {
        let statusName = try row.decode(column: "status", as: String.self)
        guard let status = ProposalStatus(rawValue: statusName) else {
            throw StoreError.invalid("the stored status \"\(statusName)\" is unknown")
        }
        return ProposalRecord(
            id: try row.decode(column: "id", as: Int64.self), version: try row.decode(column: "current_version", as: Int64.self),
            status: status, authorID: try row.decode(column: "author_id", as: Int64.self),
            authorName: try row.decode(column: "author_name", as: String.self),
            administration: try row.decode(column: "administration", as: String?.self),
            code: try row.decode(column: "code", as: String?.self), title: try row.decode(column: "title", as: String.self),
            roundName: try row.decode(column: "round_name", as: String?.self),
            createdAt: Millis.date(try row.decode(column: "created_at", as: Int64.self)),
            updatedAt: Millis.date(try row.decode(column: "updated_at", as: Int64.self)))
    }

    /// Writes a version row and its amounts projection (and, for a new proposal, its areas).
    static func insertVersion(
        id: Int64, version: Int64, author: StoredUser, at now: Int64, content: String, hash: String, rows: [AmountRow],
        areas: [String]?, into database: any SQLDatabase
    ) async throws {
        try await database.raw("""
            INSERT INTO proposal_versions (proposal_id, version, author_id, created_at, content, content_hash)
            VALUES (\(bind: id), \(bind: version), \(bind: author.id), \(bind: now), \(bind: content), \(bind: hash))
            """).run()
        var start = 0
        while start < rows.count {
            let chunk = rows[start..<min(rows.count, start + 300)]
            var insert = database.insert(into: "amounts").columns(
                "proposal_id", "version", "line_index", "block", "steering_area", "appropriation", "variant", "in_portfolio",
                "year", "amount")
            for row in chunk {
                insert = insert.values([
                    id, version, Int64(row.lineIndex), row.block.rawValue, row.steeringArea.rawValue, row.appropriation,
                    row.variant, Int64(row.inPortfolio ? 1 : 0), Int64(row.year), row.amount,
                ] as [any Encodable & Sendable])
            }
            try await insert.run()
            start += 300
        }
        if let areas { try await insertAreas(id: id, areas: areas, into: database) }
    }

    static func insertAreas(id: Int64, areas: [String], into database: any SQLDatabase) async throws {
        for area in Set(areas) {
            try await database.raw("INSERT INTO proposal_areas (proposal_id, area) VALUES (\(bind: id), \(bind: area))").run()
        }
    }

    static func roundID(named name: String?, in database: any SQLDatabase) async throws -> Int64? {
        guard let name else { return nil }
        return try await database.raw("SELECT id FROM budget_rounds WHERE name = \(bind: name)").first()?
            .decode(column: "id", as: Int64.self)
    }

    /// Escapes LIKE's wildcards so that a search for "50%" finds "50%".
    static func escapeLike(_ text: String) -> String {
        var result = ""
        for character in text {
            if character == "%" || character == "_" || character == "\\" { result.append("\\") }
            result.append(character)
        }
        return result
    }
}
