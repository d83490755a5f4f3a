/// Digits that a symbol font turned into letters when the PDF was converted to text.
///
/// Seed 000 prints some digits in a font whose glyphs come out as consecutive Latin Extended-A code points from
/// U+0117: ė=0, Ę=1, ę=2, ě=4, Ĝ=5 ("TVėě" is TV04, "ęėęĘ" is 2021, "d. ę. marts" is 2 March, "UDė8" is UD08,
/// "HAĜ" is HA5). The same step gives Ě=3, ĝ=6, Ğ=7, ğ=8, Ġ=9, which the seeds do not happen to use. Danish
/// never uses these letters, but other languages do, so a letter is read as a digit only where it stands among
/// digits: in a run of such letters and ASCII digits that does not touch a lowercase letter.
enum SymbolFontDigits {
    /// The digit a symbol-font letter stands for, or nil.
    static func digit(for character: Character) -> Character? {
        guard character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first else { return nil }
        let value = scalar.value
        guard value >= 0x117 && value <= 0x120, let digit = Unicode.Scalar(value - 0x117 + 0x30) else { return nil }
        return Character(digit)
    }

    /// One replacement: the run as printed (with any code letters before it) and as read.
    struct Replacement: Sendable, Hashable {
        var original: String
        var repaired: String
    }

    /// The text with symbol-font digits read as digits, and what was replaced.
    static func repair(_ text: String) -> (text: String, replacements: [Replacement]) {
        // U+0117…U+0120 are C4 97…C4 A0 in UTF-8: a line without the byte C4 has none, told without decoding it.
        guard text.withBytes({ $0.holds(0xC4) }), text.unicodeScalars.contains(where: { $0.value >= 0x117 && $0.value <= 0x120 }) else {
            return (text, [])
        }
        let characters = Array(text)
        var output = ""
        var replacements: [Replacement] = []
        var index = 0
        while index < characters.count {
            let character = characters[index]
            guard digit(for: character) != nil else {
                output.append(character)
                index += 1
                continue
            }
            // Extend to the whole run of digits and symbol-font digits around this letter.
            var start = index
            while start > 0, characters[start - 1].isASCII && characters[start - 1].isNumber { start -= 1 }
            var end = index
            while end < characters.count, digit(for: characters[end]) != nil || (characters[end].isASCII && characters[end].isNumber) {
                end += 1
            }
            let before: Character? = start > 0 ? characters[start - 1] : nil
            let after: Character? = end < characters.count ? characters[end] : nil
            let touchesWord = (before?.isLowercase ?? false) || (after?.isLowercase ?? false)
            if touchesWord {
                // A word in another language: keep the letters as they are.
                for position in index..<end { output.append(characters[position]) }
                index = end
                continue
            }
            // `output` already holds the ASCII digits between `start` and `index`.
            var repairedRun = ""
            for position in index..<end { repairedRun.append(digit(for: characters[position]) ?? characters[position]) }
            output += repairedRun
            var prefixStart = start
            while prefixStart > 0, characters[prefixStart - 1].isUppercase, characters[prefixStart - 1].isLetter { prefixStart -= 1 }
            let original = String(characters[prefixStart..<end])
            let repaired = String(characters[prefixStart..<index]) + repairedRun
            replacements.append(Replacement(original: original, repaired: repaired))
            index = end
        }
        return (output, replacements)
    }
}
