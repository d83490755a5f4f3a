import Foundation
import GevinstCore
import GevinstDocuments
import GevinstStore
import Hummingbird

/// The follow-up API (issue 5): periods, their records with the portfolio summary, record updates with
/// If-Match, starting the next period, loading a period from a document, bulk updates from the export layout,
/// and the committee's report. Every logged-in user reads; follow-up controllers (in their administrations)
/// and administrators write (`FollowUpAccess`).
extension GevinstAPI {
    func addFollowUpRoutes(to router: Router<GevinstRequestContext>) {
        router.get("/api/followup/periods") { request, _ in try await self.followUpPeriods(request) }
        router.post("/api/followup/periods") { request, _ in try await self.loadFollowUpPeriod(request) }
        router.post("/api/followup/periods/next") { request, _ in try await self.startNextFollowUpPeriod(request) }
        router.get("/api/followup/periods/:id") { request, context in try await self.followUpPeriod(request, context) }
        router.post("/api/followup/periods/:id/bulk") { request, context in try await self.bulkUpdateFollowUp(request, context) }
        router.get("/api/followup/periods/:id/report") { request, context in try await self.followUpReport(request, context) }
        router.get("/api/followup/records/:id") { request, context in try await self.followUpRecord(request, context) }
        router.put("/api/followup/records/:id") { request, context in try await self.updateFollowUpRecord(request, context) }
    }

    // MARK: reading

    func followUpPeriods(_ request: Request) async throws -> Response {
        _ = try await user(request)
        var entries: [JSONValue] = []
        for period in try await store.followUpPeriods() {
            let summary = try await store.followUpPeriodValue(id: period.id).map { FollowUpSummary.summarise($0) }
            entries.append(FollowUpJSON.period(period, total: summary?.total))
        }
        return JSONResponse.make(.object([("periods", .list(entries))]))
    }

    func followUpPeriod(_ request: Request, _ context: GevinstRequestContext) async throws -> Response {
        _ = try await user(request)
        let (stored, records) = try await periodWithRecords(try followUpID(context, "period"))
        let configuration = try await store.followUpConfiguration(on: stored.date)
        let period = FollowUpPeriod(
            name: stored.name, date: stored.date, records: records.map(\.record),
            previousPeriod: nil)
        let summary = FollowUpSummary.summarise(period, configuration: configuration)
        return JSONResponse.make(.object([
            ("period", FollowUpJSON.period(stored, total: summary.total)),
            ("configuration", FollowUpJSON.configuration(configuration)),
            ("summary", .object([
                ("areas", .list(summary.areas.map(FollowUpJSON.figures))), ("total", FollowUpJSON.figures(summary.total)),
            ])),
            ("records", .list(records.map { FollowUpJSON.record($0, asOfYear: period.year, configuration: configuration) })),
            ("loadFindings", .list(stored.findings.map(ServerJSON.finding))),
            ("findings", .list(FollowUpChecks.check(period, configuration: configuration).map(ServerJSON.finding))),
        ]))
    }

    func followUpRecord(_ request: Request, _ context: GevinstRequestContext) async throws -> Response {
        _ = try await user(request)
        let id = try followUpID(context, "record")
        guard let stored = try await store.followUpRecord(id: id),
              let period = try await store.followUpPeriod(id: stored.periodID)
        else { throw APIError.notFound("follow-up record \(id) does not exist") }
        let configuration = try await store.followUpConfiguration(on: period.date)
        return JSONResponse.make(
            FollowUpJSON.record(stored, asOfYear: period.date.year, configuration: configuration),
            headers: [.eTag: Self.etag(stored.version)])
    }

