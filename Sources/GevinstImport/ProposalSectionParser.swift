import GevinstCore

/// The numbered sections of a proposal (DOMAIN.md §3). The numbering varies between proposals of one catalogue
/// (seed 003 BU02 numbers its effect section 1.9 and its follow-up 1.10; HA05 has two sections numbered 1.4), so a
/// section's kind is told by the words of its heading, and its number is kept as printed.
struct ProposalSection: Sendable {
    var number: String
    var heading: String
    var kind: Kind
    var line: Int
    var blocks: [MarkdownBlock]

    enum Kind: Sendable, Hashable {
        case table1, background, content, economy, committees, implementation, partners, effect
        case followUp, risk, consultations, other

        /// The kind a heading names: "BAGGRUND OG FORMÅL" → background, "HVEM ER HØRT?" → consultations.
        static func of(_ heading: String) -> Kind {
            let key = MarkdownInline.key(heading)
            if key.containsBytes("tabel 1") || key.containsBytes("tabel") && key.containsBytes("økonomiske konsekvenser") { return .table1 }
            if key.containsBytes("baggrund") { return .background }
            if key.containsBytes("indhold") { return .content }
            if key.containsBytes("fordeling på udvalg") || key.hasPrefix("fordeling") { return .committees }
            if key.containsBytes("implementering") { return .implementation }
            if key.containsBytes("inddragelse") || key.containsBytes("samarbejdspartner") { return .partners }
            if key.containsBytes("opfølgning") { return .followUp }
            if key.containsBytes("risiko") { return .risk }
            if key.containsBytes("hørt") { return .consultations }
            if key.containsBytes("effekt") && !key.containsBytes("effektivisering") { return .effect }
            if key == "økonomi" || key.hasSuffix(" økonomi") || key.hasPrefix("økonomi") { return .economy }
            return .other
        }
    }

    /// The prose of the section: headings and lines in order, tables of other kinds than the structured ones
    /// rendered as rows of cells separated by " | ".
    /// A table's caption ("Tabel 2. Varige ændringer, service") is left out with its table: the document renders
    /// both from the model, and a caption kept in the prose would stand there twice.
    var text: String {
        var parts: [String] = []
        for (index, block) in blocks.enumerated() {
            switch block {
            case let .heading(_, text, _): parts.append(text)
            case let .text(text, _, _):
                if !keepsTablesAsText, index + 1 < blocks.count, case .table = blocks[index + 1], Self.isTableCaption(text) { continue }
                parts.append(text)
            case let .table(table):
                guard keepsTablesAsText else { continue }
                for row in table.rows { parts.append(row.cells.map(\.text).filter { !$0.isEmpty }.joined(separator: " | ")) }
            }
        }
        return parts.joined(separator: "\n")
    }

    /// Sections whose tables are prose for the reader (not Tabel 1–4, plans, risk or consultations).
    private var keepsTablesAsText: Bool {
        kind == .other || kind == .content || kind == .background || kind == .effect || kind == .partners
    }

    /// "Tabel 2. Varige ændringer, service", "**Tabel 3. Serviceinvesteringer i forslaget**".
    static func isTableCaption(_ text: String) -> Bool {
        let key = MarkdownInline.key(text)
        guard key.hasPrefix("tabel ") else { return false }
        return key.dropFirst(6).first?.isNumber ?? false
    }

    /// The tables of the section.
    var tables: [MarkdownTable] {
        blocks.compactMap { if case let .table(table) = $0 { table } else { nil } }
    }
}

enum ProposalSectionParser {
    /// The sections in `blocks`, each from its numbered heading to the next; blocks before the first heading
    /// (the proposal's header) belong to none.
    static func sections(_ blocks: [MarkdownBlock]) -> [ProposalSection] {
        var sections: [ProposalSection] = []
        for block in blocks {
            if let (number, heading) = numberedHeading(block) {
                sections.append(ProposalSection(
                    number: number, heading: heading, kind: .of(heading), line: block.line, blocks: []))
            } else if !sections.isEmpty {
                sections[sections.count - 1].blocks.append(block)
            }
        }
        return sections
    }

    /// "1.4 ØKONOMI" → ("1.4", "ØKONOMI"). A `#` heading or a wholly bold line may be a section heading; a plain
    /// line only when its heading is in capitals (so "1.300 t. kr. – …" is prose).
    static func numberedHeading(_ block: MarkdownBlock) -> (String, String)? {
        switch block {
        case let .heading(_, text, _):
            return split(text)
        case let .text(text, raw, _):
            guard let (number, heading) = split(text) else { return nil }
            let trimmed = raw.trimmingSpaces()
            let whollyBold = (trimmed.hasPrefix("**") && trimmed.hasSuffix("**")) || (trimmed.hasPrefix("<b>") && trimmed.hasSuffix("</b>"))
            return whollyBold || MarkdownInline.isUpperCase(heading) ? (number, heading) : nil
        case .table:
            return nil
        }
    }

    /// Splits "1.10 RISIKOVURDERING" into its number and heading: a digit 1–9, a dot, one or two digits, an
    /// optional dot, a space, then a heading that starts with a letter.
    static func split(_ text: String) -> (String, String)? {
        // Fast reject on the first bytes: a digit 1–9 and a dot.
        var bytes = text.utf8.makeIterator()
        guard let major = bytes.next(), major >= UInt8(ascii: "1"), major <= UInt8(ascii: "9"),
              bytes.next() == UInt8(ascii: ".") else { return nil }
        return splitChecked(text)
    }

    /// Walks the first few characters by index; the text (often a long line of prose that starts with an amount,
    /// "1.300 t. kr. – …") is not turned into an array of characters.
    private static func splitChecked(_ text: String) -> (String, String)? {
        func isDigit(_ character: Character) -> Bool { character.isASCII && character.isNumber }
        guard text.index(text.startIndex, offsetBy: 5, limitedBy: text.endIndex) != nil, let major = text.first,
              isDigit(major), major != "0", text[text.index(after: text.startIndex)] == "." else { return nil }
        let numberStart = text.index(text.startIndex, offsetBy: 2)
        var index = numberStart
        while index < text.endIndex && text.distance(from: numberStart, to: index) < 2 && isDigit(text[index]) {
            index = text.index(after: index)
        }
        guard index > numberStart, index < text.endIndex else { return nil }
        let number = String(text[..<index])
        if text[index] == "." { index = text.index(after: index) }
        guard index < text.endIndex, text[index] == " " else { return nil }
        let heading = String(text[text.index(after: index)...]).trimmingSpaces()
        guard let first = heading.first, first.isLetter else { return nil }
        return (number, heading)
    }
}
