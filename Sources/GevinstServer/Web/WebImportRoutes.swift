import Foundation
import GevinstCore
import GevinstImport
import GevinstStore
import GevinstWeb
import Hummingbird

/// Import: upload a document, see the proposals and findings GevinstImport reads from it, and save the chosen
/// ones as drafts. Nothing is saved by the upload itself; the chosen proposals are posted back in the native
/// format and each is saved like `POST /api/proposals` (scope checked per proposal).
extension GevinstAPI {
    func addWebImportRoutes(to router: Router<GevinstRequestContext>) {
        router.get("/import") { request, _ in await self.web(request) { try await self.importPage(request) } }
        router.post("/import") { request, _ in await self.web(request) { try await self.importPost(request) } }
        router.post("/import/save") { request, _ in await self.web(request) { try await self.importSave(request) } }
    }

    func requireWriter(_ visitor: WebVisitor) throws {
        guard visitor.user.role == .author || visitor.user.role == .admin else {
            throw APIError.forbidden("a user with the role \(visitor.user.role.rawValue) cannot write proposals; that needs the role author or admin")
        }
    }

    func importPage(_ request: Request) async throws -> Response {
        let visitor = try await requireVisitor(request)
        try requireWriter(visitor)
        return WebResponse.html(ImportPage.render(ImportPage.Model(canSave: true), context: visitor.context()))
    }

    func importPost(_ request: Request) async throws -> Response {
        let visitor = try await requireVisitor(request)
        try requireWriter(visitor)
        let upload = try await upload(request, visitor)
        guard let file = upload.part("document"), !file.body.isEmpty else {
            throw APIError.badRequest(visitor.language == .danish ? "Vælg en fil at indlæse." : "Choose a file to import.")
        }
        let name = file.filename.map { String($0.split(separator: "/").last ?? "") }.flatMap { $0.isEmpty ? nil : $0 } ?? "dokument"
        let settings = try await documentSettings()
        let model: ImportPage.Model
        let reading = await readOffThread(Data(file.body), file: name, preferring: .proposals)
        switch reading {
        case .failure(let error):
            model = ImportPage.Model(documentName: name, failure: error.description, canSave: true, settings: settings)
        case .success(let imported):
            var candidates: [ImportCandidate] = []
            for (index, proposal) in imported.proposals.enumerated() {
                let stored = try await storedCounterparts(of: proposal, visibleTo: visitor.user)
                candidates.append(ImportCandidate(
                    index: index, proposal: proposal,
                    findings: imported.findings.filter { $0.proposal != nil && $0.proposal == proposal.displayName },
                    payload: NativeFormat.encode(proposal),
                    stored: stored.map { ImportCandidate.Stored(id: $0.id, status: $0.status, round: $0.roundName) }))
            }
            var documentFindings = imported.findings.filter { finding in
                finding.proposal == nil || !imported.proposals.contains { $0.displayName == finding.proposal }
            }
            if !imported.followUps.isEmpty {
                documentFindings.insert(Finding(
                    rule: "import.follow-up-document", severity: .info, proposal: nil,
                    message: "The document is a follow-up table with \(imported.followUps.count) rows; load it on the follow-up page."), at: 0)
            } else if imported.leftOut.contains(.followUp) {
                // A catalogue with the follow-up table as its appendix: this page reads the proposals; the
                // follow-up page's upload reads the table from the same file.
                documentFindings.append(Finding(
                    rule: "import.follow-up-part", severity: .info, proposal: nil,
                    message: "To read the follow-up table this page leaves out, load the same file on the follow-up page (Bulk upload)."))
            }
            model = ImportPage.Model(
                documentName: name, reader: imported.kind.rawValue, candidates: candidates, documentFindings: documentFindings,
                canSave: true, settings: settings)
        }
        return WebResponse.html(ImportPage.render(model, context: visitor.context()), status: model.failure == nil ? .ok : .unprocessableContent)
    }

    func importSave(_ request: Request) async throws -> Response {
        let visitor = try await requireVisitor(request)
        try requireWriter(visitor)
        let form = try await form(request, visitor)
        let chosen = form.values("choose").compactMap { Int($0) }
        guard !chosen.isEmpty else {
            throw APIError.badRequest(visitor.language == .danish
                ? "Vælg mindst ét forslag at gemme som kladde." : "Choose at least one proposal to save as a draft.")
        }
        var proposals: [Proposal] = []
        for index in chosen {
            guard let text = form["proposal.\(index)"] else { throw APIError.badRequest("proposal \(index) is not in the form; read the document again") }
            do {
                proposals.append(try NativeFormat.decode(text: text, file: "imported proposal \(index + 1)"))
            } catch {
                throw APIError(.unprocessableContent, error.description)
            }
        }
        var administrations: [String?] = []
        for proposal in proposals {
            let administration = try ProposalCodec.administration(of: proposal, for: visitor.user)
            if let refusal = AccessPolicy.writeRefusal(visitor.user, administration: administration) { throw APIError.forbidden(refusal) }
            administrations.append(administration)
        }
        for (proposal, administration) in zip(proposals, administrations) {
            _ = try await store.createProposal(
                ProposalCodec.content(proposal, status: .draft), status: .draft, by: visitor.user, administration: administration)
        }
        return WebResponse.redirect(WebNotice.imported.on(WebPath.with(WebPath.proposals, query: [("status", "draft")]), count: proposals.count))
    }
}
