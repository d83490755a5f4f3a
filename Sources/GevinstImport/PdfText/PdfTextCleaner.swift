import GevinstCore

/// One line of PDF text after cleaning, with its number in the source file.
struct PdfLine: Sendable {
    let number: Int
    /// The text with symbol-font digits read as digits, form feeds and trailing spaces removed; leading spaces
    /// are kept, since `pdftotext -layout` output places columns by them.
    let text: String
    /// Set by the cleaner: first from the line alone, then from its neighbours (running titles, bare page numbers).
    var kind: Kind
    /// True for the first line of a page (a form feed, or the single leading space these extractions put there).
    let startsPage: Bool
    /// The text without leading and trailing spaces.
    let trimmed: String

    /// `trimmed` is `text` without leading and trailing spaces, worked out once by the cleaner.
    init(number: Int, text: String, trimmed: String, kind: Kind, startsPage: Bool) {
        self.number = number
        self.text = text
        self.kind = kind
        self.startsPage = startsPage
        self.trimmed = trimmed
    }

    enum Kind: Sendable, Hashable {
        case content
        case blank
        /// "Side 54 af 76".
        case footer
        /// "8/10", or a bare page number beside a running title.
        case pageNumber
        /// A header repeated on every page: "Overførselssagen 2025-2026", "OFS 2021-2022".
        case pageHeader
        /// The proposal's title repeated at the foot of its pages (001).
        case runningTitle
    }

    var isContent: Bool { kind == .content }
    var isFurniture: Bool { kind != .content && kind != .blank }
}

/// Removes what a PDF page adds around the content: page footers ("Side 54 af 76"), page numbers ("8/10", "13"),
/// page headers ("Overførselssagen 2025-2026") and running titles, which in seeds 000 and 001 sit in the middle
/// of tables and paragraphs; reads symbol-font digits (`SymbolFontDigits`) and judges OCR damage (`OcrProfile`).
struct PdfTextCleaner {
    struct Result: Sendable {
        var lines: [PdfLine]
        var findings: [Finding]
        var ocr: OcrProfile
        /// Each line's counts for `OcrProfile.verdict(of:)`, by line index.
        var ocrCounts: [OcrProfile.LineCounts]
    }

    static func clean(_ document: TextDocument) -> Result {
        var lines: [PdfLine] = []
        var findings: [Finding] = []
        lines.reserveCapacity(document.lines.count)
        // Text straight from pdftotext marks every page with a form feed; only text that lost them (the seeds)
        // needs the single leading space as a page mark. In `-layout` text a quarter of the lines start with
        // one space (indented table rows, field values), and taking them for page starts made every field line
        // look like a running title.
        var marksPagesWithFormFeeds = false
        document.scanLines { _, bytes in
            marksPagesWithFormFeeds = bytes.first == 0x0C
            return !marksPagesWithFormFeeds
        }
        // Each line is built once, with the kind it has on its own; no array of texts, trimmed texts or page
        // starts is kept beside the lines (for a large file they cost 33 bytes a line at the peak).
        for (index, raw) in document.lines.enumerated() {
            let (text, startsPage) = plainLine(raw, marksPagesWithFormFeeds: marksPagesWithFormFeeds) ?? cleanLine(raw, marksPagesWithFormFeeds: marksPagesWithFormFeeds)
            let repaired = SymbolFontDigits.repair(text)
            if !repaired.replacements.isEmpty {
                let list = repaired.replacements.map { "'\($0.original)' as '\($0.repaired)'" }.joined(separator: ", ")
                findings.append(Finding(
                    rule: "extraction.symbol-font-digits", severity: .info, proposal: nil, line: index + 1,
                    message: "Digits set in a symbol font came out as letters; read \(list)."))
            }
            // Trimmed once, for its kind and for the line itself; most lines have no blank at either end and are
            // their own trimmed text (no copy).
            let trimmed = WrappedText.needsTrimming(repaired.text) ? repaired.text.trimmingSpaces() : repaired.text
            lines.append(PdfLine(
                number: index + 1, text: repaired.text, trimmed: trimmed, kind: basicKind(trimmed: trimmed), startsPage: startsPage))
        }
        // The kinds that depend on the neighbours are worked out on a compact copy of the kinds, then set.
        var kinds = lines.map(\.kind)
        markRunningTitles(lines: lines, kinds: &kinds)
        markBarePageNumbers(lines: lines, kinds: &kinds)
        for index in lines.indices where lines[index].kind != kinds[index] { lines[index].kind = kinds[index] }
        let ocr = OcrProfile.detectByLine(lines.lazy.map(\.text))
        return Result(lines: lines, findings: findings, ocr: ocr.document, ocrCounts: ocr.lines)
    }

