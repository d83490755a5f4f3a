/// A stretch of the catalogue split into headings, lines of prose and tables, each with its source line. The
/// section, table and field readers work on these blocks instead of on raw lines.
enum MarkdownBlock: Sendable, Hashable {
    /// A `#` heading: its level and cleaned text.
    case heading(level: Int, text: String, line: Int)
    /// One non-blank line of prose, cleaned; `raw` keeps the markup (bold, list markers).
    case text(String, raw: String, line: Int)
    case table(MarkdownTable)

    var line: Int {
        switch self {
        case let .heading(_, _, line): line
        case let .text(_, _, line): line
        case let .table(table): table.firstLine
        }
    }

    /// The cleaned text of a heading or prose line; nil for a table.
    var plainText: String? {
        switch self {
        case let .heading(_, text, _): text
        case let .text(text, _, _): text
        case .table: nil
        }
    }

    /// Splits lines `range` (0-based indices into `lines`) into blocks.
    static func split(_ lines: [Substring], range: Range<Int>) -> [MarkdownBlock] {
        var blocks: [MarkdownBlock] = []
        var index = max(0, range.lowerBound)
        let end = min(range.upperBound, lines.count)
        while index < end {
            let line = lines[index]
            if line.isBlankText || MarkdownTable.isSeparatorLine(line) {
                index += 1
                continue
            }
            if let level = MarkdownInline.headingLevel(line) {
                blocks.append(.heading(level: level, text: MarkdownInline.clean(line.dropFirst(level)), line: index + 1))
                index += 1
            } else if MarkdownTable.isTableLine(line) {
                let (table, next) = MarkdownTable.read(lines, from: index, to: end)
                if !table.rows.isEmpty { blocks.append(.table(table)) }
                index = next
            } else {
                let cleaned = MarkdownInline.clean(line)
                if !cleaned.isEmpty { blocks.append(.text(cleaned, raw: String(line), line: index + 1)) }
                index += 1
            }
        }
        return blocks
    }
}
