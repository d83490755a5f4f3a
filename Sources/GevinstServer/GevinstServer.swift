import GevinstCore
import GevinstStore
import Hummingbird
import Logging

/// Builds Gevinst's HTTP server: the JSON API over a store, described at `GET /openapi.json`, and the web
/// application at `/` (GevinstWeb's pages over the same store and rules).
public enum GevinstServer {
    /// The router with every route; callers may add routes (the benchmark adds a constant one) before
    /// building the application.
    public static func router(store: GevinstStore, configuration: ServerConfiguration, logger: Logger) async -> Router<GevinstRequestContext> {
        let hasher = PasswordHasher(cost: configuration.bcryptCost)
        let api = GevinstAPI(
            store: store, configuration: configuration, hasher: hasher, decoyHash: await hasher.decoyHash(), logger: logger)
        let router = Router(context: GevinstRequestContext.self)
        router.add(middleware: ErrorMiddleware(logger: logger))
        router.get("/health") { _, _ in try await api.health() }
        router.get("/openapi.json") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
                body: ResponseBody(byteBuffer: ByteBuffer(string: OpenAPIDocument.json)))
        }
        api.addAccountRoutes(to: router)
        api.addProposalRoutes(to: router)
        api.addTransitionRoutes(to: router)
        api.addOversightRoutes(to: router)
        api.addImportRoutes(to: router)
        api.addDocumentRoutes(to: router)
        api.addWebRoutes(to: router)
        api.addFollowUpRoutes(to: router)
        if configuration.warmPagesAtStart {
            Task(priority: .utility) { await api.warmPageCaches() }
        }
        return router
    }

    /// The application listening on `configuration.host:port`.
    public static func application(
        router: Router<GevinstRequestContext>, configuration: ServerConfiguration, logger: Logger,
        onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        Application(
            router: router,
            configuration: ApplicationConfiguration(address: .hostname(configuration.host, port: configuration.port), serverName: "gevinst"),
            onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? configuration.port) },
            logger: logger)
    }
}

extension GevinstAPI {
    /// 200 with the database kind and schema version when the database answers, else 503.
    func health() async throws -> Response {
        do {
            let versions = try await store.schemaVersions()
            return JSONResponse.make(.object([
                ("status", .string("ok")), ("database", .string(store.kind.rawValue)), ("schema", .int(versions.last ?? 0)),
                ("pages", .string(await warmUp.state.rawValue)),
            ]))
        } catch {
            throw APIError(.serviceUnavailable, "the database does not answer: \(error)")
        }
    }
}
