/// Reads a price index series from CSV text (a pure function: the caller reads the file).
///
/// ```
/// # name: Service p/l
/// # source: KL, Pris- og lønskøn
/// # vintage: juni 2024
/// # illustrative: no
/// year;index
/// 2023;100,0
/// 2024;103,1
/// ```
/// Header lines are `# key: value` with the keys `name`, `source`, `vintage` (required) and `illustrative`
/// (yes/ja/true or no/nej/false, default no); other lines starting with `#` are comments. Rows are
/// `year;index`, `year,index` or `year<TAB>index`; the index may use a decimal comma or point ("103,1",
/// "103.1"). A first row of words (`year;index`, `år;indeks`) is a column header. Errors name the line and
/// what was expected.
public enum PriceIndexCSV {
    public static func parse(_ text: String) -> Result<PriceIndexSeries, PriceIndexParseError> {
        var name: String?
        var source: String?
        var vintage: String?
        var illustrative = false
        var values: [Int: Quantity] = [:]
        var sawRow = false
        var lineNumber = 0
        var body = Substring(text)
        if body.hasPrefix("\u{FEFF}") { body = body.dropFirst() }

        var lastContentLine = 1
        // "\r\n" is one Character in Swift, so lines are split on each line-ending character.
        for rawLine in body.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            lineNumber += 1
            let line = String(rawLine).trimmingSpaces()
            if line.isEmpty { continue }
            lastContentLine = lineNumber
            if line.hasPrefix("#") {
                guard let (key, value) = headerField(line) else { continue }
                switch key {
                case "name": name = value
                case "source": source = value
                case "vintage": vintage = value
                case "illustrative":
                    switch value.lowercased() {
                    case "yes", "ja", "true": illustrative = true
                    case "no", "nej", "false": illustrative = false
                    default:
                        return .failure(PriceIndexParseError(
                            line: lineNumber, message: "expected yes or no after \"# illustrative:\", found \"\(value)\""))
                    }
                default: continue
                }
                continue
            }
            guard let separator = line.firstIndex(where: { $0 == ";" || $0 == "," || $0 == "\t" }) else {
                return .failure(PriceIndexParseError(
                    line: lineNumber, message: "expected a row \"year;index\" (e.g. \"2024;103,1\"), found \"\(line)\""))
            }
            let yearText = String(line[..<separator]).trimmingSpaces()
            let indexText = String(line[line.index(after: separator)...]).trimmingSpaces()
            if !sawRow && values.isEmpty && !yearText.isEmpty && yearText.allSatisfy({ $0.isLetter }) {
                sawRow = true
                continue
            }
            sawRow = true
            guard yearText.count == 4, yearText.allSatisfy({ $0.isASCII && $0.isNumber }), let year = Int(yearText) else {
                return .failure(PriceIndexParseError(
                    line: lineNumber, message: "expected a four-digit year before the separator, found \"\(yearText)\""))
            }
            guard let index = Quantity(text: indexText) else {
                return .failure(PriceIndexParseError(
                    line: lineNumber,
                    message: "expected an index value for \(year) such as \"103,1\" (at most \(Quantity.maxScale) decimals), found \"\(indexText)\""))
            }
            guard index.units > 0 else {
                return .failure(PriceIndexParseError(
                    line: lineNumber, message: "expected a positive index value for \(year), found \"\(indexText)\""))
            }
            guard values[year] == nil else {
                return .failure(PriceIndexParseError(line: lineNumber, message: "the year \(year) appears twice"))
            }
            values[year] = index
        }
        guard let name, !name.isEmpty else {
            return .failure(PriceIndexParseError(line: 1, message: "expected a header line \"# name: …\" naming the series"))
        }
        guard let source, !source.isEmpty else {
            return .failure(PriceIndexParseError(line: 1, message: "expected a header line \"# source: …\" saying who publishes the values"))
        }
        guard let vintage, !vintage.isEmpty else {
            return .failure(PriceIndexParseError(line: 1, message: "expected a header line \"# vintage: …\" saying which edition the values are"))
        }
        guard !values.isEmpty else {
            return .failure(PriceIndexParseError(line: lastContentLine, message: "expected at least one row \"year;index\""))
        }
        return .success(PriceIndexSeries(name: name, source: source, vintage: vintage, illustrative: illustrative, values: values))
    }

    /// "# key: value" → (key lower-cased, value); nil for a plain comment.
    private static func headerField(_ line: String) -> (String, String)? {
        let content = line.dropFirst().drop { $0 == " " || $0 == "\t" }
        guard let colon = content.firstIndex(of: ":") else { return nil }
        let key = content[..<colon].trimmingCharactersForKey()
        guard ["name", "source", "vintage", "illustrative"].contains(key) else { return nil }
        return (key, String(content[content.index(after: colon)...]).trimmingSpaces())
    }
}

/// A price index file that could not be read: the line and what was expected there.
public struct PriceIndexParseError: Error, Sendable, Hashable, CustomStringConvertible {
    public var line: Int
    public var message: String

    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }

    public var description: String { "line \(line): \(message)" }
}

extension Substring {
    fileprivate func trimmingCharactersForKey() -> String { String(self).trimmingSpaces().lowercased() }
}
