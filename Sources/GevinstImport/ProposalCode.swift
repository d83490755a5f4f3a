/// A proposal code at the start of a title, as the municipal tables print it (DOMAIN.md §3): area letters,
/// possibly several joined by "/", two digits and sometimes the budget year in brackets. 002 writes them
/// "HA01: …", "HA01 - …", "HA03(2025) - …", "TV06 (2025) - …" and "TV11 (2025) Reduktion …"; 000 prints
/// "Forslagets titel: BU03 - Faglig omstilling" and refers to "UD013" in its text. Every reader parses codes
/// with `leading(_:letters:)`.
public struct ProposalCode: Sendable, Hashable, CustomStringConvertible {
    /// The letter groups: ["HA"], ["SI", "UD"], ["HA", "S"] for the mistyped "HA/S108".
    public let areas: [String]
    /// The number as printed: "01", "108".
    public let number: String
    /// The year in brackets, if printed.
    public let year: Int?

    public init(areas: [String], number: String, year: Int?) {
        self.areas = areas
        self.number = number
        self.year = year
    }

    /// The code without spaces: "TV06(2025)", "SI/UD02". Two printings of one code give the same text.
    public var description: String {
        areas.joined(separator: "/") + number + (year.map { "(\($0))" } ?? "")
    }

    /// The code without its year: "TV06".
    public var withoutYear: String { areas.joined(separator: "/") + number }

    /// The code without spaces and without leading zeros in its number: "UD013" and "UD13" are one code (000
    /// refers to UD13 as "UD013").
    public var canonical: String {
        let significant = number.drop { $0 == "0" }
        return areas.joined(separator: "/") + (significant.isEmpty ? "0" : String(significant)) + (year.map { "(\($0))" } ?? "")
    }

    /// A code as the document prints it: "TV06 (2025)" and "TV06(2025)" are one code printed two ways.
    public struct Printed: Sendable, Hashable {
        public let code: ProposalCode
        /// The code's characters as printed, from its first letter to its last digit or bracket.
        public let text: String
    }

    /// How many letters a group may have.
    public enum Letters: Sendable {
        /// As typed into a table: any number of letters per group, at least two in all. Keeps slips such as
        /// "HA/S108" (002 line 44) for `ProposalCodeConvention` to explain.
        case asTyped
        /// Two or three capitals per group, for codes found in running text, where a word such as "COVID19" or
        /// "A/B1" is not a code.
        case areaLetters
    }

    /// The code at the start of `text` (which must start with its first letter) and the text after it, or nil.
    /// A code is letter groups (A–Z, Æ, Ø, Å) joined by "/", one to four digits, and optionally a year in
    /// brackets, perhaps after spaces ("TV06 (2025)"); without the year it must not run on into a word or a
    /// longer number ("HA01a").
    public static func leading<Text: StringProtocol>(_ text: Text, letters: Letters) -> (printed: Printed, rest: Text.SubSequence)? {
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        var areas: [String] = []
        var group = ""
        var groupLength = 0
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if isCodeLetter(scalar) {
                group.unicodeScalars.append(scalar)
                groupLength += 1
            } else if scalar == "/" && groupLength > 0 {
                areas.append(group)
                group = ""
                groupLength = 0
            } else {
                break
            }
            index = scalars.index(after: index)
        }
        guard groupLength > 0 else { return nil }
        areas.append(group)
        switch letters {
        case .asTyped:
            guard areas.reduce(0, { $0 + $1.unicodeScalars.count }) >= 2 else { return nil }
        case .areaLetters:
            guard areas.allSatisfy({ (2...3).contains($0.unicodeScalars.count) }) else { return nil }
        }
        var number = ""
        while index < scalars.endIndex, number.utf8.count < 4, isDigit(scalars[index]) {
            number.unicodeScalars.append(scalars[index])
            index = scalars.index(after: index)
        }
        guard !number.isEmpty else { return nil }
        var end = index
        var year: Int? = nil
        // Optional " (2025)".
        var look = index
        while look < scalars.endIndex, scalars[look] == " " { look = scalars.index(after: look) }
        if look < scalars.endIndex, scalars[look] == "(" {
            var digits = ""
            var probe = scalars.index(after: look)
            while probe < scalars.endIndex, digits.utf8.count < 4, isDigit(scalars[probe]) {
                digits.unicodeScalars.append(scalars[probe])
                probe = scalars.index(after: probe)
            }
            if probe < scalars.endIndex, scalars[probe] == ")", let printedYear = fourDigitYear(digits) {
                year = printedYear
                end = scalars.index(after: probe)
            }
        }
        // Without a year the code must end here, not inside a word or a longer number ("HA01a").
        if year == nil, end < scalars.endIndex {
            let next = scalars[end]
            guard !next.properties.isAlphabetic, !isDigit(next) else { return nil }
        }
        let code = ProposalCode(areas: areas, number: number, year: year)
        return (Printed(code: code, text: String(text[text.startIndex..<end])), text[end...])
    }

    /// Splits a title cell into its code and the title proper; the code is nil when the cell starts with
    /// none ("Innovationsprojekt Selv- og medbetjening …"). The separator after the code (":", "-", "–")
    /// is dropped.
    public static func split(title cell: some StringProtocol) -> (code: ProposalCode?, title: String) {
        let text = Substring(cell).trimmedBytes
        guard let found = leading(text, letters: .asTyped) else { return (nil, String(text)) }
        var title = found.rest.trimmedBytes
        if let first = title.first, first == ":" || first == "-" || first == "–" || first == "—" {
            title = title.dropFirst().trimmedBytes
        }
        return (found.printed.code, String(title))
    }

    /// Capital letters A–Z and Æ, Ø, Å.
    private static func isCodeLetter(_ scalar: Unicode.Scalar) -> Bool {
        ("A"..."Z").contains(scalar) || scalar == "Æ" || scalar == "Ø" || scalar == "Å"
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
}
