import GevinstCore

/// A numbered section heading of the proposal template: "1. Baggrund og formål", "10. Hvem er hørt?", and the
/// 2025 edition's "2. Økonomi", "3. Implementering og opfølgning" (OCR: "2. @konomi", "6. Hvem er hort?").
/// Only the template's headings count, so that numbered lists in the text ("1. En god start på livet") do not.
enum SectionHeading {
    enum Topic: String, Sendable, Hashable, CaseIterable {
        case background, content, economy, administration, implementation, partners, effect, followUp, risk
        case consultation, committees, technicalAnnex, description, implementationAndFollowUp
    }

    static let headings: [(folded: String, topic: Topic)] = [
        ("baggrundogformal", .background), ("forslagetsindhold", .content), ("okonomi", .economy),
        ("effektiviseringpaadministration", .administration), ("implementeringafforslaget", .implementation),
        ("inddragelseafsamarbejdspartnere", .partners), ("forslagetseffekt", .effect), ("opfolgning", .followUp),
        ("risikovurdering", .risk), ("hvemerhort", .consultation), ("fordelingpaudvalg", .committees),
        ("tekniskbilag", .technicalAnnex), ("beskrivelseafforslag", .description),
        ("implementeringogopfolgning", .implementationAndFollowUp),
    ]

    struct Heading: Sendable, Hashable {
        var number: Int
        var heading: String
        var topic: Topic
    }

    static func parse(_ text: String) -> Heading? {
        // Asked of nearly every line: a heading starts with a digit, which tells before the line is copied.
        guard let lead = text.unicodeScalars.first(where: { !Blank.isBlank($0) }), lead.value >= 0x30 && lead.value <= 0x39 else {
            return nil
        }
        let trimmed = text.trimmingSpaces()
        let digits = trimmed.prefix { $0.isNumber }
        guard !digits.isEmpty, digits.count <= 2, let number = Int(digits) else { return nil }
        var rest = trimmed.dropFirst(digits.count)
        guard rest.first == "." else { return nil }
        rest = rest.dropFirst()
        guard rest.first == " " else { return nil }
        let heading = rest.trimmingSpaces()
        guard heading.count <= 70, let first = heading.first, first.isLetter || first == "@" else { return nil }
        let folded = TextFold.letters(heading)
        for candidate in headings {
            let tolerance = candidate.folded.count >= 10 ? 2 : (candidate.folded.count >= 7 ? 1 : 0)
            if TextFold.hasPrefix(folded, candidate.folded, tolerance: tolerance) {
                // The heading is the template's words, perhaps with a parenthesis: not a sentence.
                let extra = folded.count - candidate.folded.count
                if extra > 30 && !heading.contains("(") { continue }
                return Heading(number: number, heading: heading, topic: candidate.topic)
            }
        }
        return nil
    }
}

/// The numbered text sections of a proposal, with the lines of tables left out.
enum SectionReader {
    struct Section: Sendable {
        var heading: SectionHeading.Heading
        var line: Int
        var textLines: [PdfLine]
        var text: String
    }

    /// Sections in order. A heading counts only when its number follows the previous heading's, so that a
    /// numbered list inside a section is not taken for the next section.
    static func read(_ lines: ArraySlice<PdfLine>, excluding consumed: Set<Int>) -> [Section] {
        var sections: [Section] = []
        var current: Section? = nil
        for line in lines where !line.isFurniture {
            if line.isContent, !consumed.contains(line.number), let heading = SectionHeading.parse(line.text),
               heading.number > (current?.heading.number ?? 0) {
                if var finished = current {
                    finished.text = paragraphText(finished.textLines)
                    sections.append(finished)
                }
                current = Section(heading: heading, line: line.number, textLines: [], text: "")
                continue
            }
            if consumed.contains(line.number) { continue }
            current?.textLines.append(line)
        }
        if var finished = current {
            finished.text = paragraphText(finished.textLines)
            sections.append(finished)
        }
        return sections
    }

    /// Lines joined into paragraphs: wrapped lines with a space (hyphenated words joined), a blank line between
    /// paragraphs.
    static func paragraphText(_ lines: [PdfLine]) -> String {
        var paragraphs: [String] = []
        var current = ""
        for line in lines {
            if line.kind == .blank {
                if !current.isEmpty { paragraphs.append(current); current = "" }
                continue
            }
            guard line.isContent else { continue }
            let text = line.text.collapsingSpaces()
            if current.isEmpty {
                current = text
            } else {
                // Joined in place (as `WrappedText.join`, which trims the head first): a new string per line
                // copied the paragraph once per line.
                if WrappedText.needsTrimming(current) { current = current.trimmingSpaces() }
                WrappedText.append(text, to: &current)
            }
        }
        if !current.isEmpty { paragraphs.append(current) }
        return paragraphs.joined(separator: "\n\n")
    }
}
