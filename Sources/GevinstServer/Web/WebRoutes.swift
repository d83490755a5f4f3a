import Foundation
import GevinstCore
import GevinstStore
import GevinstWeb
import Hummingbird

/// The web application: HTML pages rendered by GevinstWeb from the same store, workflow and Core functions
/// that the JSON API uses. Every page checks the session, the role and the administration; every form post
/// checks the CSRF token; errors become pages that say what went wrong.
extension GevinstAPI {
    static let languageCookie = "gevinst_lang"
    /// The largest form post (the editor of a proposal with many lines).
    static let maxFormBytes = 4 * 1024 * 1024

    func addWebRoutes(to router: Router<GevinstRequestContext>) {
        router.get("/static/gevinst.css") { request, _ in
            WebResponse.asset(WebAssets.stylesheet, contentType: "text/css; charset=utf-8",
                              fingerprinted: request.uri.queryParameters.get("v") == WebAssets.stylesheetVersion)
        }
        router.get("/static/gevinst.js") { request, _ in
            WebResponse.asset(WebAssets.script, contentType: "text/javascript; charset=utf-8",
                              fingerprinted: request.uri.queryParameters.get("v") == WebAssets.scriptVersion)
        }
        router.get("/login") { request, _ in await self.web(request) { try await self.loginPage(request) } }
        router.post("/login") { request, context in await self.web(request) { try await self.loginPost(request, context) } }
        router.post("/logout") { request, _ in await self.web(request) { try await self.logoutPost(request) } }
        router.get("/language/:code") { request, context in self.chooseLanguage(request, context) }
        addWebProposalRoutes(to: router)
        addWebEditorRoutes(to: router)
        addWebCatalogueRoutes(to: router)
        addWebImportRoutes(to: router)
        addWebFollowUpRoutes(to: router)
        addWebAdminRoutes(to: router)
    }

    // MARK: - Visitors

    /// The language: Danish, unless the user chose English with the language switch (a cookie).
    static func language(_ request: Request) -> Language {
        Language(code: request.cookies[languageCookie]?.value)
    }

    /// The signed-in user of a browser (the session cookie only; scripts use the API with a bearer token).
    func visitor(_ request: Request) async throws -> WebVisitor? {
        guard let token = request.cookies[Authenticator.cookieName]?.value, !token.isEmpty,
              let user = try await store.sessionUser(tokenHash: SHA256.hex(token))
        else { return nil }
        return WebVisitor(user: user, sessionToken: token, language: Self.language(request))
    }

    /// The signed-in user, or a redirect to the login page that returns here afterwards.
    func requireVisitor(_ request: Request) async throws -> WebVisitor {
        if let visitor = try await visitor(request) { return visitor }
        let here = request.uri.path + (request.uri.query.map { "?" + $0 } ?? "")
        throw WebRedirect(location: WebPath.with(WebPath.login, query: [("next", request.method == .get ? here : "")]))
    }

    /// The posted form (`application/x-www-form-urlencoded`), after its CSRF token is checked.
    func form(_ request: Request, _ visitor: WebVisitor) async throws -> FormData {
        let bytes = try await RequestBodies.bytes(request, limit: Self.maxFormBytes)
        let form = FormData(encoded: String(decoding: bytes, as: UTF8.self))
        try WebCSRF.check(form["csrf"], expected: visitor.csrfToken)
        return form
    }

    /// The posted upload (`multipart/form-data`), after its CSRF token is checked.
    func upload(_ request: Request, _ visitor: WebVisitor) async throws -> MultipartForm {
        guard let type = request.headers[.contentType], let boundary = MultipartForm.boundary(fromContentType: type) else {
            throw APIError.badRequest("send the file from the upload form (multipart/form-data)")
        }
        let bytes = try await RequestBodies.bytes(request, limit: configuration.maxUploadBytes)
        let form: MultipartForm
        do {
            form = try MultipartForm(body: bytes, boundary: boundary)
        } catch {
            throw APIError.badRequest(error.description)
        }
        try WebCSRF.check(form.field("csrf"), expected: visitor.csrfToken)
        return form
    }

