/// Proposal codes: two area letters, optionally joined ("BU/SI01", "SI/UD03"), a number, and in later years the
/// budget year ("HA03(2025)", "TV06 (2025)") — DOMAIN.md §3.
struct PdfTextProposalCode: Sendable, Hashable {
    var text: String
    var areas: [String]
    var number: String
    var year: String?

    /// Reads a code at the start of `text`, returning it and the rest ("BU03 - Faglig omstilling" → BU03,
    /// "Faglig omstilling").
    static func parseLeading(_ text: String) -> (code: PdfTextProposalCode, rest: String)? {
        let characters = Array(text.trimmingSpaces())
        var index = 0
        var areas: [String] = []
        while true {
            var letters = ""
            while index < characters.count, characters[index].isUppercase, characters[index].isLetter, letters.count < 3 {
                letters.append(characters[index]); index += 1
            }
            guard letters.count >= 2 else { return nil }
            areas.append(letters)
            if index < characters.count, characters[index] == "/" { index += 1; continue }
            break
        }
        var number = ""
        while index < characters.count, characters[index].isNumber, number.count < 4 { number.append(characters[index]); index += 1 }
        guard !number.isEmpty else { return nil }
        var year: String? = nil
        var probe = index
        while probe < characters.count, characters[probe] == " " { probe += 1 }
        if probe + 5 < characters.count + 1, probe < characters.count, characters[probe] == "(" {
            var digits = ""
            var position = probe + 1
            while position < characters.count, characters[position].isNumber { digits.append(characters[position]); position += 1 }
            if digits.count == 4, position < characters.count, characters[position] == ")" { year = digits; index = position + 1 }
        }
        if index < characters.count, characters[index].isLetter { return nil }
        let codeText = String(characters[0..<index]).trimmingSpaces()
        var rest = Substring(String(characters[index...]))
        while let first = rest.first, first == " " || first == "-" || first == "–" || first == "—" || first == ":" { rest = rest.dropFirst() }
        return (PdfTextProposalCode(text: codeText, areas: areas, number: number, year: year), String(rest).trimmingSpaces())
    }

    /// The code without leading zeros in its number and without spaces: "UD013" and "UD13" are the same code.
    var canonical: String {
        let trimmedNumber = String(number.drop { $0 == "0" })
        return areas.joined(separator: "/") + (trimmedNumber.isEmpty ? "0" : trimmedNumber) + (year.map { "(\($0))" } ?? "")
    }
}
