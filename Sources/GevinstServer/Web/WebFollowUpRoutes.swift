import Foundation
import GevinstCore
import GevinstDocuments
import GevinstImport
import GevinstStore
import GevinstWeb
import Hummingbird

/// The follow-up board: a period's records with the status Gevinst proposes and the confirmed one, inline edits
/// (status, reason, remark, handling) saved as the record's next version, loading a status table (the seed's
/// layout, or the report's XLSX edited by the controller) and the committee's report. The periods and records
/// are GevinstStore's (`createFollowUpPeriod`, `followUpRecords`, `updateFollowUpRecords`). Everyone may read;
/// follow-up controllers and administrators edit.
extension GevinstAPI {
    func addWebFollowUpRoutes(to router: Router<GevinstRequestContext>) {
        router.get("/follow-up") { request, _ in await self.web(request) { try await self.webFollowUpPage(request) } }
        router.post("/follow-up/upload") { request, _ in await self.web(request) { try await self.webFollowUpUpload(request) } }
        router.post("/follow-up/record") { request, _ in await self.web(request) { try await self.webFollowUpRecordPost(request) } }
        router.get("/follow-up/report") { request, _ in await self.web(request) { try await self.webFollowUpReport(request) } }
    }

    static func canEditFollowUpOnTheWeb(_ user: StoredUser) -> Bool { user.role == .followUpController || user.role == .admin }

    func requireWebFollowUpEditor(_ visitor: WebVisitor) throws {
        guard Self.canEditFollowUpOnTheWeb(visitor.user) else {
            throw APIError.forbidden("the follow-up is kept by follow-up controllers and administrators; you are \(visitor.user.role.rawValue)")
        }
    }

    /// A stored period with its records at their current versions, read under the configuration in force for
    /// its date (`GevinstStore.followUpConfiguration(on:)`), which the page and the report then use.
    struct WebFollowUpPeriod: Sendable {
        var stored: StoredFollowUpPeriod
        var records: [StoredFollowUpRecord]
        var previousName: String?
        var configuration: FollowUpConfiguration

        var value: FollowUpPeriod {
            FollowUpPeriod(name: stored.name, date: stored.date, records: records.map(\.record), previousPeriod: previousName)
        }
    }

    func webFollowUpPeriod(named name: String) async throws -> WebFollowUpPeriod? {
        guard let stored = try await store.followUpPeriod(named: name) else { return nil }
        let configurations = try await store.followUpConfigurations()
        let records = try await store.followUpRecords(periodID: stored.id, configurations: configurations)
        var previous: String?
        if let id = stored.previousPeriodID { previous = try await store.followUpPeriod(id: id)?.name }
        return WebFollowUpPeriod(
            stored: stored, records: records, previousName: previous,
            configuration: try await store.followUpConfiguration(on: stored.date, from: configurations))
    }

    func webFollowUpPage(_ request: Request, notices: [Notice] = [], status: HTTPResponse.Status = .ok) async throws -> Response {
        let visitor = try await requireVisitor(request)
        let periods = try await store.followUpPeriods()
        let chosen = Self.query(request, "period") ?? periods.first?.name
        var period: WebFollowUpPeriod?
        if let chosen {
            period = try await webFollowUpPeriod(named: chosen)
            if period == nil, !periods.isEmpty { throw APIError.notFound("there is no follow-up period \"\(chosen)\"") }
        }
        var configuration = FollowUpConfiguration.default
        if let period { configuration = period.configuration } else { configuration = try await storedColourRules() }
        let rows = (period?.records ?? []).map { record in
            FollowUpBoardRow(
                id: String(record.id), version: String(record.version), record: record.record,
                asOfYear: period?.stored.date.year ?? 0, configuration: configuration)
        }
        let model = FollowUpBoardPage.Model(
            periods: periods.map(\.name), period: period?.value, rows: rows, configuration: configuration,
            canEdit: Self.canEditFollowUpOnTheWeb(visitor.user), area: Self.query(request, "area"),
            colour: Self.query(request, "colour").flatMap(StatusColour.init(rawValue:)))
        return WebResponse.html(
            FollowUpBoardPage.render(model, context: visitor.context(notices + WebNotice.from(request, l: visitor.l))), status: status)
    }

