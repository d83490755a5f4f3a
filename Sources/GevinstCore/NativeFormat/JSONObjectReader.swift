/// Reads one JSON object field by field for a decoder, tracking the field path and rejecting fields that
/// the format does not know (a typo in a field name must not be silently ignored).
struct JSONObjectReader {
    let file: String
    let path: String
    let node: JSONNode
    let members: [JSONMember]

    init(_ node: JSONNode, path: String, file: String) throws(NativeFormatError) {
        self.file = file
        self.path = path
        self.node = node
        guard case .object(let members) = node.value else {
            throw NativeFormatError(file: file, position: node.position, path: path, message: "expected an object, found \(node.value.kindDescription)")
        }
        self.members = members
    }

    func childPath(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    func error(_ key: String, _ message: String) -> NativeFormatError {
        let position = members.first { $0.key == key }?.value.position ?? node.position
        return NativeFormatError(file: file, position: position, path: childPath(key), message: message)
    }

    func error(at node: JSONNode, path: String, _ message: String) -> NativeFormatError {
        NativeFormatError(file: file, position: node.position, path: path, message: message)
    }

    /// Fails on any field not in `known`, naming the nearest known field.
    func rejectUnknown(_ known: [String]) throws(NativeFormatError) {
        for member in members where !known.contains(member.key) {
            let suggestion = known.min { editDistance($0, member.key) < editDistance($1, member.key) }
            let hint = suggestion.map { editDistance($0, member.key) <= 3 ? " (did you mean \"\($0)\"?)" : "" } ?? ""
            throw NativeFormatError(
                file: file, position: member.keyPosition, path: childPath(member.key),
                message: "unknown field \"\(member.key)\"\(hint); known fields here: \(known.joined(separator: ", "))")
        }
    }

    func value(_ key: String) -> JSONNode? {
        guard let node = members.first(where: { $0.key == key })?.value else { return nil }
        if case .null = node.value { return nil }
        return node
    }

    func required(_ key: String, _ what: String) throws(NativeFormatError) -> JSONNode {
        guard let node = value(key) else {
            throw NativeFormatError(file: file, position: node.position, path: childPath(key), message: "missing; expected \(what)")
        }
        return node
    }

    func string(_ key: String) throws(NativeFormatError) -> String? {
        guard let node = value(key) else { return nil }
        guard case .string(let text) = node.value else { throw error(key, "expected a string, found \(node.value.kindDescription)") }
        return text
    }

    func requiredString(_ key: String) throws(NativeFormatError) -> String {
        let node = try required(key, "a string")
        guard case .string(let text) = node.value else { throw error(key, "expected a string, found \(node.value.kindDescription)") }
        return text
    }

    func bool(_ key: String) throws(NativeFormatError) -> Bool? {
        guard let node = value(key) else { return nil }
        guard case .bool(let flag) = node.value else { throw error(key, "expected true or false, found \(node.value.kindDescription)") }
        return flag
    }

    func int(_ key: String, in range: ClosedRange<Int>? = nil) throws(NativeFormatError) -> Int? {
        guard let node = value(key) else { return nil }
        return try integer(node, path: childPath(key), in: range)
    }

    func integer(_ node: JSONNode, path: String, in range: ClosedRange<Int>? = nil) throws(NativeFormatError) -> Int {
        guard case .number(let text) = node.value else {
            throw error(at: node, path: path, "expected a whole number, found \(node.value.kindDescription)")
        }
        guard let value = Int(text) else { throw error(at: node, path: path, "expected a whole number, found \(text)") }
        if let range, !range.contains(value) {
            throw error(at: node, path: path, "\(value) is outside \(range.lowerBound)–\(range.upperBound)")
        }
        return value
    }

    func stringList(_ key: String) throws(NativeFormatError) -> [String] {
        guard let node = value(key) else { return [] }
        guard case .array(let elements) = node.value else { throw error(key, "expected a list of strings, found \(node.value.kindDescription)") }
        var result: [String] = []
        for (offset, element) in elements.enumerated() {
            guard case .string(let text) = element.value else {
                throw error(at: element, path: "\(childPath(key))[\(offset)]", "expected a string, found \(element.value.kindDescription)")
            }
            result.append(text)
        }
        return result
    }

    func list(_ key: String) throws(NativeFormatError) -> [JSONNode] {
        guard let node = value(key) else { return [] }
        guard case .array(let elements) = node.value else { throw error(key, "expected a list, found \(node.value.kindDescription)") }
        return elements
    }

    func object(_ key: String) throws(NativeFormatError) -> JSONObjectReader? {
        guard let node = value(key) else { return nil }
        return try JSONObjectReader(node, path: childPath(key), file: file)
    }

    /// An enum value by its raw string, listing the accepted values when it is not one of them.
    func enumeration<T: RawRepresentable & CaseIterable>(_ key: String, _ type: T.Type) throws(NativeFormatError) -> T?
    where T.RawValue == String {
        guard let text = try string(key) else { return nil }
        guard let value = T(rawValue: text) else {
            throw error(key, "\"\(text)\" is not one of: \(T.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", "))")
        }
        return value
    }
}

/// Levenshtein distance, for "did you mean" hints on unknown fields.
func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    for i in 1...a.count {
        var current = [i] + Array(repeating: 0, count: b.count)
        for j in 1...b.count {
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        previous = current
    }
    return previous[b.count]
}
