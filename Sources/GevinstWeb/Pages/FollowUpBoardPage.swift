import GevinstCore

/// One row of the follow-up board: a record (one adopted proposal in one area), the status Gevinst proposes
/// from its figures, and its lost efficiency and how much of it compensating actions cover.
public struct FollowUpBoardRow: Sendable, Hashable {
    /// The record's id as the server knows it (posted back with an edit).
    public var id: String
    /// The record's version, sent back as `If-Match` so that two controllers cannot overwrite each other.
    public var version: String?
    public var record: FollowUpRecord
    public var proposed: FollowUpClassifier.Proposal?
    /// Lost efficiency up to the period's year (≤ 0) and the part carried-out actions cover (≤ 0).
    public var lost: Amount
    public var covered: Amount

    public init(id: String, version: String?, record: FollowUpRecord, asOfYear: Int, configuration: FollowUpConfiguration = .default) {
        self.id = id
        self.version = version
        self.record = record
        proposed = FollowUpClassifier(configuration: configuration).propose(for: record, asOfYear: asOfYear)
        let coverage = record.lostEfficiency(through: asOfYear).coverage(by: record.compensatingActions)
        lost = coverage.totalOutstanding
        covered = coverage.totalCovered
    }
}

/// A controller's edit of one record on the board: the status (a category id), the reason when it differs
/// from Gevinst's proposal, the remark and the handling. Applied through Core's `FollowUpRecord.confirm` and
/// `override`, so an override without a reason is refused as Core refuses it.
public struct FollowUpEdit: Sendable, Hashable {
    public var status: String
    public var reason: String
    public var remark: String
    public var handling: String

    public init(status: String, reason: String = "", remark: String, handling: String) {
        self.status = status
        self.reason = reason
        self.remark = remark
        self.handling = handling
    }

    public init(form: FormData) {
        self.init(status: form["status"] ?? "", reason: form["reason"] ?? "", remark: form["remark"] ?? "", handling: form["handling"] ?? "")
    }

    /// The record after the edit, or a message for the user.
    public func apply(to record: FollowUpRecord, asOfYear: Int, configuration: FollowUpConfiguration = .default, l: Localisation)
        -> Result<FollowUpRecord, FieldError>
    {
        guard let category = configuration.categories.first(where: { $0.id == status }) else {
            return .failure(FieldError(field: "status", message: l(.errorChoose)))
        }
        var updated = record
        let proposal = FollowUpClassifier(configuration: configuration).propose(for: record, asOfYear: asOfYear)?.category
        if category != updated.assessment.confirmed || !reason.trimmedSpaces.isEmpty {
            if let proposal, proposal == category {
                updated.confirm(proposal)
            } else {
                do {
                    try updated.override(proposal, with: category, reason: reason)
                } catch {
                    return .failure(FieldError(field: "reason", message: l(.errorOverrideReason)))
                }
            }
        }
        updated.remark = remark
        updated.handling = handling
        return .success(updated)
    }
}

/// The follow-up board for a period: the summary per area, then one row per proposal and area with the proposed
/// and the confirmed colour (always in words), inline editing of status, remark and handling, lost efficiency
/// and how it is covered; bulk upload in the export's layout, and the committee report for download.
public enum FollowUpBoardPage {
    public struct Model: Sendable {
        public var periods: [String]
        public var period: String?
        public var rows: [FollowUpBoardRow]
        public var summary: FollowUpSummary?
        public var categories: [StatusCategory]
        public var canEdit: Bool
        public var area: String?
        public var colour: StatusColour?
        public var reportFormats: [String]

        public init(
            periods: [String], period: FollowUpPeriod?, rows: [FollowUpBoardRow], configuration: FollowUpConfiguration = .default,
            canEdit: Bool, area: String? = nil, colour: StatusColour? = nil, reportFormats: [String] = ["html", "xlsx", "docx"]
        ) {
            self.periods = periods
            self.period = period?.name
            self.summary = period.map { FollowUpSummary.summarise($0, configuration: configuration) }
            self.rows = rows.filter { row in
                (area.map { FollowUpBoardPage.sameArea(row.record.area, $0) } ?? true)
                    && (colour.map { row.record.colour == $0 } ?? true)
            }
            self.categories = configuration.categories
            self.canEdit = canEdit
            self.area = area
            self.colour = colour
            self.reportFormats = reportFormats
        }
    }

