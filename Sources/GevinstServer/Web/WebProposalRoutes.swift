import Foundation
import GevinstCore
import GevinstDocuments
import GevinstStore
import GevinstWeb
import Hummingbird

/// The dashboard, the proposal list and its export, the proposal page with its documents, and the review page
/// with the workflow steps.
extension GevinstAPI {
    func addWebProposalRoutes(to router: Router<GevinstRequestContext>) {
        router.get("/") { request, _ in await self.web(request) { try await self.dashboardPage(request) } }
        router.get("/proposals") { request, _ in await self.web(request) { try await self.listPage(request) } }
        router.get("/proposals/export") { request, _ in await self.web(request) { try await self.listExport(request) } }
        router.get("/proposals/:id") { request, context in await self.web(request) { try await self.proposalPage(request, context) } }
        router.get("/proposals/:id/review") { request, context in await self.web(request) { try await self.reviewPage(request, context) } }
        router.post("/proposals/:id/transitions") { request, context in
            await self.web(request) { try await self.transitionPost(request, context) }
        }
    }

    func dashboardPage(_ request: Request) async throws -> Response {
        let visitor = try await requireVisitor(request)
        let round = Self.query(request, "round")
        let proposals = try await readableProposals(visitor.user, round: round)
        let period = try await latestFollowUp()
        let rows = try await rows(proposals, period: period)
        let settings = try await documentSettings()
        // The latest period is summed under the configuration in force on its date, the one its records were read
        // in and the follow-up board shows it by; today's rules only when there is no period.
        let followUpConfiguration = try await storedColourRules(on: period?.date ?? CalendarDay.today())
        let model = DashboardPage.Model(
            rounds: try await roundNames(proposals), round: round, proposals: Array(zip(rows, proposals.map(\.proposal))),
            followUp: period, followUpConfiguration: followUpConfiguration, settings: settings)
        return WebResponse.html(DashboardPage.render(model, context: visitor.context(WebNotice.from(request, l: visitor.l))))
    }

    func listPage(_ request: Request) async throws -> Response {
        let visitor = try await requireVisitor(request)
        let query = ProposalListQuery(form: FormData(encoded: request.uri.query ?? ""))
        let proposals = try await readableProposals(visitor.user)
        let rows = try await rows(proposals, period: try await latestFollowUp())
        let settings = try await documentSettings()
        let canCreate = visitor.user.role == .author || visitor.user.role == .admin
        let model = ProposalListPage.Model(
            query: query, allRows: rows, rounds: try await roundNames(proposals), areas: settings.areas,
            administrations: settings.administrations, canCreate: canCreate)
        return WebResponse.html(ProposalListPage.render(model, context: visitor.context(WebNotice.from(request, l: visitor.l))))
    }

    /// The list's overview table (investment service/anlæg, efficiency at full phase-in, payback) with its
    /// filters, as XLSX or CSV.
    func listExport(_ request: Request) async throws -> Response {
        let visitor = try await requireVisitor(request)
        let query = ProposalListQuery(form: FormData(encoded: request.uri.query ?? ""))
        let proposals = try await readableProposals(visitor.user)
        let rows = query.apply(to: try await rows(proposals, period: try await latestFollowUp()))
        let byID = Dictionary(proposals.map { ($0.record.id, $0.proposal) }, uniquingKeysWith: { first, _ in first })
        let chosen = rows.compactMap { byID[$0.id] }
        let rule = try await roundRule(query.round).rule
        let overview: OverviewTable
        do {
            overview = try OverviewTable(proposals: chosen, settings: try await documentSettings(rule: rule))
        } catch {
            throw APIError(.unprocessableContent, String(describing: error))
        }
        let format = try Self.documentFormat(request, allowed: [.xlsx, .csv])
        return try Self.download(overview.model(), format: format, name: "Oversigt over forslagene")
    }

