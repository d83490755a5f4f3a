import Foundation
import GevinstCore
import GevinstServer
import GevinstStore
import Hummingbird
import HummingbirdTesting
import Testing

/// The JSON API in-process, on SQLite always and on PostgreSQL when configured.
@Suite struct APITests {
    @Test func healthAndTheOpenAPIDocument() async throws {
        try await Harness.withApp { client, _ in
            let health = try await client.call(.get, "/health", token: nil)
            #expect(health.status == .ok)
            #expect(health.json["status"]?.string == "ok")
            #expect(health.json["database"]?.string == "sqlite")
            #expect(health.json["schema"]?.int == 4)

            let openapi = try await client.call(.get, "/openapi.json", token: nil)
            #expect(openapi.status == .ok)
            #expect(openapi.json["openapi"]?.string == "3.1.0")
        }
    }

    /// Every documented route is answered (not 404), and every route the server answers is documented.
    @Test func theOpenAPIDocumentCoversEveryRoute() async throws {
        let document = try JSONParser.parse(OpenAPIDocument.json).value
        guard case .object(let paths)? = document["paths"] else {
            Issue.record("no paths")
            return
        }
        var documented: [String] = []
        for path in paths {
            guard case .object(let operations) = path.value.value else { continue }
            for operation in operations where ["get", "post", "put", "delete"].contains(operation.key) {
                documented.append("\(operation.key.uppercased()) \(path.key)")
            }
        }
        let served = [
            "GET /health", "GET /openapi.json", "POST /api/session", "DELETE /api/session", "GET /api/me", "POST /api/tokens",
            "GET /api/users", "POST /api/users", "GET /api/reference", "POST /api/reference/{kind}", "POST /api/budget-rounds", "GET /api/proposals",
            "POST /api/proposals", "GET /api/proposals/{id}", "PUT /api/proposals/{id}", "GET /api/proposals/{id}/versions",
            "GET /api/proposals/{id}/versions/{version}", "GET /api/proposals/{id}/diff", "POST /api/proposals/{id}/transitions",
            "GET /api/snapshots", "POST /api/snapshots", "GET /api/snapshots/{id}", "GET /api/snapshots/diff", "GET /api/audit",
            "GET /api/portfolio", "POST /api/imports", "GET /api/proposals/{id}/document", "GET /api/catalogue", "POST /api/documents",
        ]
        let followUp = [
            "GET /api/followup/periods", "POST /api/followup/periods", "POST /api/followup/periods/next",
            "GET /api/followup/periods/{id}", "POST /api/followup/periods/{id}/bulk", "GET /api/followup/periods/{id}/report",
            "GET /api/followup/records/{id}", "PUT /api/followup/records/{id}",
        ]
        #expect(documented.sorted() == (served + followUp).sorted())
        let routes = documented
        try await Harness.withApp { client, _ in
            for route in routes {
                let parts = route.split(separator: " ")
                let method = HTTPRequest.Method(rawValue: String(parts[0])) ?? .get
                let uri = String(parts[1]).replacingOccurrences(of: "{id}", with: "1").replacingOccurrences(of: "{version}", with: "1")
                let response = try await client.call(method, uri, token: nil, body: "{}")
                // Unauthenticated: 401 for protected routes, 400 for the login with an empty body; never "no route".
                #expect(response.status != .notFound || response.json["error"]?.string?.contains("no route") != true, "\(route)")
                #expect(response.json["error"]?.string?.contains("no route") != true, "\(route) is not served")
            }
        }
    }

