/// The grid of affected administrations (*Berørte forvaltninger*) as checkbox tags: `<input type="checkbox"/>`
/// (unchecked) and `<input checked="" type="checkbox"/>` (checked), each followed by the administration's name.
/// Seed 003 writes the grid four ways: two tab-separated pairs per line (BU01), tag and name in separate tab cells
/// (HA01), a pipe table (BU05) and one long tab cell (SI05). In every form a tag's name is the first piece of
/// text after it, up to the next tab, pipe, line break or tag.
enum CheckboxGrid {
    struct Box: Sendable, Hashable {
        var name: String
        var checked: Bool
    }

    /// The boxes in `text` in order; names left empty are dropped.
    static func boxes(in text: String) -> [Box] {
        var result: [Box] = []
        var rest = Substring(text)
        while let tagStart = rest.firstRange(of: "<input") {
            guard let tagEnd = rest[tagStart.upperBound...].firstIndex(of: ">") else { break }
            let tag = rest[tagStart.lowerBound..<tagEnd].lowercased()
            let checked = tag.containsBytes("checked")
            var after = rest[rest.index(after: tagEnd)...]
            let nextTag = after.firstRange(of: "<input")?.lowerBound ?? after.endIndex
            let between = after[..<nextTag]
            let name = between.split(whereSeparator: { $0 == "|" || $0 == "\t" || $0 == "\n" })
                .map { MarkdownInline.clean($0) }
                .first { !$0.isEmpty } ?? ""
            if !name.isEmpty { result.append(Box(name: name, checked: checked)) }
            after = after[nextTag...]
            rest = after
        }
        return result
    }

    /// True when the text holds at least one checkbox tag.
    static func hasBoxes(_ text: String) -> Bool { text.containsBytes("<input") }
}
