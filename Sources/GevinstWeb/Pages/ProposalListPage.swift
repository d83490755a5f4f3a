import GevinstCore
import GevinstDocuments

/// The proposal list: filters (round, area, administration, status, colour, text), columns sortable by a link
/// in each heading, the overview columns computed by Core, and export links with the same filters.
public enum ProposalListPage {
    public struct Model: Sendable {
        public var query: ProposalListQuery
        /// The rows after filtering and sorting (`ProposalListQuery.apply`).
        public var rows: [ProposalRow]
        /// How many proposals the user may see before filtering.
        public var totalCount: Int
        public var rounds: [String]
        public var areas: [DocumentSettings.TargetArea]
        public var administrations: [String]
        public var canCreate: Bool

        public init(
            query: ProposalListQuery, allRows: [ProposalRow], rounds: [String], areas: [DocumentSettings.TargetArea],
            administrations: [String], canCreate: Bool
        ) {
            self.query = query
            self.rows = query.apply(to: allRows)
            self.totalCount = allRows.count
            self.rounds = rounds
            self.areas = areas
            self.administrations = administrations
            self.canCreate = canCreate
        }
    }

    public static func render(_ model: Model, context: PageContext) -> String {
        let l = context.localisation
        return Layout.page(title: l(.proposalsTitle), context: context, current: .proposals) { html, l in
            if model.canCreate {
                html.element("p") { html in
                    html.element("a", ["class": "button-primary", "href": WebPath.newProposal], text: l(.newProposal))
                }
            }
            filters(&html, model: model, l: l)
            html.element("p", ["class": "result-count", "role": "status"],
                         text: l.format(.showingCount, String(model.rows.count), String(model.totalCount)))
            html.element("p", ["class": "exports"]) { html in
                html.text(l(.exportList) + ": ")
                html.element("a", ["href": WebPath.proposalExport(format: "xlsx", query: model.query.queryItems), "download": ""], text: "Excel (XLSX)")
                html.text(" · ")
                html.element("a", ["href": WebPath.proposalExport(format: "csv", query: model.query.queryItems), "download": ""], text: "CSV")
            }
            table(&html, model: model, l: l)
        }
    }

    static func filters(_ html: inout HTML, model: Model, l: Localisation) {
        let query = model.query
        html.element("form", ["class": "filters", "method": "get", "action": WebPath.proposals, "role": "search"]) { html in
            html.element("fieldset") { html in
                html.element("legend", text: l(.filter))
                FormControls.input(&html, id: "filter-q", name: "q", label: l(.searchText), value: query.text ?? "", type: "search")
                FormControls.select(&html, id: "filter-round", name: "round", label: l(.budgetRound),
                                    options: [("", l(.all))] + model.rounds.map { ($0, $0) }, selected: query.round ?? "")
                FormControls.select(&html, id: "filter-area", name: "area", label: l(.area),
                                    options: [("", l(.all))] + model.areas.map { ($0.code, "\($0.code) – \($0.name)") },
                                    selected: query.area ?? "")
                FormControls.select(&html, id: "filter-administration", name: "administration", label: l(.administration),
                                    options: [("", l(.all))] + model.administrations.map { ($0, $0) },
                                    selected: query.administration ?? "")
                FormControls.select(&html, id: "filter-status", name: "status", label: l(.status),
                                    options: [("", l(.all))] + ProposalStatus.allCases.map { ($0.rawValue, l.status($0)) },
                                    selected: query.status?.rawValue ?? "")
                FormControls.select(&html, id: "filter-colour", name: "colour", label: l(.trafficLight),
                                    options: [("", l(.all))] + StatusColour.allCases.map { ($0.rawValue, l.colour($0)) },
                                    selected: query.colour?.rawValue ?? "")
                if query.sort != .code { FormControls.hidden(&html, name: "sort", value: query.sort.rawValue) }
                if query.descending { FormControls.hidden(&html, name: "dir", value: "desc") }
                html.element("div", ["class": "filter-actions"]) { html in
                    FormControls.submit(&html, l(.applyFilter))
                    html.element("a", ["href": WebPath.proposals, "class": "button-secondary"], text: l(.clearFilter))
                }
            }
        }
    }

    static func table(_ html: inout HTML, model: Model, l: Localisation) {
        guard !model.rows.isEmpty else {
            html.element("p", text: l(.noProposalsMatch))
            return
        }
        typealias Column = ProposalListQuery.Column
        let columns: [(Column, String, Bool)] = [
            (.code, l(.code), false), (.title, l(.title), false), (.status, l(.status), false), (.area, l(.area), false),
            (.administration, l(.administration), false), (.investmentService, l(.investmentService), true),
            (.investmentAnlaeg, l(.investmentAnlaeg), true), (.efficiency, l(.efficiencyFullPhaseIn), true),
            (.payback, l(.payback), false), (.findings, l(.findings), false),
        ]
        html.element("div", ["class": "table-scroll"]) { html in
            html.element("table", ["class": "list"]) { html in
                html.element("caption", text: l(.proposalsTableCaption))
                html.element("thead") { html in
                    html.element("tr") { html in
                        for (column, label, numeric) in columns {
                            let isSorted = model.query.sort == column
                            let sortState: String? = isSorted ? (model.query.descending ? "descending" : "ascending") : nil
                            html.element("th", ["scope": "col", "class": numeric ? "num" : nil, "aria-sort": sortState]) { html in
                                var next = model.query
                                next.descending = isSorted ? !model.query.descending : false
                                next.sort = column
                                html.element("a", ["href": WebPath.with(WebPath.proposals, query: next.queryItems)]) { html in
                                    html.text(label)
                                    if isSorted {
                                        html.element("span", ["aria-hidden": "true"], text: model.query.descending ? " ▼" : " ▲")
                                    }
                                    html.element("span", ["class": "visually-hidden"], text: ", " + l(.sortBy))
                                }
                            }
                        }
                    }
                }
                html.element("tbody") { html in
                    for row in model.rows {
                        html.element("tr") { html in
                            html.element("td", text: row.code ?? "")
                            html.element("th", ["scope": "row"]) { html in
                                html.element("a", ["href": WebPath.proposal(row.id)], text: row.title)
                            }
                            html.element("td") { html in
                                StatusBadge.badge(&html, row.status, l: l)
                                if let colour = row.colour {
                                    html.text(" ")
                                    TrafficLight.badge(&html, colour, l: l)
                                }
                            }
                            html.element("td", text: row.areas.joined(separator: ", "))
                            html.element("td", text: row.administration ?? "")
                            html.element("td", ["class": "num"], text: DanishNumber.thousands(row.investmentService))
                            html.element("td", ["class": "num"], text: DanishNumber.thousands(row.investmentAnlaeg))
                            html.element("td", ["class": "num"], text: DanishNumber.thousands(row.efficiencyAtFullPhaseIn))
                            html.element("td", text: l.payback(row.paybackTotal))
                            html.element("td", ["class": row.errors > 0 ? "has-errors" : nil],
                                         text: FindingsView.countText(errors: row.errors, warnings: row.warnings, l: l))
                        }
                    }
                }
            }
        }
        html.element("p", ["class": "note"], text: l(.amountsNote))
    }
}
