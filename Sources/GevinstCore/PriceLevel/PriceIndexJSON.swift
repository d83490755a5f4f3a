/// Reads a price index series from JSON text (a pure function: the caller reads the file), with the native
/// format's parser, so that errors name file, line, column and field path.
///
/// ```json
/// {
///   "format": "gevinst-price-index/1",
///   "name": "Service p/l",
///   "source": "KL, Pris- og lønskøn",
///   "vintage": "juni 2024",
///   "illustrative": false,
///   "values": { "2023": 100.0, "2024": 103.1 }
/// }
/// ```
/// `illustrative` may be left out (false). Index values are JSON numbers or strings with a decimal comma
/// ("103,1"); they must be positive. Unknown fields are errors, as in the proposal format.
public enum PriceIndexJSON {
    public static let formatVersion = "gevinst-price-index/1"

    public static func parse(_ text: String, file: String = "-") -> Result<PriceIndexSeries, NativeFormatError> {
        let root: JSONNode
        do {
            root = try JSONParser.parse(text)
        } catch {
            return .failure(NativeFormatError(file: file, position: error.position, path: "", message: "not valid JSON: \(error.message)"))
        }
        do {
            return .success(try series(root, file: file))
        } catch {
            return .failure(error)
        }
    }

    private static func series(_ root: JSONNode, file: String) throws(NativeFormatError) -> PriceIndexSeries {
        let object = try JSONObjectReader(root, path: "", file: file)
        try object.rejectUnknown(["format", "name", "source", "vintage", "illustrative", "values"])
        let format = try object.requiredString("format")
        guard format == formatVersion else {
            throw object.error("format", "expected \"\(formatVersion)\", found \"\(format)\"")
        }
        let name = try object.requiredString("name")
        let source = try object.requiredString("source")
        let vintage = try object.requiredString("vintage")
        for (key, value) in [("name", name), ("source", source), ("vintage", vintage)] where value.trimmingSpaces().isEmpty {
            throw object.error(key, "expected a non-empty string")
        }
        let illustrative = try object.bool("illustrative") ?? false
        let valuesNode = try object.required("values", "an object of index values keyed by year, e.g. {\"2024\": 103.1}")
        guard case .object(let members) = valuesNode.value else {
            throw object.error("values", "expected an object keyed by year, found \(valuesNode.value.kindDescription)")
        }
        var values: [Int: Quantity] = [:]
        for member in members {
            let path = "values.\(member.key)"
            guard member.key.count == 4, member.key.allSatisfy({ $0.isASCII && $0.isNumber }), let year = Int(member.key) else {
                throw NativeFormatError(file: file, position: member.keyPosition, path: path, message: "expected a four-digit year as the key")
            }
            guard values[year] == nil else {
                throw NativeFormatError(file: file, position: member.keyPosition, path: path, message: "the year \(year) appears twice")
            }
            let text: String
            switch member.value.value {
            case .number(let written): text = written
            case .string(let written): text = written
            default:
                throw NativeFormatError(file: file, position: member.value.position, path: path,
                                        message: "expected an index value such as 103.1, found \(member.value.value.kindDescription)")
            }
            guard let index = Quantity(text: text) else {
                throw NativeFormatError(file: file, position: member.value.position, path: path,
                                        message: "expected an index value with at most \(Quantity.maxScale) decimals, found \(text)")
            }
            guard index.units > 0 else {
                throw NativeFormatError(file: file, position: member.value.position, path: path, message: "expected a positive index value, found \(text)")
            }
            values[year] = index
        }
        guard !values.isEmpty else { throw object.error("values", "expected at least one year") }
        return PriceIndexSeries(name: name, source: source, vintage: vintage, illustrative: illustrative, values: values)
    }
}
