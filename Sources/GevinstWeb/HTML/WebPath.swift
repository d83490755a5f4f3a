/// The addresses of the web application, in one place so that the pages link to exactly the routes the
/// server answers. Every address is a path on Gevinst itself (no scheme, no host): the pages never make
/// an external request. Query values and path segments are percent-encoded.
public enum WebPath {
    public static let dashboard = "/"
    public static let login = "/login"
    public static let logout = "/logout"
    public static let proposals = "/proposals"
    public static let newProposal = "/proposals/new"
    public static let preview = "/preview"
    public static let catalogue = "/catalogue"
    public static let snapshots = "/snapshots"
    public static let importDocument = "/import"
    public static let importSave = "/import/save"
    public static let followUp = "/follow-up"
    public static let followUpRecord = "/follow-up/record"
    public static let followUpUpload = "/follow-up/upload"
    public static let administration = "/admin"
    public static let adminUsers = "/admin/users"
    /// Adds to one of the configurable lists; the form's `kind` names which.
    public static let adminReference = "/admin/reference"
    public static let adminRounds = "/admin/rounds"
    public static let adminIndexSeries = "/admin/index-series"
    public static let adminColourRules = "/admin/colour-rules"
    public static let stylesheet = "/static/gevinst.css"
    public static let script = "/static/gevinst.js"

    /// Chooses the language of the pages (a cookie) and goes back to where the user was.
    public static func language(_ language: Language) -> String { "/language/\(language.rawValue)" }

    public static func proposal(_ id: Int64) -> String { "/proposals/\(id)" }
    public static func edit(_ id: Int64) -> String { "/proposals/\(id)/edit" }
    public static func merge(_ id: Int64) -> String { "/proposals/\(id)/merge" }
    public static func review(_ id: Int64) -> String { "/proposals/\(id)/review" }
    public static func transitions(_ id: Int64) -> String { "/proposals/\(id)/transitions" }

    /// The proposal page showing the diff between two versions.
    public static func diff(_ id: Int64, from: Int64, to: Int64) -> String {
        with(proposal(id), query: [("from", String(from)), ("to", String(to))]) + "#diff"
    }

    /// A proposal rendered as a document (html, docx, xlsx, pdf, csv) by the server's document API, which the
    /// browser's session cookie opens.
    public static func proposalDocument(_ id: Int64, format: String) -> String {
        with("/api/proposals/\(id)/document", query: [("format", format)])
    }

    /// The proposal list as XLSX or CSV, with the list's filters.
    public static func proposalExport(format: String, query: [(String, String)]) -> String {
        with("/proposals/export", query: [("format", format)] + query)
    }

    /// The catalogue of a round as a document, with the change list since a snapshot (the document API).
    public static func catalogueDocument(round: String?, since snapshot: Int64?, format: String) -> String {
        var query: [(String, String)] = [("format", format)]
        if let round { query.append(("round", round)) }
        if let snapshot { query.append(("since", String(snapshot))) }
        return with("/api/catalogue", query: query)
    }

    /// The committee's follow-up report for a period.
    public static func followUpReport(period: String, format: String) -> String {
        with("/follow-up/report", query: [("period", period), ("format", format)])
    }

    /// True for a path on Gevinst itself ("/proposals/3"), never another site ("//evil.example", "https://…"):
    /// a `next` address after logging in must pass this, so the login form cannot send a user elsewhere.
    public static func isLocal(_ path: String) -> Bool {
        path.hasPrefix("/") && !path.hasPrefix("//") && !path.hasPrefix("/\\")
            && !path.unicodeScalars.contains { $0.value < 0x20 || $0 == "\\" }
    }

    /// `path?name=value&…` with every name and value percent-encoded; empty values are left out.
    public static func with(_ path: String, query: [(String, String)]) -> String {
        let items = query.filter { !$0.1.isEmpty }.map { encode($0.0) + "=" + encode($0.1) }
        return items.isEmpty ? path : path + "?" + items.joined(separator: "&")
    }

    /// Percent-encodes everything but the unreserved characters of RFC 3986 (letters, digits, `-._~`).
    public static func encode(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = Array("0123456789ABCDEF".unicodeScalars)
                result += "%"
                result.unicodeScalars.append(hex[Int(byte >> 4)])
                result.unicodeScalars.append(hex[Int(byte & 0x0F)])
            }
        }
        return result
    }
}
