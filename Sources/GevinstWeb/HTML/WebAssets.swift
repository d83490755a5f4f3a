/// The one stylesheet and the one small script of the web application, served by Gevinst itself (no CDN, no
/// web fonts, no external request). Their addresses carry a hash of their content, so the server can let
/// browsers cache them for a year and a new release is fetched at once.
public enum WebAssets {
    public static let stylesheet: String = WebStylesheet.css
    public static let script: String = WebScript.javascript

    public static let stylesheetVersion = fingerprint(stylesheet)
    public static let scriptVersion = fingerprint(script)

    /// `/static/gevinst.css?v=…`
    public static let stylesheetPath = WebPath.stylesheet + "?v=" + stylesheetVersion
    /// `/static/gevinst.js?v=…`
    public static let scriptPath = WebPath.script + "?v=" + scriptVersion

    /// 64-bit FNV-1a of the text as 16 hex digits: enough to tell two releases' assets apart (not a security
    /// measure).
    static func fingerprint(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: max(0, 16 - digits.count)) + digits
    }
}
