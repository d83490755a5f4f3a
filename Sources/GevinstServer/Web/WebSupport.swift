import Foundation
import GevinstCore
import GevinstStore
import GevinstWeb
import Hummingbird

/// A signed-in user of the web pages: the account, the session token the CSRF token is derived from, and the
/// language the pages are shown in.
struct WebVisitor: Sendable {
    let user: StoredUser
    let sessionToken: String
    let language: Language

    var csrfToken: String { WebCSRF.token(forSession: sessionToken) }
    var l: Localisation { Localisation(language) }

    func context(_ notices: [Notice] = []) -> PageContext {
        PageContext(
            user: SignedInUser(name: user.name, role: user.role.rawValue, administrations: user.administrations),
            csrfToken: csrfToken, language: language, notices: notices, navigation: WebNavigation.sections(for: user.role))
    }
}

/// The parts of the application the navigation offers each role. The pages check every request themselves;
/// this only leaves out links that would lead to a refusal.
enum WebNavigation {
    static func sections(for role: Role) -> Set<Layout.Section> {
        switch role {
        case .reader, .financeReviewer: [.dashboard, .proposals, .catalogue, .followUp]
        case .author: [.dashboard, .proposals, .newProposal, .catalogue, .importDocument, .followUp]
        case .followUpController: [.dashboard, .proposals, .catalogue, .followUp]
        case .admin: Set(Layout.Section.allCases)
        }
    }
}

/// Answering a page with a redirect rather than content (to the login page, after a form post).
struct WebRedirect: Error {
    var location: String
    var cookies: [Cookie] = []
}

/// Cross-site request forgery protection for the forms. A signed-in user's token is derived from the session
/// token (which only the browser holding the HttpOnly cookie knows), so the server stores nothing extra; the
/// login form, before there is a session, compares its field with a cookie of its own (double submit). Both
/// cookies are SameSite=Strict as well.
enum WebCSRF {
    static let loginCookie = "gevinst_login"

    static func token(forSession session: String) -> String { SHA256.hex("gevinst-csrf\n" + session) }

    /// Refuses a form whose token is missing or differs from `expected`.
    static func check(_ sent: String?, expected: String) throws {
        guard let sent, constantTimeEquals(sent, expected) else {
            throw APIError(
                .forbidden,
                "the form's security token does not match (the page is out of date, or the form was not sent by Gevinst); reload the page and try again")
        }
    }

    static func constantTimeEquals(_ lhs: String, _ rhs: String) -> Bool {
        let left = Array(lhs.utf8), right = Array(rhs.utf8)
        guard left.count == right.count else { return false }
        var difference: UInt8 = 0
        for index in left.indices { difference |= left[index] ^ right[index] }
        return difference == 0
    }
}

/// Responses of the web pages: HTML with headers that forbid what the pages never need (inline script and
/// style, framing, other origins), redirects, and downloads.
enum WebResponse {
    static let contentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'"

    static func html(_ body: String, status: HTTPResponse.Status = .ok) -> Response {
        var headers: HTTPFields = [
            .contentType: "text/html; charset=utf-8", .cacheControl: "no-store",
            .contentSecurityPolicy: contentSecurityPolicy,
        ]
        headers[.xContentTypeOptions] = "nosniff"
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
    }

    static func redirect(_ location: String, cookies: [Cookie] = []) -> Response {
        var response = Response.redirect(to: location, type: .normal)
        for cookie in cookies { response.setCookie(cookie) }
        return response
    }

    /// A file to save: `filename` is ASCII-safe in `filename=` and exact in `filename*=` (RFC 6266).
    static func download(_ data: Data, contentType: String, filename: String) -> Response {
        let ascii = String(filename.unicodeScalars.map { $0.isASCII && $0 != "\"" && $0 != "\\" && $0.value >= 0x20 ? Character($0) : "_" })
        var headers: HTTPFields = [
            .contentType: contentType, .cacheControl: "no-store",
            .contentDisposition: "attachment; filename=\"\(ascii)\"; filename*=UTF-8''\(WebPath.encode(filename))",
        ]
        headers[.xContentTypeOptions] = "nosniff"
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// An asset with a year's caching when its address carries the current fingerprint.
    static func asset(_ text: String, contentType: String, fingerprinted: Bool) -> Response {
        var headers: HTTPFields = [
            .contentType: contentType,
            .cacheControl: fingerprinted ? "public, max-age=31536000, immutable" : "no-cache",
        ]
        headers[.xContentTypeOptions] = "nosniff"
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}

/// Messages shown after a form post. The redirect carries only the key (and a count), so no text from the
/// request is ever reflected into the page.
enum WebNotice: String, CaseIterable {
    case created
    case saved
    case merged
    case transition
    case snapshot
    case imported
    case loaded
    case recordSaved = "record-saved"
    case userAdded = "user-added"
    case referenceAdded = "reference-added"
    case roundSaved = "round-saved"
    case indexSaved = "index-saved"
    case rulesSaved = "rules-saved"

    func text(_ l: Localisation, count: String?) -> String {
        let danish = l.language == .danish
        switch self {
        case .created: return danish ? "Forslaget er oprettet som kladde." : "The proposal was created as a draft."
        case .saved: return danish ? "Forslaget er gemt som en ny version." : "The proposal was saved as a new version."
        case .merged: return danish ? "Den sammenflettede version er gemt." : "The merged version was saved."
        case .transition: return danish ? "Forslagets status er ændret." : "The proposal's status was changed."
        case .snapshot: return danish ? "Øjebliksbilledet er taget." : "The snapshot was taken."
        case .imported:
            return danish ? "\(count ?? "0") forslag er gemt som kladder." : "\(count ?? "0") proposals were saved as drafts."
        case .loaded:
            return danish ? "Opfølgningen er indlæst: \(count ?? "0") rækker." : "The follow-up was loaded: \(count ?? "0") rows."
        case .recordSaved: return danish ? "Rækken er gemt." : "The row was saved."
        case .userAdded: return danish ? "Brugeren er oprettet." : "The user was created."
        case .referenceAdded: return danish ? "Tilføjet til listen." : "Added to the list."
        case .roundSaved: return danish ? "Budgetrunden er gemt." : "The budget round was saved."
        case .indexSaved: return danish ? "Prisindekset er gemt." : "The price index was saved."
        case .rulesSaved: return danish ? "Farvereglerne er gemt." : "The colour rules were saved."
        }
    }

    /// The notice named in the query (`?notice=saved&count=2`), if any.
    static func from(_ request: Request, l: Localisation) -> [Notice] {
        guard let name = request.uri.queryParameters.get("notice"), let notice = WebNotice(rawValue: name) else { return [] }
        let count = request.uri.queryParameters.get("count").flatMap { Int($0) }.map(String.init)
        return [Notice(.success, notice.text(l, count: count))]
    }

    /// `path` with `?notice=…` (or `&notice=…`) added.
    func on(_ path: String, count: Int? = nil) -> String {
        let separator = path.contains("?") ? "&" : "?"
        let (base, fragment) = path.split(separator: "#", maxSplits: 1).map(String.init).splitFragment
        return base + separator + "notice=" + rawValue + (count.map { "&count=\($0)" } ?? "") + fragment
    }
}

extension Array where Element == String {
    /// ("/a?b", "#c") from ["/a?b", "c"].
    fileprivate var splitFragment: (String, String) {
        (first ?? "", count > 1 ? "#" + self[1] : "")
    }
}