    /// A line without a form feed and ending in a printable ASCII character has nothing to cut: it is told by its
    /// first two and last bytes. Nil for any other line, and for a line opening with a space before a non-ASCII
    /// byte (left to `cleanLine`, which judges the characters).
    static func plainLine(_ raw: Substring, marksPagesWithFormFeeds: Bool) -> (text: String, startsPage: Bool)? {
        let utf8 = raw.utf8
        guard let first = utf8.first, first != 0x0C, let last = utf8.last, last > 0x20 && last < 0x7F else { return nil }
        var startsPage = false
        if !marksPagesWithFormFeeds && first == 0x20 {
            guard let second = utf8.dropFirst().first, second < 0x80 else { return nil }
            startsPage = !Blank.isBlank(Unicode.Scalar(second))
        }
        return (String(raw), startsPage)
    }

    /// Form feeds and trailing blanks cut off; a page starts at a form feed, or (in text without form feeds) at a
    /// single leading space.
    static func cleanLine(_ raw: Substring, marksPagesWithFormFeeds: Bool) -> (text: String, startsPage: Bool) {
        // On the line's bytes: form feeds are one byte, and `Blank`'s characters are told by their last bytes.
        let cut: (text: String, startsPage: Bool, spaceThenByte: UInt8?) = raw.withBytes { bytes in
            var start = 0
            while start < bytes.count && bytes[start] == 0x0C { start += 1 }
            var end = bytes.count
            while end > start {
                let width = Blank.width(endingAt: end, in: bytes)
                if width == 0 { break }
                end -= width
            }
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
            let spaceThenByte: UInt8? = end - start >= 2 && bytes[start] == 0x20 ? bytes[start + 1] : nil
            return (text, start > 0, spaceThenByte)
        }
        var startsPage = cut.startsPage
        if !marksPagesWithFormFeeds, let second = cut.spaceThenByte {
            if second < 0x80 {
                startsPage = startsPage || !Blank.isBlank(Unicode.Scalar(second))
            } else if cut.text.first == " ", let scalar = cut.text.unicodeScalars.dropFirst().first, !Blank.isBlank(scalar) {
                // A non-ASCII character after the space: it may join the space into one character.
                startsPage = true
            }
        }
        return (cut.text, startsPage)
    }

    /// Footers, "N/M" page numbers and page headers are recognised line by line.
    static func basicKind(trimmed: String) -> PdfLine.Kind {
        if trimmed.isEmpty { return .blank }
        if isHeaderBesideFooter(trimmed) { return .footer }
        // Footers, page numbers and headers are short.
        if trimmed.utf8.count > 40 { return .content }
        // Only a line of one, two or four words can be one of these; on ASCII text the words are counted on the
        // bytes before any are built (most short lines are headings and table rows with other counts).
        if let count = asciiWordCount(trimmed) {
            // What each count could be, told on the bytes before the words are built: one word is a page
            // fraction ("8/10") only with a "/", two words a page header only when the period ends in a digit,
            // "-" or "/", and four words a footer only when they open with "Side".
            let utf8 = trimmed.utf8
            switch count {
            case 1: if !utf8.contains(0x2F) { return .content }
            case 2: if let last = utf8.last, !(last.isASCIIDigit || last == 0x2D || last == 0x2F) { return .content }
            case 4: if !utf8.starts(with: "Side ".utf8) { return .content }
            default: return .content
            }
        }
        return shortLineKind(trimmed)
    }

