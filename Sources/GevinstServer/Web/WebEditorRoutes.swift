import Foundation
import GevinstCore
import GevinstDocuments
import GevinstStore
import GevinstWeb
import Hummingbird

/// The editor: a new proposal, editing a draft, the preview the script asks for while the user types, saving
/// as a new version (the same store call and `If-Match` rule as `PUT /api/proposals/{id}`), and the conflict
/// page with its merge.
extension GevinstAPI {
    func addWebEditorRoutes(to router: Router<GevinstRequestContext>) {
        router.get("/proposals/new") { request, _ in await self.web(request) { try await self.newProposalPage(request) } }
        router.post("/proposals") { request, _ in await self.web(request) { try await self.createPost(request) } }
        router.get("/proposals/:id/edit") { request, context in await self.web(request) { try await self.editPage(request, context) } }
        router.post("/proposals/:id") { request, context in await self.web(request) { try await self.savePost(request, context) } }
        router.post("/proposals/:id/merge") { request, context in await self.web(request) { try await self.mergePost(request, context) } }
        router.post("/preview") { request, _ in await self.web(request) { try await self.previewPost(request) } }
    }

    /// What the editor offers: budget rounds and consultation bodies from the reference data.
    func editorModel(
        id: Int64?, baseVersion: Int64?, form: ProposalForm, errors: [FieldError] = [], base: Proposal?, preview: TrustedHTML?,
        blankLines: Int = 2, blankRows: Int = 1
    ) async throws -> EditorPage.Model {
        EditorPage.Model(
            id: id, baseVersion: baseVersion, form: form, errors: errors, base: base, settings: try await documentSettings(),
            rounds: try await store.budgetRounds().map(\.name), consultationBodies: try await store.consultationBodies(),
            preview: preview, blankLines: blankLines, blankRows: blankRows)
    }

    func newProposalPage(_ request: Request) async throws -> Response {
        let visitor = try await requireVisitor(request)
        if let refusal = AccessPolicy.writeRefusal(visitor.user, administration: visitor.user.administrations.first) {
            throw APIError.forbidden(refusal)
        }
        var form = ProposalForm()
        let rounds = try await store.budgetRounds()
        let round = rounds.last
        let year = Calendar(identifier: .gregorian).component(.year, from: Date())
        form.firstYear = String(year + 1)
        form.lastYear = String(year + 6)
        form.type = ProposalType.investment.rawValue
        form.fundingSource = "Investeringspuljen"
        form.submittingAdministration = visitor.user.administrations.first ?? ""
        form.affectedAdministrations = visitor.user.administrations
        form.budgetRound = round?.name ?? ""
        form.priceLevelYear = round?.priceLevelYear.map(String.init) ?? ""
        let model = try await editorModel(id: nil, baseVersion: nil, form: form, base: nil, preview: nil)
        return WebResponse.html(EditorPage.render(model, context: visitor.context()))
    }

    func editPage(_ request: Request, _ context: GevinstRequestContext) async throws -> Response {
        let visitor = try await requireVisitor(request)
        let id = try proposalID(context)
        let (record, proposal) = try await editable(id, by: visitor.user)
        let (rule, round) = try await roundRule(record.roundName)
        let preview = PreviewFragment.render(
            proposal, configuration: CheckConfiguration(paybackRule: rule, maximumPaybackYears: round?.maxPaybackYears), l: visitor.l)
        let model = try await editorModel(id: id, baseVersion: record.version, form: ProposalForm(proposal), base: proposal, preview: preview)
        return WebResponse.html(EditorPage.render(model, context: visitor.context()))
    }

    /// The record and current proposal of `id`, when `user` may change it now: readable, in the user's
    /// administration and in drafting (`EditLock`).
    func editable(_ id: Int64, by user: StoredUser) async throws -> (ProposalRecord, Proposal) {
        guard let stored = try await store.proposalWithContent(id: id) else { throw APIError.notFound("proposal \(id) does not exist") }
        try requireReadable(stored.record, by: user)
        if let refusal = AccessPolicy.writeRefusal(user, administration: stored.record.administration) { throw APIError.forbidden(refusal) }
        if let reason = EditLock.refusal(for: stored.record.status) { throw APIError(.conflict, reason) }
        return (stored.record, try ProposalCodec.stored(stored.version, status: stored.record.status))
    }

