import GevinstCore
import GevinstDocuments

/// The part of the editor that the server recomputes while the user types: the totals of Tabel 1 per year, the
/// net and its running total, both paybacks, each driver's formula with its result, the chart of the cumulative
/// net with the payback year, and the findings. The script posts the form to `WebPath.preview` and puts this
/// fragment in place, so every figure comes from Core and there is one implementation of every rule.
public enum PreviewFragment {
    /// Reads the form and renders its figures, or the fields to correct.
    public static func render(
        form: ProposalForm, base: Proposal?, configuration: CheckConfiguration = .default, l: Localisation
    ) -> TrustedHTML {
        switch ProposalFormReader(l).read(form, base: base) {
        case .failure(let errors): return render(errors: errors.all, l: l)
        case .success(let reading): return render(reading.proposal, driverFindings: reading.driverFindings, configuration: configuration, l: l)
        }
    }

    /// The fields that must be corrected before anything can be computed.
    public static func render(errors: [FieldError], l: Localisation) -> TrustedHTML {
        var html = HTML(capacity: 2048)
        html.element("div", ["class": "preview preview-invalid"]) { html in
            html.element("p", ["class": "preview-heading"], text: l(.previewCannotCompute))
            html.element("ul") { html in
                for error in errors {
                    html.element("li") { html in
                        html.element("a", ["href": "#" + error.inputID], text: EditorPage.fieldName(error.field, l: l))
                        html.text(": " + error.message)
                    }
                }
            }
        }
        return TrustedHTML(html)
    }

    /// The figures of a proposal read from the form.
    public static func render(
        _ proposal: Proposal, driverFindings: [Finding] = [], configuration: CheckConfiguration = .default, l: Localisation
    ) -> TrustedHTML {
        var html = HTML(capacity: 8192)
        let computed = Compute.proposal(proposal, rule: configuration.paybackRule)
        let findings = driverFindings + Checks.run(proposal, computed: computed, configuration: configuration)
        html.element("div", ["class": "preview"]) { html in
            html.element("p", ["class": "preview-heading"], text: l(.previewHeading))
            for result in computed {
                totals(&html, result, proposal: proposal, l: l)
            }
            drivers(&html, proposal, l: l)
            // The chart as the proposal document draws it (payback year marked by the same rule).
            var settings = DocumentSettings.copenhagen
            settings.paybackRule = configuration.paybackRule
            if let document = try? ProposalDocument(proposal, settings: settings),
                let chart = document.model().blocks.lazy.compactMap({ block -> Chart? in
                    if case .chart(let chart) = block { return chart }
                    return nil
                }).first
            {
                html.element("figure", ["class": "chart chart-small"]) { html in
                    html.trusted(.chart(chart))
                    html.element("figcaption", text: chart.caption)
                }
            }
            let serious = findings.filter { $0.severity != .info }
            if serious.isEmpty {
                html.element("p", ["class": "preview-ok"], text: l(.noFindings))
            } else {
                FindingsView.list(&html, serious, l: l, heading: l(.findings))
            }
        }
        return TrustedHTML(html)
    }

    static func totals(_ html: inout HTML, _ computed: ComputedProposal, proposal: Proposal, l: Localisation) {
        let years = Array(computed.years)
        var cumulative: [Amount] = []
        var running: Amount = 0
        for value in computed.table1.net.values {
            let (sum, overflow) = running.addingReportingOverflow(value)
            running = overflow ? (value < 0 ? .min : .max) : sum
            cumulative.append(running)
        }
        html.element("div", ["class": "table-scroll"]) { html in
            html.element("table", ["class": "figures preview-totals"]) { html in
                let caption = l(.previewTotalsCaption) + (computed.variant.map { " (\($0))" } ?? "")
                html.element("caption", text: caption + ", " + ProposalWording.unitHeading(priceLevelYear: proposal.priceLevelYear))
                html.element("thead") { html in
                    html.element("tr") { html in
                        html.element("th", ["scope": "col"], text: l(.row))
                        for year in years { html.element("th", ["scope": "col", "class": "num"], text: String(year)) }
                    }
                }
                html.element("tbody") { html in
                    let rows: [(Localisation.Key, [Amount], String)] = [
                        (.permanentTotal, computed.table1.permanentTotal.values, "permanent"),
                        (.implementationTotal, computed.table1.implementationTotal.values, "implementation"),
                        (.netEffect, computed.table1.net.values, "net"),
                        (.cumulativeNet, cumulative, "cumulative"),
                    ]
                    for (key, values, name) in rows {
                        html.element("tr", ["class": name == "net" ? "row-total" : nil, "data-row": name]) { html in
                            html.element("th", ["scope": "row"], text: l(key))
                            for value in values { html.element("td", ["class": "num"], text: DanishNumber.thousands(value)) }
                        }
                    }
                }
            }
        }
        html.element("dl", ["class": "payback"]) { html in
            html.element("dt", text: l(.paybackService))
            html.element("dd", ["data-payback": "service"], text: l.payback(computed.payback.service))
            html.element("dt", text: l(.paybackTotal))
            html.element("dd", ["data-payback": "total"], text: l.payback(computed.payback.total))
            html.element("dt", text: l(.investment))
            html.element("dd", text: l.format(.investmentSplit, DanishNumber.thousands(computed.investment.service),
                                                DanishNumber.thousands(computed.investment.anlaeg)))
            html.element("dt", text: l(.efficiencyFullPhaseIn))
            html.element("dd", text: DanishNumber.thousands(computed.fullPhaseInEffect))
        }
    }

    static func drivers(_ html: inout HTML, _ proposal: Proposal, l: Localisation) {
        let driven = proposal.lines.filter { $0.driver != nil }
        guard !driven.isEmpty else { return }
        html.element("div", ["class": "driver-results"]) { html in
            html.element("p", ["class": "preview-subheading"], text: l(.driverResults))
            html.element("ul") { html in
                for line in driven {
                    guard let driver = line.driver else { continue }
                    html.element("li") { html in
                        html.element("strong", text: line.label + ": ")
                        html.element("span", ["class": "formula"], text: driver.explanation)
                        let results = proposal.years.filter { line.amounts[$0] != 0 }.map { "\($0): \(DanishNumber.thousandsExact(line.amounts[$0]))" }
                        html.text(" = " + (results.isEmpty ? "0" : results.joined(separator: "; ")) + " (1.000 kr.)")
                    }
                }
            }
        }
    }
}
