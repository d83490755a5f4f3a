import GevinstCore

/// Reads the follow-up table (*Opfølgning*): rows of goal, how it is measured, who is responsible and when,
/// grouped under "Milepæle for implementering og anvendelse af investeringsmidler" and "Realisering af
/// effektiviseringer".
///
/// PDF text sets the four cells one after another, separated by blank lines, often with the last two on one
/// line ("BBU staben og BCV staben Ultimo 2022 og medio 2023"). A row ends with its *when*, recognised by its
/// first word: Primo, Medio, Ultimo, Årligt, Halvårligt, Kvartalsvis, Månedsvis, Løbende, "Sidst på året",
/// "4. kvartal", "Efter …", "6 måneder …", or a year. The cells before the *when* are goal, measurement and
/// responsible in that order. The table may stand outside its section (000 UD13 prints it after section 9).
enum FollowUpPlanReader {
    struct Result: Sendable {
        var rows: [FollowUpPlanRow]
        var consumed: Set<Int>
    }

    static func read(_ lines: ArraySlice<PdfLine>) -> Result {
        guard let headerIndex = lines.firstIndex(where: { $0.isContent && isHeaderStart($0.trimmed) }) else { return Result(rows: [], consumed: []) }
        var consumed: Set<Int> = []
        var rows: [FollowUpPlanRow] = []
        var group = FollowUpPlanRow.Group.milestone
        var cells: [String] = []
        // The paragraph's lines joined as they come (`WrappedText.join` of them): each new line asks whether the
        // paragraph so far already ends in a *when*, and joining all its lines again for every line cost a pass per line.
        var paragraph = ""
        var index = headerIndex
        var count = 0
        func flushParagraph() {
            guard !paragraph.isEmpty else { return }
            let text = paragraph.collapsingSpaces()
            paragraph = ""
            if let split = whenSplit(text) {
                var parts = cells
                if !split.before.isEmpty { parts.append(split.before) }
                cells = []
                guard !parts.isEmpty else { return }
                let goal = parts[0]
                let measurement = parts.count >= 2 ? parts[1] : ""
                let responsible = parts.count >= 3 ? parts[2...].joined(separator: " ") : ""
                rows.append(FollowUpPlanRow(group: group, goal: goal, measurement: measurement, responsible: responsible, when: split.when))
            } else {
                cells.append(text)
                if cells.count > 4 { cells.removeFirst() }
            }
        }
        while index < lines.endIndex && count < 200 {
            let line = lines[index]
            index += 1
            count += 1
            if line.isFurniture { continue }
            if line.kind == .blank { flushParagraph(); continue }
            let text = line.trimmed
            let isTableTitle = TableVocabulary.tableNumber(text) != nil
            if SectionHeading.parse(text) != nil || (isTableTitle && index - 1 != headerIndex && !isHeaderStart(text)) { break }
            if ProposalSegmenter.marker(line) != nil { break }
            consumed.insert(line.number)
            // Folded once, for the header fragments and the group headings.
            let folded = TextFold.letters(text)
            if isHeaderFragment(folded: folded, isTableTitle: isTableTitle) { continue }
            if folded.hasPrefix("milepaele") || folded == "implementeringoganvendelseafinvesteringsmidler" {
                flushParagraph(); cells = []; group = .milestone; continue
            }
            if folded.hasPrefix("realiseringafeffektiviseringer") {
                flushParagraph(); cells = []; group = .realisation; continue
            }
            if !paragraph.isEmpty, line.startsPage || (text.first?.isUppercase ?? false) && whenSplit(paragraph) != nil {
                flushParagraph()
            }
            WrappedText.append(text, to: &paragraph)
        }
        flushParagraph()
        return Result(rows: rows, consumed: consumed)
    }

    static func isHeaderStart(_ text: String) -> Bool {
        // Quick look: the heading starts with "Opf…" (OCR "Opfg…"), or is "Tabel N. Opfølgningsmål".
        guard let first = text.unicodeScalars.first(where: { !Blank.isBlank($0) }), first == "O" || first == "o" || first == "T" else {
            return false
        }
        let folded = TextFold.letters(text)
        if TableVocabulary.tableNumber(text) != nil { return folded.containsBytes("opfolgningsmal") || folded.containsBytes("opfolgningsmal") }
        return TextFold.hasPrefix(folded, "opfolgningsmal", tolerance: 2)
    }