    /// The kind of a short trimmed line by its words: a "Side N af M" footer, an "8/10" page number, a page
    /// header, or content.
    static func shortLineKind(_ trimmed: String) -> PdfLine.Kind {
        let words = trimmed.splitAtSpaces()
        if isPageOfPages(words[...]) { return .footer }
        if words.count == 1, isPageFraction(String(words[0])) { return .pageNumber }
        if isPageHeader(words) { return .pageHeader }
        return .content
    }

    /// The number of space-separated words of an ASCII text, as `split(separator: " ")` counts them; nil for
    /// text with other bytes (a space and a combining mark after it are one character, not a separator).
    static func asciiWordCount(_ text: String) -> Int? {
        text.withBytes { bytes in bytes.contains { $0 >= 0x80 } ? nil : bytes.spaceSeparatedWords() }
    }

    /// "Investeringskatalog          Side 47 af 74": `pdftotext -layout` puts a page's running header and its
    /// "Side N af M" on one line, a wide gap between them (Gevinst's own catalogue PDF, read back).
    static func isHeaderBesideFooter(_ trimmed: String) -> Bool {
        // "Side " first: the search runs from the needle's first byte, and the spaces that open "   Side " stand
        // between every two words, while an "S" is rare.
        guard trimmed.utf8.count <= 200, trimmed.containsBytes("Side "), trimmed.containsBytes("   Side ") else { return false }
        let words = trimmed.splitAtSpaces()
        guard words.count >= 5 && words.count <= 12 else { return false }
        let footer = words.suffix(4)
        guard isPageOfPages(footer), trimmed.hasSuffix("   " + footer.joined(separator: " ")) else { return false }
        return !words.dropLast(4).contains { AmountCellReader.looksLikeAmount(String($0)) }
    }

    /// "Side 54 af 76": the four words of a page footer.
    static func isPageOfPages(_ words: ArraySlice<Substring>) -> Bool {
        guard words.count == 4 else { return false }
        let word = Array(words)
        return word[0] == "Side" && word[2] == "af" && Int(word[1]) != nil && Int(word[3]) != nil
    }

    /// "8/10": page 8 of 10.
    static func isPageFraction(_ word: String) -> Bool {
        // Most one-word lines hold no "/" at all.
        guard word.withBytes({ $0.contains(0x2F) }) else { return false }
        let parts = word.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let page = Int(parts[0]), let total = Int(parts[1]) else { return false }
        return parts[0].count <= 3 && parts[1].count <= 3 && page >= 1 && page <= total
    }

    /// "OFS 2021-2022", "Overførselssagen 2025-2026" (OCR: "Overferselssagen"), "Budget 2023".
    static func isPageHeader(_ words: [Substring]) -> Bool {
        guard words.count == 2 else { return false }
        let period = words[1]
        // An ASCII period holds only digits, "-" and "/": told on the bytes before its characters are read.
        let asciiOther = period.withBytes { bytes in bytes.contains { $0 < 0x80 && !$0.isASCIIDigit && $0 != 0x2D && $0 != 0x2F } }
        if asciiOther { return false }
        let digits = period.filter { $0.isNumber }
        guard digits.count == 4 || digits.count >= 6, period.allSatisfy({ $0.isNumber || $0 == "-" || $0 == "/" }) else { return false }
        let name = TextFold.letters(words[0])
        return name == "ofs" || name == "budget" || TextFold.distance(name, "overforselssagen", limit: 2) <= 2
    }