    /// Area names compare without case and spacing ("Udsatte  voksne" is "udsatte voksne").
    static func sameArea(_ lhs: String, _ rhs: String) -> Bool {
        func normalised(_ text: String) -> String { text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        return normalised(lhs) == normalised(rhs)
    }

    public static func render(_ model: Model, context: PageContext) -> String {
        let l = context.localisation
        let title = model.period.map { l.format(.followUpTitlePeriod, $0) } ?? l(.followUpTitle)
        return Layout.page(title: title, context: context, current: .followUp) { html, l in
            html.element("form", ["class": "inline-form", "method": "get", "action": WebPath.followUp]) { html in
                FormControls.select(&html, id: "followup-period", name: "period", label: l(.period),
                                    options: model.periods.map { ($0, $0) }, selected: model.period)
                FormControls.select(&html, id: "followup-area", name: "area", label: l(.area),
                                    options: [("", l(.all))] + (model.summary?.areas.map { ($0.area, $0.area) } ?? []), selected: model.area ?? "")
                FormControls.select(&html, id: "followup-colour", name: "colour", label: l(.trafficLight),
                                    options: [("", l(.all))] + StatusColour.allCases.map { ($0.rawValue, l.colour($0)) },
                                    selected: model.colour?.rawValue ?? "")
                FormControls.submit(&html, l(.show), style: "button-secondary")
            }
            guard let period = model.period else {
                html.element("p", text: l(.noFollowUpPeriod))
                if model.canEdit { upload(&html, period: nil, context: context, l: l) }
                return
            }
            if let summary = model.summary {
                html.element("section", ["aria-labelledby": "summary-heading"]) { html in
                    html.element("h2", ["id": "summary-heading"], text: l(.summaryByArea))
                    html.element("figure", ["class": "chart"]) { html in
                        html.trusted(ColourChart.render(summary, l: l))
                        html.element("figcaption", text: l.format(.colourChartCaption, summary.period))
                    }
                    summaryTable(&html, summary, l: l)
                }
            }
            html.element("section", ["aria-labelledby": "report-heading"]) { html in
                html.element("h2", ["id": "report-heading"], text: l(.committeeReport))
                html.element("ul", ["class": "downloads"]) { html in
                    for format in model.reportFormats {
                        html.element("li") { html in
                            html.element("a", ["href": WebPath.followUpReport(period: period, format: format), "download": ""],
                                         text: l.formatName(format))
                        }
                    }
                }
            }
            board(&html, model: model, context: context, l: l)
            if model.canEdit { upload(&html, period: period, context: context, l: l) }
        }
    }

    /// The summary per area: counts by colour (in words), investment, efficiency, lost and covered efficiency.
    public static func summaryTable(_ html: inout HTML, _ summary: FollowUpSummary, l: Localisation) {
        html.element("div", ["class": "table-scroll"]) { html in
            html.element("table", ["class": "compact"]) { html in
                html.element("caption", text: l.format(.summaryCaption, summary.period))
                html.element("thead") { html in
                    html.element("tr") { html in
                        html.element("th", ["scope": "col"], text: l(.area))
                        for colour in StatusColour.allCases {
                            html.element("th", ["scope": "col", "class": "num"]) { html in TrafficLight.badge(&html, colour, l: l) }
                        }
                        for key in [Localisation.Key.totalInvestment, .efficiencyFullPhaseIn, .lostEfficiency, .coveredEfficiency] {
                            html.element("th", ["scope": "col", "class": "num"], text: l(key))
                        }
                    }
                }
                html.element("tbody") { html in
                    for figures in summary.areas + [summary.total] {
                        html.element("tr", ["class": figures.area == summary.total.area ? "row-total" : nil]) { html in
                            html.element("th", ["scope": "row"], text: figures.area == FollowUpSummary.totalLabel ? l(.total) : figures.area)
                            for colour in StatusColour.allCases {
                                html.element("td", ["class": "num"], text: String(figures.count(colour)))
                            }
                            for amount in [figures.totalInvestment, figures.efficiencyAtFullPhaseIn, figures.lostEfficiency, figures.coveredEfficiency] {
                                html.element("td", ["class": "num"], text: DanishNumber.thousands(amount))
                            }
                        }
                    }
                }
            }
        }
        html.element("p", ["class": "note"], text: l(.amountsNote))
    }

    static func board(_ html: inout HTML, model: Model, context: PageContext, l: Localisation) {
        html.element("section", ["aria-labelledby": "board-heading"]) { html in
            html.element("h2", ["id": "board-heading"], text: l(.followUpRecords))
            guard !model.rows.isEmpty else {
                html.element("p", text: l(.noRecords))
                return
            }
            html.element("div", ["class": "table-scroll"]) { html in
                html.element("table", ["class": "board"]) { html in
                    html.element("caption", text: l.format(.recordsCaption, String(model.rows.count)))
                    html.element("thead") { html in
                        html.element("tr") { html in
                            for (key, numeric) in [(Localisation.Key.proposal, false), (.proposedStatus, false),
                                                   (.confirmedStatus, false), (.remarkAndHandling, false),
                                                   (.lostAndCovered, true), (.save, false)] {
                                html.element("th", ["scope": "col", "class": numeric ? "num" : nil], text: l(key))
                            }
                        }
                    }
                    html.element("tbody") { html in
                        for (index, row) in model.rows.enumerated() {
                            boardRow(&html, row, index: index, model: model, context: context, l: l)
                        }
                    }
                }
            }
        }
    }

    static func boardRow(_ html: inout HTML, _ row: FollowUpBoardRow, index: Int, model: Model, context: PageContext, l: Localisation) {
        let record = row.record
        let formID = "record-\(index)"
        let name = "\(record.key.adoptedBudgetYear) \(record.displayName)"
        html.element("tr", ["id": "row-\(index)", "class": "light-row-\(record.colour.rawValue)"]) { html in
            html.element("th", ["scope": "row", "id": "row-\(index)-name"]) { html in
                html.element("span", ["class": "record-code"], text: name)
                html.element("span", ["class": "record-title"], text: record.title)
                html.element("span", ["class": "record-area"], text: record.area)
            }
            html.element("td") { html in
                if let proposed = row.proposed {
                    TrafficLight.badge(&html, proposed.colour, l: l)
                    html.element("span", ["class": "status-text"], text: proposed.category.text)
                    html.element("span", ["class": "reason"], text: reasonText(proposed, l: l))
                } else {
                    html.element("span", ["class": "muted"], text: l(.nothingProposed))
                }
            }
            html.element("td") { html in
                TrafficLight.badge(&html, record.colour, l: l)
                if model.canEdit {
                    FormControls.select(&html, id: "\(formID)-status", name: "status", label: l.format(.statusOf, name),
                                        options: model.categories.map { ($0.id, "\(l.colour($0.colour)): \($0.text)") },
                                        selected: record.assessment.confirmed.id, labelStyle: .hidden, form: formID)
                    FormControls.input(&html, id: "\(formID)-reason", name: "reason", label: l.format(.overrideReasonOf, name),
                                       value: record.assessment.overrideReason ?? "", labelStyle: .hidden,
                                       hint: l(.overrideReason), form: formID)
                } else {
                    html.element("span", ["class": "status-text"], text: record.statusText)
                    if let reason = record.assessment.overrideReason { html.element("span", ["class": "reason"], text: reason) }
                }
            }
            html.element("td", ["class": "texts"]) { html in
                if model.canEdit {
                    FormControls.textArea(&html, id: "\(formID)-remark", name: "remark", label: l(.remark),
                                          value: record.remark, rows: 2, form: formID)
                    FormControls.textArea(&html, id: "\(formID)-handling", name: "handling", label: l(.handling),
                                          value: record.handling, rows: 2, form: formID)
                } else {
                    html.element("p", ["class": "cell-label"], text: l(.remark))
                    html.element("p") { html in DocumentView.lines(&html, record.remark) }
                    html.element("p", ["class": "cell-label"], text: l(.handling))
                    html.element("p") { html in DocumentView.lines(&html, record.handling) }
                }
            }
            html.element("td", ["class": "num"]) { html in
                html.element("span", ["class": "figure"], text: l(.lostShort) + " " + DanishNumber.thousands(row.lost))
                html.element("span", ["class": "figure"], text: l(.coveredShort) + " " + DanishNumber.thousands(row.covered))
            }
            html.element("td") { html in
                if model.canEdit {
                    html.element("form", ["id": formID, "method": "post", "action": WebPath.followUpRecord]) { html in
                        FormControls.csrf(&html, token: context.csrfToken)
                        FormControls.hidden(&html, name: "record", value: row.id)
                        if let version = row.version { FormControls.hidden(&html, name: "version", value: version) }
                        if let period = model.period { FormControls.hidden(&html, name: "period", value: period) }
                        FormControls.submit(&html, l(.save), style: "button-secondary", describedBy: "row-\(index)-name")
                    }
                }
            }
        }
    }

    /// Why Gevinst proposes the status, in the user's language: the delay and the lost efficiency with its coverage.
    static func reasonText(_ proposed: FollowUpClassifier.Proposal, l: Localisation) -> String {
        let delay: String
        switch proposed.delayMonths {
        case nil: delay = l(.reasonNoPlannedYear)
        case let months? where months > 0: delay = l.format(.reasonLate, String(months))
        case let months? where months < 0: delay = l.format(.reasonEarly, String(-months))
        default: delay = l(.reasonOnTime)
        }
        let coverage = proposed.coverage
        return delay + "; " + l.format(.reasonCoverage, DanishNumber.thousands(coverage.totalOutstanding),
                                       DanishNumber.thousands(coverage.totalCovered), DanishNumber.thousands(coverage.totalRemaining))
    }

    static func upload(_ html: inout HTML, period: String?, context: PageContext, l: Localisation) {
        html.element("section", ["aria-labelledby": "upload-heading"]) { html in
            html.element("h2", ["id": "upload-heading"], text: l(.bulkUpload))
            html.element("form", ["method": "post", "action": WebPath.followUpUpload, "enctype": "multipart/form-data", "class": "stacked"]) { html in
                FormControls.csrf(&html, token: context.csrfToken)
                FormControls.input(&html, id: "upload-period", name: "period", label: l(.period), value: period ?? "",
                                   hint: l(.periodHint), required: true)
                FormControls.input(&html, id: "upload-file", name: "document", label: l(.followUpFile), type: "file",
                                   hint: l(.followUpFileHint), required: true, accept: ".txt,.csv,.tsv,.xlsx,.ods,.xls,.pdf,text/plain,application/pdf")
                FormControls.submit(&html, l(.upload))
            }
        }
    }
}
