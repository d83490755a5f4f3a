import Foundation
import GevinstCore
import GevinstDocuments
import Testing
@testable import GevinstWeb

@Suite("Page models")
struct ModelTests {
    @Test("the list filters by round, area, status, colour and words, and sorts by any column")
    func listQuery() {
        let rows = WebFixtures.rows
        #expect(ProposalListQuery(area: "BU").apply(to: rows).map(\.id) == [1])
        #expect(ProposalListQuery(status: .submitted).apply(to: rows).map(\.id) == [2])
        #expect(ProposalListQuery(colour: .green).apply(to: rows).map(\.id) == [1])
        #expect(ProposalListQuery(text: "peer familier").apply(to: rows).map(\.id) == [1])
        #expect(ProposalListQuery(round: "Budget 2027").apply(to: rows).map(\.id) == [2])
        // Efficiency at full phase-in: BU01 -1.000, UD20 -2.000, hostile -250 (1.000 kr.).
        #expect(ProposalListQuery(sort: .efficiency).apply(to: rows).map(\.id) == [2, 1, 3])
        #expect(ProposalListQuery(sort: .efficiency, descending: true).apply(to: rows).map(\.id) == [3, 1, 2])
        let query = ProposalListQuery(form: FormData(encoded: "area=BU&status=nonsense&sort=payback&dir=desc&q=+x+"))
        #expect(query.area == "BU" && query.status == nil && query.sort == .payback && query.descending && query.text == "x")
    }

    @Test("codes sort as people read them: BU2 before BU10")
    func naturalSort() {
        #expect(ProposalListQuery.compareText("BU2", "BU10") < 0)
        #expect(ProposalListQuery.compareText("bu10", "BU10") == 0)
    }

    @Test("a row carries Core's overview columns and the number of findings")
    func rowFigures() {
        let row = WebFixtures.rows[0]
        #expect(row.investmentService == 1_800_000)
        #expect(row.investmentAnlaeg == 0)
        #expect(row.efficiencyAtFullPhaseIn == -1_000_000)
        #expect(row.paybackTotal == PaybackYears(years: 3))
        #expect(row.unansweredConsultations == ["MED-udvalg"])
        #expect(!row.hasOverdueConsultations, "adopted: no longer on the way to committee")
        #expect(WebFixtures.row(9, WebFixtures.bu01, status: .approved).hasOverdueConsultations)
    }

    @Test("the dashboard counts proposals by status and lists those with errors or overdue consultations")
    func dashboard() throws {
        var approved = WebFixtures.bu01
        approved.code = "BU09"
        let rows = [WebFixtures.row(1, WebFixtures.bu01, status: .draft), WebFixtures.row(2, approved, status: .approved)]
        let model = DashboardPage.Model(rounds: [], round: nil, proposals: [(rows[0], WebFixtures.bu01), (rows[1], approved)],
                                        followUp: try WebFixtures.period())
        #expect(model.statusCounts.map(\.status) == [.draft, .approved])
        #expect(model.attention.map(\.id).contains(2))
        #expect(model.followUp?.total.records == 3)
        #expect(model.portfolioChart != nil)
    }

    @Test("the merge keeps theirs unless mine is chosen, field by field and line by line")
    func merge() {
        let base = WebFixtures.bu01
        var mine = base
        mine.title = "Min titel"
        mine.lines[0].amounts[2024] = -1_500_000
        mine.lines.append(EconomicLine(label: "Ny linje", block: .permanent, amounts: WebFixtures.series([0, 0, 0, 0, 0, -100])))
        var theirs = base
        theirs.summary = "Deres resumé"
        theirs.title = "Deres titel"
        let fields = ProposalMerge.fields(mine: mine, theirs: theirs, base: base, l: Localisation(.danish))
        let byKey = Dictionary(uniqueKeysWithValues: fields.map { ($0.key, $0) })
        #expect(byKey["title"]?.changedOnBothSides == true)
        #expect(byKey["summary"]?.suggested == .theirs)
        #expect(byKey["line:permanent:Ny linje:"]?.suggested == .mine)
        let lineKey = "line:permanent:Kortere behandlingsperiode i et familiebehandlingsforløb:"
        #expect(byKey[lineKey]?.suggested == .mine)

        let merged = ProposalMerge.merge(mine: mine, theirs: theirs, choices: [
            "title": .mine, lineKey: .mine, "line:permanent:Ny linje:": .mine,
        ])
        #expect(merged.title == "Min titel")
        #expect(merged.summary == "Deres resumé")
        #expect(merged.lines.count == 5)
        #expect(merged.lines[0].amounts[2024] == -1_500_000)
        let theirsKept = ProposalMerge.merge(mine: mine, theirs: theirs, choices: ProposalMerge.choices(from: FormData(encoded: "choice.title=theirs")))
        #expect(theirsKept == theirs)
    }

