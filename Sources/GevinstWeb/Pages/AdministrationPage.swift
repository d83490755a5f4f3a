import GevinstCore
import GevinstDocuments

/// A user as the administration page lists it.
public struct UserEntry: Sendable, Hashable {
    public var id: Int64
    public var name: String
    public var role: String
    public var administrations: [String]

    public init(id: Int64, name: String, role: String, administrations: [String]) {
        self.id = id
        self.name = name
        self.role = role
        self.administrations = administrations
    }
}

/// A budget round as the administration page lists it.
public struct RoundEntry: Sendable, Hashable {
    public var name: String
    public var priceLevelYear: Int?
    public var paybackRule: String
    public var maxPaybackYears: Int?

    public init(name: String, priceLevelYear: Int?, paybackRule: String, maxPaybackYears: Int?) {
        self.name = name
        self.priceLevelYear = priceLevelYear
        self.paybackRule = paybackRule
        self.maxPaybackYears = maxPaybackYears
    }
}

/// Administration: users and their roles and administrations, the administrations, budget rounds (price
/// level, payback rule, maximum payback), index series, and the follow-up colour rules. Only administrators
/// reach it (the server checks); every form carries the CSRF token.
public enum AdministrationPage {
    public struct Model: Sendable {
        public var users: [UserEntry]
        public var roles: [String]
        public var administrations: [String]
        public var areas: [DocumentSettings.TargetArea]
        public var committees: [String]
        public var consultationBodies: [String]
        public var rounds: [RoundEntry]
        public var paybackRules: [String]
        public var indexSeries: [PriceIndexSeries]
        public var colourRules: FollowUpConfiguration

        public init(
            users: [UserEntry], roles: [String], administrations: [String], areas: [DocumentSettings.TargetArea], rounds: [RoundEntry],
            paybackRules: [String] = PaybackRule.allNames, indexSeries: [PriceIndexSeries], colourRules: FollowUpConfiguration = .default,
            committees: [String] = [], consultationBodies: [String] = []
        ) {
            self.committees = committees
            self.consultationBodies = consultationBodies
            self.users = users
            self.roles = roles
            self.administrations = administrations
            self.areas = areas
            self.rounds = rounds
            self.paybackRules = paybackRules
            self.indexSeries = indexSeries
            self.colourRules = colourRules
        }
    }

    public static func render(_ model: Model, context: PageContext) -> String {
        let l = context.localisation
        return Layout.page(title: l(.administrationTitle), context: context, current: .administration) { html, l in
            html.element("nav", ["class": "on-page", "aria-label": l(.onThisPage)]) { html in
                html.element("ul") { html in
                    for (anchor, key) in [("users", Localisation.Key.users), ("administrations", .administrations),
                                          ("rounds", .budgetRounds), ("index-series", .indexSeries), ("colour-rules", .colourRules)] {
                        html.element("li") { html in html.element("a", ["href": "#" + anchor], text: l(key)) }
                    }
                }
            }
            users(&html, model: model, context: context, l: l)
            administrations(&html, model: model, context: context, l: l)
            rounds(&html, model: model, context: context, l: l)
            indexSeries(&html, model: model, context: context, l: l)
            colourRules(&html, model: model, context: context, l: l)
        }
    }

    static func users(_ html: inout HTML, model: Model, context: PageContext, l: Localisation) {
        html.element("section", ["id": "users", "aria-labelledby": "users-heading"]) { html in
            html.element("h2", ["id": "users-heading"], text: l(.users))
            html.element("table", ["class": "compact"]) { html in
                html.element("caption", text: l(.usersCaption))
                html.element("thead") { html in
                    html.element("tr") { html in
                        for key in [Localisation.Key.username, .roleLabel, .administrations] { html.element("th", ["scope": "col"], text: l(key)) }
                    }
                }
                html.element("tbody") { html in
                    for user in model.users {
                        html.element("tr") { html in
                            html.element("th", ["scope": "row"], text: user.name)
                            html.element("td", text: l.role(user.role))
                            html.element("td", text: user.administrations.isEmpty ? l(.allAdministrations) : user.administrations.joined(separator: ", "))
                        }
                    }
                }
            }
            html.element("form", ["method": "post", "action": WebPath.adminUsers, "class": "stacked"]) { html in
                FormControls.csrf(&html, token: context.csrfToken)
                html.element("fieldset") { html in
                    html.element("legend", text: l(.addUser))
                    FormControls.input(&html, id: "user-name", name: "name", label: l(.username), required: true, autocomplete: "off")
                    FormControls.input(&html, id: "user-password", name: "password", label: l(.password), type: "password",
                                       hint: l(.passwordHint), required: true, autocomplete: "new-password")
                    FormControls.select(&html, id: "user-role", name: "role", label: l(.roleLabel),
                                        options: model.roles.map { ($0, l.role($0)) }, selected: "author")
                    html.element("fieldset", ["class": "checks"]) { html in
                        html.element("legend", text: l(.administrations))
                        for (index, name) in model.administrations.enumerated() {
                            FormControls.checkbox(&html, id: "user-administration-\(index)", name: "administration", value: name,
                                                  label: name, checked: false)
                        }
                    }
                    FormControls.submit(&html, l(.addUser))
                }
            }
        }
    }