    /// The follow-up configuration a period is judged by and each record's ØU/BR approval are described, with the
    /// members `FollowUpJSON.configuration` and `FollowUpJSON.approval` write (the served JSON is compared with
    /// these in FollowUpConfigurationRouteTests), and every `$ref` in the document names something it defines.
    @Test func theOpenAPIDocumentDescribesTheFollowUpConfigurationAndApproval() throws {
        let document = try JSONParser.parse(OpenAPIDocument.json).value
        let schemas = try #require(document["components"]?["schemas"])
        let configuration = try #require(schemas["FollowUpConfiguration"])
        #expect(OpenAPISchema.propertyNames(configuration) == ["effectiveFrom", "scheduleThresholdMonths", "economyThresholdKroner", "approvalRule"])
        #expect(configuration["properties"]?["approvalRule"]?["$ref"]?.string == "#/components/schemas/ApprovalRule")
        let approval = try #require(schemas["FollowUpApproval"])
        #expect(OpenAPISchema.propertyNames(approval) == ["rule", "recorded", "required", "proposed", "agrees", "reason"])
        #expect(schemas["ApprovalRule"]?["enum"]?.array.compactMap(\.string) == ApprovalRule.allCases.map(\.rawValue))
        #expect(schemas["FollowUpRecord"]?["properties"]?["approval"]?["$ref"]?.string == "#/components/schemas/FollowUpApproval")
        let period = document["paths"]?["/api/followup/periods/{id}"]?["get"]?["responses"]?["200"]?["content"]?["application/json"]?["schema"]
        #expect(period?["properties"]?["configuration"]?["$ref"]?.string == "#/components/schemas/FollowUpConfiguration")

        let references = OpenAPISchema.references(in: document)
        #expect(references.contains("#/components/schemas/FollowUpApproval"))
        for reference in references {
            let path = reference.dropFirst(2).split(separator: "/").map(String.init)
            let target = path.reduce(Optional(document)) { value, key in value?[key] }
            #expect(reference.hasPrefix("#/") && target != nil, "\(reference) names nothing in the document")
        }
    }

    @Test func errorsAreJSONThatSaysWhatToDo() async throws {
        try await Harness.withApp { client, _ in
            let unknown = try await client.call(.get, "/api/nothing", token: nil)
            #expect(unknown.status == .notFound)
            #expect(unknown.json["error"]?.string == "no route GET /api/nothing; the routes are listed in GET /openapi.json")
            #expect(unknown.headers[.contentType] == "application/json; charset=utf-8")

            let anonymous = try await client.call(.get, "/api/proposals", token: nil)
            #expect(anonymous.status == .unauthorized)
            #expect(anonymous.json["error"]?.string?.hasPrefix("log in first: POST /api/session") == true)

            let badToken = try await client.call(.get, "/api/proposals", token: "0123")
            #expect(badToken.status == .unauthorized)
        }
    }

    @Test func everyProtectedRouteNeedsASession() async throws {
        try await Harness.withApp { client, _ in
            let routes: [(HTTPRequest.Method, String)] = [
                (.get, "/api/me"), (.post, "/api/tokens"), (.get, "/api/users"), (.post, "/api/users"), (.get, "/api/reference"),
                (.post, "/api/budget-rounds"), (.get, "/api/proposals"), (.post, "/api/proposals"), (.get, "/api/proposals/1"),
                (.put, "/api/proposals/1"), (.get, "/api/proposals/1/versions"), (.get, "/api/proposals/1/versions/1"),
                (.get, "/api/proposals/1/diff"), (.post, "/api/proposals/1/transitions"), (.get, "/api/snapshots"),
                (.post, "/api/snapshots"), (.get, "/api/snapshots/1"), (.get, "/api/snapshots/diff"), (.get, "/api/audit"),
                (.get, "/api/portfolio"), (.delete, "/api/session"), (.post, "/api/imports"), (.post, "/api/reference/committees"),
            ]
            for (method, uri) in routes {
                let response = try await client.call(method, uri, token: nil, body: "{}", headers: [.ifMatch: "1"])
                #expect(response.status == .unauthorized, "\(method) \(uri) gave \(response.status)")
            }
        }
    }

