import Foundation
import GevinstCore

/// Compares the figures the economy section's prose states with Tabel 1, where the match is certain.
///
/// Only sentences whose subject is the proposal's saving as a whole ("Forslagets samlede besparelse er på 4,0 mio.
/// kr. i 2023", "samlet effektivisering på 2,5 mio. kr. i 2023", "Effektiviseringsbidraget (netto) er på …") or a
/// sentence that opens with "Besparelsen"/"Effektiviseringen" are read, and only amounts tied to a year ("i
/// 2023", "fra 2024"). A figure agrees when it equals, to its printed precision, the permanent total, the sum of
/// the savings lines or (for "Besparelsen"/"Effektiviseringen") one line of that year. 000 BU03 says 4,0 mio. kr.
/// in 2023 where Tabel 1 has 2,0.
enum PdfTextProseFigureCheck {
    struct Figures: Sendable {
        /// Permanent total per year, in 1.000 kr.
        var permanentTotal: [Int: Amount]
        /// Sum of the negative permanent lines per year.
        var grossSavings: [Int: Amount]
        /// Every permanent line's amount per year.
        var lineAmounts: [Int: [Amount]]
    }

    static func check(_ lines: [PdfLine], figures: Figures, years: ClosedRange<Int>, proposal: String?) -> [Finding] {
        // The text as one run of Unicode scalars (the seeds' text is composed: one scalar per letter, so no
        // grapheme breaking is needed), remembering the line each scalar came from.
        var characters: [Unicode.Scalar] = []
        var lineAt: [Int] = []
        // Room for every scalar at once (no more than the bytes, plus a separator per line): the arrays grew
        // step by step over a section of thousands of characters.
        let capacity = lines.reduce(0) { $0 + $1.trimmed.utf8.count + 1 }
        characters.reserveCapacity(capacity)
        lineAt.reserveCapacity(capacity)
        for line in lines {
            guard line.isContent else {
                if line.kind == .blank, characters.last != "\n" { characters.append("\n"); lineAt.append(line.number) }
                continue
            }
            let piece = line.trimmed.collapsingSpaces().unicodeScalars
            if characters.last == "-", let first = piece.first, first.properties.isLowercase {
                characters.removeLast(); lineAt.removeLast()
            } else if !characters.isEmpty && characters.last != "\n" {
                characters.append(" "); lineAt.append(line.number)
            }
            var count = 0
            for scalar in piece {
                characters.append(scalar)
                count += 1
            }
            lineAt.append(contentsOf: repeatElement(line.number, count: count))
        }
        var findings: [Finding] = []
        for sentence in sentences(characters) {
            // Most sentences cannot have the proposal as subject: only those opening with a subject's words, or
            // naming "Effektiviseringsbidraget", are lowered and read.
            if !mayOpenWithSubject(characters, sentence) && !namesContribution(characters, sentence) { continue }
            let words = text(characters[sentence]).fastLowercased()
            let subject = subjectKind(words)
            guard subject != .none else { continue }
            // Only the figures before the sentence's first comma belong to its subject.
            let clause = sentence.lowerBound..<(firstClauseEnd(characters, in: sentence) ?? sentence.upperBound)
            for figure in yearFigures(characters, in: clause) where years.contains(figure.year) {
                var candidates: [Amount] = []
                if let value = figures.permanentTotal[figure.year] { candidates.append(value.magnitude == 0 ? 0 : Amount(value.magnitude)) }
                if let value = figures.grossSavings[figure.year] { candidates.append(Amount(value.magnitude)) }
                if subject == .lineOrTotal { candidates += (figures.lineAmounts[figure.year] ?? []).map { Amount($0.magnitude) } }
                if candidates.isEmpty { candidates = [0] }
                let agrees = candidates.contains { ($0 - figure.thousands).magnitude <= UInt64(figure.tolerance) }
                guard !agrees else { continue }
                let line = figure.offset < lineAt.count ? lineAt[figure.offset] : nil
                let total = figures.permanentTotal[figure.year] ?? 0
                findings.append(Finding(
                    rule: "text.figure-differs", severity: .warning, proposal: proposal, line: line,
                    message: "The text says '\(figure.printed)', but Tabel 1 shows a permanent total of "
                        + "\(PrintedAmount.text(total)) (1.000 kr.) in \(figure.year) and no savings line of that size."))
            }
        }
        return findings
    }

