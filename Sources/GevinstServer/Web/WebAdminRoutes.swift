import Foundation
import GevinstCore
import GevinstStore
import GevinstWeb
import Hummingbird

/// Administration (administrators only): users with their roles and administrations (the same checks and
/// bcrypt hashing as `POST /api/users`), administrations, budget rounds, price index series and the follow-up
/// colour rules. Every change is audited by the store.
extension GevinstAPI {
    func addWebAdminRoutes(to router: Router<GevinstRequestContext>) {
        router.get("/admin") { request, _ in await self.web(request) { try await self.adminPage(request) } }
        router.post("/admin/users") { request, _ in await self.web(request) { try await self.adminUserPost(request) } }
        router.post("/admin/reference") { request, _ in await self.web(request) { try await self.adminReferencePost(request) } }
        router.post("/admin/rounds") { request, _ in await self.web(request) { try await self.adminRoundPost(request) } }
        router.post("/admin/index-series") { request, _ in await self.web(request) { try await self.adminIndexPost(request) } }
        router.post("/admin/colour-rules") { request, _ in await self.web(request) { try await self.adminRulesPost(request) } }
    }

    func requireAdministrator(_ request: Request) async throws -> WebVisitor {
        let visitor = try await requireVisitor(request)
        guard AccessPolicy.canAdminister(visitor.user) else {
            throw APIError.forbidden("the administration pages are for administrators; you are \(visitor.user.role.rawValue)")
        }
        return visitor
    }

    func adminPage(_ request: Request) async throws -> Response {
        let visitor = try await requireAdministrator(request)
        var series: [PriceIndexSeries] = []
        for (key, text) in try await store.settings(withPrefix: SettingKey.indexSeriesPrefix) {
            switch PriceIndexCSV.parse(text) {
            case .success(let parsed): series.append(parsed)
            case .failure(let error): logger.error("the stored index series \(key) cannot be read: \(error.description)")
            }
        }
        let settings = try await documentSettings()
        let model = AdministrationPage.Model(
            users: try await store.users().map { UserEntry(id: $0.id, name: $0.name, role: $0.role.rawValue, administrations: $0.administrations) },
            roles: Role.allCases.map(\.rawValue), administrations: settings.administrations, areas: settings.areas,
            rounds: try await store.budgetRounds().map {
                RoundEntry(name: $0.name, priceLevelYear: $0.priceLevelYear, paybackRule: $0.paybackRule.name, maxPaybackYears: $0.maxPaybackYears)
            },
            indexSeries: series, colourRules: try await storedColourRules(),
            committees: try await store.committees(), consultationBodies: try await store.consultationBodies())
        return WebResponse.html(AdministrationPage.render(model, context: visitor.context(WebNotice.from(request, l: visitor.l))))
    }

    func adminUserPost(_ request: Request) async throws -> Response {
        let visitor = try await requireAdministrator(request)
        let form = try await form(request, visitor)
        let name = form["name"] ?? ""
        let password = form["password"] ?? ""
        guard let role = form["role"].flatMap(Role.init(rawValue:)) else { throw APIError.badRequest("choose a role: \(Role.allNames)") }
        let administrations = form.values("administration")
        if role.isScopedToAdministrations && administrations.isEmpty {
            throw APIError(.unprocessableContent, "a user with the role \(role.rawValue) needs at least one administration")
        }
        if let problem = PasswordHasher.validate(password) { throw APIError(.unprocessableContent, problem) }
        _ = try await store.addUser(
            name: name, passwordHash: await hasher.hash(password), role: role, administrations: administrations, createdBy: visitor.user)
        return WebResponse.redirect(WebNotice.userAdded.on(WebPath.administration + "#users"))
    }

    /// Adds to a configurable list; the form's `kind` is administrations, areas, committees or consultation-bodies.
    func adminReferencePost(_ request: Request) async throws -> Response {
        let visitor = try await requireAdministrator(request)
        let form = try await form(request, visitor)
        guard let name = form.trimmed("name"), name.count <= 200 else { throw APIError.badRequest("write a name (1 to 200 characters)") }
        switch form["kind"] ?? "" {
        case "administrations": try await store.addAdministration(name, by: visitor.user)
        case "areas": try await store.addArea(code: form.trimmed("code") ?? "", name: name, by: visitor.user)
        case "committees": try await store.addCommittee(name, by: visitor.user)
        case "consultation-bodies": try await store.addConsultationBody(name, by: visitor.user)
        default: throw APIError.badRequest("choose a list: administrations, areas, committees or consultation-bodies")
        }
        return WebResponse.redirect(WebNotice.referenceAdded.on(WebPath.administration + "#administrations"))
    }

    func adminRoundPost(_ request: Request) async throws -> Response {
        let visitor = try await requireAdministrator(request)
        let form = try await form(request, visitor)
        guard let name = form.trimmed("name"), name.count <= 200 else { throw APIError.badRequest("name the budget round (1 to 200 characters)") }
        guard let rule = PaybackRule.named(form["paybackRule"] ?? PaybackRule.firstYearStrict.name) else {
            throw APIError.badRequest("choose a payback rule: \(PaybackRule.allNames.joined(separator: ", "))")
        }
        var priceLevel: Int?
        if let text = form.trimmed("priceLevelYear") {
            guard let year = DanishInput.year(text) else { throw APIError.badRequest("the price level is a year such as 2027; found \"\(text)\"") }
            priceLevel = year
        }
        var maximum: Int?
        if let text = form.trimmed("maxPaybackYears") {
            guard let years = Int(text), (1...50).contains(years) else { throw APIError.badRequest("the maximum payback is 1 to 50 years; found \"\(text)\"") }
            maximum = years
        }
        try await store.saveBudgetRound(BudgetRound(name: name, priceLevelYear: priceLevel, paybackRule: rule, maxPaybackYears: maximum), by: visitor.user)
        return WebResponse.redirect(WebNotice.roundSaved.on(WebPath.administration + "#rounds"))
    }

    /// An index series as CSV (Core's `PriceIndexCSV`: errors name the line), stored under its name.
    func adminIndexPost(_ request: Request) async throws -> Response {
        let visitor = try await requireAdministrator(request)
        let upload = try await upload(request, visitor)
        guard let file = upload.part("document"), !file.body.isEmpty else { throw APIError.badRequest("choose a CSV file with the index series") }
        let text = file.text
        switch PriceIndexCSV.parse(text) {
        case .failure(let error): throw APIError(.unprocessableContent, "\(file.filename ?? "the file"): \(error.description)")
        case .success(let series):
            try await store.saveSetting(SettingKey.indexSeries(series.name), value: text, by: visitor.user)
        }
        return WebResponse.redirect(WebNotice.indexSaved.on(WebPath.administration + "#index-series"))
    }
}
