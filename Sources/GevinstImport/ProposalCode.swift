/// A proposal code at the start of a title, as the municipal tables print it (DOMAIN.md §3): area letters,
/// possibly several joined by "/", two digits and sometimes the budget year in brackets. 002 writes them
/// "HA01: …", "HA01 - …", "HA03(2025) - …", "TV06 (2025) - …" and "TV11 (2025) Reduktion …".
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

    /// Splits a title cell into its code and the title proper; the code is nil when the cell starts with
    /// none ("Innovationsprojekt Selv- og medbetjening …"). The separator after the code (":", "-", "–")
    /// is dropped.
    public static func split(title cell: some StringProtocol) -> (code: ProposalCode?, title: String) {
        let text = Substring(cell).trimmedBytes
        let scalars = text.unicodeScalars
        let noCode = (ProposalCode?.none, String(text))
        var index = scalars.startIndex
        var areas: [String] = []
        var letters = ""
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if isCodeLetter(scalar) {
                letters.unicodeScalars.append(scalar)
            } else if scalar == "/" && !letters.isEmpty {
                areas.append(letters)
                letters = ""
            } else {
                break
            }
            index = scalars.index(after: index)
        }
        guard !letters.isEmpty else { return noCode }
        areas.append(letters)
        var number = ""
        while index < scalars.endIndex, number.count < 4, ("0"..."9").contains(scalars[index]) {
            number.unicodeScalars.append(scalars[index])
            index = scalars.index(after: index)
        }
        guard !number.isEmpty, areas.reduce(0, { $0 + $1.count }) >= 2 else { return noCode }
        // Optional " (2025)".
        var look = index
        while look < scalars.endIndex, scalars[look] == " " { look = scalars.index(after: look) }
        if look < scalars.endIndex, scalars[look] == "(" {
            var digits = ""
            var probe = scalars.index(after: look)
            while probe < scalars.endIndex, digits.count < 4, ("0"..."9").contains(scalars[probe]) {
                digits.unicodeScalars.append(scalars[probe])
                probe = scalars.index(after: probe)
            }
            if probe < scalars.endIndex, scalars[probe] == ")", let year = fourDigitYear(digits) {
                return finish(ProposalCode(areas: areas, number: number, year: year), rest: text[scalars.index(after: probe)...])
            }
        }
        // The code must end here: at the end, a space or a separator, not inside a word ("HA01a").
        if index < scalars.endIndex {
            let next = scalars[index]
            guard next == " " || next == "\t" || next == ":" || next == "-" || next == "–" || next == "—" || next == "."
                || next == "\u{00A0}" else { return noCode }
        }
        return finish(ProposalCode(areas: areas, number: number, year: nil), rest: text[index...])
    }

    /// The title after the code, without the separator (":", "-", "–", "—") and spaces.
    private static func finish(_ code: ProposalCode, rest: Substring) -> (code: ProposalCode?, title: String) {
        var title = rest.trimmedBytes
        if let first = title.first, first == ":" || first == "-" || first == "–" || first == "—" {
            title = title.dropFirst().trimmedBytes
        }
        return (code, String(title))
    }

    /// Capital letters A–Z and Æ, Ø, Å.
    private static func isCodeLetter(_ scalar: Unicode.Scalar) -> Bool {
        ("A"..."Z").contains(scalar) || scalar == "Æ" || scalar == "Ø" || scalar == "Å"
    }
}