    /// The editor again after a button that does not save (compute, add a line, add rows) or a refused save.
    func editorAgain(
        _ visitor: WebVisitor, id: Int64?, baseVersion: Int64?, form data: FormData, base: Proposal?, errors: [FieldError] = [],
        rule: CheckConfiguration = .default
    ) async throws -> Response {
        let action = EditorPage.Action(rawValue: data["action"] ?? "") ?? .preview
        let form = ProposalForm(form: data)
        let blankLines = form.lines.filter(\.isBlank).count + (action == .addLine ? 1 : 0)
        let blankRows = action == .addRows ? 2 : 1
        let preview = PreviewFragment.render(form: form, base: base, configuration: rule, l: visitor.l)
        let model = try await editorModel(
            id: id, baseVersion: baseVersion, form: form, errors: errors, base: base, preview: preview,
            blankLines: max(blankLines, 1), blankRows: blankRows)
        let notices = errors.isEmpty ? [] : [Notice(.error, visitor.l(.errorSummaryTitle))]
        return WebResponse.html(EditorPage.render(model, context: visitor.context(notices)), status: errors.isEmpty ? .ok : .unprocessableContent)
    }

    func createPost(_ request: Request) async throws -> Response {
        let visitor = try await requireVisitor(request)
        let data = try await form(request, visitor)
        if let refusal = AccessPolicy.writeRefusal(visitor.user, administration: visitor.user.administrations.first) {
            throw APIError.forbidden(refusal)
        }
        guard data["action"] == EditorPage.Action.save.rawValue else {
            return try await editorAgain(visitor, id: nil, baseVersion: nil, form: data, base: nil)
        }
        switch ProposalFormReader(visitor.l).read(ProposalForm(form: data), base: nil) {
        case .failure(let errors):
            return try await editorAgain(visitor, id: nil, baseVersion: nil, form: data, base: nil, errors: errors.all)
        case .success(let reading):
            let administration = try ProposalCodec.administration(of: reading.proposal, for: visitor.user)
            if let refusal = AccessPolicy.writeRefusal(visitor.user, administration: administration) { throw APIError.forbidden(refusal) }
            let saved = try await store.createProposal(
                ProposalCodec.content(reading.proposal, status: .draft), status: .draft, by: visitor.user, administration: administration)
            return WebResponse.redirect(WebNotice.created.on(WebPath.proposal(saved.proposalID)))
        }
    }

    /// Saves the editor as the version after the one it was opened at. A save over someone else's newer
    /// version becomes the conflict page, with both versions side by side.
    func savePost(_ request: Request, _ context: GevinstRequestContext) async throws -> Response {
        let visitor = try await requireVisitor(request)
        let id = try proposalID(context)
        let data = try await form(request, visitor)
        let (record, current) = try await editable(id, by: visitor.user)
        guard let baseVersion = data["baseVersion"].flatMap({ Int64($0) }), baseVersion > 0, baseVersion <= record.version else {
            throw APIError.badRequest("the form does not say which version it edits; open the editor again")
        }
        let base = try await store.version(proposalID: id, version: baseVersion).map { try ProposalCodec.stored($0, status: record.status) }
        let (rule, round) = try await roundRule(record.roundName)
        let configuration = CheckConfiguration(paybackRule: rule, maximumPaybackYears: round?.maxPaybackYears)
        guard data["action"] == EditorPage.Action.save.rawValue else {
            return try await editorAgain(visitor, id: id, baseVersion: baseVersion, form: data, base: base ?? current, rule: configuration)
        }
        switch ProposalFormReader(visitor.l).read(ProposalForm(form: data), base: base ?? current) {
        case .failure(let errors):
            return try await editorAgain(
                visitor, id: id, baseVersion: baseVersion, form: data, base: base ?? current, errors: errors.all, rule: configuration)
        case .success(let reading):
            return try await save(reading.proposal, id: id, expected: baseVersion, base: base, visitor: visitor, notice: .saved)
        }
    }

