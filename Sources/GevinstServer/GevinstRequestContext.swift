import Hummingbird

/// The request context: the caller's network address (for the login rate limit).
public struct GevinstRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The peer's IP address, or "unknown" (in-process tests have no socket).
    public let remoteAddress: String

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress?.ipAddress ?? "unknown"
    }

    /// Bodies are read with explicit limits per route (`ServerConfiguration`); this is the ceiling.
    public var maxUploadSize: Int { 64 * 1024 * 1024 }
}