    @Test("the conflict page posts the user's version and one choice per differing field")
    func conflictForm() throws {
        let html = try #require(try ExamplePages.all().first { $0.name == "conflict" }?.html)
        let fields = FormData(fields: HTMLInspection(html).submission(ofForm: "merge"))
        let mine = try NativeFormat.decode(text: try #require(fields["mine"]))
        #expect(mine.title == "Peer-to-Peer familier (min rettelse)")
        #expect(fields["theirsVersion"] == "3")
        #expect(fields["choice.title"] == "mine")
        #expect(fields["choice.summary"] == "theirs")
    }

    @Test("a controller's colour change goes through Core: an override needs a reason and then changes the colour")
    func followUpEdit() throws {
        let period = try WebFixtures.period()
        let record = period.records[1]
        let l = Localisation(.danish)
        let refused = FollowUpEdit(status: "not-implemented-as-intended", remark: "x", handling: "y")
            .apply(to: record, asOfYear: period.year, l: l)
        #expect((try? refused.get()) == nil)
        let edited = try FollowUpEdit(status: "not-implemented-as-intended", reason: "Projektet er stoppet", remark: "Stoppet", handling: "Rammebesparelse")
            .apply(to: record, asOfYear: period.year, l: l).get()
        #expect(edited.colour == .red)
        #expect(edited.assessment.overrideReason == "Projektet er stoppet")
        #expect(edited.remark == "Stoppet")
        let unchanged = try FollowUpEdit(status: record.assessment.confirmed.id, remark: "Ny bemærkning", handling: record.handling)
            .apply(to: record, asOfYear: period.year, l: l).get()
        #expect(unchanged.colour == record.colour && unchanged.remark == "Ny bemærkning")
    }

    @Test("every text has a Danish and an English version")
    func localisationComplete() {
        for key in Localisation.Key.allCases {
            let entry = LocalisationTable.entries[key]
            #expect(entry != nil, "\(key)")
            #expect(entry?.da.isEmpty == false && entry?.en.isEmpty == false, "\(key)")
        }
        #expect(LocalisationTable.entries.count == Localisation.Key.allCases.count)
        #expect(Localisation(.english).format(.showingCount, "3", "10") == "Showing 3 of 10 proposals.")
        #expect(Language(code: "en-GB") == .english && Language(code: nil) == .danish && Language(code: "fr") == .danish)
    }

    @Test("asset addresses change when their content does")
    func assetFingerprints() {
        #expect(WebAssets.stylesheetPath.hasPrefix("/static/gevinst.css?v="))
        #expect(WebAssets.fingerprint("a") != WebAssets.fingerprint("b"))
        #expect(WebAssets.fingerprint("a").count == 16)
    }
}

/// Writes every example page and the assets to `$GEVINST_WEB_EXPORT` (pages/NAME.html, static/…), to look at
/// them in a browser without a server.
@Suite("Export for viewing")
struct ExportTests {
    static let folder = ProcessInfo.processInfo.environment["GEVINST_WEB_EXPORT"]

    @Test("write the example pages", .enabled(if: folder != nil, "set GEVINST_WEB_EXPORT to a folder to write the example pages"))
    func export() throws {
        let root = URL(fileURLWithPath: try #require(Self.folder), isDirectory: true)
        let manager = FileManager.default
        try manager.createDirectory(at: root.appendingPathComponent("static"), withIntermediateDirectories: true)
        try manager.createDirectory(at: root.appendingPathComponent("pages"), withIntermediateDirectories: true)
        try Data(WebAssets.stylesheet.utf8).write(to: root.appendingPathComponent("static/gevinst.css"))
        try Data(WebAssets.script.utf8).write(to: root.appendingPathComponent("static/gevinst.js"))
        for language in Language.allCases {
            for (name, html) in try ExamplePages.all(WebFixtures.context(language)) {
                try Data(html.utf8).write(to: root.appendingPathComponent("pages/\(name)-\(language.rawValue).html"))
            }
        }
    }
}

@Suite("Size")
struct SizeTests {
    /// 1 000 proposals in a round (the size): the list and the dashboard are built and rendered from
    /// scratch, computing every proposal with Core. The bound is loose because tests run unoptimised on a
    /// shared machine; `gevinst-bench web` reports the optimised figure.
    @Test("the list and the dashboard of a round with 1 000 proposals render within the bound")
    func thousandProposals() {
        let proposals: [Proposal] = (0..<1_000).map { index in
            var proposal = index.isMultiple(of: 2) ? WebFixtures.bu01 : WebFixtures.driverProposalEvaluated
            proposal.code = "BU\(index)"
            proposal.title += " \(index)"
            return proposal
        }
        let clock = ContinuousClock()
        var html = ""
        let elapsed = clock.measure {
            let rows = proposals.enumerated().map { ProposalRow(id: Int64($0.offset), version: 1, proposal: $0.element) }
            html = ProposalListPage.render(ProposalListPage.Model(
                query: ProposalListQuery(sort: .payback), allRows: rows, rounds: [], areas: DocumentSettings.copenhagen.areas,
                administrations: [], canCreate: true), context: WebFixtures.context)
            html += DashboardPage.render(DashboardPage.Model(
                rounds: [], round: nil, proposals: Array(zip(rows, proposals)), followUp: nil), context: WebFixtures.context)
        }
        print("list and dashboard of 1 000 proposals (debug build): \(elapsed)")
        #expect(html.contains("BU999"))
        #expect(elapsed < .seconds(15), "list and dashboard of 1 000 proposals took \(elapsed)")
    }
}
