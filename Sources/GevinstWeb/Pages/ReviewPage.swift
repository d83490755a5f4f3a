import GevinstCore

/// A workflow step as the review page offers it: its name as the API spells it ("submit", "approve", "return",
/// "present", "adopt", …), whether the user may take it now, and if not, why (the server's refusal, in words).
public struct TransitionOption: Sendable, Hashable {
    public var name: String
    public var isAllowed: Bool
    public var reason: String?
    /// True when the step needs a comment (a return says what to change).
    public var needsComment: Bool

    public init(name: String, isAllowed: Bool, reason: String? = nil, needsComment: Bool = false) {
        self.name = name
        self.isAllowed = isAllowed
        self.reason = reason
        self.needsComment = needsComment
    }
}

/// Review and workflow: the proposal's status, who wrote it, the consultations, the findings, and the steps
/// (submit, approve, return with a comment, present, adopt, …); a step the user cannot take is shown disabled
/// with the reason, so nobody has to guess why a button is missing.
public enum ReviewPage {
    public struct Model: Sendable {
        public var id: Int64
        public var version: Int64
        public var heading: String
        public var status: ProposalStatus
        public var authors: [String]
        public var consultations: [Consultation]
        public var findings: [Finding]
        public var transitions: [TransitionOption]
        /// Earlier steps and their comments.
        public var history: [AuditLine]

        public init(
            id: Int64, version: Int64, heading: String, status: ProposalStatus, authors: [String], consultations: [Consultation],
            findings: [Finding], transitions: [TransitionOption], history: [AuditLine]
        ) {
            self.id = id
            self.version = version
            self.heading = heading
            self.status = status
            self.authors = authors
            self.consultations = consultations
            self.findings = findings
            self.transitions = transitions
            self.history = history
        }
    }

    public static func render(_ model: Model, context: PageContext) -> String {
        let l = context.localisation
        return Layout.page(title: l.format(.reviewTitle, model.heading), context: context, current: .proposals) { html, l in
            html.element("dl", ["class": "summary-list"]) { html in
                html.element("dt", text: l(.status))
                html.element("dd") { html in StatusBadge.badge(&html, model.status, l: l) }
                html.element("dt", text: l(.version))
                html.element("dd", text: String(model.version))
                html.element("dt", text: l(.authors))
                html.element("dd", text: model.authors.isEmpty ? "–" : model.authors.joined(separator: ", "))
            }
            html.element("p") { html in
                html.element("a", ["href": WebPath.proposal(model.id)], text: l(.backToProposal))
            }
            html.element("section", ["aria-labelledby": "steps-heading"]) { html in
                html.element("h2", ["id": "steps-heading"], text: l(.workflowSteps))
                if model.transitions.isEmpty { html.element("p", text: l(.noStepsOpen)) }
                for (index, option) in model.transitions.enumerated() {
                    let reasonID = "transition-\(index)-reason"
                    html.element("form", ["method": "post", "action": WebPath.transitions(model.id),
                                          "class": option.isAllowed ? "transition" : "transition transition-blocked"]) { html in
                        FormControls.csrf(&html, token: context.csrfToken)
                        FormControls.hidden(&html, name: "transition", value: option.name)
                        FormControls.hidden(&html, name: "version", value: String(model.version))
                        if option.needsComment && option.isAllowed {
                            FormControls.textArea(&html, id: "transition-\(index)-comment", name: "comment",
                                                  label: l(.returnComment), value: "", rows: 3, required: true)
                        } else if option.isAllowed {
                            FormControls.input(&html, id: "transition-\(index)-comment", name: "comment", label: l(.optionalComment))
                        }
                        FormControls.submit(&html, l.transition(option.name), style: option.isAllowed ? "button-primary" : "button-disabled",
                                            disabled: !option.isAllowed, describedBy: option.reason == nil ? nil : reasonID)
                        if let reason = option.reason {
                            html.element("p", ["class": "blocked-reason", "id": reasonID]) { html in
                                html.element("strong", text: (option.isAllowed ? l(.note) : l(.blocked)) + ": ")
                                html.text(reason)
                            }
                        }
                    }
                }
            }
            html.element("section", ["aria-labelledby": "consultations-heading"]) { html in
                html.element("h2", ["id": "consultations-heading"], text: l(.consultations))
                if model.consultations.isEmpty {
                    html.element("p", text: l(.noConsultations))
                } else {
                    html.element("ul", ["class": "consultation-list"]) { html in
                        for consultation in model.consultations {
                            html.element("li", ["class": consultation.isFinished ? nil : "unanswered"]) { html in
                                html.element("strong", text: consultation.body + ": ")
                                html.text(consultation.answer.map { l.consultationAnswer($0) } ?? l(.notAnswered))
                                if let date = consultation.date { html.text(" (\(date))") }
                            }
                        }
                    }
                }
            }
            html.element("section", ["aria-labelledby": "review-findings"]) { html in
                html.element("h2", ["id": "review-findings"], text: l(.findings))
                if model.findings.isEmpty { html.element("p", text: l(.noFindings)) }
                FindingsView.list(&html, model.findings, l: l)
            }
            html.element("section", ["aria-labelledby": "review-history"]) { html in
                html.element("h2", ["id": "review-history"], text: l(.workflowHistory))
                AuditTable.render(&html, model.history, l: l)
            }
        }
    }
}
