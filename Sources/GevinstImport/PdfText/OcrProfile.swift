/// Whether a document's text came from OCR of a scanned page, judged from how it spells Danish.
///
/// Seed 001 has no æ, ø or å at all: OCR wrote "pa" for "på", "gkonomi"/"@konomi" for "økonomi", "eendring" for
/// "ændring", "Overfgrsler" for "Overførsler". A document is treated as OCR'd when such spellings outnumber the
/// Danish letters; then its table cells may have lost minus signs, digits and thousands separators, and the
/// reader may repair a cell where the table's own totals prove the repair (see `OcrRepair`).
struct OcrProfile: Sendable {
    var isOcr: Bool
    var danishLetters: Int
    var ocrSpellings: Int
    /// Up to a few OCR spellings as printed, for the document's finding.
    var examples: [String]

    /// Common words as OCR spells them without Danish letters.
    static let ocrSpellingsOfCommonWords: [String] = [
        "pa", "gkonomi", "@konomi", "skonomi", "pkonomi", "eendring", "aendring", "overfgrsler", "overfarsler",
        "forlgb", "forlab", "stgtte", "stotte", "understgtte", "malgruppe", "omradet", "arligt", "arsveerk", "arsvaerk",
        "opfglgning", "opfelgning", "hgj", "feerre", "faerre",
    ]

    static func detect(_ lines: [String]) -> OcrProfile {
        var danish = 0
        var ocr = 0
        var examples: [String] = []
        let spellings = Set(ocrSpellingsOfCommonWords.map { Array($0.utf8) })
        // Most words cannot be an OCR spelling: their length or first letter says so before any hashing.
        var lengths = Array(repeating: false, count: 13)
        var firstLetters = Array(repeating: false, count: 256)
        for spelling in spellings {
            if spelling.count < lengths.count { lengths[spelling.count] = true }
            if let first = spelling.first { firstLetters[Int(first)] = true }
        }
        var word: [UInt8] = []
        var lower: [UInt8] = []
        func endWord() {
            defer { word.removeAll(keepingCapacity: true) }
            guard word.count >= 2 && word.count <= 12, lengths[word.count], let first = word.first else { return }
            guard firstLetters[Int(first >= 0x41 && first <= 0x5A ? first + 32 : first)] else { return }
            lower.removeAll(keepingCapacity: true)
            for byte in word { lower.append(byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte) }
            guard spellings.contains(lower) else { return }
            ocr += 1
            let text = String(decoding: word, as: UTF8.self)
            if examples.count < 4 && !examples.contains(text) && lower != Array("pa".utf8) { examples.append(text) }
        }
        // Bytes: ASCII letters and "@" make words; æ, ø, å (UTF-8 C3 A6/B8/A5/86/98/85) are counted.
        for line in lines {
            var previous: UInt8 = 0
            for byte in line.utf8 {
                if previous == 0xC3 && [0xA6, 0xB8, 0xA5, 0x86, 0x98, 0x85].contains(byte) { danish += 1 }
                if (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x40 {
                    word.append(byte)
                } else if byte >= 0x80 {
                    // A non-ASCII letter makes the word no OCR spelling.
                    word.append(byte)
                } else {
                    endWord()
                }
                previous = byte
            }
            endWord()
        }
        return OcrProfile(isOcr: ocr >= 20 && ocr > danish, danishLetters: danish, ocrSpellings: ocr, examples: examples)
    }
}