    @Test func loginSetsAnHttpOnlySameSiteCookieThatWorks() async throws {
        try await Harness.withApp { client, _ in
            let response = try await client.call(.post, "/api/session", token: nil, body: #"{"username": "anna", "password": "password-123"}"#)
            #expect(response.status == .ok)
            let cookie = response.headers[.setCookie] ?? ""
            #expect(cookie.hasPrefix("gevinst_session="))
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Strict"))
            #expect(response.json["user"]?["role"]?.string == "author")
            let value = cookie.split(separator: ";")[0]
            let me = try await client.call(.get, "/api/me", token: nil, headers: [.cookie: String(value)])
            #expect(me.status == .ok)
            #expect(me.json["name"]?.string == "anna")

            let logout = try await client.call(.delete, "/api/session", token: nil, headers: [.cookie: String(value)])
            #expect(logout.status == .ok)
            let after = try await client.call(.get, "/api/me", token: nil, headers: [.cookie: String(value)])
            #expect(after.status == .unauthorized)
        }
    }

    @Test func loginsAreRateLimitedPerUser() async throws {
        try await Harness.withApp { client, _ in
            for _ in 0..<5 {
                let wrong = try await client.call(.post, "/api/session", token: nil, body: #"{"username": "anna", "password": "guess"}"#)
                #expect(wrong.status == .unauthorized)
                #expect(wrong.json["error"]?.string == "wrong user name or password")
            }
            // The sixth attempt is refused even with the right password.
            let limited = try await client.call(.post, "/api/session", token: nil, body: #"{"username": "anna", "password": "password-123"}"#)
            #expect(limited.status == .tooManyRequests)
            #expect(limited.headers[.retryAfter] == "900")
            // Another user is not affected.
            #expect(try await client.login("ada").count == 64)
        }
    }

    @Test func loginsAreRateLimitedPerAddress() async throws {
        var configuration = Harness.configuration
        configuration.maxFailuresPerAddress = 3
        try await Harness.withApp(configuration: configuration) { client, _ in
            for name in ["x1", "x2", "x3"] {
                let wrong = try await client.call(.post, "/api/session", token: nil, body: #"{"username": "\#(name)", "password": "guess"}"#)
                #expect(wrong.status == .unauthorized)
            }
            let limited = try await client.call(.post, "/api/session", token: nil, body: #"{"username": "anna", "password": "password-123"}"#)
            #expect(limited.status == .tooManyRequests)
        }
    }

    @Test func apiTokensWorkForScripts() async throws {
        try await Harness.withApp { client, _ in
            let session = try await client.login("anna")
            let created = try await client.call(.post, "/api/tokens", token: session, body: #"{"name": "nightly export"}"#)
            #expect(created.status == .created)
            let token = created.json["token"]?.string ?? ""
            #expect(token.count == 64)
            let me = try await client.call(.get, "/api/me", token: token)
            #expect(me.json["name"]?.string == "anna")
        }
    }

    @Test(arguments: Harness.kinds)
    func createReadAndSaveWithOptimisticConcurrency(kind: DatabaseKind) async throws {
        try await Harness.withApp(kind) { client, _ in
            let anna = try await client.login("anna")
            let created = try await client.call(.post, "/api/proposals", token: anna, body: try Harness.example())
            #expect(created.status == .created)
            let id = created.json["id"]?.int ?? 0
            #expect(created.json["version"]?.int == 1)
            #expect(created.headers[.location] == "/api/proposals/\(id)")

            let read = try await client.call(.get, "/api/proposals/\(id)", token: anna)
            #expect(read.status == .ok)
            #expect(read.headers[.eTag] == "\"1\"")
            #expect(read.json["status"]?.string == "draft")
            #expect(read.json["proposal"]?["code"]?.string == "BU91")
            #expect(read.json["transitions"]?.array.compactMap(\.string) == ["submit", "withdraw"])
            // Tabel 1 computed from the lines: net 2019 = 400.000 + 300.000 (implementation).
            #expect(read.json["computed"]?[0]?["totals"]?["net"]?["2019"]?.int == 700_000)
            #expect(read.json["computed"]?[0]?["totals"]?["permanent"]?["2021"]?.int == -1_610_000)

            // Ada saves first; Anna's save of version 1 is then stale.
            let ada = try await client.login("ada")
            let adaSave = try await client.call(.put, "/api/proposals/\(id)", token: ada, body: try Harness.example().replacingOccurrences(
                of: "Tidlig familieindsats i stedet for anbringelse", with: "Tidlig familieindsats"), headers: [.ifMatch: "\"1\""])
            #expect(adaSave.status == .ok)
            #expect(adaSave.json["version"]?.int == 2)
            #expect(adaSave.headers[.eTag] == "\"2\"")

            let stale = try await client.call(.put, "/api/proposals/\(id)", token: anna, body: try Harness.example(), headers: [.ifMatch: "1"])
            #expect(stale.status == .conflict)
            #expect(stale.json["detail"]?["currentVersion"]?.int == 2)
            #expect(stale.json["detail"]?["savedSince"]?[0]?["author"]?.string == "ada")
            let change = stale.json["detail"]?["changes"]?[0]
            #expect(change?["path"]?.string == "title")
            #expect(change?["new"]?.string == "Tidlig familieindsats")
            #expect(stale.json["error"]?.string?.contains("If-Match: 2") == true)

            let missing = try await client.call(.put, "/api/proposals/\(id)", token: anna, body: try Harness.example())
            #expect(missing.status == .preconditionRequired)

            let versions = try await client.call(.get, "/api/proposals/\(id)/versions", token: anna)
            #expect(versions.json["versions"]?.array.compactMap { $0["author"]?.string } == ["anna", "ada"])
            let diff = try await client.call(.get, "/api/proposals/\(id)/diff?from=1&to=2", token: anna)
            #expect(diff.json["changes"]?.array.compactMap { $0["path"]?.string } == ["title"])
            let first = try await client.call(.get, "/api/proposals/\(id)/versions/1", token: anna)
            #expect(first.json["proposal"]?["title"]?.string == "Tidlig familieindsats i stedet for anbringelse")
        }
    }

    @Test func invalidContentNamesLineColumnAndField() async throws {
        try await Harness.withApp { client, _ in
            let anna = try await client.login("anna")
            let broken = try Harness.example().replacingOccurrences(of: "\"steeringArea\": \"service\"", with: "\"steeringArea\": \"servise\"")
            let response = try await client.call(.post, "/api/proposals", token: anna, body: broken)
            #expect(response.status == .unprocessableContent)
            #expect(response.json["detail"]?["path"]?.string == "lines[0].steeringArea")
            #expect((response.json["detail"]?["line"]?.int ?? 0) > 1)
            let notJSON = try await client.call(.post, "/api/proposals", token: anna, body: "{\"format\": ")
            #expect(notJSON.status == .unprocessableContent)
            #expect(notJSON.json["error"]?.string?.contains("not valid JSON") == true)
        }
    }

    @Test func requestBodiesAreSizeLimited() async throws {
        var configuration = Harness.configuration
        configuration.maxJSONBodyBytes = 10_000
        try await Harness.withApp(configuration: configuration) { client, _ in
            let anna = try await client.login("anna")
            let large = try Harness.example().replacingOccurrences(
                of: "\"summary\": \"", with: "\"summary\": \"" + String(repeating: "x", count: 20_000))
            let response = try await client.call(.post, "/api/proposals", token: anna, body: large)
            #expect(response.status == .contentTooLarge)
            #expect(response.json["error"]?.string == "the request body is larger than 10000 bytes, the most this route accepts")
        }
    }

    @Test func administrationsScopeDraftsButNotSubmittedProposals() async throws {
        try await Harness.withApp { client, _ in
            let anna = try await client.login("anna")
            let bo = try await client.login("bo")
            let rita = try await client.login("rita")
            let carl = try await client.login("carl")
            let finn = try await client.login("finn")
            let id = try await client.call(.post, "/api/proposals", token: anna, body: try Harness.example()).json["id"]?.int ?? 0

            // Bo (Økonomiforvaltningen) neither sees nor changes Socialforvaltningen's draft; neither does a reader.
            #expect(try await client.call(.get, "/api/proposals/\(id)", token: bo).status == .forbidden)
            #expect(try await client.call(.get, "/api/proposals/\(id)", token: rita).status == .forbidden)
            #expect(try await client.call(.put, "/api/proposals/\(id)", token: bo, body: try Harness.example(), headers: [.ifMatch: "1"]).status == .forbidden)
            #expect(try await client.call(.get, "/api/proposals", token: bo).json["count"]?.int == 0)
            #expect(try await client.call(.post, "/api/proposals/\(id)/transitions", token: bo, body: #"{"transition": "submit"}"#).status == .forbidden)
            // Bo cannot create a proposal for another administration either.
            #expect(try await client.call(.post, "/api/proposals", token: bo, body: try Harness.example()).status == .forbidden)
            // The follow-up controller of the same administration sees it but cannot write it; the finance centre sees it.
            #expect(try await client.call(.get, "/api/proposals/\(id)", token: carl).status == .ok)
            #expect(try await client.call(.put, "/api/proposals/\(id)", token: carl, body: try Harness.example(), headers: [.ifMatch: "1"]).status == .forbidden)
            #expect(try await client.call(.get, "/api/proposals/\(id)", token: finn).status == .ok)

            // Once submitted, everyone may read it, and the list shows it to Bo.
            #expect(try await client.call(.post, "/api/proposals/\(id)/transitions", token: anna, body: #"{"transition": "submit"}"#).status == .ok)
            #expect(try await client.call(.get, "/api/proposals/\(id)", token: bo).status == .ok)
            #expect(try await client.call(.get, "/api/proposals/\(id)", token: rita).status == .ok)
            #expect(try await client.call(.get, "/api/proposals", token: bo).json["count"]?.int == 1)
        }
    }

    @Test func theWorkflowThroughTheAPI() async throws {
        try await Harness.withApp { client, _ in
            let anna = try await client.login("anna")
            let finn = try await client.login("finn")
            let fie = try await client.login("fie")
            let admin = try await client.login("admin")
            // bostoette has two unanswered consultations.
            let id = try await client.call(.post, "/api/proposals", token: anna, body: try Harness.example("bostoette-2023pl.json")).json["id"]?.int ?? 0
            let findings = try await client.call(.get, "/api/proposals/\(id)", token: anna).json["findings"]?.array ?? []
            #expect(findings.compactMap { $0["rule"]?.string } == ["workflow.consultations-unfinished"])

            func step(_ token: String, _ body: String) async throws -> TestResponse {
                try await client.call(.post, "/api/proposals/\(id)/transitions", token: token, body: body)
            }
            // An author cannot approve; the approver cannot be someone who wrote a version.
            #expect(try await step(anna, #"{"transition": "submit"}"#).json["status"]?.string == "submitted")
            #expect(try await step(anna, #"{"transition": "approve"}"#).status == .forbidden)
            let locked = try await client.call(.put, "/api/proposals/\(id)", token: anna, body: try Harness.example("bostoette-2023pl.json"), headers: [.ifMatch: "1"])
            #expect(locked.status == .conflict)
            #expect(locked.json["error"]?.string?.contains("locked") == true)

            // Return without a comment is refused; with one, the proposal is editable again.
            #expect(try await step(finn, #"{"transition": "return"}"#).status == .unprocessableContent)
            #expect(try await step(finn, #"{"transition": "return", "comment": "Svar fra HovedMED mangler"}"#).json["status"]?.string == "returned")
            // The administrator edits the returned proposal, and so becomes one of its authors.
            let edited = try await client.call(.put, "/api/proposals/\(id)", token: admin, body: try Harness.example("bostoette-2023pl.json"), headers: [.ifMatch: "1"])
            #expect(edited.status == .ok)
            #expect(try await step(anna, #"{"transition": "submit"}"#).status == .ok)
            let own = try await step(admin, #"{"transition": "approve"}"#)
            #expect(own.status == .forbidden)
            #expect(own.json["detail"]?["reason"]?.string == "approver-is-author")
            #expect(try await step(finn, #"{"transition": "approve"}"#).json["status"]?.string == "approved")

            // Presenting is refused while consultations are unfinished, with the finding.
            let present = try await step(fie, #"{"transition": "present"}"#)
            #expect(present.status == .conflict)
            #expect(present.json["detail"]?["reason"]?.string == "consultations-unfinished")
            #expect(present.json["detail"]?["findings"]?[0]?["rule"]?.string == "workflow.consultations-unfinished")
            #expect(present.json["error"]?.string?.contains("Center for Økonomi, Økonomiforvaltningen, HovedMED") == true)

            // A step from the wrong status is a conflict that says which steps are open.
            let adopt = try await step(finn, #"{"transition": "adopt"}"#)
            #expect(adopt.status == .conflict)
            #expect(try await step(finn, #"{"transition": "publish"}"#).status == .badRequest)

            // The audit log records the transitions with the comment; authors may not read it.
            let audit = try await client.call(.get, "/api/audit", token: finn)
            #expect(audit.status == .ok)
            let transitions = audit.json["entries"]?.array.filter { $0["action"]?.string == "proposal.transition" } ?? []
            #expect(transitions.compactMap { $0["new"]?.string } == ["submitted", "returned", "submitted", "approved"])
            #expect(transitions[1]["detail"]?.string == "return: Svar fra HovedMED mangler")
            #expect(try await client.call(.get, "/api/audit", token: anna).status == .forbidden)
        }
    }

    @Test func auditByDateRange() async throws {
        try await Harness.withApp { client, _ in
            let admin = try await client.login("admin")
            let all = try await client.call(.get, "/api/audit?from=2000-01-01&to=2999-12-31", token: admin)
            #expect(all.status == .ok)
            #expect(all.json["entries"]?.array.filter { $0["action"]?.string == "user.create" }.count == 8)
            let none = try await client.call(.get, "/api/audit?from=2000-01-01&to=2000-01-02", token: admin)
            #expect(none.json["count"]?.int == 0)
            let bad = try await client.call(.get, "/api/audit?from=yesterday", token: admin)
            #expect(bad.status == .badRequest)
        }
    }

    @Test func snapshotsAndTheirDiff() async throws {
        try await Harness.withApp { client, _ in
            let anna = try await client.login("anna")
            let finn = try await client.login("finn")
            let id = try await client.call(.post, "/api/proposals", token: anna, body: try Harness.example()).json["id"]?.int ?? 0
            let first = try await client.call(.post, "/api/snapshots", token: finn, body: #"{"name": "1. behandling", "stage": "first-reading"}"#)
            #expect(first.status == .created)
            let changed = try Harness.example().replacingOccurrences(of: "\"2019\": 300000", with: "\"2019\": 350000")
            #expect(try await client.call(.put, "/api/proposals/\(id)", token: anna, body: changed, headers: [.ifMatch: "1"]).status == .ok)
            let second = try await client.call(.post, "/api/snapshots", token: finn, body: #"{"name": "2. behandling", "stage": "second-reading"}"#)
            let diff = try await client.call(
                .get, "/api/snapshots/diff?from=\(first.json["id"]?.int ?? 0)&to=\(second.json["id"]?.int ?? 0)", token: finn)
            #expect(diff.status == .ok)
            let entry = diff.json["proposals"]?[0]
            #expect(entry?["change"]?.string == "changed")
            let paths = entry?["changes"]?.array.compactMap { $0["path"]?.string } ?? []
            #expect(paths.contains("lines[implementation: Indretning af samtalerum].amounts.2019"))
            #expect(paths.contains("computed.table1.net.2019"))
            #expect(try await client.call(.post, "/api/snapshots", token: anna, body: #"{"name": "x", "stage": "other"}"#).status == .forbidden)
        }
    }

    @Test func usersRoundsAndPortfolioAreForTheirRoles() async throws {
        try await Harness.withApp { client, _ in
            let admin = try await client.login("admin")
            let anna = try await client.login("anna")
            let created = try await client.call(
                .post, "/api/users", token: admin,
                body: #"{"name": "nina", "password": "long enough", "role": "author", "administrations": ["Socialforvaltningen"]}"#)
            #expect(created.status == .created)
            #expect(try await client.login("nina", password: "long enough").count == 64)
            #expect(try await client.call(.post, "/api/users", token: anna, body: #"{"name": "x", "password": "long enough", "role": "admin"}"#).status == .forbidden)
            let short = try await client.call(.post, "/api/users", token: admin, body: #"{"name": "y", "password": "short", "role": "reader"}"#)
            #expect(short.status == .unprocessableContent)

            let round = try await client.call(
                .post, "/api/budget-rounds", token: admin,
                body: #"{"name": "Budget 2020", "priceLevel": 2020, "paybackRule": "first-year-strict", "maxPayback": 2}"#)
            #expect(round.status == .ok)
            let id = try await client.call(.post, "/api/proposals", token: anna, body: try Harness.example()).json["id"]?.int ?? 0
            let read = try await client.call(.get, "/api/proposals/\(id)", token: anna)
            #expect(read.json["findings"]?.array.compactMap { $0["rule"]?.string }.contains("payback.above-round-maximum") == true)

            let portfolio = try await client.call(.get, "/api/portfolio?round=Budget%202020", token: admin)
            #expect(portfolio.status == .ok)
            let implementation2019 = portfolio.json["sums"]?.array.filter {
                $0["year"]?.int == 2019 && $0["block"]?.string == "implementation"
            }.compactMap { $0["amount"]?.int }.reduce(0, +)
            #expect(implementation2019 == 700_000)
            #expect(try await client.call(.get, "/api/portfolio", token: anna).status == .forbidden)
            #expect(try await client.call(.get, "/api/reference", token: anna).json["administrations"]?.array.count == 7)
        }
    }

    /// Administrations, areas, committees and consulted bodies are data an administrator adds through the API;
    /// each addition is audited, a name that exists is a conflict, and nobody else may add.
    @Test(arguments: Harness.kinds)
    func anAdministratorAddsReferenceData(kind: DatabaseKind) async throws {
        try await Harness.withApp(kind) { client, _ in
            let admin = try await client.login("admin")
            let anna = try await client.login("anna")
            let committee = try await client.call(.post, "/api/reference/committees", token: admin, body: #"{"name": "Kultur- og Fritidsudvalget"}"#)
            #expect(committee.status == .created)
            #expect(committee.json["committees"]?.array.compactMap(\.string).contains("Kultur- og Fritidsudvalget") == true)
            let area = try await client.call(.post, "/api/reference/areas", token: admin, body: #"{"code": "kf", "name": "Kultur og fritid"}"#)
            #expect(area.status == .created)
            #expect(area.json["areas"]?.array.contains { $0["code"]?.string == "KF" && $0["name"]?.string == "Kultur og fritid" } == true)
            let body = try await client.call(.post, "/api/reference/consultation-bodies", token: admin, body: #"{"name": "Handicaprådet"}"#)
            #expect(body.json["consultationBodies"]?.array.compactMap(\.string).contains("Handicaprådet") == true)
            let administration = try await client.call(.post, "/api/reference/administrations", token: admin, body: #"{"name": "Fælles Service"}"#)
            #expect(administration.json["administrations"]?.array.count == 8)

            #expect(try await client.call(.post, "/api/reference/committees", token: admin, body: #"{"name": "Kultur- og Fritidsudvalget"}"#).status == .conflict)
            #expect(try await client.call(.post, "/api/reference/areas", token: admin, body: #"{"code": "K F!", "name": "x"}"#).status == .unprocessableContent)
            #expect(try await client.call(.post, "/api/reference/areas", token: admin, body: #"{"name": "uden kode"}"#).status == .badRequest)
            #expect(try await client.call(.post, "/api/reference/committees", token: admin, body: #"{"name": "x", "colour": 1}"#).status == .badRequest)
            #expect(try await client.call(.post, "/api/reference/planets", token: admin, body: #"{"name": "x"}"#).status == .notFound)
            #expect(try await client.call(.post, "/api/reference/committees", token: anna, body: #"{"name": "Andet udvalg"}"#).status == .forbidden)

            let audit = try await client.call(.get, "/api/audit", token: admin).json["entries"]?.array ?? []
            let actions = audit.compactMap { $0["action"]?.string }
            for action in ["committees.create", "area.create", "consultation_bodies.create", "administrations.create"] {
                #expect(actions.contains(action), "no audit line \(action)")
            }
        }
    }
}

/// Reading the OpenAPI document's schemas in tests.
enum OpenAPISchema {
    /// A schema's property names, in the order written.
    static func propertyNames(_ schema: JSONValue) -> [String] {
        guard case .object(let members)? = schema["properties"] else { return [] }
        return members.map(\.key)
    }

    /// Every `$ref` anywhere in `value`.
    static func references(in value: JSONValue) -> [String] {
        switch value {
        case .object(let members):
            return members.flatMap { member -> [String] in
                if member.key == "$ref", case .string(let reference) = member.value.value { return [reference] }
                return references(in: member.value.value)
            }
        case .array(let elements): return elements.flatMap { references(in: $0.value) }
        default: return []
        }
    }
}
