import Foundation
import GevinstStore
import Hummingbird

/// Who is asking: a session token from the login cookie or an `Authorization: Bearer` header (a session token
/// or an API token). Tokens are 32 random bytes in hexadecimal; the database holds only their SHA-256.
struct Authenticator: Sendable {
    static let cookieName = "gevinst_session"
    let store: GevinstStore

    /// The user, or a 401 that says how to log in.
    func requireUser(_ request: Request) async throws -> StoredUser {
        guard let token = Self.token(in: request) else { throw APIError.unauthorized() }
        let hash = SHA256.hex(token)
        if let user = try await store.sessionUser(tokenHash: hash) { return user }
        if let user = try await store.apiTokenUser(tokenHash: hash) { return user }
        throw APIError(
            .unauthorized, "the session has expired or the token is unknown; log in again with POST /api/session",
            headers: [.wwwAuthenticate: "Bearer realm=\"gevinst\""])
    }

    /// The bearer token, else the session cookie.
    static func token(in request: Request) -> String? {
        if let header = request.headers[.authorization] {
            let parts = header.split(separator: " ", maxSplits: 1)
            if parts.count == 2, parts[0].lowercased() == "bearer" {
                let token = parts[1].trimmingCharacters(in: .whitespaces)
                return token.isEmpty ? nil : token
            }
        }
        if let cookie = request.cookies[cookieName]?.value, !cookie.isEmpty { return cookie }
        return nil
    }

    /// A new random token (256 bits from the system's cryptographic generator).
    static func newToken() -> String {
        var generator = SystemRandomNumberGenerator()
        let digits = Array("0123456789abcdef")
        var text = ""
        for _ in 0..<4 {
            var word = generator.next() as UInt64
            for _ in 0..<16 {
                text.append(digits[Int(word & 0xf)])
                word >>= 4
            }
        }
        return text
    }
}
