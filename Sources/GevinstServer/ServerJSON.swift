import Foundation
import GevinstCore
import GevinstStore

/// How store records, findings and diffs look in the API.
enum ServerJSON {
    static func time(_ date: Date) -> JSONValue { .string(Timestamps.format(date)) }

    static func user(_ user: StoredUser) -> JSONValue {
        .object([
            ("id", .int(user.id)), ("name", .string(user.name)), ("role", .string(user.role.rawValue)),
            ("administrations", .list(user.administrations.map { .string($0) })),
        ])
    }

    static func summary(_ record: ProposalRecord) -> JSONValue {
        .object([
            ("id", .int(record.id)), ("version", .int(record.version)), ("status", .string(record.status.rawValue)),
            ("code", .optionalString(record.code)), ("title", .string(record.title)),
            ("administration", .optionalString(record.administration)), ("round", .optionalString(record.roundName)),
            ("author", .string(record.authorName)), ("createdAt", time(record.createdAt)), ("updatedAt", time(record.updatedAt)),
        ])
    }

    static func finding(_ finding: Finding) -> JSONValue {
        .object([
            ("rule", .string(finding.rule.description)), ("severity", .string(finding.severity.rawValue)),
            ("proposal", .optionalString(finding.proposal)), ("line", .optionalInt(finding.line)),
            ("message", .string(finding.message)),
        ])
    }

    static func change(_ change: ProposalDiff.Change) -> JSONValue {
        .object([
            ("path", .string(change.path)), ("kind", .string(change.kind.rawValue)),
            ("old", .optionalString(change.old)), ("new", .optionalString(change.new)),
            ("description", .string(change.description)),
        ])
    }

    static func version(_ summary: VersionSummary) -> JSONValue {
        .object([
            ("version", .int(summary.version)), ("author", .string(summary.authorName)),
            ("createdAt", time(summary.createdAt)), ("contentHash", .string(summary.contentHash)),
        ])
    }

    static func audit(_ entry: AuditEntry) -> JSONValue {
        .object([
            ("id", .int(entry.id)), ("at", time(entry.at)), ("user", .optionalString(entry.username)),
            ("action", .string(entry.action)), ("entity", .string(entry.entity)), ("entityId", .optionalString(entry.entityID)),
            ("old", .optionalString(entry.oldValue)), ("new", .optionalString(entry.newValue)),
            ("detail", .optionalString(entry.detail)),
        ])
    }

    static func snapshot(_ snapshot: Snapshot) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("id", .int(snapshot.id)), ("name", .string(snapshot.name)), ("stage", .string(snapshot.stage.rawValue)),
            ("round", .optionalString(snapshot.roundName)), ("createdAt", time(snapshot.createdAt)),
            ("createdBy", .optionalString(snapshot.createdBy)),
        ]
        if !snapshot.versions.isEmpty {
            fields.append(("versions", .list(snapshot.versions.keys.sorted().map { id in
                .object([("proposal", .int(id)), ("version", .int(snapshot.versions[id] ?? 0))])
            })))
        }
        return .object(fields)
    }

    static func round(_ round: BudgetRound) -> JSONValue {
        .object([
            ("name", .string(round.name)), ("priceLevel", .optionalInt(round.priceLevelYear)),
            ("paybackRule", .string(round.paybackRule.name)), ("maxPayback", .optionalInt(round.maxPaybackYears)),
        ])
    }
}
