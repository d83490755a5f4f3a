/// The native file format for a proposal: JSON, versioned by `"format": "gevinst-proposal/1"`, amounts in
/// whole kroner keyed by year. Documented in docs/file-format.md with a JSON Schema in
/// docs/gevinst-proposal-1.schema.json.
///
/// Reading is strict: an unknown field, a year outside the proposal's years, an amount that is not a whole
/// number of kroner or exceeds `AmountLimits`, or a driver whose result differs from the amounts written
/// beside it is an error that names file, line, column and field path.
public enum NativeFormat {
    public static let formatVersion = "gevinst-proposal/1"
    /// The largest native file Gevinst reads (a proposal is a few kilobytes; 8 MiB leaves ample room).
    public static let maxFileSize = 8 * 1024 * 1024

    public static func decode(text: String, file: String = "-") throws(NativeFormatError) -> Proposal {
        try decode(bytes: Array(text.utf8), file: file)
    }

    public static func decode(bytes: [UInt8], file: String = "-") throws(NativeFormatError) -> Proposal {
        guard bytes.count <= maxFileSize else {
            throw NativeFormatError(file: file, position: TextPosition(line: 1, column: 1), path: "",
                                    message: "the file is \(bytes.count) bytes; a proposal file may be at most \(maxFileSize) bytes")
        }
        let root: JSONNode
        do {
            root = try JSONParser.parse(bytes: bytes)
        } catch {
            throw NativeFormatError(file: file, position: error.position, path: "", message: "not valid JSON: \(error.message)")
        }
        return try ProposalDecoder(file: file).proposal(root)
    }

    /// The proposal as native JSON text.
    public static func encode(_ proposal: Proposal) -> String {
        JSONWriter.write(ProposalEncoder.value(proposal))
    }

    /// The proposal as a JSON value (for embedding, e.g. in API responses).
    public static func jsonValue(_ proposal: Proposal) -> JSONValue { ProposalEncoder.value(proposal) }
}
