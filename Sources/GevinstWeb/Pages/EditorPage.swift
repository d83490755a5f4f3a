import GevinstCore
import GevinstDocuments

/// The ids of the editor's inputs: the field name with dots as dashes, after "f-" ("line.2.y.2024" →
/// "f-line-2-y-2024"), so that error messages and labels point at the right input.
public enum EditorIDs {
    public static func id(_ name: String) -> String { "f-" + name.replacing(".", with: "-") }
}

/// The editor: header fields, the grid of lines × years (amounts in 1.000 kr.), each line's details and its
/// driver (FTE, cases, target group, fixed amount) with the formula shown, text sections, the implementation
/// plan, the follow-up plan, risk and consultations. The form posts to the server; a small script posts it to
/// `WebPath.preview` as the user types and shows the totals, net and payback the server computes. Leaving with
/// unsaved changes asks first.
public enum EditorPage {
    public struct Model: Sendable {
        /// nil for a new proposal.
        public var id: Int64?
        /// The version the edit started from; the save sends it as `If-Match`, so a save over someone else's
        /// newer version becomes a conflict.
        public var baseVersion: Int64?
        public var form: ProposalForm
        public var errors: [FieldError]
        /// The proposal as stored (for years when the typed ones are invalid).
        public var base: Proposal?
        public var settings: DocumentSettings
        public var rounds: [String]
        public var consultationBodies: [String]
        /// The figures shown before the first keystroke.
        public var preview: TrustedHTML?
        /// Empty rows offered for new entries.
        public var blankLines: Int
        public var blankRows: Int

        public init(
            id: Int64?, baseVersion: Int64?, form: ProposalForm, errors: [FieldError] = [], base: Proposal?,
            settings: DocumentSettings = .copenhagen, rounds: [String] = [], consultationBodies: [String] = [],
            preview: TrustedHTML? = nil, blankLines: Int = 2, blankRows: Int = 1
        ) {
            self.id = id
            self.baseVersion = baseVersion
            self.form = form
            self.errors = errors
            self.base = base
            self.settings = settings
            self.rounds = rounds
            self.consultationBodies = consultationBodies
            self.preview = preview
            self.blankLines = max(0, min(blankLines, 50))
            self.blankRows = max(0, min(blankRows, 20))
        }
    }

    /// The button names of the editor's actions (`action=…`).
    public enum Action: String, Sendable, CaseIterable {
        case save
        case preview
        case addLine = "add-line"
        case addRows = "add-rows"
    }

    public static func render(_ model: Model, context: PageContext) -> String {
        let l = context.localisation
        let title = model.id == nil ? l(.newProposalTitle) : l.format(.editTitle, model.form.title.isEmpty ? "…" : model.form.title)
        return Layout.page(title: title, context: context, current: model.id == nil ? .newProposal : .proposals) { html, l in
            let action = model.id.map(WebPath.proposal) ?? WebPath.proposals
            let errors = Dictionary(model.errors.map { ($0.field, $0.message) }, uniquingKeysWith: { first, _ in first })
            let years = model.form.gridYears(fallback: model.base?.years ?? defaultYears)
            html.element("form", [
                "id": "editor", "class": "editor", "method": "post", "action": action, "novalidate": "",
                "data-preview-url": WebPath.preview, "data-unsaved-warning": l(.unsavedWarning),
            ]) { html in
                FormControls.csrf(&html, token: context.csrfToken)
                if let version = model.baseVersion { FormControls.hidden(&html, name: "baseVersion", value: String(version)) }
                if let id = model.id { FormControls.hidden(&html, name: "id", value: String(id)) }
                errorSummary(&html, model.errors, l: l)
                header(&html, model: model, errors: errors, l: l)
                linesGrid(&html, model: model, years: years, errors: errors, l: l)
                html.element("section", ["id": "preview", "class": "preview-region", "aria-live": "polite", "aria-labelledby": "preview-title"]) { html in
                    html.element("h2", ["id": "preview-title"], text: l(.previewTitle))
                    html.element("div", ["id": "preview-body"]) { html in
                        if let preview = model.preview { html.trusted(preview) }
                    }
                    FormControls.submit(&html, l(.computeNow), name: "action", value: Action.preview.rawValue, style: "button-secondary")
                }
                lineDetails(&html, model: model, years: years, errors: errors, l: l)
                sections(&html, model: model, errors: errors, l: l)
                implementationPlan(&html, model: model, years: years, l: l)
                followUpPlan(&html, model: model, errors: errors, l: l)
                risk(&html, model: model, errors: errors, l: l)
                consultations(&html, model: model, errors: errors, l: l)
                html.element("div", ["class": "form-actions"]) { html in
                    FormControls.submit(&html, l(.save), name: "action", value: Action.save.rawValue)
                    if let id = model.id {
                        html.element("a", ["href": WebPath.proposal(id), "class": "button-secondary", "data-leave": ""], text: l(.cancel))
                    }
                }
            }
        }
    }

