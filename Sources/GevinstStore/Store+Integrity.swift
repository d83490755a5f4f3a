import Foundation
import SQLKit

extension GevinstStore {
    /// Checks the history for what a crash or a bug could leave behind, and says what it finds (empty when all
    /// is well): every version's content matches its hash; each proposal's versions run 1…current without gaps;
    /// every version after the first has its `proposal.save` audit line.
    public func integrityProblems() async throws -> [String] {
        try await backend.read { database in
            var problems: [String] = []
            var versionsByProposal: [Int64: [Int64]] = [:]
            for row in try await database.raw("SELECT proposal_id, version, content, content_hash FROM proposal_versions").all() {
                let id = try row.decode(column: "proposal_id", as: Int64.self)
                let version = try row.decode(column: "version", as: Int64.self)
                let content = try row.decode(column: "content", as: String.self)
                if SHA256.hex(content) != (try row.decode(column: "content_hash", as: String.self)) {
                    problems.append("proposal \(id) version \(version): the content does not match its hash")
                }
                versionsByProposal[id, default: []].append(version)
            }
            var saves: [Int64: Int] = [:]
            for row in try await database.raw("SELECT entity_id FROM audit_log WHERE action = 'proposal.save'").all() {
                if let id = Int64(try row.decode(column: "entity_id", as: String?.self) ?? "") { saves[id, default: 0] += 1 }
            }
            for row in try await database.raw("SELECT id, current_version FROM proposals ORDER BY id").all() {
                let id = try row.decode(column: "id", as: Int64.self)
                let current = try row.decode(column: "current_version", as: Int64.self)
                let versions = (versionsByProposal[id] ?? []).sorted()
                if versions != Array(1...max(1, current)) {
                    problems.append("proposal \(id): current version \(current) but stored versions \(versions.map(String.init).joined(separator: ", "))")
                }
                if Int64(saves[id] ?? 0) != current - 1 {
                    problems.append("proposal \(id): \(current - 1) saves after creation but \(saves[id] ?? 0) audit lines")
                }
            }
            return problems
        }
    }
}
