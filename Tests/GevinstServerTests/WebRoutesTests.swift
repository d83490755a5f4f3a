import Foundation
import GevinstCore
import GevinstServer
import GevinstStore
import GevinstTestSupport
import GevinstWeb
import Hummingbird
import HummingbirdTesting
import Testing

/// A browser in a test: keeps the cookies the server sets and sends them back, reads the CSRF token from the
/// last page, and posts forms.
final class WebSession: @unchecked Sendable {
    let client: any TestClientProtocol
    var cookies: [String: String] = [:]
    var lastPage = ""

    init(_ client: any TestClientProtocol) { self.client = client }

    /// The CSRF token of the last page's first form that has one.
    var csrf: String {
        guard let range = lastPage.range(of: "name=\"csrf\" value=\"") else { return "" }
        return String(lastPage[range.upperBound...].prefix { $0 != "\"" })
    }

    @discardableResult
    func get(_ uri: String) async throws -> TestResponse {
        try await send(.get, uri, body: nil, contentType: nil)
    }

    /// Posts `fields` as a form, with the CSRF token of the last page unless the fields name one.
    @discardableResult
    func post(_ uri: String, _ fields: [(String, String)], csrf token: String? = nil) async throws -> TestResponse {
        var form = FormData(fields: fields)
        if form["csrf"] == nil { form.append("csrf", token ?? csrf) }
        return try await send(.post, uri, body: form.encoded, contentType: "application/x-www-form-urlencoded")
    }

    /// Posts a multipart form as a browser uploads a file: `fields`, the CSRF token of the last page, and the file.
    @discardableResult
    func upload(_ uri: String, fields: [(String, String)] = [], file: (field: String, name: String, bytes: Data)) async throws -> TestResponse {
        let boundary = "GevinstTestBoundary"
        var body = Data()
        for (name, value) in [("csrf", csrf)] + fields {
            body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8))
        }
        body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(file.field)\"; filename=\"\(file.name)\"\r\nContent-Type: application/octet-stream\r\n\r\n".utf8))
        body.append(file.bytes)
        body.append(Data("\r\n--\(boundary)--\r\n".utf8))
        return try await send(.post, uri, bytes: ByteBuffer(bytes: body), contentType: "multipart/form-data; boundary=\(boundary)")
    }

    func send(_ method: HTTPRequest.Method, _ uri: String, body: String?, contentType: String?, headers extra: HTTPFields = [:]) async throws
        -> TestResponse
    {
        try await send(method, uri, bytes: body.map { ByteBuffer(string: $0) }, contentType: contentType, headers: extra)
    }

    func send(_ method: HTTPRequest.Method, _ uri: String, bytes body: ByteBuffer?, contentType: String?, headers extra: HTTPFields = [:])
        async throws -> TestResponse
    {
        var headers = extra
        if !cookies.isEmpty { headers[.cookie] = cookies.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: "; ") }
        if let contentType { headers[.contentType] = contentType }
        let response = try await client.execute(uri: uri, method: method, headers: headers, body: body)
        for field in response.headers where field.name == .setCookie {
            let pair = field.value.split(separator: ";").first.map(String.init) ?? ""
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count >= 1 else { continue }
            let value = parts.count > 1 ? parts[1] : ""
            if value.isEmpty || field.value.contains("Max-Age=0") { cookies[parts[0]] = nil } else { cookies[parts[0]] = value }
        }
        if response.headers[.contentType]?.hasPrefix("text/html") == true, response.text.hasPrefix("<!DOCTYPE") { lastPage = response.text }
        return response
    }

    func login(_ name: String) async throws {
        try await get("/login")
        let response = try await post("/login", [("username", name), ("password", Harness.password)])
        guard response.status == .seeOther else { throw StoreError.invalid("web login as \(name): \(response.status) \(response.text)") }
    }
}

extension TestResponse {
    var location: String { headers[.location] ?? "" }
}

