/// A table of the markdown-like catalogue (seed 003). The document mixes two renderings:
/// - tab-separated rows, cells wrapped in `<b>…</b>` for totals ("<b>Samlet varig ændring</b>⇥⇥<b>0</b>⇥…");
/// - pipe rows (`| <input type="checkbox"/> | Økonomiforvaltningen | …`) with a `|---|---|` separator, sometimes
///   behind a list marker ("- |  |  |").
/// Separator rows are dropped; a blank line inside a table does not end it when the next line is again a table
/// row (003 TV01 Tabel 1 puts its payback row after a blank line, HA07 Tabel 2 has a blank line between rows).
struct MarkdownTable: Sendable, Hashable {
    var rows: [Row]

    struct Row: Sendable, Hashable {
        var cells: [Cell]
        /// The 1-based source line.
        var line: Int

        /// The cleaned text of cell `index`, "" where the row is shorter.
        func text(_ index: Int) -> String { index >= 0 && index < cells.count ? cells[index].text : "" }

        /// True when every cell is empty.
        var isEmpty: Bool { cells.allSatisfy { $0.text.isEmpty } }

        /// The indices of the non-empty cells.
        var filledIndices: [Int] { cells.indices.filter { !cells[$0].text.isEmpty } }
    }

    struct Cell: Sendable, Hashable {
        /// The text without markup, white space collapsed.
        var text: String
        /// The cell as written, for tags that carry meaning (`<input checked …>`).
        var raw: Substring
        /// Wrapped in `<b>` or `**`.
        var isBold: Bool

        init(raw: Substring) {
            self.raw = raw
            self.text = MarkdownInline.clean(raw)
            self.isBold = MarkdownInline.isBold(raw)
        }
    }

    var firstLine: Int { rows.first?.line ?? 0 }
    var lastLine: Int { rows.last?.line ?? 0 }

    /// True for a line that belongs to a table: it holds a tab, or it is a pipe row.
    static func isTableLine(_ line: Substring) -> Bool {
        line.containsByte(0x09) || isPipeRow(line)
    }

    /// True for a row of a pipe table: it opens with "|" (after a list marker).
    static func isPipeRow(_ line: Substring) -> Bool {
        let body = MarkdownInline.droppingListMarker(line)
        return body.utf8.first == UInt8(ascii: "|") && body.hasPrefix("|")
    }

    /// True for a markdown separator row: every cell is made of `-`, `:` and spaces, with at least one `-`.
    static func isSeparatorLine(_ line: Substring) -> Bool {
        var sawDash = false
        for byte in line.utf8 {
            switch byte {
            case UInt8(ascii: "-"): sawDash = true
            case UInt8(ascii: ":"), UInt8(ascii: "|"), UInt8(ascii: " "), UInt8(ascii: "\t"): continue
            default: return false
            }
        }
        return sawDash
    }

    /// The cells of a table line: tab-separated, or pipe-separated without the outer pipes.
    static func cells(of line: Substring) -> [Substring] {
        let body = MarkdownInline.droppingListMarker(line)
        if body.utf8.first == UInt8(ascii: "|") && body.hasPrefix("|") {
            var inner = body.dropFirst()
            if inner.utf8.last == UInt8(ascii: "|") && inner.hasSuffix("|") { inner = inner.dropLast() }
            return split(inner, at: UInt8(ascii: "|"))
        }
        return split(line, at: 0x09)
    }

    /// The pieces between the separator bytes, empty ones kept. The separators are ASCII, so a cut on bytes
    /// falls between characters; splitting by `Character` cost a grapheme check per character.
    private static func split(_ text: Substring, at separator: UInt8) -> [Substring] {
        let offsets: [Int] = text.withBytes { bytes in bytes.indices.filter { bytes[$0] == separator } }
        let utf8 = text.utf8
        var pieces: [Substring] = []
        pieces.reserveCapacity(offsets.count + 1)
        var start = utf8.startIndex
        var startOffset = 0
        for offset in offsets {
            let end = utf8.index(start, offsetBy: offset - startOffset)
            pieces.append(text[start..<end])
            start = utf8.index(after: end)
            startOffset = offset + 1
        }
        pieces.append(text[start...])
        return pieces
    }

    /// Reads the table that starts at `start` (0-based index into `lines`). Returns the table and the index
    /// of the first line after it. `end` bounds the search (exclusive).
    static func read(_ lines: [Substring], from start: Int, to end: Int) -> (table: MarkdownTable, next: Int) {
        var rows: [Row] = []
        var index = start
        let limit = min(end, lines.count)
        while index < limit {
            let line = lines[index]
            if line.isBlankText {
                // A blank line ends the table unless a table row follows within two lines.
                var look = index + 1
                while look < limit && look <= index + 2 && lines[look].isBlankText { look += 1 }
                if look < limit && look <= index + 2 && isTableLine(lines[look]) {
                    index = look
                    continue
                }
                break
            }
            guard isTableLine(line) else { break }
            if !isSeparatorLine(line) {
                let row = Row(cells: cells(of: line).map(Cell.init(raw:)), line: index + 1)
                if !row.isEmpty { rows.append(row) }
            }
            index += 1
        }
        return (MarkdownTable(rows: rows), max(index, start + 1))
    }

    /// The first row that names at least `minimum` years, with the column index of each year.
    func yearHeader(minimum: Int = 1) -> (rowIndex: Int, columns: [YearColumn])? {
        for (rowIndex, row) in rows.enumerated() {
            var columns: [YearColumn] = []
            for (cellIndex, cell) in row.cells.enumerated() {
                if let year = MarkdownInline.year(cell.text) { columns.append(YearColumn(index: cellIndex, year: year)) }
            }
            if columns.count >= minimum { return (rowIndex, columns) }
        }
        return nil
    }
}

/// A column of a table that holds one year's amounts.
struct YearColumn: Sendable, Hashable {
    var index: Int
    var year: Int
}
