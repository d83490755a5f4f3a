/// A catalogue whose tables are lined up with blanks instead of tabs: a text export, a copy from a terminal, or
/// pandoc's plain tables. Each such table is rewritten as the tab-separated rows the catalogue reader reads, one
/// line for one line, so that line numbers and every other rule stay as they are.
///
/// A table is a run of lines (no blank line between them) whose columns stand apart: the stretches some line has
/// text in, between gaps of two blanks or more that every line of the run leaves open (`TablePart.columns`, as a
/// PDF's column layout is read). A paragraph, a list or a run of checkbox lines has no such gap: its words are one
/// blank apart and its lines end at different places, so every column of the run holds a letter of some line.
/// Separator lines of dashes ("-------  ------") take no part in finding the columns, and are cut by them.
enum AlignedTableText {
    /// The fewest lines a table needs, separators not counted: a header and a row (one row over a separator).
    static let minimumLines = 2

    /// The document with its blank-aligned tables as tab-separated rows; nil when it holds a tab (its tables are
    /// tab-separated already) or no such table.
    static func asTabSeparated(_ document: TextDocument) -> TextDocument? {
        let holdsTab = document.lines.text.utf8.withContiguousStorageIfAvailable { $0.contains(0x09) } ?? true
        guard !holdsTab else { return nil }
        let lines = document.lines
        var output: [String]? = nil
        var start = 0
        var previous: (columns: [Range<Int>], end: Int)? = nil
        while start < lines.count {
            // A run of lines without a blank line or a heading between them, one of which holds two blanks inside
            // its text.
            guard !lines[start].isBlankText, !isHeading(lines[start]) else {
                start += 1
                continue
            }
            var end = start
            var mayBeTable = false
            while end < lines.count, !lines[end].isBlankText, !isHeading(lines[end]) {
                if !mayBeTable { mayBeTable = mayOpenRun(lines[end]) }
                end += 1
            }
            // A run just under a table, blank lines between, that is no table on its own goes on in that table's
            // columns when its text keeps to them: a row's text carried below a blank line (003 HA08 line 2880).
            let run = lines[start..<end]
            let carried = previous.flatMap { start - $0.end <= 2 ? $0.columns : nil }
            // A pipe table is read by its pipes, however its cells are padded.
            let piped = run.contains(where: MarkdownTable.isPipeRow)
            if !piped, let (rows, columns) = (mayBeTable ? rewritten(run) : nil) ?? carried.flatMap({ rewritten(run, in: $0) }) {
                if output == nil { output = lines.map(String.init) }
                for (offset, line) in rows.enumerated() { output?[start + offset] = line }
                previous = (columns, end)
            } else {
                previous = nil
            }
            start = end
        }
        guard let output else { return nil }
        return TextDocument(file: document.file, text: output.joined(separator: "\n"))
    }

    /// The run's lines as tab-separated rows cut by `columns`, when every character of its text keeps to them
    /// (the last column open to the right); nil when some text stands in a gap.
    static func rewritten(_ run: some Collection<Substring>, in columns: [Range<Int>]) -> (rows: [String], columns: [Range<Int>])? {
        guard let first = columns.first, let last = columns.last else { return nil }
        let laid = run.map(LayoutLine.init)
        // Carried text stands under the row's later cells: a line with text in the first column is the next
        // paragraph, caption or table ("Tabel 3. Serviceinvesteringer i forslaget").
        for (raw, line) in zip(run, laid) where !MarkdownTable.isSeparatorLine(raw) && !line.text(in: first).isEmpty { return nil }
        for line in laid {
            for (position, character) in line.characters.enumerated() where character != " " {
                guard position >= last.lowerBound || columns.contains(where: { $0.contains(position) }) else { return nil }
            }
        }
        let open = columns.dropLast() + [last.lowerBound..<Int.max]
        return (laid.map { line in open.map { line.text(in: $0) }.joined(separator: "\t") }, columns)
    }

    /// The run's lines as tab-separated rows, and the columns they were cut by; nil when the run is no table.
    static func rewritten(_ run: some Collection<Substring>) -> (rows: [String], columns: [Range<Int>])? {
        let laid = run.map { MarkdownTable.isSeparatorLine($0) ? nil : LayoutLine($0) }
        let content = laid.compactMap { $0 }
        // A separator line under it makes one row a table (003 TV01's payback row, line 2939).
        let fewest = content.count < laid.count ? 1 : minimumLines
        guard content.count >= fewest else { return nil }
        let columns = joiningInnerGaps(TablePart.columns(of: content), content)
        guard columns.count >= 2 else { return nil }
        // Two lines or more must have text in two columns or more (one over a separator): a table may list more
        // one-cell rows than full ones (003 TV03, lines 3325–3339).
        let multiCell = content.count { line in columns.count { !line.text(in: $0).isEmpty } >= 2 }
        guard multiCell >= fewest else { return nil }
        let rows = zip(run, laid).map { raw, line in
            // A separator line is cut by the same columns, as a tab-separated table's separator is (the catalogue
            // reader takes it for a table line, so that the rows below a blank line still have their header).
            guard let line else { return columns.map { LayoutLine(raw).text(in: $0) }.joined(separator: "\t") }
            // Every cell, the empty ones too: a block's heading row ("<b>Varige ændringer</b>") is a table row by
            // its tabs, as in the tab-separated catalogue.
            return columns.map { line.text(in: $0) }.joined(separator: "\t")
        }
        return (rows, columns)
    }

    /// The columns with each one that is a gap inside one cell joined to the column on its left: a column only
    /// one line has text in, not the first (the header names every column), where that line's text on the left
    /// runs up to the gap and goes on with a letter (a total row alone in its amounts' columns goes on with
    /// digits or a tag, 003 TV01 line 3049). A cell with two blanks inside ("… Cool Kids-programmet.  Mht.
    /// besparelsen …", 003 HA08 line 2877) leaves such a gap where the other rows' cells are shorter.
    static func joiningInnerGaps(_ columns: [Range<Int>], _ lines: [LayoutLine]) -> [Range<Int>] {
        guard columns.count > 2 else { return columns }
        var joined: [Range<Int>] = [columns[0]]
        for column in columns.dropFirst() {
            let left = joined[joined.count - 1]
            let holders = lines.indices.filter { !lines[$0].text(in: column).isEmpty }
            if holders.count == 1, let only = holders.first, only > 0,
               lines[only].characters.count > left.upperBound - 1, lines[only].characters[left.upperBound - 1] != " ",
               lines[only].text(in: column).unicodeScalars.first?.properties.isAlphabetic == true {
                joined[joined.count - 1] = left.lowerBound..<column.upperBound
            } else {
                joined.append(column)
            }
        }
        return joined
    }

    /// A line with two blanks between two of its words: a row of a table lined up with blanks may.
    static func mayOpenRun(_ line: Substring) -> Bool {
        line.withBytes { bytes in
            guard let first = bytes.firstIndex(where: { $0 != 0x20 }), let last = bytes.lastIndex(where: { $0 != 0x20 }), first < last else {
                return false
            }
            var previousBlank = false
            for byte in bytes[first...last] {
                if byte == 0x20 {
                    if previousBlank { return true }
                    previousBlank = true
                } else {
                    previousBlank = false
                }
            }
            return false
        }
    }

    /// A markdown heading ("## 1.1 TABEL 1 …") ends a run: it is never a table's row.
    static func isHeading(_ line: Substring) -> Bool {
        line.utf8.first == UInt8(ascii: "#")
    }
}