/// The web application in-process: pages, forms, CSRF, sessions, roles and administrations.
@Suite struct WebRoutesTests {
    @Test func pagesNeedASessionAndTheLoginSetsOne() async throws {
        try await Harness.withApp { client, _ in
            let web = WebSession(client)
            let home = try await web.get("/")
            #expect(home.status == .seeOther)
            #expect(home.location == "/login?next=%2F")
            let login = try await web.get("/login")
            #expect(login.status == .ok)
            #expect(login.headers[.contentSecurityPolicy]?.contains("script-src 'self'") == true)
            #expect(web.cookies["gevinst_login"] != nil)
            let forged = try await web.post("/login", [("username", "anna"), ("password", Harness.password)], csrf: "forged")
            #expect(forged.status == .forbidden)
            try await web.get("/login")
            let wrong = try await web.post("/login", [("username", "anna"), ("password", "wrong password")])
            #expect(wrong.status == .unauthorized)
            #expect(wrong.text.contains("Forkert brugernavn eller adgangskode"))
            try await web.login("anna")
            #expect(web.cookies["gevinst_session"] != nil)
            let dashboard = try await web.get("/")
            #expect(dashboard.status == .ok)
            #expect(dashboard.text.contains("anna"))
            let logout = try await web.post("/logout", [])
            #expect(logout.status == .seeOther)
            #expect(web.cookies["gevinst_session"] == nil)
            #expect(try await web.get("/proposals").status == .seeOther)
        }
    }

    @Test func theStylesheetAndScriptAreServedWithCacheHeaders() async throws {
        try await Harness.withApp { client, _ in
            let css = try await client.execute(uri: WebAssets.stylesheetPath, method: .get)
            #expect(css.status == .ok)
            #expect(css.headers[.contentType] == "text/css; charset=utf-8")
            #expect(css.headers[.cacheControl] == "public, max-age=31536000, immutable")
            let script = try await client.execute(uri: "/static/gevinst.js", method: .get)
            #expect(script.headers[.cacheControl] == "no-cache")
            #expect(String(buffer: script.body) == WebAssets.script)
        }
    }

    /// The form a page's editor would post, for a proposal with a staff driver: 4 FTE × 500.000 kr., half the
    /// first year, and an investment of 3.000 + 1.000 (1.000 kr.).
    static func editorFields(title: String, extra: [(String, String)] = []) -> [(String, String)] {
        var fields: [(String, String)] = [
            ("code", "UD90"), ("title", title), ("submittingAdministration", "Socialforvaltningen"), ("type", "investment"),
            ("firstYear", "2026"), ("lastYear", "2031"), ("line.0.label", "Færre årsværk"), ("line.0.block", "permanent"),
            ("line.0.steeringArea", "service"), ("line.0.driver", "staff"), ("line.0.effect", "saving"),
            ("line.0.staff.fte", "4"), ("line.0.staff.annualCost", "500.000"), ("line.0.share.2026", "0,5"),
            ("line.1.label", "Systemudvikling"), ("line.1.block", "implementation"), ("line.1.steeringArea", "service"),
            ("line.1.y.2026", "3.000"), ("line.1.y.2027", "1.000"),
        ]
        for year in 2027...2031 { fields.append(("line.0.share.\(year)", "1")) }
        return fields + extra
    }

