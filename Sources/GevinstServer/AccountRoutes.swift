import Foundation
import GevinstCore
import GevinstStore
import Hummingbird

/// Logging in and out, the current user, API tokens and (for administrators) users.
extension GevinstAPI {
    func addAccountRoutes(to router: Router<GevinstRequestContext>) {
        router.post("/api/session") { request, context in try await self.login(request, context) }
        router.delete("/api/session") { request, _ in try await self.logout(request) }
        router.get("/api/me") { request, _ in JSONResponse.make(ServerJSON.user(try await self.user(request))) }
        router.post("/api/tokens") { request, _ in try await self.createToken(request) }
        router.get("/api/users") { request, _ in try await self.listUsers(request) }
        router.post("/api/users") { request, _ in try await self.createUser(request) }
    }

    /// `{"username", "password"}` → a session token and an HttpOnly, SameSite=Strict cookie. Failed attempts
    /// are counted per user name and per address; past the limit the answer is 429 until the window passes.
    func login(_ request: Request, _ context: GevinstRequestContext) async throws -> Response {
        let body = try await RequestBodies.object(request, limit: 64 * 1024)
        try body.rejectUnknown(["username", "password"])
        let session = try await startSession(
            username: try body.requiredString("username"), password: try body.requiredString("password"), address: context.remoteAddress)
        var response = JSONResponse.make(.object([
            ("token", .string(session.token)), ("expiresAt", ServerJSON.time(session.expires)), ("user", ServerJSON.user(session.user)),
        ]))
        response.setCookie(Cookie(
            name: Authenticator.cookieName, value: session.token, maxAge: Int(configuration.sessionLifetime), path: "/",
            secure: configuration.secureCookies, httpOnly: true, sameSite: .strict))
        return response
    }

    /// Checks the rate limit and the password and starts a database session: the login of the API and of the
    /// web pages alike. Throws 429 past the limit and 401 for a wrong user name or password.
    func startSession(username: String, password: String, address: String) async throws -> (user: StoredUser, token: String, expires: Date) {
        let since = Date().addingTimeInterval(-configuration.rateLimitWindow)
        let userFailures = try await store.failedLoginAttempts(username: username, since: since)
        let addressFailures = try await store.failedLoginAttempts(address: address, since: since)
        if userFailures >= configuration.maxFailuresPerUser || addressFailures >= configuration.maxFailuresPerAddress {
            let minutes = Int((configuration.rateLimitWindow / 60).rounded(.up))
            throw APIError(
                .tooManyRequests,
                "too many failed logins for this user or from this address; try again in \(minutes) minutes or ask an administrator",
                headers: [.retryAfter: String(Int(configuration.rateLimitWindow))])
        }
        let user = try await store.user(named: username)
        let matches = await hasher.verify(password, hash: user?.passwordHash ?? decoyHash)
        guard let user, matches else {
            try await store.recordLoginAttempt(username: username, address: address, succeeded: false)
            throw APIError(.unauthorized, "wrong user name or password")
        }
        try await store.recordLoginAttempt(username: username, address: address, succeeded: true)
        let token = Authenticator.newToken()
        let expires = Date().addingTimeInterval(configuration.sessionLifetime)
        try await store.createSession(tokenHash: SHA256.hex(token), userID: user.id, expiresAt: expires)
        return (user, token, expires)
    }

    func logout(_ request: Request) async throws -> Response {
        _ = try await user(request)
        if let token = Authenticator.token(in: request) { try await store.deleteSession(tokenHash: SHA256.hex(token)) }
        var response = JSONResponse.make(.object([("loggedOut", .bool(true))]))
        response.setCookie(Cookie(
            name: Authenticator.cookieName, value: "", maxAge: 0, path: "/", secure: configuration.secureCookies, httpOnly: true,
            sameSite: .strict))
        return response
    }

    /// `{"name": "nightly export"}` → a token for scripts, shown once.
    func createToken(_ request: Request) async throws -> Response {
        let user = try await user(request)
        let body = try await RequestBodies.object(request, limit: 64 * 1024)
        try body.rejectUnknown(["name"])
        let name = try body.requiredString("name").trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty, name.count <= 100 else { throw APIError.badRequest("the token's name must have 1 to 100 characters") }
        let token = Authenticator.newToken()
        let id = try await store.createAPIToken(name: name, tokenHash: SHA256.hex(token), for: user)
        return JSONResponse.make(
            .object([("id", .int(id)), ("name", .string(name)), ("token", .string(token)),
                     ("note", .string("store the token now; it is not shown again"))]),
            status: .created)
    }

    func listUsers(_ request: Request) async throws -> Response {
        let user = try await user(request)
        guard AccessPolicy.canAdminister(user) else { throw APIError.forbidden("only administrators list users") }
        return JSONResponse.make(.object([("users", .list(try await store.users().map(ServerJSON.user)))]))
    }

    /// `{"name", "password", "role", "administrations"}` (administrators only).
    func createUser(_ request: Request) async throws -> Response {
        let admin = try await user(request)
        guard AccessPolicy.canAdminister(admin) else { throw APIError.forbidden("only administrators create users") }
        let body = try await RequestBodies.object(request, limit: 64 * 1024)
        try body.rejectUnknown(["name", "password", "role", "administrations"])
        let name = try body.requiredString("name")
        let password = try body.requiredString("password")
        let roleName = try body.requiredString("role")
        guard let role = Role(rawValue: roleName) else { throw APIError.badRequest("unknown role \"\(roleName)\"; use one of \(Role.allNames)") }
        let administrations = try body.strings("administrations") ?? []
        if role.isScopedToAdministrations && administrations.isEmpty {
            throw APIError(.unprocessableContent, "a user with the role \(role.rawValue) needs at least one administration")
        }
        if let problem = PasswordHasher.validate(password) { throw APIError(.unprocessableContent, problem) }
        let created = try await store.addUser(
            name: name, passwordHash: await hasher.hash(password), role: role, administrations: administrations, createdBy: admin)
        return JSONResponse.make(ServerJSON.user(created), status: .created)
    }
}