    static func administrations(_ html: inout HTML, model: Model, context: PageContext, l: Localisation) {
        html.element("section", ["id": "administrations", "aria-labelledby": "administrations-heading"]) { html in
            html.element("h2", ["id": "administrations-heading"], text: l(.administrations))
            referenceList(&html, heading: nil, names: model.administrations, kind: "administrations", add: .addAdministration, context: context, l: l)
            referenceList(&html, heading: .areas, names: model.areas.map { "\($0.code) – \($0.name)" }, kind: "areas", add: .addArea, context: context, l: l)
            referenceList(&html, heading: .committees, names: model.committees, kind: "committees", add: .addCommittee, context: context, l: l)
            referenceList(&html, heading: .consultationBodies, names: model.consultationBodies, kind: "consultation-bodies",
                          add: .addConsultationBody, context: context, l: l)
        }
    }

    /// One of the configurable lists (administrations, areas, committees, consulted bodies) and its form to add
    /// a name; an area also has a code.
    static func referenceList(
        _ html: inout HTML, heading: Localisation.Key?, names: [String], kind: String, add: Localisation.Key,
        context: PageContext, l: Localisation
    ) {
        if let heading { html.element("p", ["class": "list-heading"], text: l(heading)) }
        html.element("ul") { html in
            for name in names { html.element("li", text: name) }
        }
        html.element("form", ["method": "post", "action": WebPath.adminReference, "class": "inline-form"]) { html in
            FormControls.csrf(&html, token: context.csrfToken)
            html.void("input", ["type": "hidden", "name": "kind", "value": kind])
            if kind == "areas" {
                FormControls.input(&html, id: "area-code", name: "code", label: l(.areaCode), required: true)
                FormControls.input(&html, id: "area-name", name: "name", label: l(.areaName), required: true)
            } else {
                FormControls.input(&html, id: "\(kind)-name", name: "name", label: l(add), required: true)
            }
            FormControls.submit(&html, l(.add), style: "button-secondary")
        }
    }

    static func rounds(_ html: inout HTML, model: Model, context: PageContext, l: Localisation) {
        html.element("section", ["id": "rounds", "aria-labelledby": "rounds-heading"]) { html in
            html.element("h2", ["id": "rounds-heading"], text: l(.budgetRounds))
            if model.rounds.isEmpty { html.element("p", text: l(.noRounds)) } else {
                html.element("table", ["class": "compact"]) { html in
                    html.element("caption", text: l(.roundsCaption))
                    html.element("thead") { html in
                        html.element("tr") { html in
                            for key in [Localisation.Key.budgetRound, .priceLevelYear, .paybackRule, .maxPayback] {
                                html.element("th", ["scope": "col"], text: l(key))
                            }
                        }
                    }
                    html.element("tbody") { html in
                        for round in model.rounds {
                            html.element("tr") { html in
                                html.element("th", ["scope": "row"], text: round.name)
                                html.element("td", text: round.priceLevelYear.map { "\($0) p/l" } ?? "–")
                                html.element("td") { html in html.element("code", text: round.paybackRule) }
                                html.element("td", text: round.maxPaybackYears.map { l.payback(PaybackYears(years: $0)) } ?? "–")
                            }
                        }
                    }
                }
            }
            html.element("form", ["method": "post", "action": WebPath.adminRounds, "class": "stacked"]) { html in
                FormControls.csrf(&html, token: context.csrfToken)
                html.element("fieldset") { html in
                    html.element("legend", text: l(.addOrChangeRound))
                    FormControls.input(&html, id: "round-name", name: "name", label: l(.budgetRound), hint: l(.roundNameHint), required: true)
                    FormControls.input(&html, id: "round-price-level", name: "priceLevelYear", label: l(.priceLevelYear), inputMode: "numeric", size: 6)
                    FormControls.select(&html, id: "round-payback-rule", name: "paybackRule", label: l(.paybackRule),
                                        options: model.paybackRules.map { ($0, $0) }, selected: PaybackRule.firstYearStrict.name,
                                        hint: l(.paybackRuleHint))
                    FormControls.input(&html, id: "round-max-payback", name: "maxPaybackYears", label: l(.maxPayback), inputMode: "numeric", size: 4)
                    FormControls.submit(&html, l(.save))
                }
            }
        }
    }

