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
    /// Works on the UTF-8 bytes: the tags and the separators are ASCII, so every cut falls between characters.
    static func boxes(in text: String) -> [Box] {
        var result: [Box] = []
        let bytes = Array(text.utf8)
        let tagOpening = Array("<input".utf8)
        bytes.withUnsafeBufferPointer { buffer in
            var position = 0
            while let tagStart = ByteSearch.firstOffset(of: tagOpening, in: buffer, from: position) {
                guard let tagEnd = buffer[(tagStart + tagOpening.count)...].firstIndex(of: UInt8(ascii: ">")) else { break }
                let tag = String(decoding: buffer[tagStart..<tagEnd], as: UTF8.self).lowercased()
                let checked = tag.containsBytes("checked")
                let nextTag = ByteSearch.firstOffset(of: tagOpening, in: buffer, from: tagEnd + 1) ?? buffer.count
                let between = buffer[(tagEnd + 1)..<nextTag]
                let name = between.split(whereSeparator: { $0 == UInt8(ascii: "|") || $0 == 0x09 || $0 == 0x0A })
                    .lazy.map { MarkdownInline.clean(String(decoding: $0, as: UTF8.self)) }
                    .first { !$0.isEmpty } ?? ""
                if !name.isEmpty { result.append(Box(name: name, checked: checked)) }
                position = nextTag
            }
        }
        return result
    }

    /// True when the text holds at least one checkbox tag.
    static func hasBoxes(_ text: String) -> Bool { text.containsBytes("<input") }
}
