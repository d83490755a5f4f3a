import Foundation
import GevinstCore
import GevinstDocuments
import GevinstImport
import Hummingbird

/// `POST /api/documents?document=plan&format=xlsx&file=NAME`: a legacy document's bytes (a strategy plan as
/// seed 004, the markdown catalogue, PDF text, a PDF, …) read by GevinstImport's `DocumentImporter` as
/// `POST /api/imports` reads them, and rendered as `gevinst render FILE --document … --format …` renders it
/// (`DocumentChoice`). Nothing is stored, so every logged-in user may call it.
extension GevinstAPI {
    func renderUploadedDocument(_ request: Request) async throws -> Response {
        _ = try await user(request)
        let choice = try Self.documentChoice(request)
        let format = try DocumentDownload.format(request)
        let file = Self.query(request, "file") ?? "upload"
        let title = Self.query(request, "title").flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
        let changesSince = Self.query(request, "changesSince")
        var settings = DocumentSettings.copenhagen
        if let name = Self.query(request, "paybackRule") {
            guard let rule = PaybackRule.named(name) else {
                throw APIError.badRequest("paybackRule must be one of \(PaybackRule.allNames.joined(separator: ", ")), not \"\(name)\"")
            }
            settings.paybackRule = rule
        }
        let document = try await readUploadedDocument(request, file: file)
        let sources = DocumentSources(
            origin: file, proposals: document.proposals, plans: document.plans, changeList: document.changeList,
            changesSince: changesSince, title: title)
        let model: DocumentModel
        do {
            model = try choice.model(sources, settings: settings)
        } catch {
            throw APIError(.unprocessableContent, "\(file): \(error.description)")
        }
        return try await DocumentDownload.response(model, format: format, name: model.title)
    }

    /// The `document` query parameter: required, one of `DocumentChoice`'s names.
    static func documentChoice(_ request: Request) throws -> DocumentChoice {
        let names = DocumentChoice.allCases.map(\.rawValue).joined(separator: ", ")
        guard let text = query(request, "document") else {
            throw APIError.badRequest("say which document to render: document=\(names.replacingOccurrences(of: ", ", with: "|"))")
        }
        guard let choice = DocumentChoice(rawValue: text.lowercased()) else {
            throw APIError.badRequest("document must be one of \(names), not \"\(text)\"")
        }
        return choice
    }
}
