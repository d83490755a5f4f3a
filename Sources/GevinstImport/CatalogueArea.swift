/// A target-group area as a catalogue names it in a level-1 heading, with the code letters its proposals carry
/// (DOMAIN.md §3). Seed 003 groups its proposals under "# BØRNEFAMILIER MED SÆRLIGE BEHOV" (BU), "# BORGERE MED
/// SINDSLIDELSE" (SI), "# UDSATTE VOKSNE" (UD), "# BORGERE MED HANDICAP" (HA) and "# TVÆRGÅENDE FORSLAG" (TV).
/// The list is configuration: another municipality passes its own.
public struct CatalogueArea: Sendable, Hashable {
    /// The code letters: "BU".
    public var code: String
    /// Heading texts that name the area, compared case-insensitively as prefixes of the cleaned heading.
    public var headings: [String]

    public init(code: String, headings: [String]) {
        self.code = code
        self.headings = headings
    }

    /// The areas of Copenhagen's Social Administration (seeds 002 and 003).
    public static let copenhagenSocial: [CatalogueArea] = [
        CatalogueArea(code: "BU", headings: ["Børnefamilier med særlige behov", "Udsatte børn og unge"]),
        CatalogueArea(code: "SI", headings: ["Borgere med sindslidelse", "Sindslidende"]),
        CatalogueArea(code: "UD", headings: ["Udsatte voksne", "Socialt udsatte"]),
        CatalogueArea(code: "HA", headings: ["Borgere med handicap", "Handicap"]),
        CatalogueArea(code: "HJ", headings: ["Den sociale hjemmepleje", "Hjemmepleje"]),
        CatalogueArea(code: "TV", headings: ["Tværgående"]),
        CatalogueArea(code: "CE", headings: ["Centrale", "Centralt"]),
    ]

    /// The area a heading names, or nil.
    static func matching(_ heading: String, in areas: [CatalogueArea]) -> CatalogueArea? {
        let lower = MarkdownInline.clean(heading).lowercased()
        return areas.first { area in area.headings.contains { lower.hasPrefix($0.lowercased()) } }
    }
}

/// A proposal code as printed ("BU01", "SI/UD03", "BU/SI01", "HA03(2025)", "TV06 (2025)"): area letters, a
/// number, optionally the adoption year.
struct CatalogueCode: Sendable, Hashable {
    var text: String

    /// The area letters, in order: "SI/UD03" → ["SI", "UD"]. Empty when the code does not have the standard shape.
    var areaLetters: [String] {
        guard let body = standardBody else { return [] }
        return body.letters
    }

    /// True for the standard shape: two capital letters, optionally "/" and two more (repeatable), then one to
    /// three digits, then optionally a year in parentheses.
    var isWellFormed: Bool { standardBody != nil }

    private var standardBody: (letters: [String], number: String)? {
        var rest = Substring(text.filter { $0 != " " })
        if rest.hasSuffix(")"), let open = rest.lastIndex(of: "(") {
            let year = rest[rest.index(after: open)..<rest.index(before: rest.endIndex)]
            guard year.count == 4, year.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            rest = rest[..<open]
        }
        let digits = rest.reversed().prefix(while: { $0.isASCII && $0.isNumber }).count
        guard (1...3).contains(digits) else { return nil }
        let number = String(rest.suffix(digits))
        let letterPart = rest.dropLast(digits)
        let groups = letterPart.split(separator: "/", omittingEmptySubsequences: false)
        guard !groups.isEmpty else { return nil }
        for group in groups {
            guard group.count == 2, group.allSatisfy({ $0.isUppercase && $0.isLetter }) else { return nil }
        }
        return (groups.map(String.init), number)
    }

    /// A correction for a code damaged by a digit typed for a letter ("HA/S108" → "HA/SI08"): letters in the
    /// letter groups that are digits are read as the letters they resemble. Nil when no such reading gives a
    /// well-formed code.
    var suggestedCorrection: String? {
        guard !isWellFormed else { return nil }
        let lookalikes: [Character: Character] = ["1": "I", "0": "O", "5": "S", "8": "B", "6": "G", "2": "Z"]
        let characters = Array(text.filter { $0 != " " })
        // Try reading each digit that sits right after a letter as a letter, one position at a time.
        for index in characters.indices where characters[index].isNumber {
            guard index > 0, characters[index - 1].isLetter, let letter = lookalikes[characters[index]] else { continue }
            var candidate = characters
            candidate[index] = letter
            let code = CatalogueCode(text: String(candidate))
            if code.isWellFormed { return code.text }
            // "HA/S108": the letter took a digit's place and the number lost its leading zero.
            candidate.insert("0", at: index + 1)
            let padded = CatalogueCode(text: String(candidate))
            if padded.isWellFormed { return padded.text }
        }
        return nil
    }
}
