import Foundation
import GevinstCore
import SQLKit

/// A budget round (DOMAIN.md §1 step 4: "Budget 2025", "Overførselssag 2024"): the price level its amounts
/// are in, the payback rule it computes by and the longest payback it accepts.
public struct BudgetRound: Sendable, Hashable {
    public var name: String
    public var priceLevelYear: Int?
    public var paybackRule: PaybackRule
    /// The maximum payback in whole years; nil when the round sets none.
    public var maxPaybackYears: Int?

    public init(name: String, priceLevelYear: Int? = nil, paybackRule: PaybackRule = .firstYearStrict, maxPaybackYears: Int? = nil) {
        self.name = name
        self.priceLevelYear = priceLevelYear
        self.paybackRule = paybackRule
        self.maxPaybackYears = maxPaybackYears
    }
}

/// A target-group area: the letters of proposal codes and a name.
public struct Area: Sendable, Hashable {
    public var code: String
    public var name: String
}

/// The configurable reference data: administrations, areas, committees, consultation bodies, budget rounds.
extension GevinstStore {
    public func administrations() async throws -> [String] { try await names(in: "administrations") }
    public func committees() async throws -> [String] { try await names(in: "committees") }
    public func consultationBodies() async throws -> [String] { try await names(in: "consultation_bodies") }

    public func areas() async throws -> [Area] {
        try await backend.read { database in
            try await database.raw("SELECT code, name FROM areas ORDER BY code").all().map {
                Area(code: try $0.decode(column: "code", as: String.self), name: try $0.decode(column: "name", as: String.self))
            }
        }
    }

    public func addAdministration(_ name: String, by user: StoredUser? = nil) async throws { try await addName(name, to: "administrations", by: user) }
    public func addCommittee(_ name: String, by user: StoredUser? = nil) async throws { try await addName(name, to: "committees", by: user) }
    public func addConsultationBody(_ name: String, by user: StoredUser? = nil) async throws { try await addName(name, to: "consultation_bodies", by: user) }

    /// Adds an area (a committee's field, as "BU" Børne- og Ungdomsudvalget's area): a code of 1 to 10 letters or
    /// digits, as proposal codes begin, and a name. Audited as `area.create`.
    public func addArea(code rawCode: String, name rawName: String, by user: StoredUser? = nil) async throws {
        let code = rawCode.trimmingCharacters(in: .whitespaces).uppercased()
        let name = rawName.trimmingCharacters(in: .whitespaces)
        guard (1...10).contains(code.count), code.allSatisfy({ $0.isLetter || $0.isNumber }) else {
            throw StoreError.invalid("an area's code must have 1 to 10 letters or digits, as \"BU\"; \"\(rawCode)\" does not")
        }
        guard (1...200).contains(name.count) else { throw StoreError.invalid("an area's name must have 1 to 200 characters") }
        let now = Millis.from(Date())
        try await backend.transaction { database in
            if try await database.raw("SELECT code FROM areas WHERE code = \(bind: code)").first() != nil {
                throw StoreError.duplicate("the area \(code)")
            }
            try await database.raw("INSERT INTO areas (code, name) VALUES (\(bind: code), \(bind: name))").run()
            try await Audit.insert(
                AuditRecord(at: now, userID: user?.id, username: user?.name, action: "area.create", entity: "area",
                            entityID: code, oldValue: nil, newValue: name),
                into: database)
        }
    }

