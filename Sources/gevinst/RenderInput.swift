import Foundation
import GevinstCore
import GevinstImport
import GevinstStore

/// What `gevinst render` reads: native proposal files (.json) and legacy documents through the importer, or a
/// budget round from the database.
struct RenderInput {
    var proposals: [Proposal] = []
    var plans: [StrategyPlan] = []
    var changeList: [CatalogueChange] = []
    /// The change list's "since when", in words, when it was computed from a snapshot.
    var changesSince: String?
    /// The budget round's payback rule, when the proposals come from a configured round.
    var paybackRule: PaybackRule?
    /// Lines under the catalogue's title: the round's name.
    var frontPageLines: [String] = []

    static func read(_ files: [String]) throws(ExitWithMessage) -> RenderInput {
        var input = RenderInput()
        let officeToPDF = OfficeConversion.toPDF()
        for file in files {
            if file.lowercased().hasSuffix(".json") {
                input.proposals.append(try ProposalFiles.load(file))
                continue
            }
            let document: ImportedDocument
            do {
                document = try DocumentImporter.readFile(at: file, officeToPDF: officeToPDF)
            } catch {
                throw ExitWithMessage("gevinst render: \(error.description)")
            }
            input.proposals += document.proposals
            input.plans += document.plans
            input.changeList += document.changeList
            if !document.findings.isEmpty {
                StandardError.write("\(file): \(document.findings.count) findings while reading; `gevinst import \(file)` lists them. The documents show Gevinst's own figures.")
            }
        }
        return input
    }

    /// The proposals of `round` from the database, with the change list since the snapshot `since` (its
    /// number or name); with `code`, only that proposal.
    static func read(round: String, since: String?, code: String?, database: String?) async throws(ExitWithMessage) -> RenderInput {
        let store: GevinstStore
        do {
            store = try await GevinstStore.open(try DatabaseLocation(parsing: database))
        } catch {
            throw ExitWithMessage("gevinst render: \(error)")
        }
        do {
            let snapshotID = try await snapshotID(since, round: round, in: store)
            let catalogue = try await store.catalogue(round: round, since: snapshotID)
            await store.close()
            var input = RenderInput(proposals: catalogue.proposals, changeList: catalogue.changes)
            input.paybackRule = catalogue.round?.paybackRule
            input.frontPageLines = [round]
            if let snapshot = catalogue.since {
                input.changesSince = "\(snapshot.name) (\(snapshot.createdAt.formatted(.iso8601.year().month().day())))"
            }
            if let code {
                let matching = catalogue.proposals.filter { $0.code?.caseInsensitiveCompare(code) == .orderedSame }
                guard !matching.isEmpty else {
                    let codes = catalogue.proposals.compactMap(\.code)
                    throw ExitWithMessage("gevinst render: the round \"\(round)\" has no proposal \(code) (codes: \(codes.isEmpty ? "none" : codes.joined(separator: ", ")))")
                }
                input.proposals = matching
            }
            return input
        } catch let error as ExitWithMessage {
            await store.close()
            throw error
        } catch {
            await store.close()
            throw ExitWithMessage("gevinst render: \(error)")
        }
    }

    /// The snapshot named by `text`: its number, or its name (the newest of that name, of `round` first).
    static func snapshotID(_ text: String?, round: String, in store: GevinstStore) async throws -> Int64? {
        guard let text else { return nil }
        let snapshots = try await store.snapshots()
        if let id = Int64(text), snapshots.contains(where: { $0.id == id }) { return id }
        let named = snapshots.filter { $0.name == text }
        if let match = named.first(where: { $0.roundName == round }) ?? named.first { return match.id }
        let known = snapshots.map { "\($0.id) \"\($0.name)\"" }
        throw ExitWithMessage("gevinst render: there is no snapshot \"\(text)\" (snapshots: \(known.isEmpty ? "none" : known.joined(separator: ", ")))")
    }
}