    /// Loads a status table: the seed's layout as text, the report's XLSX edited by the controller, or one area's
    /// CSV, read by `FollowUpDocumentLoad` as the API reads them. A new period is made from the rows by Core with
    /// the colour rules in force and stored with what loading found; into an existing period the rows are applied
    /// by Core's `FollowUpBulkUpdate` (matched by year, code and area) and the changed records saved together as
    /// their next versions, or none when someone changed one meanwhile.
    func webFollowUpUpload(_ request: Request) async throws -> Response {
        let visitor = try await requireVisitor(request)
        try requireWebFollowUpEditor(visitor)
        let upload = try await upload(request, visitor)
        let periodName = (upload.field("period") ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard let file = upload.part("document"), !file.body.isEmpty else {
            throw APIError.badRequest(visitor.language == .danish ? "Vælg en fil at indlæse." : "Choose a file to load.")
        }
        let name = file.filename.flatMap { $0.split(separator: "/").last.map(String.init) } ?? "opfølgning"
        let data = Data(file.body)
        let configurations = try await store.followUpConfigurations()
        // The rows are read in the configuration in force for the period named in the form, when it names a month.
        var configuration = configurations.effective(on: CalendarDay.endOfMonth(named: periodName) ?? CalendarDay.today())
        // Read as the API and `gevinst followup load` read it (XLSX, one area's CSV named by the file, or the
        // text), off the request threads.
        let readConfiguration = configuration
        let spreadsheetToXlsx = self.configuration.spreadsheetToXlsx
        let read: Result<FollowUpDocumentLoad.Rows, FollowUpDocumentLoad.Failure> = await Self.offThread {
            do throws(FollowUpDocumentLoad.Failure) {
                return .success(try FollowUpDocumentLoad.rows(
                    data, file: name, configuration: readConfiguration, toXlsx: spreadsheetToXlsx))
            } catch {
                return .failure(error)
            }
        }
        let rows: [FollowUpRow]
        var findings: [Finding]
        let namedInFile: String?
        switch read {
        case .success(let read): (rows, findings, namedInFile) = (read.rows, read.findings, read.periodName)
        case .failure(let failure): throw APIError(.unprocessableContent, failure.description)
        }
        let named = periodName.isEmpty ? (namedInFile ?? "") : periodName
        let path = WebPath.with(WebPath.followUp, query: [("period", named)])
        let actor = FollowUpActor(visitor.user)
        if let existing = try await webFollowUpPeriod(named: named) {
            let update = FollowUpBulkUpdate.apply(rows, to: existing.value, file: name, configuration: existing.configuration)
            let changes = update.changes.compactMap { change -> FollowUpRecordChange? in
                guard existing.records.indices.contains(change.index) else { return nil }
                let stored = existing.records[change.index]
                return FollowUpRecordChange(recordID: stored.id, expectedVersion: stored.version, record: change.after, summary: change.summary)
            }
            if !changes.isEmpty { try await store.updateFollowUpRecords(changes, by: actor) }
            return WebResponse.redirect(WebNotice.loaded.on(path, count: changes.count))
        }
        if let day = CalendarDay.endOfMonth(named: named) { configuration = configurations.effective(on: day) }
        let conversion = FollowUpRowConversion.records(from: rows, configuration: configuration)
        findings += conversion.findings
        guard !conversion.records.isEmpty else {
            let reasons = findings.filter { $0.severity == .error }.prefix(5).map(\.message)
            throw APIError(.unprocessableContent, "no row of \(name) could be loaded" + (reasons.isEmpty ? "" : ": " + reasons.joined(separator: "; ")))
        }
        let period: FollowUpPeriod
        do {
            period = try FollowUpPeriod(named: named, records: conversion.records)
        } catch {
            throw APIError(.unprocessableContent, "\(error): name the period by month and year, e.g. \"December 2024\"")
        }
        _ = try await store.createFollowUpPeriod(period, findings: findings, by: actor)
        return WebResponse.redirect(WebNotice.loaded.on(path, count: conversion.records.count))
    }

    /// The committee's status report for a period (GevinstDocuments' `FollowUpReport`): HTML, DOCX, XLSX, PDF or CSV.
    func webFollowUpReport(_ request: Request) async throws -> Response {
        _ = try await requireVisitor(request)
        guard let name = Self.query(request, "period") else { throw APIError.badRequest("name the period: ?period=December 2024") }
        guard let period = try await webFollowUpPeriod(named: name) else {
            throw APIError.notFound("there is no follow-up period \"\(name)\"")
        }
        let report = FollowUpReport(period: period.value, configuration: period.configuration)
        return try await DocumentDownload.response(report.model(), format: try DocumentDownload.format(request), name: report.title)
    }

    /// A controller's edit of one record, through Core's confirm/override (an override needs its reason), saved
    /// as the version after the one the form was made from.
    func webFollowUpRecordPost(_ request: Request) async throws -> Response {
        let visitor = try await requireVisitor(request)
        try requireWebFollowUpEditor(visitor)
        let form = try await form(request, visitor)
        guard let id = form["record"].flatMap({ Int64($0) }), let version = form["version"].flatMap({ Int64($0) }),
              let periodName = form["period"]
        else { throw APIError.badRequest("the row's form is incomplete; reload the follow-up page") }
        guard let period = try await webFollowUpPeriod(named: periodName),
              let index = period.records.firstIndex(where: { $0.id == id })
        else { throw APIError.notFound("the follow-up record \(id) is not in \(periodName)") }
        let configuration = period.configuration
        let record = period.records[index]
        let path = WebPath.with(WebPath.followUp, query: [("period", periodName)])
        switch FollowUpEdit(form: form).apply(to: record.record, asOfYear: period.stored.date.year, configuration: configuration, l: visitor.l) {
        case .failure(let error):
            let message = "\(record.record.displayName): \(error.message)"
            return try await webFollowUpPage(request, notices: [Notice(.error, message)], status: .unprocessableContent)
        case .success(let updated):
            _ = try await store.updateFollowUpRecord(
                id: id, expectedVersion: version, record: updated, summary: FollowUpBulkUpdate.describe(record.record, updated),
                by: FollowUpActor(visitor.user))
            return WebResponse.redirect(WebNotice.recordSaved.on(path) + "#row-\(index)")
        }
    }
}
