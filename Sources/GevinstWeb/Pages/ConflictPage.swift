import Foundation
import GevinstCore

/// A save conflict: someone saved a newer version while the user was editing. Both versions are shown side
/// by side, field by field, with a choice per field; the merge is saved on top of the newer version (so it
/// is a normal versioned save with `If-Match` the newer version).
public enum ConflictPage {
    public struct Model: Sendable {
        public var id: Int64
        /// The user's unsaved proposal.
        public var mine: Proposal
        /// The version that was saved meanwhile.
        public var theirs: Proposal
        public var theirsVersion: Int64
        public var theirsAuthor: String
        public var theirsSavedAt: Date
        /// The version the user started from, when known (to suggest a side per field).
        public var base: Proposal?
        public var baseVersion: Int64?

        public init(
            id: Int64, mine: Proposal, theirs: Proposal, theirsVersion: Int64, theirsAuthor: String, theirsSavedAt: Date,
            base: Proposal?, baseVersion: Int64?
        ) {
            self.id = id
            self.mine = mine
            self.theirs = theirs
            self.theirsVersion = theirsVersion
            self.theirsAuthor = theirsAuthor
            self.theirsSavedAt = theirsSavedAt
            self.base = base
            self.baseVersion = baseVersion
        }
    }

    public static func render(_ model: Model, context: PageContext) -> String {
        let l = context.localisation
        let fields = ProposalMerge.fields(mine: model.mine, theirs: model.theirs, base: model.base, l: l)
        return Layout.page(title: l(.conflictTitle), context: context, current: .proposals) { html, l in
            html.element("p", ["class": "notice notice-error", "role": "alert"]) { html in
                html.text(l.format(.conflictExplanation, model.theirsAuthor, String(model.theirsVersion)) + " ")
                WebDate.time(&html, model.theirsSavedAt)
                html.text(".")
            }
            html.element("form", ["id": "merge", "method": "post", "action": WebPath.merge(model.id), "class": "merge", "data-warn-unsaved": ""]) { html in
                FormControls.csrf(&html, token: context.csrfToken)
                FormControls.hidden(&html, name: "theirsVersion", value: String(model.theirsVersion))
                FormControls.hidden(&html, name: "mine", value: NativeFormat.encode(model.mine))
                if fields.isEmpty {
                    html.element("p", text: l(.conflictNoDifferences))
                } else {
                    html.element("p", text: l(.conflictChoose))
                    html.element("div", ["class": "table-scroll"]) { html in
                        html.element("table", ["class": "merge-table"]) { html in
                            html.element("caption", text: l(.conflictCaption))
                            html.element("thead") { html in
                                html.element("tr") { html in
                                    html.element("th", ["scope": "col"], text: l(.field))
                                    html.element("th", ["scope": "col"], text: l(.yourVersion))
                                    html.element("th", ["scope": "col"], text: l.format(.theirVersion, model.theirsAuthor, String(model.theirsVersion)))
                                    html.element("th", ["scope": "col"], text: l(.keep))
                                }
                            }
                            html.element("tbody") { html in
                                for (index, field) in fields.enumerated() {
                                    let rowID = "merge-field-\(index)"
                                    html.element("tr", ["class": field.changedOnBothSides ? "both-changed" : nil]) { html in
                                        html.element("th", ["scope": "row", "id": rowID]) { html in
                                            html.text(field.label)
                                            if field.changedOnBothSides {
                                                html.element("span", ["class": "tag"], text: " " + l(.changedOnBothSides))
                                            }
                                        }
                                        html.element("td", ["class": "mine"]) { html in DocumentView.lines(&html, field.mine) }
                                        html.element("td", ["class": "theirs"]) { html in DocumentView.lines(&html, field.theirs) }
                                        html.element("td", ["role": "radiogroup", "aria-labelledby": rowID]) { html in
                                            for side in [ProposalMerge.Side.mine, .theirs] {
                                                let id = "\(rowID)-\(side.rawValue)"
                                                html.element("div", ["class": "check"]) { html in
                                                    html.void("input", ["type": "radio", "id": id, "name": "choice." + field.key,
                                                                        "value": side.rawValue, "checked": side == field.suggested ? "" : nil])
                                                    html.element("label", ["for": id], text: side == .mine ? l(.keepMine) : l(.keepTheirs))
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
                html.element("div", ["class": "form-actions"]) { html in
                    FormControls.submit(&html, l(.saveMerge))
                    html.element("a", ["href": WebPath.proposal(model.id), "class": "button-secondary", "data-leave": ""], text: l(.discardMine))
                }
            }
        }
    }
}
