import GevinstCore
import GevinstDocuments

/// A proposal laid out like the municipal template (GevinstDocuments' `ProposalDocument`: Tabel 1–4 computed by
/// Core, the cumulative-net chart with the payback year), with each finding shown beside the table or section
/// it concerns, the version history with a diff between any two versions, the audit trail, and downloads.
public enum ProposalPage {
    public struct Model: Sendable {
        public var id: Int64
        public var version: Int64
        public var status: ProposalStatus
        public var proposal: Proposal
        public var findings: [Finding]
        public var versions: [VersionEntry]
        public var diff: VersionDiff?
        public var audit: [AuditLine]
        public var settings: DocumentSettings
        /// True when the user may edit now (the server's decision).
        public var canEdit: Bool
        /// Why the proposal cannot be edited (locked after submission), shown instead of the edit link.
        public var lockReason: String?
        /// True when the user may take a workflow step, or see why not.
        public var canReview: Bool
        /// The document formats offered for download.
        public var downloadFormats: [String]

        public init(
            id: Int64, version: Int64, status: ProposalStatus, proposal: Proposal, findings: [Finding],
            versions: [VersionEntry], diff: VersionDiff? = nil, audit: [AuditLine], settings: DocumentSettings = .copenhagen,
            canEdit: Bool, lockReason: String? = nil, canReview: Bool, downloadFormats: [String] = ["docx", "xlsx", "pdf", "html", "csv"]
        ) {
            self.id = id
            self.version = version
            self.status = status
            self.proposal = proposal
            self.findings = findings
            self.versions = versions
            self.diff = diff
            self.audit = audit
            self.settings = settings
            self.canEdit = canEdit
            self.lockReason = lockReason
            self.canReview = canReview
            self.downloadFormats = downloadFormats
        }
    }

    public static func render(_ model: Model, context: PageContext) -> String {
        let title = ProposalWording.heading(model.proposal)
        return Layout.page(title: title, context: context, current: .proposals) { html, l in
            html.element("div", ["class": "proposal-meta"]) { html in
                StatusBadge.badge(&html, model.status, l: l)
                html.text(" ")
                html.element("span", text: l.format(.versionNumber, String(model.version)))
                html.text(" · ")
                html.element("span", text: FindingsView.countText(
                    errors: model.findings.count { $0.severity == .error },
                    warnings: model.findings.count { $0.severity == .warning }, l: l))
            }
            actions(&html, model: model, l: l)
            html.element("nav", ["class": "on-page", "aria-label": l(.onThisPage)]) { html in
                html.element("ul") { html in
                    for (anchor, key) in [("document", Localisation.Key.proposalDocument), ("history", .versionHistory),
                                          ("audit", .auditTrail), ("downloads", .downloads)] {
                        html.element("li") { html in html.element("a", ["href": "#" + anchor], text: l(key)) }
                    }
                }
            }
            document(&html, model: model, l: l)
            history(&html, model: model, l: l)
            auditTrail(&html, model.audit, l: l)
            downloads(&html, model: model, l: l)
        }
    }

    static func actions(_ html: inout HTML, model: Model, l: Localisation) {
        html.element("div", ["class": "actions"]) { html in
            if model.canEdit {
                html.element("a", ["class": "button-primary", "href": WebPath.edit(model.id)], text: l(.edit))
            } else if let reason = model.lockReason {
                html.element("p", ["class": "locked"], text: l(.lockedPrefix) + " " + reason)
            }
            if model.canReview {
                html.element("a", ["class": "button-secondary", "href": WebPath.review(model.id)], text: l(.reviewAndWorkflow))
            }
        }
    }

