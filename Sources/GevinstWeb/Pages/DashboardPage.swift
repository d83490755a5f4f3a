import GevinstCore
import GevinstDocuments

/// The dashboard for a budget round and the latest follow-up period: proposals by status, investment and
/// efficiency per year by area (chart), traffic lights by area (chart), and the proposals that need
/// attention: with errors, or with consultations unanswered on the way to committee.
public enum DashboardPage {
    public struct Model: Sendable {
        public var rounds: [String]
        public var round: String?
        public var statusCounts: [(status: ProposalStatus, count: Int)]
        /// Investment and permanent change per year by area, from `PortfolioTotals`.
        public var portfolioChart: Chart?
        public var portfolioTable: DocumentTable?
        public var followUp: FollowUpSummary?
        /// Proposals with errors or overdue consultations.
        public var attention: [ProposalRow]
        public var proposalCount: Int

        public init(
            rounds: [String], round: String?, statusCounts: [(status: ProposalStatus, count: Int)], portfolioChart: Chart?,
            portfolioTable: DocumentTable?, followUp: FollowUpSummary?, attention: [ProposalRow], proposalCount: Int
        ) {
            self.rounds = rounds
            self.round = round
            self.statusCounts = statusCounts
            self.portfolioChart = portfolioChart
            self.portfolioTable = portfolioTable
            self.followUp = followUp
            self.attention = attention
            self.proposalCount = proposalCount
        }

        /// Builds the dashboard from the round's proposals (with their rows, computed once by the caller) and
        /// the latest follow-up period. Proposals whose amounts are beyond `AmountLimits` are counted but left
        /// out of the chart.
        public init(
            rounds: [String], round: String?, proposals: [(row: ProposalRow, proposal: Proposal)],
            followUp period: FollowUpPeriod?, followUpConfiguration: FollowUpConfiguration = .default,
            settings: DocumentSettings = .copenhagen
        ) {
            var counts: [ProposalStatus: Int] = [:]
            for entry in proposals { counts[entry.row.status, default: 0] += 1 }
            let statusCounts = ProposalStatus.allCases.compactMap { status in counts[status].map { (status, $0) } }
            // A proposal beyond `AmountLimits` cannot be summed safely; it is left out of the chart, not trapped on.
            var chartable = proposals.map(\.proposal)
            var overview = try? OverviewTable(proposals: chartable, settings: settings)
            if overview == nil {
                chartable = chartable.filter { (try? PortfolioTotals(proposals: [$0], settings: settings)) != nil }
                overview = try? OverviewTable(proposals: chartable, settings: settings)
            }
            let attention = proposals.map(\.row).filter { $0.errors > 0 || $0.hasOverdueConsultations }
                .sorted { ($0.hasOverdueConsultations ? 1 : 0, $0.errors) > ($1.hasOverdueConsultations ? 1 : 0, $1.errors) }
            self.init(
                rounds: rounds, round: round, statusCounts: statusCounts,
                portfolioChart: chartable.isEmpty ? nil : overview?.chart, portfolioTable: nil,
                followUp: period.map { FollowUpSummary.summarise($0, configuration: followUpConfiguration) },
                attention: attention, proposalCount: proposals.count)
        }
    }

