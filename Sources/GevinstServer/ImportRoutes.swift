import Dispatch
import Foundation
import GevinstCore
import GevinstImport
import GevinstStore
import Hummingbird

/// `POST /api/imports?file=NAME&format=FORMAT`: a legacy document's bytes (PDF, PDF text, the markdown
/// catalogue, …) read by GevinstImport's `DocumentImporter`; its proposals become drafts, all in one
/// transaction, with the reader's findings. Nothing is saved when the document cannot be read.
extension GevinstAPI {
    func addImportRoutes(to router: Router<GevinstRequestContext>) {
        router.post("/api/imports") { request, _ in try await self.importDocument(request) }
    }

    /// The request body (at most `maxUploadBytes`) read by `DocumentImporter` off the request threads, as
    /// `gevinst import` reads a file; 422 with the importer's words when it cannot be read.
    func readUploadedDocument(_ request: Request, file: String, format: String? = nil) async throws -> ImportedDocument {
        let bytes = try await RequestBodies.bytes(request, limit: configuration.maxUploadBytes)
        switch await readOffThread(Data(bytes), file: file, format: format) {
        case .success(let read): return read
        case .failure(let error): throw APIError(.unprocessableContent, error.description)
        }
    }

    func importDocument(_ request: Request) async throws -> Response {
        let user = try await user(request)
        guard user.role == .author || user.role == .admin else {
            throw APIError.forbidden("a user with the role \(user.role.rawValue) cannot import proposals; that needs the role author or admin")
        }
        let file = Self.query(request, "file") ?? "upload"
        let format = Self.query(request, "format")
        let document = try await readUploadedDocument(request, file: file, format: format)
        var drafts: [NewProposal] = []
        var notes: [JSONValue] = []
        for proposal in document.proposals {
            let stored = try await storedCounterparts(of: proposal, visibleTo: user)
            if !stored.isEmpty {
                let ids = stored.map { "\($0.id) (\($0.status.rawValue))" }.joined(separator: ", ")
                notes.append(.string("\(proposal.displayName) was already in Gevinst as proposal \(ids); this import made another draft"))
            }
            let administration = try ProposalCodec.administration(of: proposal, for: user)
            if let refusal = AccessPolicy.writeRefusal(user, administration: administration) {
                throw APIError.forbidden("\(proposal.displayName): \(refusal); nothing was imported")
            }
            drafts.append(NewProposal(content: ProposalCodec.content(proposal, status: .draft), administration: administration))
        }
        let saved = drafts.isEmpty ? [] : try await store.createProposals(drafts, status: .draft, by: user)
        let entries: [JSONValue] = zip(saved, drafts).map { saved, draft in
            .object([
                ("id", .int(saved.proposalID)), ("version", .int(saved.version)),
                ("code", .optionalString(draft.content.proposal.code)), ("title", .string(draft.content.proposal.title)),
            ])
        }
        if !document.followUps.isEmpty {
            notes.append(.string("\(document.followUps.count) follow-up rows were read and checked but not stored: a follow-up table is stored as a period, with POST /api/followup/periods?name=PERIOD (or gevinst followup load)"))
        }
        if !document.plans.isEmpty {
            notes.append(.string("\(document.plans.count) strategy plans were read and checked but not stored: the server keeps no strategy plans; gevinst import reports them in full"))
        }
        return JSONResponse.make(
            .object([
                ("file", .string(file)), ("kind", .string(document.kind.rawValue)), ("drafts", .list(entries)),
                ("findings", .list(document.findings.map(ServerJSON.finding))), ("notes", .list(notes)),
            ]),
            status: saved.isEmpty ? .ok : .created)
    }

    /// Reading a document is CPU work (and may run pdftotext): it runs off the server's threads.
    /// An uploaded document read by `DocumentImporter` off the request threads (a PDF runs pdftotext, a Word
    /// document LibreOffice through `configuration.officeToPDF`, a workbook `configuration.readWorkbook`), for the
    /// API and the import page alike.
    /// `preferring` proposals: the import page's reading of a file that also holds a follow-up table.
    func readOffThread(
        _ data: Data, file: String, format: String? = nil, preferring kind: ImportedDocument.Kind? = nil
    ) async -> Result<ImportedDocument, ImportError> {
        let officeToPDF = configuration.officeToPDF
        let readWorkbook = configuration.readWorkbook
        return await Self.offThread {
            do throws(ImportError) {
                if let kind, format == nil {
                    return .success(try DocumentImporter.read(
                        data: data, file: file, preferring: kind, officeToPDF: officeToPDF, readWorkbook: readWorkbook))
                }
                return .success(try DocumentImporter.read(
                    data: data, file: file, format: format, officeToPDF: officeToPDF, readWorkbook: readWorkbook))
            } catch {
                return .failure(error)
            }
        }
    }

    static func offThread<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async { continuation.resume(returning: work()) }
        }
    }
}