    static func document(_ html: inout HTML, model: Model, l: Localisation) {
        html.element("section", ["id": "document", "class": "proposal-document", "aria-labelledby": "document-heading"]) { html in
            html.element("h2", ["id": "document-heading", "class": "visually-hidden"], text: l(.proposalDocument))
            let document: ProposalDocument
            do {
                document = try ProposalDocument(model.proposal, settings: model.settings)
            } catch {
                html.element("p", ["class": "notice notice-error", "role": "alert"], text: l.format(.cannotRender, String(describing: error)))
                FindingsView.list(&html, model.findings, l: l, heading: l(.findings))
                return
            }
            let blocks = document.model().blocks
            let placed = Placement(blocks: blocks, findings: model.findings)
            // The title is the page's h1; the kicker line says the type.
            let body = blocks.enumerated().filter { index, block in
                if case .heading(let heading) = block, heading.level == 1, index <= 1 { return false }
                return true
            }
            DocumentView.render(&html, blocks: body.map(\.1), headingShift: 1, l: l) { html, index, _ in
                let original = body[index].0
                for placement in placed.anchors[original] ?? [] {
                    let findings = placed.findings[placement] ?? []
                    FindingsView.list(&html, findings, l: l, id: "findings-\(placement.rawValue)",
                                      heading: l.format(.findingsHere, String(findings.count)))
                }
            }
        }
    }

    static func history(_ html: inout HTML, model: Model, l: Localisation) {
        html.element("section", ["id": "history", "aria-labelledby": "history-heading"]) { html in
            html.element("h2", ["id": "history-heading"], text: l(.versionHistory))
            if model.versions.isEmpty {
                html.element("p", text: l(.noVersions))
            } else {
                html.element("form", ["method": "get", "action": WebPath.proposal(model.id) + "#diff", "class": "compare"]) { html in
                    html.element("table", ["class": "compact"]) { html in
                        html.element("caption", text: l(.chooseVersionsToCompare))
                        html.element("thead") { html in
                            html.element("tr") { html in
                                for key in [Localisation.Key.version, .savedBy, .savedAt, .compareFrom, .compareTo] {
                                    html.element("th", ["scope": "col"], text: l(key))
                                }
                            }
                        }
                        html.element("tbody") { html in
                            let newest = model.versions.map(\.version).max() ?? 0
                            let defaultFrom = model.diff?.from ?? (model.versions.map(\.version).filter { $0 < newest }.max() ?? newest)
                            let defaultTo = model.diff?.to ?? newest
                            for entry in model.versions.sorted(by: { $0.version > $1.version }) {
                                html.element("tr") { html in
                                    html.element("th", ["scope": "row"], text: l.format(.versionNumber, String(entry.version)))
                                    html.element("td", text: entry.author)
                                    html.element("td") { html in WebDate.time(&html, entry.savedAt) }
                                    for (name, selected) in [("from", defaultFrom), ("to", defaultTo)] {
                                        html.element("td") { html in
                                            let id = "\(name)-\(entry.version)"
                                            html.void("input", ["type": "radio", "id": id, "name": name, "value": String(entry.version),
                                                                "checked": entry.version == selected ? "" : nil])
                                            html.element("label", ["for": id, "class": "visually-hidden"],
                                                         text: l.format(name == "from" ? .compareFromVersion : .compareToVersion, String(entry.version)))
                                        }
                                    }
                                }
                            }
                        }
                    }
                    if model.versions.count > 1 { FormControls.submit(&html, l(.showChanges), style: "button-secondary") }
                }
            }
            if let diff = model.diff { diffView(&html, diff, l: l) }
        }
    }

    /// The changes between two versions: written fields and figures in two tables.
    public static func diffView(_ html: inout HTML, _ diff: VersionDiff, l: Localisation, headingLevel: Int = 3) {
        html.element("div", ["id": "diff", "class": "diff"]) { html in
            html.element("h\(headingLevel)", text: l.format(.changesFromTo, String(diff.from), String(diff.to)))
            if diff.lines.isEmpty {
                html.element("p", text: l(.noChanges))
                return
            }
            for (kind, caption) in [(DiffLine.Kind.field, l(.changedFields)), (.figure, l(.changedFigures) + " (1.000 kr.)")] {
                let lines = diff.lines.filter { $0.kind == kind }
                guard !lines.isEmpty else { continue }
                diffTable(&html, lines, caption: caption, l: l)
            }
        }
    }