    static func indexSeries(_ html: inout HTML, model: Model, context: PageContext, l: Localisation) {
        html.element("section", ["id": "index-series", "aria-labelledby": "index-heading"]) { html in
            html.element("h2", ["id": "index-heading"], text: l(.indexSeries))
            if model.indexSeries.isEmpty { html.element("p", text: l(.noIndexSeries)) }
            for series in model.indexSeries {
                html.element("div", ["class": "table-scroll"]) { html in
                    html.element("table", ["class": "compact"]) { html in
                        let illustrative = series.illustrative ? " – " + l(.illustrative) : ""
                        html.element("caption", text: "\(series.name) (\(series.source), \(series.vintage))\(illustrative)")
                        html.element("thead") { html in
                            html.element("tr") { html in
                                html.element("th", ["scope": "col"], text: l(.year))
                                html.element("th", ["scope": "col", "class": "num"], text: l(.indexValue))
                            }
                        }
                        html.element("tbody") { html in
                            for year in series.years {
                                html.element("tr") { html in
                                    html.element("th", ["scope": "row"], text: String(year))
                                    html.element("td", ["class": "num"], text: series.values[year]?.danish ?? "")
                                }
                            }
                        }
                    }
                }
            }
            html.element("form", ["method": "post", "action": WebPath.adminIndexSeries, "enctype": "multipart/form-data", "class": "stacked"]) { html in
                FormControls.csrf(&html, token: context.csrfToken)
                FormControls.input(&html, id: "index-file", name: "document", label: l(.indexSeriesFile), type: "file",
                                   hint: l(.indexSeriesHint), required: true, accept: ".csv,text/csv,text/plain")
                FormControls.submit(&html, l(.upload))
            }
        }
    }

    static func colourRules(_ html: inout HTML, model: Model, context: PageContext, l: Localisation) {
        let rules = model.colourRules
        html.element("section", ["id": "colour-rules", "aria-labelledby": "colour-heading"]) { html in
            html.element("h2", ["id": "colour-heading"], text: l(.colourRules))
            html.element("p", text: l.format(.colourRulesEffective, rules.effectiveFrom.description))
            html.element("form", ["method": "post", "action": WebPath.adminColourRules, "class": "stacked"]) { html in
                FormControls.csrf(&html, token: context.csrfToken)
                html.element("div", ["class": "field-row"]) { html in
                    FormControls.input(&html, id: "rule-months", name: "scheduleThresholdMonths", label: l(.scheduleThreshold),
                                       value: String(rules.scheduleThresholdMonths), inputMode: "numeric", size: 4)
                    FormControls.input(&html, id: "rule-economy", name: "economyThreshold", label: l(.economyThreshold),
                                       value: DanishInput.thousandsText(rules.economyThreshold), hint: l(.economyThresholdHint),
                                       inputMode: "decimal", size: 10)
                }
                html.element("div", ["class": "field-row"]) { html in
                    FormControls.input(&html, id: "rule-effective", name: "effectiveFrom", label: l.effectiveFromLabel,
                                       value: rules.effectiveFrom.description, hint: l.effectiveFromHint, size: 10)
                    FormControls.select(&html, id: "rule-approval", name: "approvalRule", label: l.approvalRuleLabel,
                                        options: ApprovalRule.allCases.map { ($0.rawValue, l.approvalRule($0)) },
                                        selected: rules.approvalRule.rawValue)
                }
                html.element("table", ["class": "compact"]) { html in
                    html.element("caption", text: l(.statusCategories))
                    html.element("thead") { html in
                        html.element("tr") { html in
                            for key in [Localisation.Key.statusText, .trafficLight, .endsFollowUp] { html.element("th", ["scope": "col"], text: l(key)) }
                        }
                    }
                    html.element("tbody") { html in
                        for category in rules.categories {
                            html.element("tr") { html in
                                html.element("th", ["scope": "row", "id": "category-\(category.id)"], text: category.text)
                                html.element("td") { html in
                                    FormControls.select(&html, id: "colour-\(category.id)", name: "colour.\(category.id)",
                                                        label: l.format(.colourOf, category.text),
                                                        options: StatusColour.allCases.map { ($0.rawValue, l.colour($0)) },
                                                        selected: category.colour.rawValue, labelStyle: .hidden)
                                }
                                html.element("td", text: category.endsFollowUp ? l(.yes) : l(.no))
                            }
                        }
                    }
                }
                FormControls.submit(&html, l(.saveColourRules))
            }
        }
    }
}
