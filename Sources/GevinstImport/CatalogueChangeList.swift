import GevinstCore

/// The list a catalogue opens with, of what changed since the committee last saw it (DOMAIN.md §1). Seed 003,
/// lines 5–20: "- BU05: Samling af …" (changed), "- UD03: Investeringsforslag - … [NYT FORSLAG]" (new), "- SI03: …
/// [Forslaget er ikke længere et investeringsforslag, og indgår derfor ikke i investeringskataloget. I stedet vil
/// det blive fremlagt som en del af effektiviseringskataloget …]" (moved), and after "**Nedenstående
/// investeringsforslag er fortsat i proces:**" the proposals still in process. One entry (UD01, line 14) lost its
/// list marker in the conversion and is read all the same.
enum CatalogueChangeList {
    /// Reads the entries in lines `range` (0-based indices), which should end before the first area or
    /// proposal heading.
    static func read(_ lines: [Substring], range: Range<Int>) -> [CatalogueChange] {
        var changes: [CatalogueChange] = []
        var inProcessSection = false
        for index in range where index >= 0 && index < lines.count {
            let line = lines[index]
            if MarkdownInline.headingLevel(line) != nil { continue }
            let cleaned = MarkdownInline.clean(MarkdownInline.droppingListMarker(line))
            let lower = cleaned.fastLowercased()
            if lower.containsBytes("fortsat i proces") && entryCode(cleaned) == nil {
                inProcessSection = true
                continue
            }
            guard let (code, rest) = entryCode(cleaned) else { continue }
            changes.append(CatalogueChange(
                code: code, title: title(rest), kind: kind(of: rest, inProcessSection: inProcessSection), line: index + 1))
        }
        return changes
    }

    /// "BU05: Samling af …" → ("BU05", "Samling af …"); nil when the line does not start with a code and a colon.
    static func entryCode(_ text: String) -> (String, String)? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let code = text[..<colon].trimmingSpaces()
        guard !code.isEmpty, code.count <= 16, code.contains(where: { $0.isNumber }),
              code.first?.isUppercase == true, !code.contains(" ") || code.hasSuffix(")") else { return nil }
        return (code, String(text[text.index(after: colon)...]).trimmingSpaces())
    }

    /// The rule for an entry's kind: a `[NYT FORSLAG]` mark means new; a note that the proposal is no longer an
    /// investment proposal, or goes to the efficiency catalogue, means moved; entries under a "fortsat i proces"
    /// lead-in are in process; every other entry is changed.
    static func kind(of text: String, inProcessSection: Bool) -> CatalogueChange.Kind {
        let lower = text.fastLowercased()
        if lower.containsBytes("[nyt forslag]") { return .new }
        if lower.containsBytes("ikke længere et investeringsforslag") || lower.containsBytes("effektiviseringskatalog") {
            return .movedToEfficiencyCatalogue
        }
        return inProcessSection ? .inProcess : .changed
    }

    /// The title without bracketed notes and without the type prefix "Investeringsforslag - ".
    static func title(_ text: String) -> String {
        var result = ""
        var depth = 0
        for character in text {
            if character == "[" { depth += 1; continue }
            if character == "]" { depth = max(0, depth - 1); continue }
            if depth == 0 { result.append(character) }
        }
        let (_, title) = ProposalTitle.droppingTypePrefix(MarkdownInline.clean(result))
        return title
    }
}
