import Foundation
import GevinstCore
import GevinstDocuments

/// A snapshot as the catalogue page lists it.
public struct SnapshotEntry: Sendable, Hashable {
    public var id: Int64
    public var name: String
    /// "first-reading", "second-reading", "adopted", … as the store names the stage.
    public var stage: String
    public var round: String?
    public var takenAt: Date
    public var takenBy: String?
    public var proposalCount: Int

    public init(id: Int64, name: String, stage: String, round: String?, takenAt: Date, takenBy: String?, proposalCount: Int) {
        self.id = id
        self.name = name
        self.stage = stage
        self.round = round
        self.takenAt = takenAt
        self.takenBy = takenBy
        self.proposalCount = proposalCount
    }
}

/// The changes of one proposal since a snapshot, for the detail under the change list.
public struct ProposalChanges: Sendable, Hashable {
    public var proposalID: Int64
    public var change: CatalogueChange
    public var lines: [DiffLine]

    public init(proposalID: Int64, change: CatalogueChange, lines: [DiffLine]) {
        self.proposalID = proposalID
        self.change = change
        self.lines = lines
    }
}

/// Catalogue and snapshots: take a snapshot at a committee reading, see what changed since a snapshot (the list
/// that opens the catalogue: changed, new, moved, still in process, with the changed fields and figures), and
/// render the catalogue in each format.
public enum CataloguePage {
    public struct Model: Sendable {
        public var rounds: [String]
        public var round: String?
        public var snapshots: [SnapshotEntry]
        /// The snapshot the changes are measured from (the last one by default).
        public var since: SnapshotEntry?
        public var changes: [ProposalChanges]
        public var proposalCount: Int
        /// The stages a snapshot may be taken at, as the store names them.
        public var stages: [String]
        public var canTakeSnapshot: Bool
        public var formats: [String]

        public init(
            rounds: [String], round: String?, snapshots: [SnapshotEntry], since: SnapshotEntry?, changes: [ProposalChanges],
            proposalCount: Int, stages: [String], canTakeSnapshot: Bool, formats: [String] = ["pdf", "docx", "xlsx", "html", "csv"]
        ) {
            self.rounds = rounds
            self.round = round
            self.snapshots = snapshots
            self.since = since
            self.changes = changes
            self.proposalCount = proposalCount
            self.stages = stages
            self.canTakeSnapshot = canTakeSnapshot
            self.formats = formats
        }
    }

    public static func render(_ model: Model, context: PageContext) -> String {
        let l = context.localisation
        return Layout.page(title: l(.catalogueTitle), context: context, current: .catalogue) { html, l in
            html.element("form", ["class": "inline-form", "method": "get", "action": WebPath.catalogue]) { html in
                FormControls.select(&html, id: "catalogue-round", name: "round", label: l(.budgetRound),
                                    options: [("", l(.allRounds))] + model.rounds.map { ($0, $0) }, selected: model.round ?? "")
                FormControls.select(&html, id: "catalogue-since", name: "since", label: l(.changesSince),
                                    options: [("", l(.noSnapshotChosen))] + model.snapshots.map { (String($0.id), snapshotName($0, l: l)) },
                                    selected: model.since.map { String($0.id) } ?? "")
                FormControls.submit(&html, l(.show), style: "button-secondary")
            }
            html.element("section", ["aria-labelledby": "render-heading"]) { html in
                html.element("h2", ["id": "render-heading"], text: l(.renderCatalogue))
                html.element("p", text: l.format(.catalogueContains, String(model.proposalCount)))
                html.element("ul", ["class": "downloads"]) { html in
                    for format in model.formats {
                        html.element("li") { html in
                            html.element("a", ["href": WebPath.catalogueDocument(round: model.round, since: model.since?.id, format: format),
                                               "download": ""], text: l.formatName(format))
                        }
                    }
                }
            }
            changes(&html, model: model, l: l)
            if model.canTakeSnapshot { snapshotForm(&html, model: model, context: context, l: l) }
            snapshotList(&html, model: model, l: l)
        }
    }

    static func snapshotName(_ snapshot: SnapshotEntry, l: Localisation) -> String {
        "\(snapshot.name) (\(l.stage(snapshot.stage)), \(WebDate.format(snapshot.takenAt)))"
    }