    func proposalPage(_ request: Request, _ context: GevinstRequestContext) async throws -> Response {
        let visitor = try await requireVisitor(request)
        let id = try proposalID(context)
        guard let stored = try await store.proposalWithContent(id: id) else { throw APIError.notFound("proposal \(id) does not exist") }
        try requireReadable(stored.record, by: visitor.user)
        let record = stored.record
        let proposal = try ProposalCodec.stored(stored.version, status: record.status)
        let (rule, _) = try await roundRule(record.roundName)
        let versions = try await store.versions(proposalID: id)
        var diff: VersionDiff?
        if let fromText = Self.query(request, "from"), let toText = Self.query(request, "to") {
            guard let from = Int64(fromText), let to = Int64(toText),
                  let old = try await store.version(proposalID: id, version: from),
                  let new = try await store.version(proposalID: id, version: to)
            else { throw APIError.badRequest("choose two versions of this proposal to compare") }
            diff = VersionDiff(from: from, to: to, lines: ProposalDiff(
                from: try ProposalCodec.stored(old), to: try ProposalCodec.stored(new), rule: rule).changes)
        }
        let writeRefusal = AccessPolicy.writeRefusal(visitor.user, administration: record.administration)
        let audit = try await store.audit(entity: "proposal", entityID: String(id)).map(Self.auditLine)
        let model = ProposalPage.Model(
            id: id, version: record.version, status: record.status, proposal: proposal,
            findings: try await findings(for: proposal, round: record.roundName),
            versions: versions.map { VersionEntry(version: $0.version, author: $0.authorName, savedAt: $0.createdAt) },
            diff: diff, audit: audit, settings: try await documentSettings(rule: rule),
            canEdit: writeRefusal == nil && EditLock.isEditable(record.status),
            lockReason: writeRefusal == nil ? EditLock.refusal(for: record.status) : nil,
            canReview: true)
        return WebResponse.html(ProposalPage.render(model, context: visitor.context(WebNotice.from(request, l: visitor.l))))
    }

    func reviewPage(_ request: Request, _ context: GevinstRequestContext, notices: [Notice] = [], status: HTTPResponse.Status = .ok)
        async throws -> Response
    {
        let visitor = try await requireVisitor(request)
        let id = try proposalID(context)
        guard let stored = try await store.proposalWithContent(id: id) else { throw APIError.notFound("proposal \(id) does not exist") }
        let record = stored.record
        try requireReadable(record, by: visitor.user)
        let proposal = try ProposalCodec.stored(stored.version, status: record.status)
        let authorIDs = Set(try await store.authorIDs(proposalID: id).map(String.init))
        let versions = try await store.versions(proposalID: id)
        var authors: [String] = []
        for version in versions where !authors.contains(version.authorName) { authors.append(version.authorName) }
        let options = ProposalTransition.available(from: record.status).map { transition in
            Self.option(transition, record: record, proposal: proposal, user: visitor.user, authors: authorIDs)
        }
        let history = try await store.audit(entity: "proposal", entityID: String(id))
            .filter { $0.action == "proposal.transition" || $0.action == "proposal.create" }.map(Self.auditLine)
        let model = ReviewPage.Model(
            id: id, version: record.version, heading: ProposalWording.heading(proposal), status: record.status, authors: authors,
            consultations: proposal.consultations, findings: try await findings(for: proposal, round: record.roundName),
            transitions: options, history: history)
        return WebResponse.html(
            ReviewPage.render(model, context: visitor.context(notices + WebNotice.from(request, l: visitor.l))), status: status)
    }