    /// A piece of the table's header ("Opfølgningsmål", "Hvordan måles", …, OCR-damaged too, or a table title),
    /// told from the line's folded letters and whether it is a table title.
    static func isHeaderFragment(folded: String, isTableTitle: Bool) -> Bool {
        isTableTitle || headerFragments.contains { TextFold.distance(folded, $0, limit: 2) <= 2 }
            || (folded.hasPrefix("opfolgningsmal") && folded.containsBytes("hvordan"))
    }

    private static let headerFragments = [
        "opfolgningsmal", "hvordanmales", "opfolgningsmalet", "hvemeransvarligfor", "opfolgning", "hvornargennemfores",
        "opfolgningen", "hvornargennemforesopfolgningen", "gen", "tabelopfolgningsmal",
    ]

    static let whenWords = ["Primo", "Medio", "Ultimo", "Årligt", "Arligt", "Halvårligt", "Halvarligt", "Kvartalsvis", "Månedsvis",
                            "Løbende", "Lgbende", "Lebende", "Efter", "Sidst"]

    /// The first bytes a *when* word can have: digits, a sign (as `Int` reads "-3"), and the first UTF-8 byte of
    /// each when word.
    private static let mayStartWhen: [Bool] = {
        var table = Array(repeating: false, count: 256)
        for digit in UInt8(ascii: "0")...UInt8(ascii: "9") { table[Int(digit)] = true }
        table[Int(UInt8(ascii: "+"))] = true
        table[Int(UInt8(ascii: "-"))] = true
        for word in whenWords { if let first = word.utf8.first { table[Int(first)] = true } }
        return table
    }()

    /// False when no word of the text opens (after any "|") with a byte a *when* word can start with: the text
    /// is then not split into words at all.
    static func mayHoldWhen(_ text: String) -> Bool {
        text.withBytes { bytes in
            var atWordStart = true
            for byte in bytes {
                if byte == 0x20 {
                    atWordStart = true
                } else if atWordStart && byte != UInt8(ascii: "|") {
                    if mayStartWhen[Int(byte)] { return true }
                    atWordStart = false
                }
            }
            return false
        }
    }

    /// Splits "BBU staben Årligt fra 2023 og frem" into the text before and the *when*.
    static func whenSplit(_ text: String) -> (before: String, when: String)? {
        guard mayHoldWhen(text) else { return nil }
        let words = text.splitAtSpaces()
        for (index, word) in words.enumerated() {
            // Every *when* starts with a number or with the first letter of a when word: most words are
            // passed over on their first byte.
            guard let lead = word.utf8.first(where: { $0 != UInt8(ascii: "|") }), mayStartWhen[Int(lead)] else { continue }
            let cleaned = String(word).strippingCharacters("|")
            let isWhen: Bool
            if whenWords.contains(cleaned) {
                isWhen = cleaned != "Sidst" || (index + 1 < words.count && words[index + 1] == "på")
            } else if Int(cleaned) != nil, index + 2 < words.count, words[index + 1].lowercased().hasPrefix("måned") || words[index + 1].lowercased().hasPrefix("maned"),
                      words[index + 2].lowercased() == "efter" {
                isWhen = true
            } else if index == 0 || words[index - 1] == "|" {
                // At the start of a cell: "4. kvartal 2022", "1. Kvartal 2023", "6 måneder efter", "2027 og frem".
                let next = index + 1 < words.count ? words[index + 1].lowercased() : ""
                if cleaned.hasSuffix("."), Int(cleaned.dropLast()) != nil, next.hasPrefix("kvartal") || next.hasPrefix("kvt") || next.hasPrefix("halv") {
                    isWhen = true
                } else if Int(cleaned) != nil, next.hasPrefix("måned") || next.hasPrefix("maned") {
                    isWhen = true
                } else if cleaned.count == 4, let year = Int(cleaned), YearHeader.plausibleYears.contains(year) {
                    isWhen = true
                } else {
                    isWhen = false
                }
            } else {
                isWhen = false
            }
            if isWhen {
                let before = words[..<index].filter { $0 != "|" }.joined(separator: " ")
                return (before, words[index...].filter { $0 != "|" }.joined(separator: " "))
            }
        }
        return nil
    }
}