    @Test func anAuthorCreatesSavesAndMeetsAConflict() async throws {
        try await Harness.withApp { client, store in
            let anna = WebSession(client)
            try await anna.login("anna")
            try await anna.get("/proposals/new")
            let preview = try await anna.post("/preview", Self.editorFields(title: "Digital sagsbehandling"))
            #expect(preview.status == .ok)
            #expect(preview.text.contains("data-payback=\"total\">3 år"))
            #expect(preview.text.contains("4 årsværk × 500.000 kr. pr. årsværk"))
            let refused = try await anna.post("/proposals", Self.editorFields(title: "", extra: [("action", "save")]))
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("href=\"#f-title\""))
            let created = try await anna.post("/proposals", Self.editorFields(title: "Digital sagsbehandling", extra: [("action", "save")]))
            #expect(created.status == .seeOther)
            let id = try #require(Int64(created.location.split(separator: "/").last?.split(separator: "?").first ?? ""))
            let page = try await anna.get("/proposals/\(id)")
            #expect(page.status == .ok)
            #expect(page.text.contains("UD90 – Digital sagsbehandling"))
            #expect(page.text.contains("-1.000"), "the driver's first year, half of 4 × 500.000")

            let stored = try #require(try await store.proposalWithContent(id: id))
            #expect(stored.record.administration == "Socialforvaltningen")
            #expect(stored.record.version == 1)

            // Ada (same administration) saves version 2 while Anna still edits version 1.
            let ada = WebSession(client)
            try await ada.login("ada")
            try await ada.get("/proposals/\(id)/edit")
            let adaSave = try await ada.post(
                "/proposals/\(id)", Self.editorFields(title: "Digital sagsbehandling i centrene", extra: [("action", "save"), ("baseVersion", "1")]))
            #expect(adaSave.status == .seeOther)
            try await anna.get("/proposals/\(id)/edit")
            let conflict = try await anna.post(
                "/proposals/\(id)",
                Self.editorFields(title: "Digital sagsbehandling", extra: [("action", "save"), ("baseVersion", "1"), ("summary", "Annas resumé")]))
            #expect(conflict.status == .conflict)
            #expect(conflict.text.contains("name=\"choice.summary\""))
            let fields = HTMLFields.submission(conflict.text, form: "merge")
            let merged = try await anna.post("/proposals/\(id)/merge", fields)
            #expect(merged.status == .seeOther)
            let after = try #require(try await store.proposalWithContent(id: id))
            #expect(after.record.version == 3)
            #expect(after.version.content.contains("Annas resumé"))
            #expect(after.version.content.contains("i centrene"), "the title someone else changed is kept")
        }
    }

    @Test func anotherAdministrationSeesNeitherTheDraftNorItsAPI() async throws {
        try await Harness.withApp { client, _ in
            let anna = WebSession(client)
            try await anna.login("anna")
            try await anna.get("/proposals/new")
            let created = try await anna.post("/proposals", Self.editorFields(title: "Hemmelig kladde", extra: [("action", "save")]))
            let path = created.location.split(separator: "?").first.map(String.init) ?? ""
            let id = path.split(separator: "/").last.map(String.init) ?? ""

            let bo = WebSession(client)
            try await bo.login("bo")
            #expect(try await bo.get(path).status == .forbidden)
            #expect(try await bo.get(path + "/edit").status == .forbidden)
            let document = try await bo.send(.get, "/api/proposals/\(id)/document?format=html", body: nil, contentType: nil)
            #expect(document.status == .forbidden, "the download the page links to is refused too")
            let list = try await bo.get("/proposals")
            #expect(!list.text.contains("Hemmelig kladde"))
            try await bo.get("/proposals")
            let save = try await bo.post(path, Self.editorFields(title: "Overtaget", extra: [("action", "save"), ("baseVersion", "1")]))
            #expect(save.status == .forbidden)
            let api = try await bo.send(.get, "/api/proposals/\(id)", body: nil, contentType: nil)
            #expect(api.status == .forbidden)
            let put = try await bo.send(.put, "/api/proposals/\(id)", body: "{}", contentType: "application/json", headers: [.ifMatch: "\"1\""])
            #expect(put.status == .forbidden)
        }
    }

    @Test func aFormWithoutTheTokenIsRefused() async throws {
        try await Harness.withApp { client, store in
            let anna = WebSession(client)
            try await anna.login("anna")
            let forged = try await anna.post("/proposals", Self.editorFields(title: "Forfalsket", extra: [("action", "save")]), csrf: "x")
            #expect(forged.status == .forbidden)
            #expect(try await store.proposalCount() == 0)
        }
    }

    @Test func theWorkflowAndASnapshotThroughThePages() async throws {
        try await Harness.withApp { client, store in
            let anna = WebSession(client)
            try await anna.login("anna")
            try await anna.get("/proposals/new")
            let created = try await anna.post("/proposals", Self.editorFields(title: "Workflow", extra: [("action", "save")]))
            let path = created.location.split(separator: "?").first.map(String.init) ?? ""
            let id = try #require(Int64(path.split(separator: "/").last ?? ""))
            let review = try await anna.get(path + "/review")
            #expect(review.text.contains("value=\"submit\""))
            #expect(try await anna.post(path + "/transitions", [("transition", "submit")]).status == .seeOther)

            let finn = WebSession(client)
            try await finn.login("finn")
            let page = try await finn.get(path + "/review")
            #expect(page.status == .ok)
            #expect(try await finn.post(path + "/transitions", [("transition", "approve")]).status == .seeOther)
            #expect(try await store.proposal(id: id)?.status == .approved)
            // Presenting needs every consultation answered: the form has none unanswered, so the step is open;
            // a return without a comment is refused with the reason on the page.
            try await finn.get(path + "/review")
            let returned = try await finn.post(path + "/transitions", [("transition", "return")])
            #expect(returned.status == .unprocessableContent)
            #expect(returned.text.contains("comment"))

            try await finn.get("/catalogue")
            let snapshot = try await finn.post("/snapshots", [("name", "SUD 1. behandling"), ("stage", "first-reading")])
            #expect(snapshot.status == .seeOther)
            #expect(try await store.snapshots().count == 1)
            let anonymous = try await anna.post("/snapshots", [("name", "x"), ("stage", "first-reading")])
            #expect(anonymous.status == .forbidden, "authors do not take snapshots")
            let catalogue = try await finn.get("/api/catalogue?format=html")
            #expect(catalogue.status == .ok)
            #expect(String(buffer: catalogue.body).contains("Workflow"))
        }
    }

    @Test(.enabled(if: SeedCorpus.isAvailable, Comment(rawValue: SeedCorpus.skipMessage)))
    func theFollowUpSeedLoadsAndAColourChanges() async throws {
        let seed = try #require(SeedCorpus.data(SeedCorpus.followUp2024))
        try await Harness.withApp { client, store in
            let carl = WebSession(client)
            try await carl.login("carl")
            try await carl.get("/follow-up")
            let upload = try await carl.upload(
                "/follow-up/upload", fields: [("period", "December 2024")], file: (field: "document", name: "002.txt", bytes: seed))
            #expect(upload.status == .seeOther, "\(String(buffer: upload.body).prefix(300))")
            let period = try #require(try await store.followUpPeriod(named: "December 2024"))
            let records = try await store.followUpRecords(periodID: period.id)
            #expect(records.count == 63)
            #expect(records.count { $0.record.colour == .green } == 56)
            #expect(records.count { $0.record.colour == .red } == 5)

            let board = try await carl.get("/follow-up?period=December%202024")
            #expect(board.status == .ok)
            let first = try #require(records.first { $0.record.colour == .green })
            let edit = try await carl.post("/follow-up/record", [
                ("record", String(first.id)), ("version", String(first.version)), ("period", "December 2024"),
                ("status", "not-implemented-as-intended"), ("reason", "Projektet er sat i bero"), ("remark", "Sat i bero"), ("handling", ""),
            ])
            #expect(edit.status == .seeOther)
            let after = try #require(try await store.followUpRecords(periodID: period.id).first { $0.id == first.id })
            #expect(after.record.colour == .red)
            #expect(after.version == first.version + 1)
            let stale = try await carl.post("/follow-up/record", [
                ("record", String(first.id)), ("version", String(first.version)), ("period", "December 2024"),
                ("status", "on-track"), ("remark", ""), ("handling", ""),
            ])
            #expect(stale.status == .conflict, "a save based on an old version of the row is refused")

            let versions = try await store.followUpRecordVersions(recordID: first.id)
            #expect(versions.count == 2)
            #expect(versions.last?.authorName == "carl", "the edit is carl's version, audited with the change in words")
            #expect(versions.last?.summary?.isEmpty == false)

            let anna = WebSession(client)
            try await anna.login("anna")
            try await anna.get("/follow-up")
            let refused = try await anna.post("/follow-up/record", [
                ("record", String(first.id)), ("version", String(after.version)), ("period", "December 2024"),
                ("status", "on-track"), ("remark", ""), ("handling", ""),
            ])
            #expect(refused.status == .forbidden, "authors do not keep the follow-up")
        }
    }

    @Test func onlyAdministratorsReachTheAdministrationPage() async throws {
        try await Harness.withApp { client, store in
            let anna = WebSession(client)
            try await anna.login("anna")
            #expect(try await anna.get("/admin").status == .forbidden)
            let admin = WebSession(client)
            try await admin.login("admin")
            #expect(try await admin.get("/admin").status == .ok)
            let round = try await admin.post("/admin/rounds", [("name", "Budget 2027"), ("priceLevelYear", "2027"),
                                                                 ("paybackRule", "first-year-strict"), ("maxPaybackYears", "6")])
            #expect(round.status == .seeOther)
            #expect(try await store.budgetRound(named: "Budget 2027")?.maxPaybackYears == 6)
            try await admin.get("/admin")
            let rules = try await admin.post("/admin/colour-rules", [("scheduleThresholdMonths", "9"), ("economyThreshold", "2.000"),
                                                                        ("colour.schedule-slipped", "red")])
            #expect(rules.status == .seeOther)
            let text = try #require(try await store.setting(SettingKey.followUpConfiguration))
            let configuration = try FollowUpConfigurationFormat.decode(text: text)
            #expect(configuration.scheduleThresholdMonths == 9)
            #expect(configuration.economyThreshold == 2_000_000)
            #expect(configuration.category(id: "schedule-slipped")?.colour == .red)
        }
    }

    /// The administration page's lists (administrations, areas, committees, consulted bodies): each has a form,
    /// a name is added and shown, an area code that is not letters and digits is refused, and only an
    /// administrator may post.
    @Test func anAdministratorAddsToTheConfigurableLists() async throws {
        try await Harness.withApp { client, store in
            let admin = WebSession(client)
            try await admin.login("admin")
            try await admin.get("/admin")
            for kind in ["administrations", "areas", "committees", "consultation-bodies"] {
                #expect(admin.lastPage.contains("name=\"kind\" value=\"\(kind)\""), "no form for \(kind)")
            }
            #expect(try await admin.post("/admin/reference", [("kind", "committees"), ("name", "Kultur- og Fritidsudvalget")]).status == .seeOther)
            #expect(try await admin.post("/admin/reference", [("kind", "areas"), ("code", "KF"), ("name", "Kultur og fritid")]).status == .seeOther)
            #expect(try await admin.post("/admin/reference", [("kind", "consultation-bodies"), ("name", "Handicaprådet")]).status == .seeOther)
            #expect(try await store.committees().contains("Kultur- og Fritidsudvalget"))
            #expect(try await store.areas().contains { $0.code == "KF" && $0.name == "Kultur og fritid" })
            #expect(try await store.consultationBodies().contains("Handicaprådet"))
            try await admin.get("/admin")
            #expect(admin.lastPage.contains("KF – Kultur og fritid"))
            #expect(admin.lastPage.contains("Handicaprådet"))

            let badCode = try await admin.post("/admin/reference", [("kind", "areas"), ("code", "K F!"), ("name", "Noget")])
            #expect(badCode.status == .unprocessableContent)
            #expect(try await store.areas().allSatisfy { $0.name != "Noget" })
            #expect(try await admin.post("/admin/reference", [("kind", "planets"), ("name", "Mars")]).status == .badRequest)

            let anna = WebSession(client)
            try await anna.login("anna")
            try await anna.get("/")  // a page with her CSRF token, so the refusal is her role's
            #expect(!anna.csrf.isEmpty)
            #expect(try await anna.post("/admin/reference", [("kind", "committees"), ("name", "Andet udvalg")]).status == .forbidden)
            #expect(try await !store.committees().contains("Andet udvalg"))
        }
    }
}

