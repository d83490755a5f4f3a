import GevinstCore

/// One physical line of a table, split into its label text, its *styringsområde* word and its amount cells.
///
/// The amounts are the trailing run of amount tokens; the steering word ("Service", "Anlæg", "Overførsler",
/// also OCR'd: "Overfgrsler", "Overfarsler", "service") is the word just before them, unless it follows a comma
/// and so belongs to the label ("Samlet varig ændring, Service* Service 0 -5.893"). Stray rule characters and
/// single letters between label and amounts ("| . e -5090|", "X X Service -630") are OCR noise.
struct TableLineParts: Sendable {
    var line: Int
    var label: String
    var labelWords: [PositionedWord]
    var steering: SteeringArea?
    /// The steering word as printed, when it was read by its likeness to the Danish word (OCR).
    var steeringText: String?
    var cells: [AmountCell]
    /// ".520" pieces that continue the previous line's last number.
    var fragments: [String]
    /// The spaces between the label and the next word (the steering word or the first amount): one in reading-
    /// order text, a column's width in `-layout` text.
    var gapAfterLabel: Int = 0
    /// True when the line holds nothing but amounts, noise and perhaps a steering word.
    var isNumbersOnly: Bool { labelWords.isEmpty && (!cells.isEmpty || !fragments.isEmpty) }
    var isSteeringOnly: Bool { labelWords.isEmpty && cells.isEmpty && steering != nil }
    var isEmpty: Bool { labelWords.isEmpty && cells.isEmpty && fragments.isEmpty && steering == nil }

    static func split(_ text: String, line: Int, ocr: Bool) -> TableLineParts {
        let words = PositionedWord.words(of: text)
        var index = words.count
        var cells: [AmountCell] = []
        var fragments: [String] = []
        // The trailing run of amounts, fragments and noise.
        while index > 0 {
            let word = words[index - 1]
            if let reading = AmountCellReader.read(word, line: line, ocr: ocr) {
                switch reading {
                case .amount(let cell): cells.insert(cell, at: 0)
                case .fragment(let fragment): fragments.insert(fragment, at: 0)
                }
                index -= 1
            } else if isNoise(word.text) {
                index -= 1
            } else {
                break
            }
        }
        var steering: SteeringArea? = nil
        var steeringText: String? = nil
        if index > 0, let area = steeringArea(words[index - 1].text) {
            let before = index >= 2 ? words[index - 2].text : ""
            // "Heraf overførsler" names a subtotal (Gevinst's own documents), not a line in that steering area.
            if !before.hasSuffix(","), !(index == 2 && TextFold.letters(before) == "heraf") {
                steering = area
                let folded = TextFold.letters(words[index - 1].text)
                if !["service", "anlaeg", "overforsler"].contains(folded) { steeringText = words[index - 1].text }
                index -= 1
                while index > 0 && isNoise(words[index - 1].text) { index -= 1 }
            }
        }
        var labelWords = Array(words[0..<index])
        // A line that is nothing but noise has no label.
        if labelWords.allSatisfy({ isNoise($0.text) }) { labelWords = [] }
        // The noise stripped from the end of a label ("| . e") is not part of it.
        while let last = labelWords.last, isRuleNoise(last.text) { labelWords.removeLast() }
        let label = labelWords.map(\.text).joined(separator: " ")
        var gap = 0
        if let last = labelWords.last, labelWords.count < words.count { gap = words[labelWords.count].start - last.end }
        return TableLineParts(
            line: line, label: label, labelWords: labelWords, steering: steering, steeringText: steeringText,
            cells: cells, fragments: fragments, gapAfterLabel: gap)
    }

    /// The steering area a word names, allowing OCR damage ("Overfgrsler", "Overfarsler", "Anlag").
    static func steeringArea(_ word: String) -> SteeringArea? {
        let folded = TextFold.letters(word)
        guard word.first?.isLetter ?? false else { return nil }
        if folded == "service" { return .service }
        if folded == "anlaeg" || folded == "anlag" { return .anlaeg }
        if TextFold.distance(folded, "overforsler", limit: 2) <= 2 { return .overfoersler }
        if folded.count >= 6 && TextFold.distance(folded, "service", limit: 1) <= 1 { return .service }
        return nil
    }

    /// Punctuation-only words and single letters that are not Danish words: what OCR makes of table rules.
    static func isNoise(_ word: String) -> Bool {
        if isRuleNoise(word) { return true }
        // One character: the second index is the end (counting every character of a long word cost a walk).
        guard let character = word.first, word.index(after: word.startIndex) == word.endIndex else { return false }
        return character.isLetter && !["i", "å", "ø"].contains(character)
    }

    static func isRuleNoise(_ word: String) -> Bool {
        // A word opening with an ASCII letter or digit is no rule: told by its first byte, before any character
        // property is looked up.
        if let first = word.utf8.first, first.isASCIILetter || first.isASCIIDigit { return false }
        return !word.isEmpty && word.allSatisfy { !$0.isLetter && !$0.isNumber && $0 != "§" && $0 != "*" }
    }
}