    static let defaultYears = 2026...2031

    /// The list of refused values at the top, each a link to its input.
    static func errorSummary(_ html: inout HTML, _ errors: [FieldError], l: Localisation) {
        guard !errors.isEmpty else { return }
        html.element("div", ["class": "error-summary", "role": "alert", "tabindex": "-1", "id": "error-summary"]) { html in
            html.element("h2", text: l(.errorSummaryTitle))
            html.element("ul") { html in
                for error in errors {
                    html.element("li") { html in
                        html.element("a", ["href": "#" + error.inputID], text: fieldName(error.field, l: l) + ": " + error.message)
                    }
                }
            }
        }
    }

    /// A field's name in words for the error summary ("Linje 3, 2024").
    public static func fieldName(_ field: String, l: Localisation) -> String {
        let parts = field.split(separator: ".").map(String.init)
        guard parts.count >= 2, let index = Int(parts[1]) else { return l.fieldLabel(field) }
        let number = String(index + 1)
        let rest = parts.dropFirst(2).joined(separator: ".")
        let row: String = switch parts[0] {
        case "line": l.format(.lineNumber, number)
        case "section": l.format(.sectionNumber, number)
        case "activity": l.format(.activityNumber, number)
        case "followUp": l.format(.followUpRowNumber, number)
        case "consultation": l.format(.consultationNumber, number)
        default: parts[0]
        }
        if rest.hasPrefix("y.") || rest.hasPrefix("share.") { return row + ", " + String(rest.split(separator: ".").last ?? "") }
        return row + ", " + l.fieldLabel(String(rest.split(separator: ".").last ?? ""))
    }

