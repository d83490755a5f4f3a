/// A follow-up table written as a markdown pipe table, as pandoc converts a Word table ("| 2024 | HA03 - … |" under a
/// "|---|---|" row), read as the tab-separated text Word's own text export gives (seed 002): each pipe row becomes
/// its cells joined by tabs, each separator row a blank line, so every line keeps its number.
enum PipeTableText {
    /// The fewest cells a pipe row needs to be rewritten: a follow-up row has twelve, and the checkbox grids of a
    /// catalogue (four) are left alone, so that a catalogue costs no rewrite when each reader judges it.
    static let minimumCells = 6

    /// The document with its wide pipe rows as tab-separated rows; nil when it has none.
    static func asTabSeparated(_ document: TextDocument) -> TextDocument? {
        // Most texts hold no "|" at all: one search of the whole text tells.
        let holdsPipe = document.lines.text.utf8.withContiguousStorageIfAvailable { $0.contains(UInt8(ascii: "|")) } ?? true
        guard holdsPipe else { return nil }
        var hasWideRow = false
        document.scanLines { _, bytes in
            hasWideRow = isWidePipeRow(bytes)
            return !hasWideRow
        }
        guard hasWideRow else { return nil }
        var text = ""
        for (index, line) in document.lines.enumerated() {
            if index > 0 { text += "\n" }
            if line.withBytes(isWidePipeRow) {
                text += MarkdownTable.isSeparatorLine(line)
                    ? ""
                    : MarkdownTable.cells(of: line).map { $0.trimmedBytes }.joined(separator: "\t")
            } else {
                text += line
            }
        }
        return TextDocument(file: document.file, text: text)
    }

    /// A line opening with "|" (after blanks) that holds at least `minimumCells` + 1 pipes.
    private static func isWidePipeRow(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.firstIndex(where: { $0 != 0x20 && $0 != 0x09 }), bytes[first] == UInt8(ascii: "|") else { return false }
        return bytes.count(of: UInt8(ascii: "|"), upTo: minimumCells + 1) == minimumCells + 1
    }
}