/// The fields a browser would post from a form in a page (hidden inputs, checked radios).
enum HTMLFields {
    static func submission(_ html: String, form id: String) -> [(String, String)] {
        guard let start = html.range(of: "<form id=\"\(id)\""), let end = html[start.upperBound...].range(of: "</form>") else { return [] }
        let body = html[start.lowerBound..<end.lowerBound]
        var fields: [(String, String)] = []
        var rest = body[...]
        while let open = rest.range(of: "<input ") {
            guard let close = rest[open.upperBound...].firstIndex(of: ">") else { break }
            let tag = String(rest[open.upperBound..<close])
            rest = rest[close...]
            func attribute(_ name: String) -> String? {
                guard let range = tag.range(of: " \(name)=\"") ?? (tag.hasPrefix("\(name)=\"") ? tag.range(of: "\(name)=\"") : nil) else { return nil }
                return decode(String(tag[range.upperBound...].prefix { $0 != "\"" }))
            }
            let type = attribute("type") ?? "text"
            guard let name = attribute("name") else { continue }
            if type == "radio" || type == "checkbox" {
                if tag.contains(" checked=\"\"") { fields.append((name, attribute("value") ?? "on")) }
            } else if type != "submit" {
                fields.append((name, attribute("value") ?? ""))
            }
        }
        return fields
    }

