import GevinstCore
import GevinstDocuments

/// A proposal read from an uploaded document, offered to be saved as a draft.
public struct ImportCandidate: Sendable, Hashable {
    public var index: Int
    public var proposal: Proposal
    public var findings: [Finding]
    /// The proposal in the native format, posted back when the user chooses to save it (the server reads it
    /// again; it holds nothing between the two requests).
    public var payload: String
    /// Proposals already in Gevinst with the same code (or, without a code, the same title) that the user may see:
    /// the document was perhaps imported before, and saving it again makes another draft.
    public var stored: [Stored]

    public struct Stored: Sendable, Hashable {
        public var id: Int64
        public var status: ProposalStatus
        public var round: String?

        public init(id: Int64, status: ProposalStatus, round: String?) {
            self.id = id
            self.status = status
            self.round = round
        }
    }

    public init(index: Int, proposal: Proposal, findings: [Finding], payload: String, stored: [Stored] = []) {
        self.index = index
        self.proposal = proposal
        self.findings = findings
        self.payload = payload
        self.stored = stored
    }
}

/// Import: upload a document (PDF text, the markdown catalogue, a native file), see the proposals it yields
/// with their figures and findings, and choose which to save as drafts.
public enum ImportPage {
    public struct Model: Sendable {
        public var documentName: String?
        /// The reader that read the document ("markdown-catalogue", "pdf-text", …).
        public var reader: String?
        public var candidates: [ImportCandidate]
        /// Findings about the document as a whole (not about one proposal).
        public var documentFindings: [Finding]
        /// Why the document could not be read, when it could not.
        public var failure: String?
        public var canSave: Bool
        public var settings: DocumentSettings

        public init(
            documentName: String? = nil, reader: String? = nil, candidates: [ImportCandidate] = [], documentFindings: [Finding] = [],
            failure: String? = nil, canSave: Bool, settings: DocumentSettings = .copenhagen
        ) {
            self.documentName = documentName
            self.reader = reader
            self.candidates = candidates
            self.documentFindings = documentFindings
            self.failure = failure
            self.canSave = canSave
            self.settings = settings
        }
    }

    public static func render(_ model: Model, context: PageContext) -> String {
        let l = context.localisation
        return Layout.page(title: l(.importTitle), context: context, current: .importDocument) { html, l in
            html.element("form", ["method": "post", "action": WebPath.importDocument, "enctype": "multipart/form-data", "class": "stacked"]) { html in
                FormControls.csrf(&html, token: context.csrfToken)
                FormControls.input(&html, id: "import-file", name: "document", label: l(.documentToImport), type: "file",
                                   hint: l(.importHint), required: true, accept: ".txt,.text,.md,.markdown,.json,.pdf,.csv,.tsv,.xlsx,.xls,.ods,.docx,.doc,.odt,.rtf,.html,.htm,text/plain")
                FormControls.submit(&html, l(.readDocument))
            }
            if let failure = model.failure {
                html.element("p", ["class": "notice notice-error", "role": "alert"], text: failure)
            }
            guard let name = model.documentName, model.failure == nil else { return }
            html.element("section", ["aria-labelledby": "result-heading"]) { html in
                html.element("h2", ["id": "result-heading"], text: l.format(.importResult, name))
                if let reader = model.reader { html.element("p", text: l.format(.readWith, reader)) }
                FindingsView.list(&html, model.documentFindings, l: l, heading: l(.documentFindings))
                if model.candidates.isEmpty {
                    html.element("p", text: l(.noProposalsFound))
                    return
                }
                html.element("form", ["method": "post", "action": WebPath.importSave]) { html in
                    FormControls.csrf(&html, token: context.csrfToken)
                    html.element("div", ["class": "table-scroll"]) { html in
                        html.element("table", ["class": "list"]) { html in
                            html.element("caption", text: l.format(.proposalsFoundCount, String(model.candidates.count)))
                            html.element("thead") { html in
                                html.element("tr") { html in
                                    for (key, numeric) in [(Localisation.Key.saveAsDraft, false), (.code, false), (.title, false),
                                                           (.investment, true), (.efficiencyFullPhaseIn, true), (.payback, false),
                                                           (.findings, false)] {
                                        html.element("th", ["scope": "col", "class": numeric ? "num" : nil], text: l(key))
                                    }
                                }
                            }
                            html.element("tbody") { html in
                                for candidate in model.candidates {
                                    row(&html, candidate, canSave: model.canSave, settings: model.settings, l: l)
                                }
                            }
                        }
                    }
                    if model.canSave {
                        FormControls.submit(&html, l(.saveChosenAsDrafts))
                    }
                }
            }
        }
    }

    static func row(_ html: inout HTML, _ candidate: ImportCandidate, canSave: Bool, settings: DocumentSettings, l: Localisation) {
        let proposal = candidate.proposal
        let computed = Compute.proposal(proposal, rule: settings.paybackRule).first
        let errors = candidate.findings.count { $0.severity == .error }
        let warnings = candidate.findings.count { $0.severity == .warning }
        html.element("tr") { html in
            html.element("td") { html in
                if canSave {
                    FormControls.checkbox(&html, id: "import-\(candidate.index)", name: "choose", value: String(candidate.index),
                                          label: l.format(.saveProposalAsDraft, proposal.displayName), checked: false, labelStyle: .hidden)
                    FormControls.hidden(&html, name: "proposal.\(candidate.index)", value: candidate.payload)
                }
            }
            html.element("td", text: proposal.code ?? "")
            html.element("th", ["scope": "row"]) { html in
                html.text(proposal.title)
                storedNote(&html, candidate.stored, l: l)
            }
            html.element("td", ["class": "num"], text: DanishNumber.thousands(computed?.investment.total ?? 0))
            html.element("td", ["class": "num"], text: DanishNumber.thousands(computed?.fullPhaseInEffect ?? 0))
            html.element("td", text: l.payback(computed?.payback.total))
            html.element("td") { html in
                if candidate.findings.isEmpty {
                    html.text(l(.noFindings))
                } else {
                    html.element("details") { html in
                        html.element("summary", text: FindingsView.countText(errors: errors, warnings: warnings, l: l))
                        FindingsView.list(&html, candidate.findings, l: l)
                    }
                }
            }
        }
    }

    /// "Already in Gevinst: Draft, Adopted (Budget 2025); saving makes another draft", each a link to the stored
    /// proposal.
    static func storedNote(_ html: inout HTML, _ stored: [ImportCandidate.Stored], l: Localisation) {
        guard !stored.isEmpty else { return }
        html.element("p", ["class": "hint"]) { html in
            html.text(l(.alreadyStored) + " ")
            for (position, item) in stored.enumerated() {
                if position > 0 { html.text(", ") }
                let name = l.status(item.status) + (item.round.map { " (\($0))" } ?? "")
                html.element("a", ["href": WebPath.proposal(item.id)], text: name)
            }
            html.text(". " + l(.savingMakesAnotherDraft))
        }
    }
}