    func followUpReport(_ request: Request, _ context: GevinstRequestContext) async throws -> Response {
        _ = try await user(request)
        let id = try followUpID(context, "period")
        let formatName = Self.query(request, "format") ?? "html"
        guard let format = DocumentFormat(rawValue: formatName), [.html, .xlsx, .docx].contains(format) else {
            throw APIError.badRequest("format must be html, xlsx or docx; found \"\(formatName)\"")
        }
        guard let period = try await store.followUpPeriodValue(id: id),
              let configuration = try await store.followUpConfiguration(forPeriod: id)
        else { throw APIError.notFound("follow-up period \(id) does not exist") }
        let report = FollowUpReport(period: period, configuration: configuration)
        let data: Data = await Self.offThread {
            switch format {
            case .xlsx: (try? report.xlsx()) ?? Data()
            case .docx: (try? report.docx()) ?? Data()
            default: Data(report.html().utf8)
            }
        }
        guard !data.isEmpty else { throw APIError(.internalServerError, "the \(format.rawValue) report of \(period.name) could not be written") }
        let fileName = FollowUpJSON.fileName(period.name) + "." + format.fileExtension
        return Response(
            status: .ok,
            headers: [
                .contentType: FollowUpJSON.contentType(format),
                .contentDisposition: "attachment; filename=\"\(fileName)\"",
            ],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    // MARK: writing

    func updateFollowUpRecord(_ request: Request, _ context: GevinstRequestContext) async throws -> Response {
        let user = try await user(request)
        let id = try followUpID(context, "record")
        let expected = try Self.ifMatchVersion(request)
        guard let current = try await store.followUpRecord(id: id) else { throw APIError.notFound("follow-up record \(id) does not exist") }
        if let refusal = FollowUpAccess.writeRefusal(user, recordAdministration: current.proposalAdministration) {
            throw APIError.forbidden(refusal)
        }
        let body = try await RequestBodies.object(request, limit: configuration.maxJSONBodyBytes)
        guard let period = try await store.followUpPeriod(id: current.periodID) else {
            throw APIError.notFound("follow-up record \(id) does not exist")
        }
        let rules = try await store.followUpConfiguration(on: period.date)
        let year = period.date.year
        var record = try FollowUpRecordBody.record(body, current: current.record, configuration: rules)
        // Gevinst proposes a status from the figures; setting another one is an override that needs a reason.
        // A change that does not set the status keeps the status as it was.
        let proposal = FollowUpClassifier(configuration: rules).propose(for: record, asOfYear: year)
        let reason = try body.string("overrideReason") ?? ""
        do throws(FollowUpError) {
            if body.members.contains(where: { $0.key == "status" }) {
                try record.override(proposal?.category, with: record.assessment.confirmed, reason: reason)
            }
        } catch {
            throw APIError(
                .unprocessableContent,
                "\(error.description) (Gevinst proposes \"\(proposal?.category.text ?? "")\": \(proposal?.reason ?? ""))")
        }
        if expected != current.version { throw try await followUpConflict(id: id, expected: expected, current: current.version) }
        let summary = FollowUpBulkUpdate.describe(current.record, record)
        do {
            let saved = try await store.updateFollowUpRecord(
                id: id, expectedVersion: expected, record: record, summary: summary.isEmpty ? "no changes" : summary,
                by: FollowUpActor(user))
            return JSONResponse.make(
                FollowUpJSON.record(saved, asOfYear: year, configuration: rules), headers: [.eTag: Self.etag(saved.version)])
        } catch StoreError.followUpConflict(_, _, let now) {
            throw try await followUpConflict(id: id, expected: expected, current: now)
        }
    }

    /// The 409 for a stale update: the versions saved since, by whom, and what each changed.
    func followUpConflict(id: Int64, expected: Int64, current: Int64) async throws -> APIError {
        let since = try await store.followUpRecordVersions(recordID: id, after: expected)
        let latest = since.last?.version ?? current
        let names = Set(since.compactMap(\.authorName)).sorted().joined(separator: ", ")
        return APIError(
            .conflict,
            "follow-up record \(id) was changed to version \(latest) (by \(names.isEmpty ? "someone else" : names)) after version \(expected) that you edited; look at the changes below and send your change again with If-Match: \(latest)",
            detail: .object([
                ("yourVersion", .int(expected)), ("currentVersion", .int(latest)),
                ("changedSince", .list(since.map { version in
                    .object([
                        ("version", .int(version.version)), ("author", .optionalString(version.authorName)),
                        ("at", ServerJSON.time(version.createdAt)), ("changes", .optionalString(version.summary)),
                    ])
                })),
            ]),
            headers: [.eTag: Self.etag(latest)])
    }

    /// `POST /api/followup/periods?name=December%202024&file=002.txt[&date=2024-12-31][&area=…]`: the document's
    /// bytes, read as `gevinst followup load` reads a file.
    func loadFollowUpPeriod(_ request: Request) async throws -> Response {
        let user = try await user(request)
        if let refusal = FollowUpAccess.periodRefusal(user) { throw APIError.forbidden(refusal) }
        guard let name = Self.query(request, "name") else { throw APIError.badRequest("name the period: ?name=December%202024") }
        let date = try Self.query(request, "date").map { text in
            guard let day = CalendarDay.parse(text) else { throw APIError.badRequest("date must be YYYY-MM-DD, found \"\(text)\"") }
            return day
        }
        let file = Self.query(request, "file") ?? "upload"
        let area = Self.query(request, "area")
        let bytes = try await RequestBodies.bytes(request, limit: configuration.maxUploadBytes)
        let configurations = try await store.followUpConfigurations()
        let spreadsheetToXlsx = configuration.spreadsheetToXlsx
        let read: Result<FollowUpDocumentLoad.Loaded, FollowUpDocumentLoad.Failure> = await Self.offThread {
            do throws(FollowUpDocumentLoad.Failure) {
                return .success(try FollowUpDocumentLoad.load(
                    Data(bytes), file: file, name: name, date: date, area: area, configurations: configurations,
                    toXlsx: spreadsheetToXlsx))
            } catch {
                return .failure(error)
            }
        }
        let loaded: FollowUpDocumentLoad.Loaded
        switch read {
        case .success(let value): loaded = value
        case .failure(let failure):
            throw APIError(
                .unprocessableContent, "\(failure.description); nothing was stored",
                detail: .object([("findings", .list(failure.findings.map(ServerJSON.finding)))]))
        }
        let stored = try await store.createFollowUpPeriod(loaded.period, findings: loaded.findings, by: FollowUpActor(user))
        return JSONResponse.make(
            .object([
                ("period", FollowUpJSON.period(stored, total: FollowUpSummary.summarise(loaded.period).total)),
                ("rows", .int(loaded.rowCount)), ("skippedRows", .int(loaded.skippedRowCount)),
                ("findings", .list(loaded.findings.map(ServerJSON.finding))),
            ]),
            status: .created, headers: [.location: "/api/followup/periods/\(stored.id)"])
    }

    /// `POST /api/followup/periods/next` with `{"name": "Juni 2025", "date": "2025-06-30"}` (date optional).
    func startNextFollowUpPeriod(_ request: Request) async throws -> Response {
        let user = try await user(request)
        if let refusal = FollowUpAccess.periodRefusal(user) { throw APIError.forbidden(refusal) }
        let body = try await RequestBodies.object(request, limit: configuration.maxJSONBodyBytes)
        let name = try body.requiredString("name")
        let date = try body.string("date").map { text in
            guard let day = CalendarDay.parse(text) else { throw APIError.badRequest("date must be YYYY-MM-DD, found \"\(text)\"") }
            return day
        }
        let stored = try await store.startNextFollowUpPeriod(named: name, date: date, by: FollowUpActor(user))
        let total = try await store.followUpPeriodValue(id: stored.id).map { FollowUpSummary.summarise($0).total }
        return JSONResponse.make(
            .object([("period", FollowUpJSON.period(stored, total: total))]),
            status: .created, headers: [.location: "/api/followup/periods/\(stored.id)"])
    }

    /// `POST /api/followup/periods/{id}/bulk?file=status.xlsx[&area=…]`: an XLSX workbook or one area's CSV in
    /// the export layout; each row that differs from its record becomes the record's next version, all in one
    /// transaction (a record changed by someone else meanwhile: 409, nothing saved).
    func bulkUpdateFollowUp(_ request: Request, _ context: GevinstRequestContext) async throws -> Response {
        let user = try await user(request)
        if let refusal = FollowUpAccess.periodRefusal(user) { throw APIError.forbidden(refusal) }
        let (stored, records) = try await periodWithRecords(try followUpID(context, "period"))
        let file = Self.query(request, "file") ?? "upload.xlsx"
        let area = Self.query(request, "area")
        let bytes = try await RequestBodies.bytes(request, limit: configuration.maxUploadBytes)
        let period = FollowUpPeriod(name: stored.name, date: stored.date, records: records.map(\.record))
        let rules = try await store.followUpConfiguration(on: stored.date)
        let spreadsheetToXlsx = configuration.spreadsheetToXlsx
        let outcome: Result<FollowUpBulkUpdate.Result, FollowUpDocumentLoad.Failure> = await Self.offThread {
            do throws(FollowUpDocumentLoad.Failure) {
                let rows = try FollowUpDocumentLoad.rows(Data(bytes), file: file, area: area, configuration: rules, toXlsx: spreadsheetToXlsx)
                guard rows.kind != .text else {
                    throw FollowUpDocumentLoad.Failure(
                        description: "\(file): a bulk update reads XLSX or CSV in the export layout (gevinst report follow-up --format xlsx)", findings: [])
                }
                var result = FollowUpBulkUpdate.apply(rows.rows, to: period, file: file, configuration: rules)
                result.findings = rows.findings + result.findings
                return .success(result)
            } catch {
                return .failure(error)
            }
        }
        let result: FollowUpBulkUpdate.Result
        switch outcome {
        case .success(let value): result = value
        case .failure(let failure):
            throw APIError(
                .unprocessableContent, "\(failure.description); nothing was changed",
                detail: .object([("findings", .list(failure.findings.map(ServerJSON.finding)))]))
        }
        let changes = result.changes.map { change in
            FollowUpRecordChange(
                recordID: records[change.index].id, expectedVersion: records[change.index].version, record: change.after,
                summary: change.summary + " (bulk update from \(file)\(change.line.map { ", line \($0)" } ?? ""))")
        }
        for change in result.changes {
            if let refusal = FollowUpAccess.writeRefusal(user, recordAdministration: records[change.index].proposalAdministration) {
                throw APIError.forbidden("\(change.after.displayName): \(refusal); nothing was changed")
            }
        }
        let versions: [Int64: Int64]
        do {
            versions = changes.isEmpty ? [:] : try await store.updateFollowUpRecords(changes, by: FollowUpActor(user))
        } catch StoreError.followUpConflict(let id, let expected, let current) {
            throw try await followUpConflict(id: id, expected: expected, current: current)
        }
        return JSONResponse.make(.object([
            ("changed", .list(result.changes.map { change in
                let id = records[change.index].id
                return .object([
                    ("id", .int(id)), ("version", .int(versions[id] ?? records[change.index].version)),
                    ("code", .optionalString(change.after.code)), ("area", .string(change.after.area)),
                    ("line", .optionalInt(change.line)), ("changes", .string(change.summary)),
                ])
            })),
            ("findings", .list(result.findings.map(ServerJSON.finding))),
        ]))
    }

    // MARK: helpers

    func followUpID(_ context: GevinstRequestContext, _ what: String) throws -> Int64 {
        guard let id = context.parameters.get("id", as: Int64.self), id > 0 else {
            throw APIError.badRequest("the \(what) id in the path must be a positive whole number")
        }
        return id
    }

    func periodWithRecords(_ id: Int64) async throws -> (StoredFollowUpPeriod, [StoredFollowUpRecord]) {
        guard let stored = try await store.followUpPeriod(id: id) else { throw APIError.notFound("follow-up period \(id) does not exist") }
        return (stored, try await store.followUpRecords(periodID: id))
    }
}

/// Who may change follow-up data: administrators, and follow-up controllers in their administrations. A
/// record's administration is its linked proposal's; a standalone record, and a period as a whole, belong to
/// the administration the status report is written by (`FollowUpReportSettings.administration`, seed 002:
/// Socialforvaltningen).
enum FollowUpAccess {
    static let reportAdministration = FollowUpReportSettings.copenhagen.administration

    static func periodRefusal(_ user: StoredUser) -> String? {
        writeRefusal(user, recordAdministration: nil)
    }

    static func writeRefusal(_ user: StoredUser, recordAdministration: String?) -> String? {
        switch user.role {
        case .admin:
            return nil
        case .followUpController:
            let administration = recordAdministration ?? reportAdministration
            if user.administrations.contains(administration) { return nil }
            return "you follow up \(user.administrations.isEmpty ? "no administration" : user.administrations.joined(separator: ", ")); this belongs to \(administration)"
        case .reader, .author, .financeReviewer:
            return "a user with the role \(user.role.rawValue) cannot change follow-up data; that needs the role follow-up-controller or admin"
        }
    }
}

/// Reads the body of `PUT /api/followup/records/{id}`: the record's fields in the `gevinst-follow-up-period/1`
/// record form; fields left out keep their current value. The proposal (year, code) and the area cannot change.
enum FollowUpRecordBody {
    static let editable = [
        "status", "overrideReason", "remark", "currentFullImplementationYear", "totalInvestment", "efficiencyAtFullPhaseIn",
        "plannedEfficiency", "realisedEfficiency", "handling", "compensatingActions", "earlierCompensatingAction",
        "requiresApproval", "consequence", "closed", "title", "type", "typeText", "plannedFullImplementationYear",
    ]

    static func record(_ body: JSONObjectBody, current: FollowUpRecord, configuration: FollowUpConfiguration) throws -> FollowUpRecord {
        for member in body.members where !editable.contains(member.key) {
            throw APIError.badRequest("\"\(member.key)\" cannot be changed here; the fields are: \(editable.joined(separator: ", "))")
        }
        // Merge into the current record's form and read it back with the native format's checks.
        guard case .object(var members) = FollowUpFormat.jsonValue(current) else {
            throw APIError(.internalServerError, "the record could not be written as JSON")
        }
        members.removeAll { $0.key == "proposedStatus" || $0.key == "overrideReason" || $0.key == "printedStatus" }
        for member in body.members where member.key != "overrideReason" {
            members.removeAll { $0.key == member.key }
            if case .null = member.value.value, member.key == "status" { continue }
            members.append(member)
        }
        do {
            var record = try FollowUpFormat.record(JSONNode(.object(members)), file: "request body", configuration: configuration)
            record.line = current.line
            if !body.members.contains(where: { $0.key == "status" }) {
                record.assessment = current.assessment
                record.printedStatusText = current.printedStatusText
            }
            return record
        } catch {
            throw APIError(.unprocessableContent, "\(error.message) (\(error.path))")
        }
    }
}

/// The JSON of the follow-up routes.
enum FollowUpJSON {
    static func period(_ period: StoredFollowUpPeriod, total: FollowUpSummary.Figures?) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("id", .int(period.id)), ("name", .string(period.name)), ("date", .string(period.date.description)),
            ("previousPeriodId", period.previousPeriodID.map { .int($0) } ?? .null), ("records", .int(period.recordCount)),
            ("linkedRecords", .int(period.linkedRecordCount)), ("createdAt", ServerJSON.time(period.createdAt)),
            ("createdBy", .optionalString(period.createdBy)),
        ]
        if let total {
            fields.append(("colours", .object([("green", .int(total.green)), ("yellow", .int(total.yellow)), ("red", .int(total.red))])))
        }
        return .object(fields)
    }