    public static func render(_ model: Model, context: PageContext) -> String {
        let l = context.localisation
        let title = model.round.map { l.format(.dashboardTitleRound, $0) } ?? l(.dashboardTitle)
        return Layout.page(title: title, context: context, current: .dashboard) { html, l in
            roundChooser(&html, model: model, l: l)
            html.element("div", ["class": "dashboard-grid"]) { html in
                html.element("section", ["class": "card", "aria-labelledby": "by-status"]) { html in
                    html.element("h2", ["id": "by-status"], text: l(.proposalsByStatus))
                    if model.statusCounts.isEmpty {
                        html.element("p", text: l(.noProposalsInRound))
                    } else {
                        html.element("table", ["class": "compact"]) { html in
                            html.element("thead") { html in
                                html.element("tr") { html in
                                    html.element("th", ["scope": "col"], text: l(.status))
                                    html.element("th", ["scope": "col", "class": "num"], text: l(.count))
                                }
                            }
                            html.element("tbody") { html in
                                for (status, count) in model.statusCounts {
                                    html.element("tr") { html in
                                        html.element("th", ["scope": "row"]) { html in
                                            html.element("a", ["href": WebPath.with(WebPath.proposals, query: [
                                                ("round", model.round ?? ""), ("status", status.rawValue),
                                            ])], text: l.status(status))
                                        }
                                        html.element("td", ["class": "num"], text: String(count))
                                    }
                                }
                                html.element("tr", ["class": "row-total"]) { html in
                                    html.element("th", ["scope": "row"], text: l(.total))
                                    html.element("td", ["class": "num"], text: String(model.proposalCount))
                                }
                            }
                        }
                    }
                }
                html.element("section", ["class": "card", "aria-labelledby": "attention"]) { html in
                    html.element("h2", ["id": "attention"], text: l(.needsAttention))
                    if model.attention.isEmpty {
                        html.element("p", text: l(.nothingNeedsAttention))
                    } else {
                        html.element("ul", ["class": "attention"]) { html in
                            for row in model.attention.prefix(25) {
                                html.element("li") { html in
                                    html.element("a", ["href": WebPath.proposal(row.id)], text: row.heading)
                                    html.text(" ")
                                    StatusBadge.badge(&html, row.status, l: l)
                                    html.element("ul") { html in
                                        if row.errors > 0 || row.warnings > 0 {
                                            html.element("li", text: FindingsView.countText(errors: row.errors, warnings: row.warnings, l: l))
                                        }
                                        if row.hasOverdueConsultations {
                                            html.element("li", text: l.format(.overdueConsultations, row.unansweredConsultations.joined(separator: ", ")))
                                        }
                                    }
                                }
                            }
                        }
                        if model.attention.count > 25 {
                            html.element("p", text: l.format(.andMore, String(model.attention.count - 25)))
                        }
                    }
                }
            }
            html.element("section", ["class": "card", "aria-labelledby": "portfolio"]) { html in
                html.element("h2", ["id": "portfolio"], text: l(.investmentAndEfficiencyPerYear))
                if let chart = model.portfolioChart {
                    html.element("figure", ["class": "chart"]) { html in
                        html.trusted(.chart(chart))
                        html.element("figcaption", text: chart.caption)
                    }
                    html.element("details") { html in
                        html.element("summary", text: l(.chartAsTable))
                        DocumentView.table(&html, chart.dataTable)
                    }
                } else {
                    html.element("p", text: l(.noProposalsInRound))
                }
            }
            html.element("section", ["class": "card", "aria-labelledby": "lights"]) { html in
                html.element("h2", ["id": "lights"], text: l(.trafficLightsByArea))
                if let summary = model.followUp {
                    html.element("figure", ["class": "chart"]) { html in
                        html.trusted(ColourChart.render(summary, l: l))
                        html.element("figcaption", text: l.format(.colourChartCaption, summary.period))
                    }
                    FollowUpBoardPage.summaryTable(&html, summary, l: l)
                    html.element("p") { html in
                        html.element("a", ["href": WebPath.with(WebPath.followUp, query: [("period", summary.period)])],
                                     text: l(.openFollowUpBoard))
                    }
                } else {
                    html.element("p", text: l(.noFollowUpPeriod))
                }
            }
        }
    }

    static func roundChooser(_ html: inout HTML, model: Model, l: Localisation) {
        guard !model.rounds.isEmpty else { return }
        html.element("form", ["class": "inline-form", "method": "get", "action": WebPath.dashboard]) { html in
            FormControls.select(&html, id: "dashboard-round", name: "round", label: l(.budgetRound),
                                options: [("", l(.allRounds))] + model.rounds.map { ($0, $0) }, selected: model.round ?? "")
            FormControls.submit(&html, l(.show), style: "button-secondary")
        }
    }
}
