import Foundation
import GevinstImport

/// How the server runs: where it listens, how long sessions last, how large a request may be, and the login
/// rate limit. Values with defaults, chosen per installation.
public struct ServerConfiguration: Sendable {
    public var host: String
    public var port: Int
    /// The largest JSON request body accepted (a proposal is a few kilobytes).
    public var maxJSONBodyBytes: Int
    /// The largest uploaded document accepted by `POST /api/imports`.
    public var maxUploadBytes: Int
    /// How long a login session lasts.
    public var sessionLifetime: TimeInterval
    /// bcrypt's cost (log2 of the rounds): 12 in production; tests use the minimum, 4.
    public var bcryptCost: UInt8
    /// Failed logins per user name in `rateLimitWindow` before further attempts are refused.
    public var maxFailuresPerUser: Int
    /// Failed logins from one address in `rateLimitWindow` before further attempts are refused.
    public var maxFailuresPerAddress: Int
    public var rateLimitWindow: TimeInterval
    /// Set the cookie's Secure flag (behind HTTPS).
    public var secureCookies: Bool
    /// Decode every stored proposal for the pages in the background at start (`gevinst serve` does), so the first
    /// list after a start is as quick as later ones; `GET /health` says `"pages": "warming"` until it is done.
    public var warmPagesAtStart: Bool
    /// Makes an uploaded Word document (or RTF, OpenDocument text, web page) into PDF for `POST /api/imports` and
    /// the import page; `gevinst serve` gives LibreOffice here where it is installed. Nil: such files are refused
    /// with what to do.
    public var officeToPDF: DocumentImporter.OfficeToPDF?
    /// Reads an uploaded follow-up workbook as the table it holds, for the same routes: .xlsx always, .ods where
    /// `gevinst serve` gives LibreOffice (`FollowUpWorkbookImport`).
    public var readWorkbook: DocumentImporter.WorkbookReader
    /// Saves an uploaded .ods or .xls as .xlsx for the follow-up routes (a period's upload, the bulk update, the
    /// follow-up page); `gevinst serve` gives LibreOffice here where it is installed.
    public var spreadsheetToXlsx: FollowUpWorkbookImport.ToXlsx

    public init(
        host: String = "127.0.0.1", port: Int = 8080, maxJSONBodyBytes: Int = 2 * 1024 * 1024,
        maxUploadBytes: Int = 20 * 1024 * 1024, sessionLifetime: TimeInterval = 12 * 3600, bcryptCost: UInt8 = 12,
        maxFailuresPerUser: Int = 5, maxFailuresPerAddress: Int = 20, rateLimitWindow: TimeInterval = 15 * 60,
        secureCookies: Bool = false, warmPagesAtStart: Bool = false, officeToPDF: DocumentImporter.OfficeToPDF? = nil,
        readWorkbook: @escaping DocumentImporter.WorkbookReader = FollowUpWorkbookImport.reader(libreOffice: nil),
        spreadsheetToXlsx: @escaping FollowUpWorkbookImport.ToXlsx = FollowUpWorkbookImport.toXlsx(libreOffice: nil)
    ) {
        self.warmPagesAtStart = warmPagesAtStart
        self.officeToPDF = officeToPDF
        self.readWorkbook = readWorkbook
        self.spreadsheetToXlsx = spreadsheetToXlsx
        self.host = host
        self.port = port
        self.maxJSONBodyBytes = maxJSONBodyBytes
        self.maxUploadBytes = maxUploadBytes
        self.sessionLifetime = sessionLifetime
        self.bcryptCost = min(31, max(4, bcryptCost))
        self.maxFailuresPerUser = maxFailuresPerUser
        self.maxFailuresPerAddress = maxFailuresPerAddress
        self.rateLimitWindow = rateLimitWindow
        self.secureCookies = secureCookies
    }
}