    static func figures(_ figures: FollowUpSummary.Figures) -> JSONValue {
        .object([
            ("area", .string(figures.area)), ("records", .int(figures.records)), ("green", .int(figures.green)),
            ("yellow", .int(figures.yellow)), ("red", .int(figures.red)), ("totalInvestment", .int(figures.totalInvestment)),
            ("efficiencyAtFullPhaseIn", .int(figures.efficiencyAtFullPhaseIn)), ("plannedToDate", .int(figures.plannedToDate)),
            ("realisedToDate", .int(figures.realisedToDate)), ("lostEfficiency", .int(figures.lostEfficiency)),
            ("coveredEfficiency", .int(figures.coveredEfficiency)), ("uncoveredEfficiency", .int(figures.uncoveredEfficiency)),
            ("saturated", .bool(figures.saturated)),
        ])
    }

    /// A stored record with what Gevinst proposes for it under the configuration in force for its period: the
    /// status from the figures (`FollowUpClassifier`), and the ØU/BR approval from the handling (`approval`:
    /// the rule, the recorded answer, what the rule requires, the proposal where the record is empty, and
    /// whether the two agree).
    static func record(_ stored: StoredFollowUpRecord, asOfYear year: Int, configuration: FollowUpConfiguration) -> JSONValue {
        let proposal = FollowUpClassifier(configuration: configuration).propose(for: stored.record, asOfYear: year)
        return .object([
            ("id", .int(stored.id)), ("periodId", .int(stored.periodID)), ("version", .int(stored.version)),
            ("proposalId", stored.proposalID.map { .int($0) } ?? .null), ("updatedAt", ServerJSON.time(stored.updatedAt)),
            ("colour", .string(stored.record.colour.rawValue)), ("statusText", .string(stored.record.statusText)),
            ("gevinstProposes", proposal.map { proposal in
                .object([
                    ("status", .string(proposal.category.id)), ("colour", .string(proposal.colour.rawValue)),
                    ("reason", .string(proposal.reason)),
                ])
            } ?? .null),
            ("approval", approval(configuration.approval(of: stored.record))),
            ("record", FollowUpFormat.jsonValue(stored.record)),
        ])
    }

