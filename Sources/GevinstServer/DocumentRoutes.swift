import Foundation
import GevinstCore
import GevinstDocuments
import GevinstStore
import Hummingbird

/// The documents people read, through the API (the documents issue): one proposal in the municipal template,
/// and a round's catalogue or overview, as HTML, DOCX, XLSX, PDF or CSV (a zip of one CSV per table). Every
/// figure comes from the same renderers as `gevinst render`.
extension GevinstAPI {
    func addDocumentRoutes(to router: Router<GevinstRequestContext>) {
        router.get("/api/proposals/:id/document") { request, context in try await self.proposalDocument(request, context) }
        router.get("/api/catalogue") { request, _ in try await self.roundDocument(request) }
        router.post("/api/documents") { request, _ in try await self.renderUploadedDocument(request) }
    }

    /// `GET /api/proposals/{id}/document?format=docx`: the proposal as its reader may see it.
    func proposalDocument(_ request: Request, _ context: GevinstRequestContext) async throws -> Response {
        let user = try await user(request)
        let id = try proposalID(context)
        let format = try DocumentDownload.format(request)
        guard let stored = try await store.proposalWithContent(id: id) else { throw APIError.notFound("proposal \(id) does not exist") }
        try requireReadable(stored.record, by: user)
        let proposal = try ProposalCodec.stored(stored.version, status: stored.record.status)
        var settings = DocumentSettings.copenhagen
        settings.paybackRule = stored.round?.paybackRule ?? .firstYearStrict
        let model: DocumentModel
        do {
            model = try ProposalDocument(proposal, settings: settings).model()
        } catch {
            throw APIError(.unprocessableContent, "the proposal cannot be rendered: \(error.description)")
        }
        return try await DocumentDownload.response(model, format: format, name: proposal.displayName)
    }

    /// `GET /api/catalogue?round=…&document=catalogue|overview&format=…&since=SNAPSHOT`: the round's catalogue
    /// (with the change list since the snapshot) or its overview table, with the proposals the user may read.
    func roundDocument(_ request: Request) async throws -> Response {
        let user = try await user(request)
        let format = try DocumentDownload.format(request)
        let round = Self.query(request, "round")
        let document = Self.query(request, "document") ?? "catalogue"
        guard document == "catalogue" || document == "overview" else {
            throw APIError.badRequest("document must be catalogue or overview, not \"\(document)\"")
        }
        var since: Int64?
        if let text = Self.query(request, "since") {
            guard AccessPolicy.canOverseeAll(user) else {
                throw APIError.forbidden("the change list since a snapshot is for the finance centre and administrators")
            }
            guard let id = Int64(text) else { throw APIError.badRequest("since must be a snapshot's number, not \"\(text)\"") }
            since = id
        }
        let catalogue = try await store.catalogue(round: round, since: since, draftsOnlyFrom: AccessPolicy.draftsVisible(to: user))
        guard !catalogue.proposals.isEmpty else {
            throw APIError.notFound("there is no proposal you may read in \(round.map { "the round \"\($0)\"" } ?? "any round")")
        }
        var settings = DocumentSettings.copenhagen
        settings.paybackRule = catalogue.round?.paybackRule ?? .firstYearStrict
        let choice: DocumentChoice = document == "overview" ? .overview : .catalogue
        let sources = DocumentSources(
            origin: round.map { "the round \"\($0)\"" } ?? "the rounds", proposals: catalogue.proposals,
            changeList: catalogue.since == nil ? [] : catalogue.changes,
            changesSince: catalogue.since.map { "\($0.name) (\(Timestamps.format($0.createdAt).prefix(10)))" },
            frontPageLines: [round ?? "Alle budgetrunder"])
        let model: DocumentModel
        do {
            model = try choice.model(sources, settings: settings)
        } catch {
            throw APIError(.unprocessableContent, "the \(document) cannot be rendered: \(error.description)")
        }
        return try await DocumentDownload.response(model, format: format, name: "\(model.title) \(round ?? "")")
    }
}

/// A rendered document as an HTTP download.
enum DocumentDownload {
    /// The `format` query parameter (default html).
    static func format(_ request: Request) throws -> DocumentFormat {
        let text = GevinstAPI.query(request, "format") ?? "html"
        guard let format = DocumentFormat(rawValue: text.lowercased()) else {
            throw APIError.badRequest("format must be one of \(DocumentFormat.allCases.map(\.rawValue).joined(separator: ", ")), not \"\(text)\"")
        }
        return format
    }

    /// Renders off the request threads (PDF waits for LibreOffice or Chromium) and answers with the file, or
    /// for CSV a zip of one file per table.
    static func response(_ model: DocumentModel, format: DocumentFormat, name: String) async throws -> Response {
        let output: RenderedOutput = try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                do {
                    continuation.resume(returning: try DocumentRenderer.render(model, as: format))
                } catch let error as PdfConverterError {
                    continuation.resume(throwing: APIError(.serviceUnavailable, error.description))
                } catch {
                    continuation.resume(throwing: APIError(.unprocessableContent, "the document cannot be rendered: \(error)"))
                }
            }
        }
        let data: Data
        var fileExtension = format.fileExtension
        switch output {
        case .file(let file):
            data = file
        case .files(let files):
            do {
                data = try ZipPackage.archive(files.map { ZipPackage.Part(path: $0.name, data: $0.data) })
            } catch {
                throw APIError(.internalServerError, "could not pack the CSV files: \(error)")
            }
            fileExtension = "zip"
        }
        var headers = HTTPFields()
        headers[.contentType] = contentType(format, zipped: fileExtension == "zip")
        headers[.contentDisposition] = disposition(name, fileExtension: fileExtension)
        headers[.cacheControl] = "no-store"
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func contentType(_ format: DocumentFormat, zipped: Bool) -> String {
        if zipped { return "application/zip" }
        switch format {
        case .html: return "text/html; charset=utf-8"
        case .docx: return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        case .xlsx: return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        case .csv: return "text/csv; charset=utf-8"
        case .pdf: return "application/pdf"
        }
    }

    /// `attachment` with an ASCII fallback name and the Danish name in RFC 5987 form.
    static func disposition(_ name: String, fileExtension: String) -> String {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        let base = trimmed.isEmpty ? "dokument" : String(trimmed.prefix(120))
        let ascii = String(base.unicodeScalars.map { scalar -> Character in
            scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || "-_. ".unicodeScalars.contains(scalar)) ? Character(scalar) : "_"
        })
        let encoded = base.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ascii
        return "attachment; filename=\"\(ascii).\(fileExtension)\"; filename*=UTF-8''\(encoded).\(fileExtension)"
    }
}