    static func header(_ html: inout HTML, model: Model, errors: [String: String], l: Localisation) {
        let form = model.form
        html.element("fieldset", ["class": "group"]) { html in
            html.element("legend", text: l(.headerFields))
            html.element("div", ["class": "field-row"]) { html in
                FormControls.input(&html, id: EditorIDs.id("code"), name: "code", label: l(.code), value: form.code,
                                   hint: l(.codeHint), error: errors["code"], size: 12)
                FormControls.input(&html, id: EditorIDs.id("title"), name: "title", label: l(.title), value: form.title,
                                   error: errors["title"], required: true, size: 60)
            }
            FormControls.textArea(&html, id: EditorIDs.id("summary"), name: "summary", label: l(.summary), value: form.summary,
                                  rows: 3, error: errors["summary"])
            html.element("div", ["class": "field-row"]) { html in
                FormControls.select(&html, id: EditorIDs.id("type"), name: "type", label: l(.proposalType),
                                    options: [("", l(.notChosen))] + ProposalType.allCases.map { ($0.rawValue, l.proposalType($0)) },
                                    selected: form.type, error: errors["type"])
                FormControls.input(&html, id: EditorIDs.id("fundingSource"), name: "fundingSource", label: l(.fundingSource),
                                   value: form.fundingSource, hint: l(.fundingSourceHint), error: errors["fundingSource"])
                FormControls.select(&html, id: EditorIDs.id("submittingAdministration"), name: "submittingAdministration",
                                    label: l(.submittingAdministration),
                                    options: [("", l(.notChosen))] + model.settings.administrations.map { ($0, $0) },
                                    selected: form.submittingAdministration, error: errors["submittingAdministration"])
            }
            html.element("fieldset", ["class": "checks"]) { html in
                html.element("legend", text: l(.affectedAdministrations))
                var names = model.settings.administrations
                for name in form.affectedAdministrations where !names.contains(name) { names.append(name) }
                for (index, name) in names.enumerated() {
                    FormControls.checkbox(&html, id: "f-affected-\(index)", name: "affected", value: name, label: name,
                                          checked: form.affectedAdministrations.contains(name))
                }
            }
            html.element("fieldset", ["class": "checks"]) { html in
                html.element("legend", text: l(.areas))
                for (index, area) in model.settings.areas.enumerated() {
                    FormControls.checkbox(&html, id: "f-area-\(index)", name: "area", value: area.code,
                                          label: "\(area.code) – \(area.name)", checked: form.areas.contains(area.code))
                }
                let others = form.areas.filter { code in !model.settings.areas.contains { $0.code == code } }
                FormControls.input(&html, id: EditorIDs.id("areaOther"), name: "areaOther", label: l(.otherAreas),
                                   value: others.joined(separator: ", "), hint: l(.otherAreasHint), size: 20)
            }
            html.element("div", ["class": "field-row"]) { html in
                if model.rounds.isEmpty {
                    FormControls.input(&html, id: EditorIDs.id("budgetRound"), name: "budgetRound", label: l(.budgetRound),
                                       value: form.budgetRound, error: errors["budgetRound"])
                } else {
                    FormControls.select(&html, id: EditorIDs.id("budgetRound"), name: "budgetRound", label: l(.budgetRound),
                                        options: [("", l(.notChosen))] + model.rounds.map { ($0, $0) }, selected: form.budgetRound,
                                        error: errors["budgetRound"])
                }
                FormControls.input(&html, id: EditorIDs.id("priceLevelYear"), name: "priceLevelYear", label: l(.priceLevelYear),
                                   value: form.priceLevelYear, error: errors["priceLevelYear"], inputMode: "numeric", size: 6)
                FormControls.input(&html, id: EditorIDs.id("firstYear"), name: "firstYear", label: l(.firstYear),
                                   value: form.firstYear, error: errors["firstYear"], required: true, inputMode: "numeric", size: 6,
                                   redraws: true)
                FormControls.input(&html, id: EditorIDs.id("lastYear"), name: "lastYear", label: l(.lastYear),
                                   value: form.lastYear, hint: l(.yearsHint), error: errors["lastYear"], required: true,
                                   inputMode: "numeric", size: 6, redraws: true)
            }
        }
    }

    /// The lines offered: the form's lines and the blank rows for new ones.
    static func lineRows(_ model: Model) -> [ProposalForm.LineForm] {
        model.form.lines.filter { !$0.isBlank } + Array(repeating: ProposalForm.LineForm(), count: model.blankLines)
    }