    static func diffTable(_ html: inout HTML, _ lines: [DiffLine], caption: String, l: Localisation) {
        html.element("div", ["class": "table-scroll"]) { html in
            html.element("table", ["class": "diff-table"]) { html in
                html.element("caption", text: caption)
                html.element("thead") { html in
                    html.element("tr") { html in
                        for key in [Localisation.Key.whatChanged, .before, .after] { html.element("th", ["scope": "col"], text: l(key)) }
                    }
                }
                html.element("tbody") { html in
                    for line in lines {
                        html.element("tr") { html in
                            html.element("th", ["scope": "row", "title": line.path], text: DiffPathWords.describe(line.path, l: l))
                            html.element("td", ["class": line.kind == .figure ? "old num" : "old"]) { html in
                                if let old = line.old {
                                    html.element("del", text: line.display(DiffPathWords.value(old, path: line.path, l: l)))
                                } else {
                                    html.element("em", text: l(.added))
                                }
                            }
                            html.element("td", ["class": line.kind == .figure ? "new num" : "new"]) { html in
                                if let new = line.new {
                                    html.element("ins", text: line.display(DiffPathWords.value(new, path: line.path, l: l)))
                                } else {
                                    html.element("em", text: l(.removed))
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    static func auditTrail(_ html: inout HTML, _ audit: [AuditLine], l: Localisation) {
        html.element("section", ["id": "audit", "aria-labelledby": "audit-heading"]) { html in
            html.element("h2", ["id": "audit-heading"], text: l(.auditTrail))
            AuditTable.render(&html, audit, l: l)
        }
    }

    static func downloads(_ html: inout HTML, model: Model, l: Localisation) {
        html.element("section", ["id": "downloads", "aria-labelledby": "downloads-heading"]) { html in
            html.element("h2", ["id": "downloads-heading"], text: l(.downloads))
            html.element("ul", ["class": "downloads"]) { html in
                for format in model.downloadFormats {
                    html.element("li") { html in
                        html.element("a", ["href": WebPath.proposalDocument(model.id, format: format), "download": ""],
                                     text: l.formatName(format))
                    }
                }
            }
        }
    }

    /// Where each finding goes: the block after which its placement's findings are listed. A placement whose
    /// table or section the document lacks goes under the header.
    struct Placement {
        var anchors: [Int: [FindingPlacement]] = [:]
        var findings: [FindingPlacement: [Finding]] = [:]

        init(blocks: [DocumentBlock], findings: [Finding]) {
            var anchorOf: [FindingPlacement: Int] = [:]
            for (index, block) in blocks.enumerated() {
                switch block {
                case .checkboxes:
                    if anchorOf[.header] == nil { anchorOf[.header] = index }
                case .table(let table):
                    for (suffix, placement) in [("Tabel 1", FindingPlacement.table1), ("Tabel 2", .table2),
                                                ("Tabel 3", .table3), ("Tabel 4", .table4)]
                    where table.name.hasSuffix(suffix) && anchorOf[placement] == nil {
                        anchorOf[placement] = index
                    }
                case .heading(let heading) where heading.isSection:
                    let text = heading.text.lowercased()
                    for (word, placement) in [("opfølgning", FindingPlacement.followUpPlan), ("risiko", .risk), ("hørt", .consultations)]
                    where text.contains(word) && anchorOf[placement] == nil {
                        anchorOf[placement] = index
                    }
                default:
                    break
                }
            }
            let fallback = anchorOf[.header] ?? 0
            for finding in findings {
                var placement = FindingPlacement.of(finding)
                if placement == .text { placement = .header }
                if anchorOf[placement] == nil {
                    placement = [.table2, .table3, .table4].contains(placement) && anchorOf[.table1] != nil ? .table1 : .header
                }
                self.findings[placement, default: []].append(finding)
            }
            for placement in FindingPlacement.allCases where self.findings[placement] != nil {
                let anchor = anchorOf[placement] ?? fallback
                anchors[anchor, default: []].append(placement)
            }
        }
    }
}

/// The audit trail as a table: when, who, what, old and new value.
public enum AuditTable {
    /// A save's detail is one change per line ("path: old → new"); each is shown in the diff's words, figures
    /// in 1.000 kr., and more than three are folded under a summary that counts them.
    static func auditDetail(_ html: inout HTML, _ detail: String?, l: Localisation) {
        let lines = (detail ?? "").split(separator: "\n").map(String.init)
        guard !lines.isEmpty, lines.allSatisfy(isChange) || lines.count > 1 && lines.dropLast().allSatisfy(isChange) else {
            html.text(detail ?? "")
            return
        }
        let items = { (html: inout HTML) in
            html.element("ul", ["class": "audit-changes"]) { html in
                for line in lines { html.element("li", text: describeChange(line, l: l)) }
            }
        }
        if lines.count <= 3 {
            items(&html)
        } else {
            html.element("details") { html in
                html.element("summary", text: l.language == .danish ? "\(lines.count) ændringer" : "\(lines.count) changes")
                items(&html)
            }
        }
    }

    /// A line of a save's detail is a change when it reads "path: old → new", "path: added …" or
    /// "path: removed (was …)" (`ProposalDiff.Change.description`); a transition's comment is not.
    static func isChange(_ line: String) -> Bool {
        guard let (_, rest) = splitChange(line) else { return false }
        return rest.contains(" → ") || rest.hasPrefix("added ") || rest.hasPrefix("removed (was ")
    }

    /// "lines[permanent: X].amounts.2026: -1000000 → -1250000" → the path and the rest, split at the first
    /// ": " outside brackets.
    static func splitChange(_ line: String) -> (path: String, rest: String)? {
        var depth = 0
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            if character == "[" { depth += 1 } else if character == "]" { depth -= 1 }
            let next = line.index(after: index)
            if depth == 0, character == ":", next < line.endIndex, line[next] == " " {
                return (String(line[..<index]), String(line[line.index(after: next)...]))
            }
            index = next
        }
        return nil
    }

    static func describeChange(_ line: String, l: Localisation) -> String {
        guard isChange(line), let (path, rest) = splitChange(line) else { return line }
        let danish = l.language == .danish
        if rest.hasPrefix("added ") {
            return DiffPathWords.describe(path, l: l) + ": " + (danish ? "tilføjet " : "added ") + rest.dropFirst(6)
        }
        if rest.hasPrefix("removed (was ") {
            return DiffPathWords.describe(path, l: l) + ": " + (danish ? "fjernet (var " : "removed (was ") + rest.dropFirst(13)
        }
        let isFigure = (path.contains(".amounts.") || path.hasPrefix("computed")) && !path.contains("payback")
        let values = rest.components(separatedBy: " → ").map { value -> String in
            if isFigure, let kroner = Int64(value) { return DanishNumber.thousandsExact(kroner) }
            return DiffPathWords.value(value, path: path, l: l)
        }
        return DiffPathWords.describe(path, l: l) + ": " + values.joined(separator: " → ")
    }

    public static func render(_ html: inout HTML, _ audit: [AuditLine], l: Localisation) {
        guard !audit.isEmpty else {
            html.element("p", text: l(.noAuditEntries))
            return
        }
        html.element("div", ["class": "table-scroll"]) { html in
            html.element("table", ["class": "compact audit"]) { html in
                html.element("caption", text: l(.auditCaption))
                html.element("thead") { html in
                    html.element("tr") { html in
                        for key in [Localisation.Key.when, .who, .action, .details, .before, .after] {
                            html.element("th", ["scope": "col"], text: l(key))
                        }
                    }
                }
                html.element("tbody") { html in
                    for line in audit.sorted(by: { $0.at > $1.at }) {
                        html.element("tr") { html in
                            html.element("td") { html in WebDate.time(&html, line.at) }
                            html.element("td", text: line.user ?? "–")
                            html.element("td", text: l.auditAction(line.action))
                            html.element("td") { html in auditDetail(&html, line.detail, l: l) }
                            html.element("td", text: line.old.map { DiffPathWords.value($0, path: "status", l: l) } ?? "")
                            html.element("td", text: line.new.map { DiffPathWords.value($0, path: "status", l: l) } ?? "")
                        }
                    }
                }
            }
        }
    }
}