    static func approval(_ approval: ApprovalAssessment) -> JSONValue {
        func bool(_ value: Bool?) -> JSONValue { value.map { .bool($0) } ?? .null }
        return .object([
            ("rule", .string(approval.rule.rawValue)), ("recorded", bool(approval.recorded)), ("required", bool(approval.required)),
            ("proposed", bool(approval.proposed)), ("agrees", bool(approval.agrees)), ("reason", .string(approval.reason)),
        ])
    }

    /// Which configuration a period was judged by: its effective date, thresholds and approval rule.
    static func configuration(_ configuration: FollowUpConfiguration) -> JSONValue {
        .object([
            ("effectiveFrom", .string(configuration.effectiveFrom.description)),
            ("scheduleThresholdMonths", .int(Int64(configuration.scheduleThresholdMonths))),
            ("economyThresholdKroner", .int(configuration.economyThreshold)), ("approvalRule", .string(configuration.approvalRule.rawValue)),
        ])
    }

    static func contentType(_ format: DocumentFormat) -> String {
        switch format {
        case .xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        case .docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        case .pdf: "application/pdf"
        case .csv: "text/csv; charset=utf-8"
        case .html: "text/html; charset=utf-8"
        }
    }

    /// "December 2024" → "opfoelgning-December-2024" (ASCII letters, digits and dashes only).
    static func fileName(_ period: String) -> String {
        var name = "opfoelgning"
        for word in period.split(whereSeparator: { !$0.isLetter && !$0.isNumber }) {
            let ascii = word.unicodeScalars.filter { $0.isASCII }.map(String.init).joined()
            if !ascii.isEmpty { name += "-" + ascii }
        }
        return name
    }
}