    static func decode(_ text: String) -> String {
        text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&#10;", with: "\n").replacingOccurrences(of: "&#13;", with: "\r")
            .replacingOccurrences(of: "&#9;", with: "\t").replacingOccurrences(of: "&amp;", with: "&")
    }
}

/// The dashboard's follow-up summary is the latest period's under the configuration in force on its date, as the
/// follow-up board shows it, not today's rules.
extension WebRoutesTests {
    @Test func theDashboardSumsTheLatestPeriodUnderItsOwnConfiguration() async throws {
        try await Harness.withApp { client, store in
            let onTrack = try #require(FollowUpConfiguration.default.category(for: .onTrack))
            func record(_ code: String, _ area: String) -> FollowUpRecord {
                FollowUpRecord(
                    key: FollowUpKey(adoptedBudgetYear: 2023, code: code, title: code), code: code, title: code, area: area,
                    assessment: .recorded(onTrack), plannedFullImplementationYear: 2026, currentFullImplementationYear: 2026)
            }
            _ = try await store.createFollowUpPeriod(
                try FollowUpPeriod(named: "December 2024", records: [record("UD01", "Udsatte voksne"), record("HA01", "Borgere med handicap")]),
                by: .commandLine)
            // Today's rules (from 2025) list the areas in the opposite order to the rules of December 2024 (the default).
            let admin = try #require(try await store.user(named: "admin"))
            try await store.saveFollowUpConfiguration(.default, by: admin)
            var reversed = FollowUpConfiguration.default
            reversed.effectiveFrom = try #require(CalendarDay.parse("2025-01-01"))
            reversed.areas.reverse()
            try await store.saveFollowUpConfiguration(reversed, by: admin)

            /// The order the two areas appear in the page's summary, after `marker`.
            func order(_ page: String, after marker: String) throws -> [String] {
                let start = try #require(page.range(of: marker)).upperBound
                let rest = page[start...]
                let areas = ["Borgere med handicap", "Udsatte voksne"]
                let positions = try areas.map { try #require(rest.range(of: $0), "\($0) is not on the page").lowerBound }
                return zip(areas, positions).sorted { $0.1 < $1.1 }.map(\.0)
            }
            let web = WebSession(client)
            try await web.login("admin")
            let dashboard = try await web.get("/")
            #expect(dashboard.status == .ok)
            #expect(try order(dashboard.text, after: "id=\"lights\"") == ["Borgere med handicap", "Udsatte voksne"])
            let board = try await web.get("/follow-up")
            #expect(board.status == .ok)
            #expect(try order(board.text, after: "December 2024") == ["Borgere med handicap", "Udsatte voksne"])
        }
    }
}
