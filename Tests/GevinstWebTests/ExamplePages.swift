import Foundation
import GevinstCore
import GevinstDocuments
@testable import GevinstWeb

/// Every page rendered with example data, so that the generic tests (labels, escaping, no external URLs,
/// balanced markup) run over all of them.
enum ExamplePages {
    static func all(_ context: PageContext = WebFixtures.context) throws -> [(name: String, html: String)] {
        let l = context.localisation
        let period = try WebFixtures.period()
        let boardRows = period.records.enumerated().map { index, record in
            FollowUpBoardRow(id: String(index + 1), version: "1", record: record, asOfYear: period.year)
        }
        let diff = VersionDiff(from: 1, to: 2, lines: [
            DiffLine(path: "title", kind: .field, old: "Gammel <titel>", new: WebFixtures.hostileText),
            DiffLine(path: "computed.table1.net.2024", kind: .figure, old: "-1.000", new: "-1.200"),
            DiffLine(path: "lines[permanent: Ny]", kind: .field, old: nil, new: "added"),
        ])
        let versions = [VersionEntry(version: 1, author: "Anne", savedAt: WebFixtures.savedAt),
                        VersionEntry(version: 2, author: "Bo <B>", savedAt: WebFixtures.savedAt.addingTimeInterval(3600))]
        let audit = [AuditLine(at: WebFixtures.savedAt, user: "Anne", action: "proposal.save", detail: "title changed",
                               old: "Gammel", new: WebFixtures.hostileText)]
        let findings = Checks.run(WebFixtures.bu01) + [
            Finding(rule: "total.net", severity: .error, proposal: "BU01", message: "Tabel 1 net printed -100 <x>, lines give -200"),
            Finding(rule: "detail.row-differs", severity: .warning, proposal: "BU01", message: "Tabel 2 prints other amounts"),
            Finding(rule: "missing.follow-up-plan", severity: .warning, proposal: "BU01", message: "No follow-up plan"),
        ]
        let editorForm = ProposalForm(WebFixtures.driverProposal)
        let snapshot = SnapshotEntry(id: 7, name: "SUD 1. behandling <feb>", stage: "first-reading", round: "Budget 2020",
                                     takenAt: WebFixtures.savedAt, takenBy: "Bo", proposalCount: 3)
        let candidates = [
            ImportCandidate(index: 0, proposal: WebFixtures.bu01, findings: findings, payload: NativeFormat.encode(WebFixtures.bu01)),
            ImportCandidate(index: 1, proposal: WebFixtures.hostile, findings: [], payload: NativeFormat.encode(WebFixtures.hostile)),
        ]
        let all = WebFixtures.rows
        let dashboard = DashboardPage.Model(
            rounds: ["Budget 2020", "Budget 2027"], round: nil,
            proposals: [(all[0], WebFixtures.bu01), (all[1], WebFixtures.driverProposalEvaluated), (all[2], WebFixtures.hostile)],
            followUp: period)
        var mine = WebFixtures.bu01
        mine.title = "Peer-to-Peer familier (min rettelse)"
        mine.lines[0].amounts[2024] = -1_500_000
        var theirs = WebFixtures.bu01
        theirs.summary = WebFixtures.hostileText

        return [
            ("login", LoginPage.render(LoginPage.Model(username: "anne\"<", error: "Forkert brugernavn eller adgangskode", next: "/proposals/1"),
                                       context: PageContext(user: nil, csrfToken: "pre-session", language: context.language))),
            ("dashboard", DashboardPage.render(dashboard, context: context)),
            ("proposals", ProposalListPage.render(ProposalListPage.Model(
                query: ProposalListQuery(sort: .efficiency), allRows: all, rounds: ["Budget 2020"], areas: DocumentSettings.copenhagen.areas,
                administrations: DocumentSettings.copenhagen.administrations, canCreate: true), context: context)),
            ("proposal", ProposalPage.render(ProposalPage.Model(
                id: 1, version: 2, status: .draft, proposal: WebFixtures.bu01, findings: findings, versions: versions, diff: diff,
                audit: audit, canEdit: true, canReview: true), context: context)),
            ("proposal-hostile", ProposalPage.render(ProposalPage.Model(
                id: 3, version: 1, status: .submitted, proposal: WebFixtures.hostile, findings: Checks.run(WebFixtures.hostile),
                versions: versions, audit: audit, canEdit: false, lockReason: "locked <since> submission", canReview: false), context: context)),
            ("editor", EditorPage.render(EditorPage.Model(
                id: 2, baseVersion: 4, form: editorForm, base: WebFixtures.driverProposal, rounds: ["Budget 2027"],
                consultationBodies: ["Center for Økonomi", "MED-udvalg"],
                preview: PreviewFragment.render(form: editorForm, base: WebFixtures.driverProposal, l: l)), context: context)),
            ("editor-new", EditorPage.render(EditorPage.Model(
                id: nil, baseVersion: nil, form: ProposalForm(), errors: [FieldError(field: "title", message: l(.errorTitleRequired))],
                base: nil, consultationBodies: ["Center for Økonomi"]), context: context)),
            ("editor-hostile", EditorPage.render(EditorPage.Model(
                id: 3, baseVersion: 1, form: ProposalForm(WebFixtures.hostile), base: WebFixtures.hostile), context: context)),
            ("conflict", ConflictPage.render(ConflictPage.Model(
                id: 1, mine: mine, theirs: theirs, theirsVersion: 3, theirsAuthor: "Bo <B>", theirsSavedAt: WebFixtures.savedAt,
                base: WebFixtures.bu01, baseVersion: 2), context: context)),
            ("review", ReviewPage.render(ReviewPage.Model(
                id: 1, version: 2, heading: "BU01 – " + WebFixtures.hostileText, status: .submitted, authors: ["Anne"],
                consultations: WebFixtures.bu01.consultations, findings: findings,
                transitions: [
                    TransitionOption(name: "approve", isAllowed: false, reason: "you wrote a version of this proposal <x>"),
                    TransitionOption(name: "return", isAllowed: true, needsComment: true),
                    TransitionOption(name: "present", isAllowed: false, reason: "consultations unfinished: MED-udvalg"),
                ], history: audit), context: context)),
            ("catalogue", CataloguePage.render(CataloguePage.Model(
                rounds: ["Budget 2020"], round: "Budget 2020", snapshots: [snapshot], since: snapshot,
                changes: [
                    ProposalChanges(proposalID: 1, change: CatalogueChange(code: "BU01", title: WebFixtures.hostileText, kind: .changed, line: nil),
                                    lines: diff.lines),
                    ProposalChanges(proposalID: 2, change: CatalogueChange(code: "UD20", title: "Ny", kind: .new, line: nil), lines: []),
                    ProposalChanges(proposalID: 3, change: CatalogueChange(code: nil, title: "Under udarbejdelse", kind: .inProcess, line: nil), lines: []),
                ],
                proposalCount: 3, stages: ["first-reading", "second-reading", "adopted"], canTakeSnapshot: true), context: context)),
            ("import", ImportPage.render(ImportPage.Model(
                documentName: "003 <katalog>.txt", reader: "markdown-catalogue", candidates: candidates,
                documentFindings: [Finding(rule: "template.placeholder-number", severity: .warning, proposal: nil, line: 12, message: "X antal")],
                canSave: true), context: context)),
            ("import-empty", ImportPage.render(ImportPage.Model(canSave: true), context: context)),
            ("follow-up", FollowUpBoardPage.render(FollowUpBoardPage.Model(
                periods: ["December 2024"], period: period, rows: boardRows, canEdit: true), context: context)),
            ("follow-up-readonly", FollowUpBoardPage.render(FollowUpBoardPage.Model(
                periods: ["December 2024"], period: period, rows: boardRows, canEdit: false, colour: .red), context: context)),
            ("admin", AdministrationPage.render(AdministrationPage.Model(
                users: [UserEntry(id: 1, name: "Ada <Admin>", role: "admin", administrations: []),
                        UserEntry(id: 2, name: "Anne", role: "author", administrations: ["Socialforvaltningen"])],
                roles: ["reader", "author", "finance-reviewer", "follow-up-controller", "admin"],
                administrations: DocumentSettings.copenhagen.administrations, areas: DocumentSettings.copenhagen.areas,
                rounds: [RoundEntry(name: "Budget 2020", priceLevelYear: 2020, paybackRule: "first-year-strict", maxPaybackYears: 5)],
                indexSeries: [PriceIndexSeries(name: "Service p/l", source: "Illustrativ", vintage: "2024", illustrative: true,
                                               values: [2023: Quantity(units: 1000, scale: 1), 2024: Quantity(units: 1032, scale: 1)])]),
                context: PageContext(user: WebFixtures.adminContext.user, csrfToken: "csrf-admin", language: context.language))),
            ("error", ErrorPage.render(status: 403, message: "Du har ikke adgang til <andre> forvaltningers kladder.", context: context)),
        ]
    }
}
