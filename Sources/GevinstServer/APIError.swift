import GevinstCore
import GevinstStore
import Hummingbird
import Logging

/// An error answered as JSON, `{"error": "what went wrong and what to do", "detail": …}`, with the status
/// that says whose move it is (400 bad request, 401 log in, 403 not allowed, 404, 409 conflict, 422 invalid
/// content, 429 wait).
public struct APIError: Error, HTTPResponseError, Sendable {
    public var status: HTTPResponse.Status
    public var message: String
    public var detail: JSONValue?
    public var headers: HTTPFields

    public init(_ status: HTTPResponse.Status, _ message: String, detail: JSONValue? = nil, headers: HTTPFields = [:]) {
        self.status = status
        self.message = message
        self.detail = detail
        self.headers = headers
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        var fields: [(String, JSONValue)] = [("error", .string(message))]
        if let detail { fields.append(("detail", detail)) }
        var response = JSONResponse.make(.object(fields), status: status)
        response.headers.append(contentsOf: headers)
        return response
    }

    public static func unauthorized() -> APIError {
        APIError(
            .unauthorized, "log in first: POST /api/session with {\"username\", \"password\"}, then send the cookie or the header Authorization: Bearer <token>",
            headers: [.wwwAuthenticate: "Bearer realm=\"gevinst\""])
    }

    public static func forbidden(_ message: String) -> APIError { APIError(.forbidden, message) }
    public static func badRequest(_ message: String) -> APIError { APIError(.badRequest, message) }
    public static func notFound(_ message: String) -> APIError { APIError(.notFound, message) }

    /// The store's errors as API errors.
    static func from(_ error: StoreError) -> APIError {
        switch error {
        case .versionConflict, .followUpConflict, .statusConflict, .locked: APIError(.conflict, error.description)
        case .notFound: APIError(.notFound, error.description)
        case .duplicate: APIError(.conflict, error.description)
        case .invalid: APIError(.unprocessableContent, error.description)
        case .unavailable: APIError(.serviceUnavailable, "the database is unavailable: \(error.description)")
        case .busy: APIError(.serviceUnavailable, error.description, headers: [.retryAfter: "5"])
        }
    }
}

/// Turns every error into the JSON error shape: the API's own, the store's, the framework's (unknown route,
/// body too large) and, without details, anything unexpected (which is logged).
struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    let logger: Logger

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as APIError {
            return try error.response(from: request, context: context)
        } catch let error as StoreError {
            return try APIError.from(error).response(from: request, context: context)
        } catch let error as HTTPError {
            let message: String
            switch error.status {
            case .notFound:
                message = "no route \(request.method) \(request.uri.path); the routes are listed in GET /openapi.json"
            case .contentTooLarge:
                message = "the request body is too large; send at most the size given in GET /openapi.json for this route"
            case .methodNotAllowed:
                message = "\(request.method) is not allowed on \(request.uri.path); see GET /openapi.json"
            default:
                message = error.body ?? error.status.reasonPhrase
            }
            return try APIError(error.status, message, headers: error.headers).response(from: request, context: context)
        } catch let error as any HTTPResponseError {
            return try APIError(error.status, "\(error.status.reasonPhrase)").response(from: request, context: context)
        } catch {
            // A cancelled request (the client closed the connection, or the server is shutting down) ends in
            // CancellationError or in a library's own error for it (PostgresNIO's pool: requestCancelled): expected,
            // so logged at debug; nobody may be left to read the 503.
            if error is CancellationError || Task.isCancelled {
                logger.debug("request cancelled: \(request.method) \(request.uri.path): \(String(describing: error))")
                return try APIError(.serviceUnavailable, "the request was cancelled (the connection closed or the server is shutting down); send it again")
                    .response(from: request, context: context)
            }
            logger.error("unexpected error on \(request.method) \(request.uri.path): \(String(describing: error))")
            return try APIError(.internalServerError, "the server failed to answer; the error is in the server's log")
                .response(from: request, context: context)
        }
    }
}
