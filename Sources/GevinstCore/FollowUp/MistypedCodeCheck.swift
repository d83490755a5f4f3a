/// Codes that look mistyped. A proposal code is one or more pairs of area letters separated by "/", then a
/// number, optionally followed by the budget year in brackets: "HA01", "SI/UD02", "BU/SI01", "TV06 (2025)".
///
/// `code.malformed`: the code does not have that form. Seed 002 line 44: "HA/S108", which is "HA/SI08" with
/// the digit 1 typed for the letter I (HA/SI08 "Driftoptimering på udførerområdet" is listed under Udsatte
/// voksne the same year).
///
/// `code.unknown-area`: a letter pair names no configured area. Seed 002 line 83: "SU/UD03", where "SU" is no
/// area; the period's other codes with UD pair it with SI (SI/UD02, SI/UD05, SI/UD06), so SI/UD03 is meant.
enum MistypedCodeCheck {
    static func findings(_ records: [FollowUpRecord], configuration: FollowUpConfiguration) -> [Finding] {
        let known = Set(configuration.knownCodeLetters)
        let wellFormed = records.compactMap { record in record.code.flatMap { CodeShape(parsing: $0) }.map { (record, $0) } }
        var findings: [Finding] = []
        for record in records {
            guard let code = record.code else { continue }
            guard let shape = CodeShape(parsing: code) else {
                var message = "the code \"\(code)\" does not have the form of a proposal code (area letters in pairs, then a number, e.g. SI/UD02 or TV06 (2025))"
                if let repaired = CodeShape.repairingLookalikeDigits(code), repaired.pairs.allSatisfy(known.contains) {
                    message += "; with letters for the look-alike digits it reads \(repaired.base)"
                    if let twin = wellFormed.first(where: { $0.1.base == repaired.base && $0.0.key.adoptedBudgetYear == record.key.adoptedBudgetYear }) {
                        message += ", which is listed for \(twin.0.key.adoptedBudgetYear) as \(twin.0.findingReference) \"\(twin.0.title)\""
                    }
                }
                findings.append(Finding(rule: "code.malformed", severity: .warning, proposal: code, line: record.line, message: message))
                continue
            }
            let unknown = shape.pairs.filter { !known.contains($0) }
            guard !unknown.isEmpty else { continue }
            var message = "the code \"\(code)\" has the area letters \(unknown.map { "\"\($0)\"" }.joined(separator: ", ")), which name no configured area (known: \(known.sorted().joined(separator: ", ")))"
            let candidates = shape.replacingUnknownPairs(known: known)
            // Prefer the reading whose letter combination other codes in the period use.
            let usedPrefixes = Set(wellFormed.map { $0.1.pairs })
            let confirmed = candidates.filter { usedPrefixes.contains($0.pairs) }
            if confirmed.count == 1, let candidate = confirmed.first {
                let examples = wellFormed.filter { $0.1.pairs == candidate.pairs }.prefix(3).map { $0.1.base }
                message += "; probably \(candidate.base), as in \(examples.joined(separator: ", "))"
            } else if !candidates.isEmpty {
                message += "; perhaps \(candidates.map(\.base).joined(separator: " or "))"
            }
            findings.append(Finding(rule: "code.unknown-area", severity: .warning, proposal: code, line: record.line, message: message))
        }
        return findings
    }
}

/// A proposal code taken apart: the letter pairs and the number ("SI/UD03" → ["SI", "UD"], "03"), without
/// the bracketed budget year.
struct CodeShape: Hashable {
    let pairs: [String]
    let number: String

    var base: String { pairs.joined(separator: "/") + number }

    init(pairs: [String], number: String) {
        self.pairs = pairs
        self.number = number
    }

    /// Nil unless `code` has the form of a proposal code.
    init?(parsing code: String) {
        let base = CodeShape.withoutYear(code)
        let segments = base.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard let last = segments.last else { return nil }
        var pairs: [String] = []
        for segment in segments.dropLast() {
            guard segment.count == 2, segment.allSatisfy(CodeShape.isCodeLetter) else { return nil }
            pairs.append(segment)
        }
        let letters = String(last.prefix(while: CodeShape.isCodeLetter))
        let number = String(last.dropFirst(letters.count))
        guard letters.count == 2, (1...3).contains(number.count), number.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        pairs.append(letters)
        self.init(pairs: pairs, number: number)
    }

    /// "TV06 (2025)" → "TV06"; upper-cased, spaces removed.
    static func withoutYear(_ code: String) -> String {
        var text = FollowUpKey.normalisedCode(code)
        if text.hasSuffix(")"), let open = text.lastIndex(of: "(") {
            let inside = text[text.index(after: open)..<text.index(before: text.endIndex)]
            if inside.count == 4 && inside.allSatisfy({ $0.isASCII && $0.isNumber }) { text = String(text[..<open]) }
        }
        return text
    }

    static func isCodeLetter(_ character: Character) -> Bool {
        character.isLetter && character.isUppercase
    }

    /// Digits that are typed for letters they resemble.
    static let lookalikeLetters: [Character: Character] = ["1": "I", "0": "O", "5": "S", "8": "B"]

    /// Reads a malformed code with look-alike digits turned into letters where a letter pair is one letter
    /// short: "HA/S108" → HA/SI08. Nil when that does not give a well-formed code.
    static func repairingLookalikeDigits(_ code: String) -> CodeShape? {
        var segments = withoutYear(code).split(separator: "/", omittingEmptySubsequences: false).map { Array($0) }
        var changed = false
        for index in segments.indices {
            var segment = segments[index]
            var letterCount = segment.prefix(while: isCodeLetter).count
            while letterCount < 2, letterCount < segment.count, let letter = lookalikeLetters[segment[letterCount]] {
                segment[letterCount] = letter
                letterCount += 1
                changed = true
            }
            segments[index] = segment
        }
        guard changed else { return nil }
        return CodeShape(parsing: segments.map { String($0) }.joined(separator: "/"))
    }

    /// The readings with each unknown pair replaced by a known pair one letter away ("SU" → "SI", "BU").
    func replacingUnknownPairs(known: Set<String>) -> [CodeShape] {
        var readings: [[String]] = [[]]
        for pair in pairs {
            let options = known.contains(pair) ? [pair] : known.sorted().filter { editDistance($0, pair) == 1 }
            readings = readings.flatMap { prefix in options.map { prefix + [$0] } }
        }
        return readings.filter { $0 != pairs }.map { CodeShape(pairs: $0, number: number) }
    }
}