    static func linesGrid(_ html: inout HTML, model: Model, years: ClosedRange<Int>, errors: [String: String], l: Localisation) {
        let rows = lineRows(model)
        html.element("fieldset", ["class": "group"]) { html in
            html.element("legend", text: l(.economicLines))
            html.element("p", ["class": "hint", "id": "grid-hint"], text: l(.gridHint))
            html.element("div", ["class": "table-scroll"]) { html in
                html.element("table", ["class": "grid", "aria-describedby": "grid-hint"]) { html in
                    html.element("caption", text: l.format(.gridCaption, ProposalWording.unitHeading(priceLevelYear: DanishInput.year(model.form.priceLevelYear))))
                    html.element("thead") { html in
                        html.element("tr") { html in
                            html.element("th", ["scope": "col"], text: l(.lineLabel))
                            html.element("th", ["scope": "col"], text: l(.block))
                            html.element("th", ["scope": "col"], text: l(.steeringArea))
                            for year in years { html.element("th", ["scope": "col", "class": "num"], text: String(year)) }
                            html.element("th", ["scope": "col"], text: l(.removeLine))
                        }
                    }
                    html.element("tbody") { html in
                        for (index, row) in rows.enumerated() {
                            let prefix = "line.\(index)."
                            let number = l.format(.lineNumber, String(index + 1))
                            html.element("tr", ["data-driver": row.driver.isEmpty ? nil : row.driver]) { html in
                                html.element("td") { html in
                                    FormControls.input(&html, id: EditorIDs.id(prefix + "label"), name: prefix + "label",
                                                       label: number + ", " + l(.lineLabel), value: row.label, labelStyle: .hidden,
                                                       error: errors[prefix + "label"])
                                }
                                html.element("td") { html in
                                    FormControls.select(&html, id: EditorIDs.id(prefix + "block"), name: prefix + "block",
                                                        label: number + ", " + l(.block),
                                                        options: Block.allCases.map { ($0.rawValue, l.blockShort($0)) }, selected: row.block,
                                                        labelStyle: .hidden, error: errors[prefix + "block"])
                                }
                                html.element("td") { html in
                                    FormControls.select(&html, id: EditorIDs.id(prefix + "steeringArea"), name: prefix + "steeringArea",
                                                        label: number + ", " + l(.steeringArea),
                                                        options: SteeringArea.allCases.map { ($0.rawValue, $0.danishLabel) },
                                                        selected: row.steeringArea, labelStyle: .hidden, error: errors[prefix + "steeringArea"])
                                }
                                for year in years {
                                    html.element("td", ["class": "amount-cell"]) { html in
                                        let name = prefix + "y.\(year)"
                                        FormControls.input(&html, id: EditorIDs.id(name), name: name,
                                                           label: number + ", \(year), 1.000 kr.", value: row.amounts[year] ?? "",
                                                           labelStyle: .hidden, error: errors[name], inputMode: "decimal", size: 7,
                                                           readOnly: !row.driver.isEmpty)
                                    }
                                }
                                html.element("td") { html in
                                    FormControls.checkbox(&html, id: EditorIDs.id(prefix + "remove"), name: prefix + "remove",
                                                          label: number + ", " + l(.removeLine), checked: row.remove, labelStyle: .hidden)
                                }
                            }
                        }
                    }
                }
            }
            FormControls.submit(&html, l(.addLine), name: "action", value: Action.addLine.rawValue, style: "button-secondary")
        }
    }

    /// Per line: appropriation, committee, variant, innovation pool and the driver with its formula.
    static func lineDetails(_ html: inout HTML, model: Model, years: ClosedRange<Int>, errors: [String: String], l: Localisation) {
        let rows = lineRows(model)
        html.element("fieldset", ["class": "group"]) { html in
            html.element("legend", text: l(.lineDetailsAndDrivers))
            html.element("p", ["class": "hint"], text: l(.driverHint))
            for (index, row) in rows.enumerated() {
                let prefix = "line.\(index)."
                let number = l.format(.lineNumber, String(index + 1))
                let hasError = errors.keys.contains { $0.hasPrefix(prefix) && !$0.hasPrefix(prefix + "y.") && $0 != prefix + "label" }
                html.element("details", ["class": "line-details", "open": (!row.driver.isEmpty || hasError) ? "" : nil]) { html in
                    html.element("summary", text: number + (row.label.isEmpty ? "" : ": " + row.label))
                    html.element("div", ["class": "field-row"]) { html in
                        FormControls.input(&html, id: EditorIDs.id(prefix + "appropriation"), name: prefix + "appropriation",
                                           label: l(.appropriation), value: row.appropriation, hint: l(.appropriationHint))
                        FormControls.input(&html, id: EditorIDs.id(prefix + "committee"), name: prefix + "committee",
                                           label: l(.committee), value: row.committee)
                        FormControls.input(&html, id: EditorIDs.id(prefix + "variant"), name: prefix + "variant",
                                           label: l(.variant), value: row.variant, hint: l(.variantHint), size: 10)
                    }
                    FormControls.checkbox(&html, id: EditorIDs.id(prefix + "innovationPool"), name: prefix + "innovationPool",
                                          label: l(.innovationPool), checked: row.innovationPool)
                    driverFields(&html, row: row, prefix: prefix, years: years, errors: errors, l: l)
                }
            }
        }
    }

