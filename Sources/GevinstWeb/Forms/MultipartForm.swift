/// A `multipart/form-data` body (RFC 7578): the parts of an upload form, each with its field name, the
/// file name for a file, and its bytes. Used for document uploads (import, follow-up bulk update, index
/// series), where the browser sends the file as one part beside the CSRF token.
public struct MultipartForm: Sendable {
    public struct Part: Sendable, Hashable {
        public var name: String
        public var filename: String?
        public var contentType: String?
        public var body: [UInt8]

        public var text: String { String(decoding: body, as: UTF8.self) }
    }

    public var parts: [Part]

    /// The boundary from a `Content-Type: multipart/form-data; boundary=…` header value, or nil.
    public static func boundary(fromContentType contentType: String) -> String? {
        guard contentType.lowercased().hasPrefix("multipart/form-data") else { return nil }
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmedSpaces.lowercased() == "boundary" else { continue }
            var value = String(pair[1]).trimmedSpaces
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
            return value.isEmpty || value.utf8.count > 70 ? nil : value
        }
        return nil
    }

    /// Splits `body` at `--boundary` lines. Throws `MultipartError` when the body is not multipart data
    /// with that boundary.
    public init(body: [UInt8], boundary: String) throws(MultipartError) {
        let delimiter = Array(("--" + boundary).utf8)
        var positions: [Int] = []
        var index = 0
        while let found = MultipartForm.find(delimiter, in: body, from: index) {
            positions.append(found)
            index = found + delimiter.count
        }
        guard positions.count >= 2 else { throw .noParts }
        var parts: [Part] = []
        for (start, end) in zip(positions, positions.dropFirst()) {
            var partStart = start + delimiter.count
            // Skip the CRLF after the delimiter line.
            if partStart + 1 < body.count, body[partStart] == 13, body[partStart + 1] == 10 { partStart += 2 }
            var partEnd = end
            // The CRLF before the next delimiter belongs to the delimiter.
            if partEnd >= 2, body[partEnd - 2] == 13, body[partEnd - 1] == 10 { partEnd -= 2 }
            guard partStart <= partEnd else { throw .malformedPart }
            let part = Array(body[partStart..<partEnd])
            guard let headerEnd = MultipartForm.find([13, 10, 13, 10], in: part, from: 0) else { throw .malformedPart }
            let headerText = String(decoding: part[0..<headerEnd], as: UTF8.self)
            var name: String?
            var filename: String?
            var contentType: String?
            for line in headerText.split(separator: "\r\n") {
                let pair = line.split(separator: ":", maxSplits: 1)
                guard pair.count == 2 else { continue }
                let header = pair[0].trimmedSpaces.lowercased()
                let value = String(pair[1]).trimmedSpaces
                if header == "content-disposition" {
                    name = MultipartForm.parameter("name", in: value)
                    filename = MultipartForm.parameter("filename", in: value)
                } else if header == "content-type" {
                    contentType = value
                }
            }
            guard let name else { throw .partWithoutName }
            parts.append(Part(name: name, filename: filename, contentType: contentType, body: Array(part[(headerEnd + 4)...])))
        }
        self.parts = parts
    }

    /// The first part named `name`.
    public func part(_ name: String) -> Part? { parts.first { $0.name == name } }

    /// The text of the first part named `name` (a plain field such as the CSRF token).
    public func field(_ name: String) -> String? { part(name)?.text }

    /// `name="value"` or `name=value` inside a header value.
    static func parameter(_ key: String, in header: String) -> String? {
        for item in header.split(separator: ";").dropFirst() {
            let pair = item.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmedSpaces.lowercased() == key else { continue }
            var value = String(pair[1]).trimmedSpaces
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
            return value.replacing("\\\"", with: "\"")
        }
        return nil
    }

    static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count, start <= haystack.count - needle.count else { return nil }
        let first = needle[0]
        var index = start
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == first {
                var matches = true
                for offset in 1..<needle.count where haystack[index + offset] != needle[offset] {
                    matches = false
                    break
                }
                if matches { return index }
            }
            index += 1
        }
        return nil
    }
}

/// Why an upload could not be read.
public enum MultipartError: Error, Sendable, Hashable, CustomStringConvertible {
    case noParts
    case malformedPart
    case partWithoutName

    public var description: String {
        switch self {
        case .noParts: "the upload holds no form fields; send it from the upload form (multipart/form-data)"
        case .malformedPart: "a part of the upload has no header block; send it from the upload form"
        case .partWithoutName: "a part of the upload has no field name; send it from the upload form"
        }
    }
}
