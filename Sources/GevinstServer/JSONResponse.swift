import GevinstCore
import Hummingbird

/// JSON responses written with Core's `JSONWriter` (the same writer as the native format).
enum JSONResponse {
    static func make(_ value: JSONValue, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response {
        var fields = headers
        fields[.contentType] = "application/json; charset=utf-8"
        let text = JSONWriter.write(value, pretty: false)
        return Response(status: status, headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    /// An object's members as JSON text without the braces (`"a":1,"b":2`), to be appended to another object
    /// with `make(_:appending:)`.
    static func members(_ object: JSONValue) -> String {
        let text = JSONWriter.write(object, pretty: false)
        guard text.hasPrefix("{"), text.hasSuffix("}") else { return "" }
        return String(text.dropFirst().dropLast())
    }

    /// The object `value` with `members` (from `members(_:)`) appended after its own members.
    static func make(_ value: JSONValue, appending members: String, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response {
        var fields = headers
        fields[.contentType] = "application/json; charset=utf-8"
        var text = JSONWriter.write(value, pretty: false)
        if !members.isEmpty, text.hasSuffix("}") {
            text.removeLast()
            if text != "{" { text.append(",") }
            text.append(members)
            text.append("}")
        }
        return Response(status: status, headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}
