import Foundation

/// Where the store keeps its data: an SQLite file (the embedded default) or a PostgreSQL server (a shared
/// installation that several server instances use at once).
public enum DatabaseLocation: Sendable, Hashable, CustomStringConvertible {
    case sqlite(path: String)
    case postgres(PostgresURL)

    /// `./gevinst.sqlite` in the working directory.
    public static let defaultSQLitePath = "./gevinst.sqlite"

    /// Reads `--database`: nothing → the default SQLite file; `postgres://user:pw@host:5432/db` (or
    /// `postgresql://`) → PostgreSQL; `sqlite:PATH`, `sqlite://PATH` or a plain file path → SQLite.
    public init(parsing text: String?) throws(StoreError) {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else {
            self = .sqlite(path: Self.defaultSQLitePath)
            return
        }
        let lowered = text.lowercased()
        if lowered.hasPrefix("postgres://") || lowered.hasPrefix("postgresql://") {
            self = .postgres(try PostgresURL(parsing: text))
        } else if lowered.hasPrefix("sqlite://") {
            self = .sqlite(path: String(text.dropFirst("sqlite://".count)))
        } else if lowered.hasPrefix("sqlite:") {
            self = .sqlite(path: String(text.dropFirst("sqlite:".count)))
        } else if lowered.contains("://") {
            throw StoreError.invalid(
                "unknown database URL \"\(text)\"; use a file path for SQLite or postgres://user:password@host:5432/database")
        } else {
            self = .sqlite(path: text)
        }
    }

    /// The location with any password hidden, for printing.
    public var description: String {
        switch self {
        case .sqlite(let path): "SQLite \(path)"
        case .postgres(let url): "PostgreSQL \(url)"
        }
    }
}

/// A parsed `postgres://user:password@host:port/database?sslmode=…` URL.
public struct PostgresURL: Sendable, Hashable, CustomStringConvertible {
    public enum TLSMode: String, Sendable, Hashable, CaseIterable {
        /// No TLS.
        case disable
        /// TLS when the server offers it, without checking the certificate (libpq's default).
        case prefer
        /// TLS always, without checking the certificate.
        case require
        /// TLS always, certificate and host name checked.
        case verifyFull = "verify-full"
    }

    public var host: String
    public var port: Int
    public var username: String
    public var password: String?
    public var database: String
    public var tls: TLSMode

    public init(parsing text: String) throws(StoreError) {
        guard let components = URLComponents(string: text) else {
            throw StoreError.invalid("\"\(Self.redacted(text))\" is not a URL; expected postgres://user:password@host:5432/database")
        }
        guard let host = components.host, !host.isEmpty else {
            throw StoreError.invalid("the PostgreSQL URL names no host; expected postgres://user:password@host:5432/database")
        }
        guard let user = components.user, !user.isEmpty else {
            throw StoreError.invalid("the PostgreSQL URL names no user; expected postgres://user:password@host:5432/database")
        }
        let database = String(components.path.drop { $0 == "/" })
        guard !database.isEmpty else {
            throw StoreError.invalid("the PostgreSQL URL names no database; expected postgres://user:password@host:5432/database")
        }
        var tls = TLSMode.prefer
        if let mode = components.queryItems?.last(where: { $0.name == "sslmode" || $0.name == "tlsmode" })?.value {
            switch mode {
            case "disable", "allow": tls = .disable
            case "prefer": tls = .prefer
            case "require", "verify-ca": tls = .require
            case "verify-full": tls = .verifyFull
            default:
                throw StoreError.invalid("unknown sslmode \"\(mode)\"; use one of \(TLSMode.allCases.map(\.rawValue).joined(separator: ", "))")
            }
        }
        self.host = host
        self.port = components.port ?? 5432
        self.username = user.removingPercentEncoding ?? user
        self.password = components.password.map { $0.removingPercentEncoding ?? $0 }
        self.database = database.removingPercentEncoding ?? database
        self.tls = tls
    }

    public var description: String { "postgres://\(username)\(password == nil ? "" : ":***")@\(host):\(port)/\(database)" }

    static func redacted(_ text: String) -> String {
        guard let at = text.lastIndex(of: "@"), let scheme = text.range(of: "://"), let colon = text[scheme.upperBound..<at].firstIndex(of: ":") else {
            return text
        }
        return String(text[..<text.index(after: colon)]) + "***" + String(text[at...])
    }
}