    /// Adds or replaces a budget round (by name). Audited as `budget_round.save`.
    public func saveBudgetRound(_ round: BudgetRound, by user: StoredUser? = nil, at date: Date = Date()) async throws {
        let now = Millis.from(date)
        try await backend.transaction { database in
            let old = try await database.raw("SELECT id, price_level_year, payback_rule, max_payback_years FROM budget_rounds WHERE name = \(bind: round.name)").first()
            let priceLevel = round.priceLevelYear.map(Int64.init)
            let maxPayback = round.maxPaybackYears.map(Int64.init)
            if let old {
                let id = try old.decode(column: "id", as: Int64.self)
                try await database.raw("""
                    UPDATE budget_rounds SET price_level_year = \(bind: priceLevel), payback_rule = \(bind: round.paybackRule.name),
                        max_payback_years = \(bind: maxPayback) WHERE id = \(bind: id)
                    """).run()
            } else {
                try await database.raw("""
                    INSERT INTO budget_rounds (name, price_level_year, payback_rule, max_payback_years, created_at)
                    VALUES (\(bind: round.name), \(bind: priceLevel), \(bind: round.paybackRule.name), \(bind: maxPayback), \(bind: now))
                    """).run()
                // Proposals that already name the round now belong to it.
                try await database.raw("""
                    UPDATE proposals SET round_id = (SELECT id FROM budget_rounds WHERE name = \(bind: round.name))
                    WHERE round_name = \(bind: round.name)
                    """).run()
            }
            let describe: (Int64?, String, Int64?) -> String = { level, rule, max in
                "p/l \(level.map(String.init) ?? "-"), \(rule), max payback \(max.map { "\($0) years" } ?? "-")"
            }
            let oldValue = try old.map {
                describe(try $0.decode(column: "price_level_year", as: Int64?.self), try $0.decode(column: "payback_rule", as: String.self),
                         try $0.decode(column: "max_payback_years", as: Int64?.self))
            }
            try await Audit.insert(
                AuditRecord(at: now, userID: user?.id, username: user?.name, action: "budget_round.save", entity: "budget_round",
                            entityID: round.name, oldValue: oldValue,
                            newValue: describe(priceLevel, round.paybackRule.name, maxPayback)),
                into: database)
        }
    }

    public func budgetRounds() async throws -> [BudgetRound] {
        try await backend.read { database in
            try await database.raw("SELECT name, price_level_year, payback_rule, max_payback_years FROM budget_rounds ORDER BY name")
                .all().map(Self.decodeRound)
        }
    }

    public func budgetRound(named name: String) async throws -> BudgetRound? {
        try await backend.read { database in
            try await database.raw("SELECT name, price_level_year, payback_rule, max_payback_years FROM budget_rounds WHERE name = \(bind: name)")
                .first().map(Self.decodeRound)
        }
    }

    static func decodeRound(_ row: any SQLRow) throws -> BudgetRound {
        let ruleName = try row.decode(column: "payback_rule", as: String.self)
        guard let rule = PaybackRule.named(ruleName) else {
            throw StoreError.invalid("the stored payback rule \"\(ruleName)\" is unknown; known rules: \(PaybackRule.allNames.joined(separator: ", "))")
        }
        return BudgetRound(
            name: try row.decode(column: "name", as: String.self),
            priceLevelYear: try row.decode(column: "price_level_year", as: Int64?.self).map { Int($0) },
            paybackRule: rule,
            maxPaybackYears: try row.decode(column: "max_payback_years", as: Int64?.self).map { Int($0) })
    }

    private func names(in table: String) async throws -> [String] {
        try await backend.read { database in
            try await database.raw("SELECT name FROM \(ident: table) ORDER BY name").all().map { try $0.decode(column: "name", as: String.self) }
        }
    }

    private func addName(_ name: String, to table: String, by user: StoredUser?) async throws {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed.count <= 200 else { throw StoreError.invalid("a name must have 1 to 200 characters") }
        let now = Millis.from(Date())
        try await backend.transaction { database in
            if try await database.raw("SELECT name FROM \(ident: table) WHERE name = \(bind: trimmed)").first() != nil {
                throw StoreError.duplicate("\"\(trimmed)\" in \(table)")
            }
            try await database.raw("INSERT INTO \(ident: table) (name) VALUES (\(bind: trimmed))").run()
            try await Audit.insert(
                AuditRecord(at: now, userID: user?.id, username: user?.name, action: "\(table).create", entity: table,
                            entityID: trimmed, oldValue: nil, newValue: trimmed),
                into: database)
        }
    }
}