    enum Subject { case none, total, lineOrTotal }

    /// True when the sentence holds "effektiviseringsbidraget" in any case, found without building a string
    /// (the word is ASCII letters, which `| 0x20` lowers).
    static func namesContribution(_ characters: [Unicode.Scalar], _ sentence: Range<Int>) -> Bool {
        let word = contributionWord
        guard sentence.count >= word.count else { return false }
        var start = sentence.lowerBound
        while start + word.count <= sentence.upperBound {
            var matched = 0
            while matched < word.count, characters[start + matched].isASCII, UInt8(characters[start + matched].value) | 0x20 == word[matched] {
                matched += 1
            }
            if matched == word.count { return true }
            start += 1
        }
        return false
    }

    private static let contributionWord: [UInt8] = Array("effektiviseringsbidraget".utf8)

    /// True when the sentence opens with one of `subjectKind`'s openings ("Besparelsen ", "Den samlede ", …) in any
    /// case, compared on the scalars so that no string is built for the many sentences that do not. A non-ASCII
    /// character in the opening leaves the answer to `subjectKind`.
    static func mayOpenWithSubject(_ characters: [Unicode.Scalar], _ sentence: Range<Int>) -> Bool {
        guard let start = characters[sentence].firstIndex(where: { !Blank.isBlank($0) }) else { return false }
        openings: for opening in subjectOpenings {
            guard start + opening.count <= sentence.upperBound else { continue }
            for (offset, byte) in opening.enumerated() {
                let scalar = characters[start + offset]
                guard scalar.isASCII else { return true }
                let value = UInt8(scalar.value)
                let lower = value >= 0x41 && value <= 0x5A ? value + 0x20 : value
                if lower != byte { continue openings }
            }
            return true
        }
        return false
    }

    private static let subjectOpenings: [[UInt8]] = ["besparelsen ", "effektiviseringen ", "den samlede ", "det samlede ", "forslaget ", "forslagets "]
        .map { Array($0.utf8) }

    /// The scalars as a string, encoded once into UTF-8 (appending scalars to a string one by one cost more).
    static func text(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count)
        for scalar in scalars { UTF8.encode(scalar) { bytes.append($0) } }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The proposal as a whole is the subject when the sentence opens with "Forslaget"/"Forslagets" and speaks of
    /// its (total) saving or efficiency, opens with "Den samlede"/"Det samlede", or names the
    /// "Effektiviseringsbidraget"; a sentence opening with "Besparelsen"/"Effektiviseringen" may speak of one line.
    static func subjectKind(_ sentence: String) -> Subject {
        let trimmed = sentence.trimmingSpaces()
        if trimmed.hasPrefix("besparelsen ") || trimmed.hasPrefix("effektiviseringen ") { return .lineOrTotal }
        if trimmed.containsBytes("effektiviseringsbidraget") { return .total }
        if trimmed.hasPrefix("den samlede ") || trimmed.hasPrefix("det samlede ") { return .total }
        if trimmed.hasPrefix("forslaget ") || trimmed.hasPrefix("forslagets ") {
            if trimmed.hasPrefix("forslagets effektivisering") || trimmed.hasPrefix("forslagets besparelse") { return .total }
            let words = trimmed.split(whereSeparator: { !$0.isLetter }).map(String.init)
            for (index, word) in words.enumerated() where word == "samlet" || word == "samlede" {
                for next in words.dropFirst(index + 1).prefix(3) where next.hasPrefix("besparelse") || next.hasPrefix("effektivisering") {
                    return .total
                }
            }
        }
        return .none
    }

