import GevinstCore

/// How a catalogue is laid out (seed 003): a title heading, the change list, then area headings ("#
/// BØRNEFAMILIER MED SÆRLIGE BEHOV") each followed by proposals that open with a type heading ("#
/// INVESTERINGSFORSLAG") and a *Forslagets titel* line. A proposal runs to the next proposal or area heading.
struct CatalogueLayout: Sendable {
    var title: String?
    /// 0-based line indices of the opening part (title and change list).
    var opening: Range<Int>
    var proposals: [Span]
    /// Level-1 headings that are neither areas, types nor the title, with their 1-based lines.
    var unknownHeadings: [(text: String, line: Int)]

    struct Span: Sendable {
        /// 0-based line indices, end exclusive.
        var range: Range<Int>
        var area: CatalogueArea?
        /// The type the opening heading names.
        var type: ProposalType?
    }

    static func scan(_ lines: [Substring], areas: [CatalogueArea]) -> CatalogueLayout {
        var title: String? = nil
        var areaHeadings: [(index: Int, area: CatalogueArea?)] = []
        var typeHeadings: [(index: Int, type: ProposalType)] = []
        var titleLines: [Int] = []
        var unknown: [(text: String, line: Int)] = []

        for (index, line) in lines.enumerated() {
            if let level = MarkdownInline.headingLevel(line) {
                let text = MarkdownInline.clean(line.dropFirst(level))
                if let type = ProposalTitle.type(ofHeading: text) {
                    typeHeadings.append((index, type))
                } else if level == 1 {
                    if title == nil && text.lowercased().containsBytes("katalog") {
                        title = text
                    } else if let area = CatalogueArea.matching(text, in: areas) {
                        areaHeadings.append((index, area))
                    } else if MarkdownInline.isUpperCase(text) {
                        areaHeadings.append((index, nil))
                        unknown.append((text, index + 1))
                    }
                }
                continue
            }
            // Cheap test first: the label's first word, after markup ("Forslagets  titel", typed with two spaces,
            // is the same label once cleaned).
            if line.containsBytes("orslagets") {
                let cleaned = ProposalHeaderReader.joinedCells(line).fastLowercased()
                if cleaned.hasPrefix("forslagets titel") { titleLines.append(index) }
            }
        }

        // A proposal starts at the last type heading before its title line (one no earlier title line took), or
        // at the title line itself.
        var starts: [(index: Int, type: ProposalType?)] = []
        var usedHeadings = Set<Int>()
        var headingCursor = 0
        for titleLine in titleLines {
            // The last type heading before this title line that no earlier title line has taken.
            var chosen: (index: Int, type: ProposalType)? = nil
            while headingCursor < typeHeadings.count && typeHeadings[headingCursor].index < titleLine {
                chosen = typeHeadings[headingCursor]
                headingCursor += 1
            }
            if let heading = chosen {
                starts.append((heading.index, heading.type))
                usedHeadings.insert(heading.index)
            } else {
                starts.append((titleLine, nil))
            }
        }
        // A type heading that no title line took opens a placeholder proposal when the placeholder text follows
        // it ("[Forslaget er fortsat under udarbejdelse]", DOMAIN.md §2); otherwise it is a stray heading inside
        // the proposal above it.
        for heading in typeHeadings where !usedHeadings.contains(heading.index) {
            let window = (heading.index + 1)..<min(lines.count, heading.index + 40)
            let isPlaceholder = window.contains { index in
                lines[index].containsBytes("udarbejdelse")
                    && lines[index].lowercased().contains(CatalogueProposalBuilder.placeholderPhrase)
            }
            if isPlaceholder { starts.append((heading.index, heading.type)) }
        }
        starts.sort { $0.index < $1.index }
        // A type heading with no proposal above it in its area opens one even without a title line it can be
        // told by (a "Forslagets titel" typed another way): its text and Tabel 1 would otherwise be read as no
        // proposal's, and lost without a word.
        var openedWithoutTitle: [(index: Int, type: ProposalType?)] = []
        for heading in typeHeadings where !usedHeadings.contains(heading.index) && !starts.contains(where: { $0.index == heading.index }) {
            let areaStart = areaHeadings.last(where: { $0.index < heading.index })?.index ?? -1
            let coveredByProposalAbove = starts.contains { $0.index > areaStart && $0.index < heading.index }
                || openedWithoutTitle.contains { $0.index > areaStart }
            if !coveredByProposalAbove { openedWithoutTitle.append((heading.index, heading.type)) }
        }
        starts = (starts + openedWithoutTitle).sorted { $0.index < $1.index }

        var spans: [Span] = []
        for (position, start) in starts.enumerated() {
            let nextStart = position + 1 < starts.count ? starts[position + 1].index : lines.count
            let nextArea = areaHeadings.first(where: { $0.index > start.index })?.index ?? lines.count
            let end = min(nextStart, nextArea)
            let area = areaHeadings.last(where: { $0.index < start.index })?.area
            if end > start.index { spans.append(Span(range: start.index..<end, area: area, type: start.type)) }
        }
        let openingEnd = min(starts.first?.index ?? lines.count, areaHeadings.first?.index ?? lines.count)
        return CatalogueLayout(title: title, opening: 0..<openingEnd, proposals: spans, unknownHeadings: unknown)
    }
}
