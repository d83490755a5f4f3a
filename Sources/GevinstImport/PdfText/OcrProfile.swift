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

    /// The document's profile, and each line's counts of Danish letters and OCR spellings (for `verdict(of:)` on a
    /// part of the document), from one pass over the lines.
    static func detectByLine(_ lines: some Sequence<String>) -> (document: OcrProfile, lines: [LineCounts]) {
        var tally = SpellingTally()
        var counts: [LineCounts] = []
        counts.reserveCapacity(lines.underestimatedCount)
        for line in lines {
            let (danishBefore, ocrBefore) = (tally.danishLetters, tally.ocrSpellings)
            line.withBytes { tally.count($0) }
            counts.append(LineCounts(danishLetters: Int32(tally.danishLetters - danishBefore), ocrSpellings: Int32(tally.ocrSpellings - ocrBefore)))
        }
        let ocr = tally.ocrSpellings
        let danish = tally.danishLetters
        return (OcrProfile(isOcr: isOcr(danishLetters: danish, ocrSpellings: ocr), danishLetters: danish, ocrSpellings: ocr, examples: tally.examples), counts)
    }

    /// A line's Danish letters and OCR spellings.
    struct LineCounts: Sendable {
        var danishLetters: Int32
        var ocrSpellings: Int32
    }

    /// The judgement on counts: OCR spellings, at least 20 of them, outnumber the Danish letters.
    static func isOcr(danishLetters: Int, ocrSpellings: Int) -> Bool {
        ocrSpellings >= 20 && ocrSpellings > danishLetters
    }

    /// Whether one part of the document (a proposal) was read by OCR: a document can join a scanned appendix to
    /// pages printed from Word ("samlet bilagsmateriale"), and a minus sign lost in the scanned part is repaired
    /// only when that part is judged as OCR. A part that spells enough words to tell is judged on its own words
    /// (20 or more OCR spellings or Danish letters); a shorter one as the whole document is.
    func verdict(of part: ArraySlice<LineCounts>) -> Bool {
        var danish = 0
        var ocr = 0
        for counts in part {
            danish += Int(counts.danishLetters)
            ocr += Int(counts.ocrSpellings)
        }
        if Self.isOcr(danishLetters: danish, ocrSpellings: ocr) { return true }
        if danish >= 20 && danish >= ocr { return false }
        return isOcr
    }

    /// The counts over a document's bytes. ASCII letters, "@" and non-ASCII bytes make words (a non-ASCII letter
    /// makes the word no OCR spelling); æ, ø, å (UTF-8 C3 A6/B8/A5/86/98/85) are counted. Words are compared in
    /// place, as positions in the line: no word is copied unless its length and first letter could match.
    private struct SpellingTally {
        var danishLetters = 0
        var ocrSpellings = 0
        var examples: [String] = []
        /// The spellings in lower case, by length (2…12).
        private static let spellingsByLength: [[[UInt8]]] = {
            var byLength = Array(repeating: [[UInt8]](), count: 13)
            for spelling in OcrProfile.ocrSpellingsOfCommonWords where spelling.utf8.count < 13 {
                byLength[spelling.utf8.count].append(Array(spelling.utf8))
            }
            return byLength
        }()

        /// Word by word: the separators before a word are skipped, then the word's bytes, counting each æ, ø
        /// and å in it (both of their bytes are word bytes, so a letter never straddles two words).
        mutating func count(_ bytes: UnsafeBufferPointer<UInt8>) {
            let count = bytes.count
            var index = 0
            while index < count {
                while index < count && !SpellingTally.isWordByte(bytes[index]) { index += 1 }
                guard index < count else { return }
                let wordStart = index
                while index < count, case let byte = bytes[index], SpellingTally.isWordByte(byte) {
                    index += 1
                    if byte == 0xC3 && index < count {
                        switch bytes[index] {
                        case 0xA6, 0xB8, 0xA5, 0x86, 0x98, 0x85: danishLetters += 1
                        default: break
                        }
                    }
                }
                judge(bytes, wordStart..<index)
            }
        }

        /// An ASCII letter, "@", or any non-ASCII byte.
        @inline(__always)
        static func isWordByte(_ byte: UInt8) -> Bool {
            byte.isASCIILetter || byte == 0x40 || byte >= 0x80
        }

        /// Per length, the first letters of the spellings of that length as a bit set (letter & 0x1F; "@" is 0): a
        /// word is compared only when both fit, with no array touched for the rest.
        private static let firstLettersByLength: [UInt32] = {
            var masks = Array(repeating: UInt32(0), count: 13)
            for spelling in OcrProfile.ocrSpellingsOfCommonWords where spelling.utf8.count < 13 {
                if let first = spelling.utf8.first { masks[spelling.utf8.count] |= 1 << UInt32(first & 0x1F) }
            }
            return masks
        }()

        private mutating func judge(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) {
            guard word.count >= 2 && word.count < SpellingTally.spellingsByLength.count else { return }
            let lead = bytes[word.lowerBound]
            guard lead < 0x80, SpellingTally.firstLettersByLength[word.count] & (1 << UInt32(lead & 0x1F)) != 0 else { return }
            let candidates = SpellingTally.spellingsByLength[word.count]
            guard !candidates.isEmpty else { return }
            let first = SpellingTally.lower(bytes[word.lowerBound])
            for spelling in candidates where spelling[0] == first {
                var same = true
                for offset in 1..<word.count where SpellingTally.lower(bytes[word.lowerBound + offset]) != spelling[offset] {
                    same = false
                    break
                }
                guard same else { continue }
                ocrSpellings += 1
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[word]), as: UTF8.self)
                if examples.count < 4 && !examples.contains(text) && spelling != SpellingTally.pa { examples.append(text) }
                return
            }
        }

        /// "pa" is counted but not shown as an example.
        static let pa = Array("pa".utf8)

        static func lower(_ byte: UInt8) -> UInt8 {
            byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte
        }
    }
}