    /// A running title is a title-like line that stands beside page furniture or a page start at least twice in
    /// the document (001 repeats each proposal's short title at the foot of its pages), each time between other
    /// lines: a line of a proposal printed twice over also stands at a page break twice, but between the same two
    /// lines both times, and it is content (seed 001 twice over lost a row of Tabel 1 this way). Every occurrence
    /// is removed except one that heads a proposal (followed by its "Kort resumé").
    static func markRunningTitles(lines: [PdfLine], kinds: inout [PdfLine.Kind]) {
        // First the lines beside a page break: only a key seen there twice, between different neighbours, can be
        // a running title. Then every other occurrence of those keys; a line can only have such a key when its
        // first word is a key's first word, which is looked at before the key is built.
        var adjacentCount: [String: Int] = [:]
        var neighbours: [String: Set<String>] = [:]
        var keyAt: [Int: String] = [:]
        for index in lines.indices where kinds[index] == .content {
            let next = nextNonBlank(after: index, kinds: kinds)
            let previous = previousNonBlank(before: index, kinds: kinds)
            let nextIsPageBreak = next.map { kinds[$0].isPageFurniture || lines[$0].startsPage || isBarePageNumber(lines[$0].text) } ?? true
            let previousIsPageBreak = previous.map { kinds[$0].isPageFurniture || isBarePageNumber(lines[$0].text) } ?? false
            guard nextIsPageBreak || previousIsPageBreak || hasTrailingPageNumber(lines[index].text),
                  let key = runningTitleKey(lines[index].text) else { continue }
            keyAt[index] = key
            adjacentCount[key, default: 0] += 1
            neighbours[key, default: []].insert((previous.map { lines[$0].text } ?? "") + "\u{0}" + (next.map { lines[$0].text } ?? ""))
        }
        let titles = Set(adjacentCount.filter { $0.value >= 2 && (neighbours[$0.key]?.count ?? 0) >= 2 }.keys)
        guard !titles.isEmpty else { return }
        let firstWords = Set(titles.map { $0.prefix { $0 != " " } })
        for index in lines.indices where kinds[index] == .content {
            let key: String?
            if let known = keyAt[index] {
                key = known
            } else {
                let first = lines[index].text.drop { $0 == " " }.prefix { $0 != " " }
                key = firstWords.contains(first) ? runningTitleKey(lines[index].text) : nil
            }
            if let key, titles.contains(key), !headsProposal(index, lines: lines, kinds: kinds) {
                kinds[index] = .runningTitle
            }
        }
    }

    /// A line of one to three digits.
    static func isBarePageNumber(_ text: String) -> Bool {
        // Scalar by scalar, without trimming a copy: it is asked of every neighbour of every line.
        var digits = 0
        var afterDigits = false
        for scalar in text.unicodeScalars {
            if Blank.isBlank(scalar) {
                afterDigits = digits > 0
                continue
            }
            guard !afterDigits, scalar.value >= 0x30 && scalar.value <= 0x39 else { return false }
            digits += 1
            if digits > 3 { return false }
        }
        return digits > 0
    }

    /// A bare number line ("13") beside a running title, page header or "N/M" is a page number.
    static func markBarePageNumbers(lines: [PdfLine], kinds: inout [PdfLine.Kind]) {
        for index in lines.indices where kinds[index] == .content {
            guard isBarePageNumber(lines[index].text) else { continue }
            let neighbours = [previousNonBlank(before: index, kinds: kinds), nextNonBlank(after: index, kinds: kinds)]
            if neighbours.contains(where: { $0.map { kinds[$0] == .runningTitle || kinds[$0] == .pageHeader || kinds[$0] == .pageNumber } ?? false }) {
                kinds[index] = .pageNumber
            }
        }
    }