    /// Saves `proposal` as the version after `expected` (the API's save: scope, lock, audit with the changes);
    /// a conflict renders the conflict page.
    func save(_ proposal: Proposal, id: Int64, expected: Int64, base: Proposal?, visitor: WebVisitor, notice: WebNotice) async throws -> Response {
        let (record, _) = try await editable(id, by: visitor.user)
        let administration = try ProposalCodec.administration(of: proposal, for: visitor.user)
        if administration != record.administration, let refusal = AccessPolicy.writeRefusal(visitor.user, administration: administration) {
            throw APIError.forbidden(refusal)
        }
        if expected != record.version { return try await conflictPage(id: id, mine: proposal, base: base, baseVersion: expected, visitor: visitor) }
        let content = ProposalCodec.content(proposal, status: record.status)
        let detail = base.map { Self.auditDetail(ProposalDiff(from: $0, to: content.proposal)) }
        do {
            _ = try await store.saveProposal(id: id, expectedVersion: expected, content, by: visitor.user, administration: administration, detail: detail)
        } catch StoreError.versionConflict {
            return try await conflictPage(id: id, mine: proposal, base: base, baseVersion: expected, visitor: visitor)
        }
        return WebResponse.redirect(notice.on(WebPath.proposal(id)))
    }

    func conflictPage(id: Int64, mine: Proposal, base: Proposal?, baseVersion: Int64?, visitor: WebVisitor) async throws -> Response {
        guard let stored = try await store.proposalWithContent(id: id) else { throw APIError.notFound("proposal \(id) does not exist") }
        let theirs = try ProposalCodec.stored(stored.version, status: stored.record.status)
        let model = ConflictPage.Model(
            id: id, mine: mine, theirs: theirs, theirsVersion: stored.record.version, theirsAuthor: stored.version.authorName,
            theirsSavedAt: stored.version.createdAt, base: base, baseVersion: baseVersion)
        return WebResponse.html(ConflictPage.render(model, context: visitor.context()), status: .conflict)
    }

    /// The merge chosen on the conflict page, saved on top of the version shown there.
    func mergePost(_ request: Request, _ context: GevinstRequestContext) async throws -> Response {
        let visitor = try await requireVisitor(request)
        let id = try proposalID(context)
        let data = try await form(request, visitor)
        guard let theirsVersion = data["theirsVersion"].flatMap({ Int64($0) }), let mineText = data["mine"] else {
            throw APIError.badRequest("the merge form is incomplete; open the editor again")
        }
        let mine: Proposal
        do {
            mine = try NativeFormat.decode(text: mineText, file: "your version")
        } catch {
            throw APIError(.unprocessableContent, error.description)
        }
        guard let stored = try await store.version(proposalID: id, version: theirsVersion) else {
            throw APIError.notFound("proposal \(id) has no version \(theirsVersion)")
        }
        let theirs = try ProposalCodec.stored(stored)
        let merged = ProposalMerge.merge(mine: mine, theirs: theirs, choices: ProposalMerge.choices(from: data))
        return try await save(merged, id: id, expected: theirsVersion, base: theirs, visitor: visitor, notice: .merged)
    }

    /// The figures of the editor's form, computed by Core: the fragment the script puts in place.
    func previewPost(_ request: Request) async throws -> Response {
        let visitor = try await requireVisitor(request)
        let data = try await form(request, visitor)
        var base: Proposal?
        var configuration = CheckConfiguration.default
        if let id = data["id"].flatMap({ Int64($0) }), let stored = try await store.proposalWithContent(id: id) {
            try requireReadable(stored.record, by: visitor.user)
            base = try ProposalCodec.stored(stored.version, status: stored.record.status)
            let (rule, round) = try await roundRule(stored.record.roundName)
            configuration = CheckConfiguration(paybackRule: rule, maximumPaybackYears: round?.maxPaybackYears)
        } else if let roundName = data.trimmed("budgetRound"), let round = try await store.budgetRound(named: roundName) {
            configuration = CheckConfiguration(paybackRule: round.paybackRule, maximumPaybackYears: round.maxPaybackYears)
        }
        let fragment = PreviewFragment.render(form: ProposalForm(form: data), base: base, configuration: configuration, l: visitor.l)
        return WebResponse.html(fragment.string)
    }
}