    static func changes(_ html: inout HTML, model: Model, l: Localisation) {
        html.element("section", ["aria-labelledby": "changes-heading"]) { html in
            html.element("h2", ["id": "changes-heading"], text: l(.changesSinceSnapshot))
            guard let since = model.since else {
                html.element("p", text: l(.takeSnapshotFirst))
                return
            }
            html.element("p", text: l.format(.changesMeasuredFrom, snapshotName(since, l: l)))
            let listed = model.changes.filter { $0.change.kind != .inProcess }
            let inProcess = model.changes.filter { $0.change.kind == .inProcess }
            if listed.isEmpty {
                html.element("p", text: l(.noChangesSinceSnapshot))
            } else {
                html.element("ul", ["class": "change-list"]) { html in
                    for entry in listed {
                        html.element("li") { html in
                            html.element("a", ["href": WebPath.proposal(entry.proposalID)], text: CatalogueChangeWording.listText(entry.change))
                            html.text(" ")
                            html.element("span", ["class": "tag"], text: l.changeKind(entry.change.kind))
                            if !entry.lines.isEmpty {
                                html.element("details") { html in
                                    html.element("summary", text: l.format(.showChangedFields, String(entry.lines.count)))
                                    PageParts.diffTable(&html, entry.lines, caption: CatalogueChangeWording.listText(entry.change), l: l)
                                }
                            }
                        }
                    }
                }
            }
            if !inProcess.isEmpty {
                html.element("p", ["class": "list-heading"], text: l(.stillInProcess))
                html.element("ul") { html in
                    for entry in inProcess {
                        html.element("li") { html in
                            html.element("a", ["href": WebPath.proposal(entry.proposalID)], text: CatalogueChangeWording.listText(entry.change))
                        }
                    }
                }
            }
        }
    }

    static func snapshotForm(_ html: inout HTML, model: Model, context: PageContext, l: Localisation) {
        html.element("section", ["aria-labelledby": "take-heading"]) { html in
            html.element("h2", ["id": "take-heading"], text: l(.takeSnapshot))
            html.element("form", ["method": "post", "action": WebPath.snapshots, "class": "stacked"]) { html in
                FormControls.csrf(&html, token: context.csrfToken)
                if let round = model.round { FormControls.hidden(&html, name: "round", value: round) }
                FormControls.input(&html, id: "snapshot-name", name: "name", label: l(.snapshotName), hint: l(.snapshotNameHint), required: true)
                FormControls.select(&html, id: "snapshot-stage", name: "stage", label: l(.stage),
                                    options: model.stages.map { ($0, l.stage($0)) }, selected: model.stages.first)
                FormControls.submit(&html, l(.takeSnapshot))
            }
        }
    }

    static func snapshotList(_ html: inout HTML, model: Model, l: Localisation) {
        html.element("section", ["aria-labelledby": "snapshots-heading"]) { html in
            html.element("h2", ["id": "snapshots-heading"], text: l(.snapshots))
            guard !model.snapshots.isEmpty else {
                html.element("p", text: l(.noSnapshots))
                return
            }
            html.element("table", ["class": "compact"]) { html in
                html.element("caption", text: l(.snapshotsCaption))
                html.element("thead") { html in
                    html.element("tr") { html in
                        for key in [Localisation.Key.snapshotName, .stage, .budgetRound, .when, .who, .proposalsCount] {
                            html.element("th", ["scope": "col"], text: l(key))
                        }
                    }
                }
                html.element("tbody") { html in
                    for snapshot in model.snapshots.sorted(by: { $0.takenAt > $1.takenAt }) {
                        html.element("tr") { html in
                            html.element("th", ["scope": "row"]) { html in
                                html.element("a", ["href": WebPath.with(WebPath.catalogue, query: [
                                    ("round", model.round ?? ""), ("since", String(snapshot.id)),
                                ])], text: snapshot.name)
                            }
                            html.element("td", text: l.stage(snapshot.stage))
                            html.element("td", text: snapshot.round ?? "–")
                            html.element("td") { html in WebDate.time(&html, snapshot.takenAt) }
                            html.element("td", text: snapshot.takenBy ?? "–")
                            html.element("td", ["class": "num"], text: String(snapshot.proposalCount))
                        }
                    }
                }
            }
        }
    }
}

/// Parts shared by several pages.
enum PageParts {
    static func diffTable(_ html: inout HTML, _ lines: [DiffLine], caption: String, l: Localisation) {
        ProposalPage.diffTable(&html, lines, caption: caption, l: l)
    }
}
