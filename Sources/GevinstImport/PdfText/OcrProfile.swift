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
        let spellings = Set(ocrSpellingsOfCommonWords)
        for line in lines {
            for character in line where "æøåÆØÅ".contains(character) { danish += 1 }
            for word in line.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "." || $0 == "(" || $0 == ")" }) {
                let lower = word.lowercased()
                if spellings.contains(lower) {
                    ocr += 1
                    if examples.count < 4 && !examples.contains(String(word)) && lower != "pa" { examples.append(String(word)) }
                }
            }
        }
        return OcrProfile(isOcr: ocr >= 20 && ocr > danish, danishLetters: danish, ocrSpellings: ocr, examples: examples)
    }
}