    /// The position of the first comma that is not a decimal comma.
    static func firstClauseEnd(_ characters: [Unicode.Scalar], in range: Range<Int>) -> Int? {
        var index = range.lowerBound
        while index < range.upperBound {
            if characters[index] == ",", !(index + 1 < range.upperBound && isNumber(characters[index + 1]) && index > range.lowerBound && isNumber(characters[index - 1])) {
                return index
            }
            index += 1
        }
        return nil
    }

    /// Sentence ranges: split at ". " or ": " before a capital, and at paragraph breaks.
    static func sentences(_ characters: [Unicode.Scalar]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        var index = 0
        while index < characters.count {
            let character = characters[index]
            var ends = character == "\n"
            if character == "." || character == ":", index + 2 < characters.count, characters[index + 1] == " ", characters[index + 2].properties.isUppercase {
                ends = true
            }
            if ends {
                if index > start { result.append(start..<index) }
                start = index + 1
            }
            index += 1
        }
        if start < characters.count { result.append(start..<characters.count) }
        return result
    }

    struct YearFigure {
        var thousands: Amount
        var tolerance: Amount
        var year: Int
        var printed: String
        var offset: Int
    }

    /// "4,0 mio. kr. i 2023", "2.600 t. kr. i 2023", "3.600 t.kr. fra 2024", OCR "5,7 mio. kr.i 2027".
    static func yearFigures(_ characters: [Unicode.Scalar], in range: Range<Int>) -> [YearFigure] {
        var result: [YearFigure] = []
        var index = range.lowerBound
        while index < range.upperBound {
            guard isNumber(characters[index]), index == range.lowerBound || !(isNumber(characters[index - 1]) || characters[index - 1] == "," || characters[index - 1] == ".") else {
                index += 1
                continue
            }
            var end = index
            while end < range.upperBound, isNumber(characters[end]) || ((characters[end] == "," || characters[end] == ".") && end + 1 < range.upperBound && isNumber(characters[end + 1])) {
                end += 1
            }
            let number = text(characters[index..<end])
            var position = end
            func skipSpaces() { while position < range.upperBound && characters[position] == " " { position += 1 } }
            func take(_ word: String) -> Bool {
                let word = word.unicodeScalars
                guard position + word.count <= range.upperBound, characters[position..<(position + word.count)].elementsEqual(word) else { return false }
                position += word.count
                return true
            }
            skipSpaces()
            var scale: Amount? = nil
            if take("mio.") { scale = 1000 } else if take("t.") || take("t ") { scale = 1 }
            skipSpaces()
            guard let unit = scale, take("kr") else { index = end; continue }
            _ = take(".")
            skipSpaces()
            if take("årligt") || take("arligt") { skipSpaces() }
            guard take("i") || take("fra") else { index = end; continue }
            skipSpaces()
            guard position + 4 <= range.upperBound, let year = Int(text(characters[position..<(position + 4)])),
                  YearHeader.plausibleYears.contains(year), position + 4 == range.upperBound || !isNumber(characters[position + 4]),
                  let parsed = decimalThousands(number, unit: unit) else { index = end; continue }
            let printed = text(characters[index..<(position + 4)])
            result.append(YearFigure(thousands: parsed.value, tolerance: parsed.tolerance, year: year, printed: printed, offset: index))
            index = position + 4
        }
        return result
    }

    /// As `Character.isNumber` for a one-scalar character.
    static func isNumber(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.numericType != nil
    }

    /// "4,0" mio. → 4000 ± 50; "2" mio. → 2000 ± 500; "2.600" t. kr. → 2600 ± 0.
    static func decimalThousands(_ number: String, unit: Amount) -> (value: Amount, tolerance: Amount)? {
        let parts = number.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count <= 2, let wholeText = parts.first else { return nil }
        guard let whole = AmountCellReader.parse(String(wholeText)) else { return nil }
        var value = whole * unit
        var step = unit
        if parts.count == 2 {
            let decimals = parts[1]
            guard !decimals.isEmpty, decimals.count <= 3, let fraction = Int64(decimals) else { return nil }
            var scale: Amount = 1
            for _ in 0..<decimals.count { scale *= 10 }
            value += fraction * unit / scale
            step = unit / scale
        }
        return (value, step / 2)
    }
}