    /// The normalised text of a line that could be a running title, or nil: at least three words, starting with
    /// a capital, without a colon, sentence end, amount, checkbox mark, answer word or two administrations.
    static func runningTitleKey(_ text: String) -> String? {
        // Titles are short lines that start with a capital (ASCII, or Æ, Ø, Å).
        guard text.utf8.count <= 160, let first = text.utf8.first(where: { $0 != 0x20 }),
              (first >= 0x41 && first <= 0x5A) || first == 0xC3 else { return nil }
        // A colon anywhere rules a title out; the bytes tell before the words are built.
        guard !text.utf8.contains(0x3A) else { return nil }
        // A sentence's end rules a title out too (the text has no trailing blanks; a page number may follow).
        if let last = text.utf8.last, last == 0x2E || last == 0x2C || last == 0x3B { return nil }
        // The words stay slices of the line: most lines are not titles, and copying each word cost more than
        // the tests below.
        var words = text.splitAtSpaces()
        if let last = words.last, last.count <= 3, last.allSatisfy({ $0.isASCII && $0.isNumber }), words.count > 3 {
            // "Flytning og indretning   Service   800" or "…   800" in its column (`-layout` text): a table row's
            // amount, not a page number.
            if TableLineParts.steeringArea(String(words[words.count - 2])) != nil { return nil }
            if text.trimmingSpaces().hasSuffix("   " + last) { return nil }
            words.removeLast()
        }
        guard words.count >= 3, words.count <= 14, let first = words.first?.first, first.isUppercase, first.isLetter else { return nil }
        guard let lastCharacter = words.last?.last, !".,;".contains(lastCharacter) else { return nil }
        if words.contains(where: { $0.count == 1 && $0.first.map { "Xx☒☐☑□■".contains($0) } == true }) { return nil }
        if let last = words.last, last == "relevant" || last == "Ja" || last == "Nej" { return nil }
        if words.contains(where: { word in
            word.allSatisfy { $0.isNumber || $0 == "." || $0 == "-" }
                || (word.contains(where: { $0.isNumber }) && AmountCellReader.looksLikeAmount(String(word)))
        }) {
            return nil
        }
        if words.count(where: { $0.lowercased().hasSuffix("forvaltningen") }) >= 2 { return nil }
        return words.joined(separator: " ")
    }

    /// More than three words, the last of one to three digits: "Bedre brug af data i sagsbehandlingen 8".
    static func hasTrailingPageNumber(_ text: String) -> Bool {
        // Read from the end, on the line's buffer: the last word's digits (given up at the first other byte or
        // the fourth digit), then whether three more words stand before it.
        text.withBytes { bytes in
            var end = bytes.count
            while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
            var start = end
            while start > 0, bytes[start - 1] != 0x20 {
                guard bytes[start - 1].isASCIIDigit, end - start < 3 else { return false }
                start -= 1
            }
            return start < end && UnsafeBufferPointer(rebasing: bytes[0..<start]).spaceSeparatedWords(upTo: 3) == 3
        }
    }

    /// True for the occurrence that is the proposal's own heading: its summary follows, and no page starts
    /// between them (the running title of the page before stands right above a page start).
    static func headsProposal(_ index: Int, lines: [PdfLine], kinds: [PdfLine.Kind]) -> Bool {
        if let next = nextNonBlank(after: index, kinds: kinds), lines[next].startsPage { return false }
        var position = index + 1
        var seen = 0
        while position < lines.count && seen < 3 {
            if kinds[position] != .blank {
                seen += 1
                let folded = TextFold.letters(lines[position].text.prefix(14))
                if folded.hasPrefix("kortresume") || folded.hasPrefix("resume") { return true }
            }
            position += 1
        }
        return false
    }

    static func nextNonBlank(after index: Int, kinds: [PdfLine.Kind]) -> Int? {
        var position = index + 1
        while position < kinds.count {
            if kinds[position] != .blank { return position }
            position += 1
        }
        return nil
    }

    static func previousNonBlank(before index: Int, kinds: [PdfLine.Kind]) -> Int? {
        var position = index - 1
        while position >= 0 {
            if kinds[position] != .blank { return position }
            position -= 1
        }
        return nil
    }
}

extension PdfLine.Kind {
    var isPageFurniture: Bool { self == .footer || self == .pageNumber || self == .pageHeader }
}
