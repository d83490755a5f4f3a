/// What a well-formed proposal code looks like: known area letters and a two-digit number (DOMAIN.md §3:
/// BU, SI, UD, HA, HJ, TV, CE; every code in 000, 002 and 003 has two digits). Configuration: another
/// municipality passes its own area letters.
public struct ProposalCodeConvention: Sendable, Hashable {
    public var areaCodes: [String]
    public var digits: Int

    public init(areaCodes: [String] = ["BU", "SI", "UD", "HA", "HJ", "TV", "CE"], digits: Int = 2) {
        self.areaCodes = areaCodes
        self.digits = digits
    }

    /// Copenhagen's Social Administration's codes.
    public static let copenhagenSocial = ProposalCodeConvention()

    /// True when every letter group is a known area and the number has the usual digits.
    public func isWellFormed(_ code: ProposalCode) -> Bool {
        code.areas.allSatisfy(areaCodes.contains) && code.number.count == digits
    }

    /// The code most likely meant by a malformed one, or nil when no single repair explains it. Two slips
    /// are recognised: a letter read as a look-alike digit ("HA/S108": "S1" is "SI", so HA/SI08, 002 line 44),
    /// and one wrong letter in an area ("SU/UD03": SU is no area; SI is one letter away and SI/UD is a pair
    /// used elsewhere, so SI/UD03, 002 line 83). `pairsInUse` are the letter groups of the well-formed codes
    /// of the same document ("SI/UD"), used to choose between several one-letter repairs.
    public func likelyMeant(_ code: ProposalCode, pairsInUse: Set<String>) -> ProposalCode? {
        if isWellFormed(code) { return nil }
        // A digit that is a letter's look-alike, moved from the number to the last letter group.
        if code.number.count > digits, let lastArea = code.areas.last {
            var moved = ""
            for digit in code.number.prefix(code.number.count - digits) {
                guard let letter = ProposalCodeConvention.letterLookAlike[digit] else { break }
                moved.append(letter)
                let candidate = ProposalCode(
                    areas: Array(code.areas.dropLast()) + [lastArea + moved],
                    number: String(code.number.dropFirst(moved.count)), year: code.year)
                if isWellFormed(candidate) { return candidate }
            }
        }
        // One wrong letter in one area group.
        guard code.number.count == digits else { return nil }
        var repairs: [ProposalCode] = []
        for (position, area) in code.areas.enumerated() where !areaCodes.contains(area) {
            for known in areaCodes where ProposalCodeConvention.differsInOneLetter(area, known) {
                var areas = code.areas
                areas[position] = known
                let candidate = ProposalCode(areas: areas, number: code.number, year: code.year)
                if isWellFormed(candidate) { repairs.append(candidate) }
            }
        }
        if repairs.count == 1 { return repairs[0] }
        let inUse = repairs.filter { pairsInUse.contains($0.areas.joined(separator: "/")) }
        return inUse.count == 1 ? inUse[0] : nil
    }

    /// Digits that a symbol font or a typist puts for a letter.
    static let letterLookAlike: [Character: Character] = ["1": "I", "0": "O", "5": "S", "8": "B"]

    static func differsInOneLetter(_ a: String, _ b: String) -> Bool {
        guard a.count == b.count else { return false }
        return zip(a, b).filter { $0 != $1 }.count == 1
    }
}