    /// Whether the visitor may take `transition` now, and if not, why: the same scope and workflow rules as
    /// the step itself (a return is judged as if it had its comment, which the form asks for).
    static func option(
        _ transition: ProposalTransition, record: ProposalRecord, proposal: Proposal, user: StoredUser, authors: Set<String>
    ) -> TransitionOption {
        let needsComment = transition == .return
        if let refusal = AccessPolicy.transitionRefusal(user, transition, administration: record.administration) {
            return TransitionOption(name: transition.rawValue, isAllowed: false, reason: refusal, needsComment: needsComment)
        }
        switch Workflow.decide(transition, status: record.status, proposal: proposal, actor: user.actor, authors: authors,
                               comment: needsComment ? "comment" : nil) {
        case .success: return TransitionOption(name: transition.rawValue, isAllowed: true, needsComment: needsComment)
        case .failure(let refusal):
            return TransitionOption(name: transition.rawValue, isAllowed: false, reason: refusal.message, needsComment: needsComment)
        }
    }

    func transitionPost(_ request: Request, _ context: GevinstRequestContext) async throws -> Response {
        let visitor = try await requireVisitor(request)
        let id = try proposalID(context)
        let form = try await form(request, visitor)
        guard let name = form["transition"], let transition = ProposalTransition(named: name) else {
            throw APIError.badRequest("choose a step on the review page")
        }
        do {
            _ = try await take(transition, on: id, comment: form.trimmed("comment"), by: visitor.user)
        } catch let error as APIError where error.status != .notFound {
            return try await reviewPage(request, context, notices: [Notice(.error, error.message)], status: error.status)
        } catch let error as StoreError {
            let api = APIError.from(error)
            return try await reviewPage(request, context, notices: [Notice(.error, api.message)], status: api.status)
        }
        return WebResponse.redirect(WebNotice.transition.on(WebPath.review(id)))
    }

    // MARK: - Shared pieces

    static func auditLine(_ entry: AuditEntry) -> AuditLine {
        AuditLine(at: entry.at, user: entry.username, action: entry.action, detail: entry.detail, old: entry.oldValue, new: entry.newValue)
    }

    /// The `format` query parameter (html, docx, xlsx, pdf, csv), one of `allowed`.
    static func documentFormat(_ request: Request, allowed: [DocumentFormat] = DocumentFormat.allCases) throws -> DocumentFormat {
        let name = query(request, "format") ?? "html"
        guard let format = DocumentFormat(rawValue: name), allowed.contains(format) else {
            throw APIError.badRequest("choose the format \(allowed.map(\.rawValue).joined(separator: ", ")); found \"\(name)\"")
        }
        return format
    }

    /// A document as a download. CSV puts every figure table in one file, each under its name; PDF needs
    /// LibreOffice or Chromium, and says which package to install when neither is there.
    static func download(_ model: DocumentModel, format: DocumentFormat, name: String) throws -> Response {
        let filename = NamedFile.safeName(name) + "." + format.fileExtension
        let contentType: String = switch format {
        case .html: "text/html; charset=utf-8"
        case .docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        case .xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        case .csv: "text/csv; charset=utf-8"
        case .pdf: "application/pdf"
        }
        if format == .csv {
            var data = Data([0xEF, 0xBB, 0xBF])
            for (index, table) in model.figureTables.enumerated() {
                if index > 0 { data.append(contentsOf: "\r\n".utf8) }
                data.append(contentsOf: (CsvWriter.field(table.caption ?? table.name) + "\r\n").utf8)
                data.append(contentsOf: CsvWriter.text(table).utf8)
            }
            return WebResponse.download(data, contentType: contentType, filename: filename)
        }
        let output: RenderedOutput
        do {
            output = try DocumentRenderer.render(model, as: format)
        } catch let error as PdfConverterError {
            throw APIError(.serviceUnavailable, error.description)
        } catch {
            throw APIError(.internalServerError, "the document could not be written: \(error)")
        }
        switch output {
        case .file(let data): return WebResponse.download(data, contentType: contentType, filename: filename)
        case .files(let files):
            guard let first = files.first else { throw APIError(.internalServerError, "the document has no tables") }
            return WebResponse.download(first.data, contentType: contentType, filename: first.name)
        }
    }
}