    static func driverFields(_ html: inout HTML, row: ProposalForm.LineForm, prefix: String, years: ClosedRange<Int>,
                             errors: [String: String], l: Localisation) {
        html.element("div", ["class": "driver", "data-driver-group": ""]) { html in
            html.element("div", ["class": "field-row"]) { html in
                FormControls.select(&html, id: EditorIDs.id(prefix + "driver"), name: prefix + "driver", label: l(.driverKind),
                                    options: [("", l(.noDriver))] + ProposalForm.driverFactors.map { ($0.kind, l.driverKind($0.kind)) },
                                    selected: row.driver, error: errors[prefix + "driver"])
                FormControls.select(&html, id: EditorIDs.id(prefix + "effect"), name: prefix + "effect", label: l(.driverEffect),
                                    options: Driver.Effect.allCases.map { ($0.rawValue, l.driverEffect($0)) }, selected: row.effect,
                                    error: errors[prefix + "effect"])
            }
            for (kind, fields) in ProposalForm.driverFactors {
                let isChosen = row.driver == kind
                html.element("fieldset", ["class": "driver-factors", "data-driver-kind": kind, "hidden": isChosen ? nil : ""]) { html in
                    html.element("legend", text: l.driverKind(kind))
                    html.element("p", ["class": "formula-template"], text: l.driverFormula(kind))
                    html.element("div", ["class": "field-row"]) { html in
                        for field in fields {
                            let name = prefix + kind + "." + field
                            FormControls.input(&html, id: EditorIDs.id(name), name: name, label: l.factorLabel(field),
                                               value: isChosen ? row.factors[field] ?? "" : "", error: errors[name],
                                               inputMode: "decimal", size: 10)
                        }
                    }
                }
            }
            html.element("div", ["class": "table-scroll"]) { html in
                html.element("table", ["class": "grid shares"]) { html in
                    html.element("caption", text: l(.phaseInCaption))
                    html.element("thead") { html in
                        html.element("tr") { html in
                            for year in years { html.element("th", ["scope": "col", "class": "num"], text: String(year)) }
                        }
                    }
                    html.element("tbody") { html in
                        html.element("tr") { html in
                            for year in years {
                                html.element("td") { html in
                                    let name = prefix + "share.\(year)"
                                    FormControls.input(&html, id: EditorIDs.id(name), name: name, label: l.format(.shareForYear, String(year)),
                                                       value: row.shares[year] ?? "", labelStyle: .hidden, error: errors[name],
                                                       inputMode: "decimal", size: 5)
                                }
                            }
                        }
                    }
                }
            }
            if let explanation = formulaText(row, l: l) {
                html.element("p", ["class": "formula"]) { html in
                    html.element("strong", text: l(.formula) + ": ")
                    html.text(explanation)
                }
            }
        }
    }

    /// The driver's formula in words (Core's `Driver.explanation`), when the row's factors can be read.
    static func formulaText(_ row: ProposalForm.LineForm, l: Localisation) -> String? {
        guard !row.driver.isEmpty else { return nil }
        var errors: [FieldError] = []
        let reader = ProposalFormReader(l)
        let years = (row.shares.keys.min() ?? 2000)...(max(row.shares.keys.max() ?? 2000, row.shares.keys.min() ?? 2000))
        return reader.readDriver(row, prefix: "", years: years, errors: &errors)?.explanation
    }

    static func sections(_ html: inout HTML, model: Model, errors: [String: String], l: Localisation) {
        var rows = model.form.sections.filter { !$0.isBlank }
        if rows.isEmpty {
            rows = TemplateHeadings.sections.map { number, heading in
                var form = ProposalForm.SectionForm()
                form.number = number
                form.heading = heading
                form.fromTemplate = true
                return form
            }
        }
        rows += Array(repeating: ProposalForm.SectionForm(), count: model.blankRows)
        html.element("fieldset", ["class": "group"]) { html in
            html.element("legend", text: l(.textSections))
            for (index, row) in rows.enumerated() {
                let prefix = "section.\(index)."
                html.element("div", ["class": "section-editor"]) { html in
                    if row.fromTemplate { FormControls.hidden(&html, name: prefix + "template", value: "1") }
                    html.element("div", ["class": "field-row"]) { html in
                        FormControls.input(&html, id: EditorIDs.id(prefix + "number"), name: prefix + "number",
                                           label: l(.sectionNumberLabel), value: row.number, size: 5)
                        FormControls.input(&html, id: EditorIDs.id(prefix + "heading"), name: prefix + "heading",
                                           label: l(.sectionHeading), value: row.heading, error: errors[prefix + "heading"])
                    }
                    FormControls.textArea(&html, id: EditorIDs.id(prefix + "text"), name: prefix + "text",
                                          label: l.format(.sectionText, row.heading.isEmpty ? l(.newSection) : row.heading),
                                          value: row.text, rows: 5)
                }
            }
            FormControls.submit(&html, l(.addRows), name: "action", value: Action.addRows.rawValue, style: "button-secondary")
        }
    }

