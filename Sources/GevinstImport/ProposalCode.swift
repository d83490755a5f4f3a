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
        let characters = Array(cell.trimmedText)
        var position = 0
        var areas: [String] = []
        var letters = ""
        while position < characters.count {
            let character = characters[position]
            if isCodeLetter(character) {
                letters.append(character)
            } else if character == "/" && !letters.isEmpty {
                areas.append(letters)
                letters = ""
            } else {
                break
            }
            position += 1
        }
        guard !letters.isEmpty else { return (nil, String(cell.trimmedText)) }
        areas.append(letters)
        var number = ""
        while position < characters.count, characters[position].isASCII, characters[position].isNumber, number.count < 4 {
            number.append(characters[position])
            position += 1
        }
        let lettersTotal = areas.reduce(0) { $0 + $1.count }
        guard !number.isEmpty, lettersTotal >= 2 else { return (nil, String(cell.trimmedText)) }
        // Optional " (2025)".
        var year: Int? = nil
        var look = position
        while look < characters.count, characters[look] == " " { look += 1 }
        if look + 5 < characters.count, characters[look] == "(", characters[look + 5] == ")",
           let printedYear = fourDigitYear(String(characters[(look + 1)...(look + 4)])) {
            year = printedYear
            position = look + 6
        }
        // The code must end here: at the end, a space or a separator, not inside a word ("HA01a").
        if position < characters.count {
            let next = characters[position]
            guard next.isWhitespace || next == ":" || next == "-" || next == "–" || next == "—" || next == "." else {
                return (nil, String(cell.trimmedText))
            }
        }
        var rest = characters[position...].drop { $0.isWhitespace }
        if let first = rest.first, first == ":" || first == "-" || first == "–" || first == "—" {
            rest = rest.dropFirst().drop { $0.isWhitespace }
        }
        return (ProposalCode(areas: areas, number: number, year: year), String(rest).trimmedText.description)
    }

    private static func isCodeLetter(_ character: Character) -> Bool {
        character.isUppercase && character.isLetter
    }
}
