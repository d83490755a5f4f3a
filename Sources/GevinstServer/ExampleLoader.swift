import Foundation
import GevinstCore
import GevinstStore

/// Loads the project's example proposals (`examples/*.json`, native format) into a new database, as drafts
/// or in the status they were written with, authored by the system account `gevinst-examples` (which cannot
/// log in: its password hash matches no password).
public enum ExampleLoader {
    public static let systemUserName = "gevinst-examples"

    /// The proposals loaded, by file name; a file that cannot be read stops the loading with its error.
    @discardableResult
    public static func load(from folder: URL, into store: GevinstStore) async throws -> [String] {
        let files = try FileManager.default.contentsOfDirectory(at: folder.resolvingSymlinksInPath(), includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        guard !files.isEmpty else { return [] }
        let author = try await systemUser(in: store)
        var loaded: [String] = []
        for file in files {
            let proposal: Proposal
            do {
                proposal = try NativeFormat.decode(bytes: [UInt8](try Data(contentsOf: file)), file: file.path)
            } catch let error as NativeFormatError {
                throw StoreError.invalid(error.description)
            }
            let administration = proposal.submittingAdministration
            if let administration, !(try await store.administrations().contains(administration)) {
                try await store.addAdministration(administration)
            }
            _ = try await store.createProposal(
                ProposalContent(proposal: proposal, text: NativeFormat.encode(proposal)), status: proposal.status, by: author,
                administration: administration)
            loaded.append(file.lastPathComponent)
        }
        return loaded
    }

    /// The account examples are authored by, created when missing.
    public static func systemUser(in store: GevinstStore) async throws -> StoredUser {
        if let user = try await store.user(named: systemUserName) { return user }
        return try await store.addUser(name: systemUserName, passwordHash: "!", role: .reader, administrations: [])
    }
}