    /// Runs a page: a redirect is answered as one; an error becomes an error page with its status and message.
    func web(_ request: Request, _ handler: () async throws -> Response) async -> Response {
        do {
            return try await handler()
        } catch let redirect as WebRedirect {
            return WebResponse.redirect(redirect.location, cookies: redirect.cookies)
        } catch {
            let (status, message): (HTTPResponse.Status, String)
            switch error {
            case let error as APIError: (status, message) = (error.status, error.message)
            case let error as StoreError:
                let api = APIError.from(error)
                (status, message) = (api.status, api.message)
            case let error as any HTTPResponseError: (status, message) = (error.status, error.status.reasonPhrase)
            default:
                logger.error("web page \(request.method) \(request.uri.path) failed: \(String(describing: error))")
                (status, message) = (.internalServerError, "the page could not be made; the error is in the server's log")
            }
            let visitor = try? await self.visitor(request)
            let context = visitor?.context() ?? PageContext(user: nil, csrfToken: "", language: Self.language(request))
            return WebResponse.html(ErrorPage.render(status: Int(status.code), message: message, context: context), status: status)
        }
    }

    // MARK: - Logging in and out

    func loginPage(_ request: Request) async throws -> Response {
        if try await visitor(request) != nil { throw WebRedirect(location: WebPath.dashboard) }
        let token = Authenticator.newToken()
        let next = Self.query(request, "next").flatMap { WebPath.isLocal($0) ? $0 : nil }
        let html = LoginPage.render(
            LoginPage.Model(next: next), context: PageContext(user: nil, csrfToken: token, language: Self.language(request)))
        var response = WebResponse.html(html)
        response.setCookie(loginCookie(token))
        return response
    }

    func loginCookie(_ token: String) -> Cookie {
        Cookie(name: WebCSRF.loginCookie, value: token, maxAge: 3600, path: "/login", secure: configuration.secureCookies,
               httpOnly: true, sameSite: .strict)
    }

    /// The login form: the same rate limit, password check and database session as `POST /api/session`.
    func loginPost(_ request: Request, _ context: GevinstRequestContext) async throws -> Response {
        let bytes = try await RequestBodies.bytes(request, limit: 64 * 1024)
        let form = FormData(encoded: String(decoding: bytes, as: UTF8.self))
        let language = Self.language(request)
        try WebCSRF.check(form["csrf"], expected: request.cookies[WebCSRF.loginCookie]?.value ?? "")
        let username = form["username"] ?? ""
        let next = form["next"].flatMap { WebPath.isLocal($0) ? $0 : nil }
        do {
            let session = try await startSession(username: username, password: form["password"] ?? "", address: context.remoteAddress)
            return WebResponse.redirect(next ?? WebPath.dashboard, cookies: [sessionCookie(session.token)])
        } catch let error as APIError where error.status == .unauthorized || error.status == .tooManyRequests {
            let token = Authenticator.newToken()
            let message = error.status == .unauthorized
                ? (language == .danish ? "Forkert brugernavn eller adgangskode." : "Wrong user name or password.")
                : error.message
            let html = LoginPage.render(
                LoginPage.Model(username: username, error: message, next: next),
                context: PageContext(user: nil, csrfToken: token, language: language))
            var response = WebResponse.html(html, status: error.status)
            response.setCookie(loginCookie(token))
            return response
        }
    }

    func logoutPost(_ request: Request) async throws -> Response {
        guard let visitor = try await visitor(request) else { throw WebRedirect(location: WebPath.login) }
        _ = try await form(request, visitor)
        try await store.deleteSession(tokenHash: SHA256.hex(visitor.sessionToken))
        return WebResponse.redirect(WebPath.login, cookies: [sessionCookie("", maxAge: 0)])
    }

    func sessionCookie(_ token: String, maxAge: Int? = nil) -> Cookie {
        Cookie(
            name: Authenticator.cookieName, value: token, maxAge: maxAge ?? Int(configuration.sessionLifetime), path: "/",
            secure: configuration.secureCookies, httpOnly: true, sameSite: .strict)
    }

    /// `/language/en`: remembers the choice for a year and goes back to the page the link was on.
    func chooseLanguage(_ request: Request, _ context: GevinstRequestContext) -> Response {
        let code: String? = context.parameters.get("code")
        let language = Language(code: code)
        var back = WebPath.dashboard
        if let referer = request.headers[.referer], let url = URL(string: referer) {
            let path = url.path + (url.query.map { "?" + $0 } ?? "")
            if WebPath.isLocal(path) { back = path }
        }
        let cookie = Cookie(name: Self.languageCookie, value: language.rawValue, maxAge: 365 * 86_400, path: "/",
                            secure: configuration.secureCookies, httpOnly: true, sameSite: .lax)
        return WebResponse.redirect(back, cookies: [cookie])
    }
}
