import GevinstCore
import Hummingbird

/// Reading request bodies with a size limit, and small JSON bodies field by field with messages that say
/// which field is wrong and what was expected.
enum RequestBodies {
    /// The body's bytes; more than `limit` bytes is a 413 that names the limit.
    static func bytes(_ request: Request, limit: Int) async throws -> [UInt8] {
        do {
            let buffer = try await request.body.collect(upTo: limit)
            return Array(buffer.readableBytesView)
        } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
            throw APIError(.contentTooLarge, "the request body is larger than \(limit) bytes, the most this route accepts")
        }
    }

    /// The body as a JSON object.
    static func object(_ request: Request, limit: Int) async throws -> JSONObjectBody {
        let bytes = try await bytes(request, limit: limit)
        let node: JSONNode
        do {
            node = try JSONParser.parse(bytes: bytes)
        } catch {
            throw APIError(.badRequest, "the body is not valid JSON: line \(error.position.line), column \(error.position.column): \(error.message)")
        }
        guard case .object(let members) = node.value else {
            throw APIError(.badRequest, "the body must be a JSON object, found \(node.value.kindDescription)")
        }
        return JSONObjectBody(members: members)
    }
}

/// The fields of a JSON request body.
struct JSONObjectBody {
    let members: [JSONMember]

    func value(_ key: String) -> JSONValue? {
        guard let value = members.last(where: { $0.key == key })?.value.value else { return nil }
        if case .null = value { return nil }
        return value
    }

    func string(_ key: String) throws -> String? {
        guard let value = value(key) else { return nil }
        guard case .string(let text) = value else { throw APIError.badRequest("\"\(key)\" must be a string, found \(value.kindDescription)") }
        return text
    }

    func requiredString(_ key: String) throws -> String {
        guard let text = try string(key) else { throw APIError.badRequest("the field \"\(key)\" is missing; expected a string") }
        return text
    }

    func int(_ key: String, in range: ClosedRange<Int>) throws -> Int? {
        guard let value = value(key) else { return nil }
        guard case .number(let text) = value, let number = Int(text), range.contains(number) else {
            throw APIError.badRequest("\"\(key)\" must be a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return number
    }

    func strings(_ key: String) throws -> [String]? {
        guard let value = value(key) else { return nil }
        guard case .array(let elements) = value else { throw APIError.badRequest("\"\(key)\" must be a list of strings") }
        return try elements.map { element in
            guard case .string(let text) = element.value else { throw APIError.badRequest("\"\(key)\" must be a list of strings") }
            return text
        }
    }

    func ints(_ key: String) throws -> [Int64]? {
        guard let value = value(key) else { return nil }
        guard case .array(let elements) = value else { throw APIError.badRequest("\"\(key)\" must be a list of whole numbers") }
        return try elements.map { element in
            guard case .number(let text) = element.value, let number = Int64(text) else {
                throw APIError.badRequest("\"\(key)\" must be a list of whole numbers")
            }
            return number
        }
    }

    /// Refuses fields the route does not know, naming the known ones (a typo must not be ignored silently).
    func rejectUnknown(_ known: [String]) throws {
        if let unknown = members.first(where: { !known.contains($0.key) }) {
            throw APIError.badRequest("unknown field \"\(unknown.key)\"; this route reads \(known.map { "\"\($0)\"" }.joined(separator: ", "))")
        }
    }
}