    static func implementationPlan(_ html: inout HTML, model: Model, years: ClosedRange<Int>, l: Localisation) {
        let rows = model.form.activities.filter { !$0.isBlank } + Array(repeating: ProposalForm.ActivityForm(), count: model.blankRows)
        html.element("fieldset", ["class": "group"]) { html in
            html.element("legend", text: l(.implementationPlan))
            html.element("div", ["class": "table-scroll"]) { html in
                html.element("table", ["class": "grid"]) { html in
                    html.element("caption", text: l(.implementationCaption))
                    html.element("thead") { html in
                        html.element("tr") { html in
                            html.element("th", ["scope": "col"], text: l(.activity))
                            for year in years { html.element("th", ["scope": "col"], text: String(year)) }
                        }
                    }
                    html.element("tbody") { html in
                        for (index, row) in rows.enumerated() {
                            let prefix = "activity.\(index)."
                            let number = l.format(.activityNumber, String(index + 1))
                            html.element("tr") { html in
                                html.element("td") { html in
                                    FormControls.input(&html, id: EditorIDs.id(prefix + "name"), name: prefix + "name",
                                                       label: number + ", " + l(.activity), value: row.name, labelStyle: .hidden)
                                }
                                for year in years {
                                    html.element("td", ["class": "mark"]) { html in
                                        FormControls.checkbox(&html, id: EditorIDs.id(prefix + "year.\(year)"), name: prefix + "year.\(year)",
                                                              value: "X", label: number + ", \(year)", checked: row.years.contains(year),
                                                              labelStyle: .hidden)
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    static func followUpPlan(_ html: inout HTML, model: Model, errors: [String: String], l: Localisation) {
        let rows = model.form.followUpRows.filter { !$0.isBlank } + Array(repeating: ProposalForm.FollowUpRowForm(), count: model.blankRows)
        html.element("fieldset", ["class": "group"]) { html in
            html.element("legend", text: l(.followUpPlan))
            html.element("div", ["class": "table-scroll"]) { html in
                html.element("table", ["class": "grid"]) { html in
                    html.element("caption", text: l(.followUpPlanCaption))
                    html.element("thead") { html in
                        html.element("tr") { html in
                            for key in [Localisation.Key.followUpGroup, .goal, .measurement, .responsible, .when] {
                                html.element("th", ["scope": "col"], text: l(key))
                            }
                        }
                    }
                    html.element("tbody") { html in
                        for (index, row) in rows.enumerated() {
                            let prefix = "followUp.\(index)."
                            let number = l.format(.followUpRowNumber, String(index + 1))
                            html.element("tr") { html in
                                html.element("td") { html in
                                    FormControls.select(&html, id: EditorIDs.id(prefix + "group"), name: prefix + "group",
                                                        label: number + ", " + l(.followUpGroup),
                                                        options: FollowUpPlanRow.Group.allCases.map { ($0.rawValue, l.followUpGroup($0)) },
                                                        selected: row.group, labelStyle: .hidden, error: errors[prefix + "group"])
                                }
                                for (field, key, value) in [("goal", Localisation.Key.goal, row.goal), ("measurement", .measurement, row.measurement),
                                                            ("responsible", .responsible, row.responsible), ("when", .when, row.when)] {
                                    html.element("td") { html in
                                        FormControls.input(&html, id: EditorIDs.id(prefix + field), name: prefix + field,
                                                           label: number + ", " + l(key), value: value, labelStyle: .hidden)
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    static func risk(_ html: inout HTML, model: Model, errors: [String: String], l: Localisation) {
        html.element("fieldset", ["class": "group"]) { html in
            html.element("legend", text: l(.risk))
            FormControls.select(&html, id: EditorIDs.id("riskLevel"), name: "riskLevel", label: l(.riskLevel),
                                options: [("", l(.notChosen))] + RiskLevel.allCases.map { ($0.rawValue, $0.rawValue) },
                                selected: model.form.riskLevel, error: errors["riskLevel"])
            FormControls.textArea(&html, id: EditorIDs.id("riskText"), name: "riskText", label: l(.riskText),
                                  value: model.form.riskText, rows: 3)
        }
    }

    static func consultations(_ html: inout HTML, model: Model, errors: [String: String], l: Localisation) {
        var rows = model.form.consultations.filter { !$0.isBlank }
        if rows.isEmpty {
            rows = model.consultationBodies.prefix(6).map { body in
                var form = ProposalForm.ConsultationForm()
                form.body = body
                return form
            }
        }
        rows += Array(repeating: ProposalForm.ConsultationForm(), count: model.blankRows)
        html.element("fieldset", ["class": "group"]) { html in
            html.element("legend", text: l(.consultations))
            if !model.consultationBodies.isEmpty {
                html.element("datalist", ["id": "consultation-bodies"]) { html in
                    for body in model.consultationBodies { html.element("option", ["value": body]) { _ in } }
                }
            }
            html.element("div", ["class": "table-scroll"]) { html in
                html.element("table", ["class": "grid"]) { html in
                    html.element("caption", text: l(.consultationsCaption))
                    html.element("thead") { html in
                        html.element("tr") { html in
                            for key in [Localisation.Key.consultationBody, .answer, .date, .conclusion] {
                                html.element("th", ["scope": "col"], text: l(key))
                            }
                        }
                    }
                    html.element("tbody") { html in
                        for (index, row) in rows.enumerated() {
                            let prefix = "consultation.\(index)."
                            let number = l.format(.consultationNumber, String(index + 1))
                            html.element("tr") { html in
                                html.element("td") { html in
                                    let id = EditorIDs.id(prefix + "body")
                                    html.element("div", ["class": "field field-compact"]) { html in
                                        html.element("label", ["for": id, "class": "visually-hidden"], text: number + ", " + l(.consultationBody))
                                        html.void("input", ["type": "text", "id": id, "name": prefix + "body", "value": row.body,
                                                            "list": model.consultationBodies.isEmpty ? nil : "consultation-bodies"])
                                    }
                                }
                                html.element("td") { html in
                                    FormControls.select(&html, id: EditorIDs.id(prefix + "answer"), name: prefix + "answer",
                                                        label: number + ", " + l(.answer),
                                                        options: [("", l(.notAnswered))] + ConsultationAnswer.allCases.map { ($0.rawValue, l.consultationAnswer($0)) },
                                                        selected: row.answer, labelStyle: .hidden, error: errors[prefix + "answer"])
                                }
                                html.element("td") { html in
                                    FormControls.input(&html, id: EditorIDs.id(prefix + "date"), name: prefix + "date",
                                                       label: number + ", " + l(.date), value: row.date, labelStyle: .hidden, size: 14)
                                }
                                html.element("td") { html in
                                    FormControls.input(&html, id: EditorIDs.id(prefix + "conclusion"), name: prefix + "conclusion",
                                                       label: number + ", " + l(.conclusion), value: row.conclusion, labelStyle: .hidden)
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// The sections of the municipal template a new proposal starts with (seed 003, every proposal: 1.2–1.8; the
/// tables and plans of 1.1, 1.4, 1.6, 1.9–1.11 have their own parts of the editor).
enum TemplateHeadings {
    static let sections: [(String, String)] = [
        ("1.2", "Baggrund og formål"), ("1.3", "Forslagets indhold"), ("1.4", "Økonomi"),
        ("1.5", "Fordeling på udvalg"), ("1.6", "Implementering af forslaget"), ("1.7", "Samarbejdspartnere"),
        ("1.8", "Effekt"),
    ]
}
