/// Tab-separated tables rewritten as a text export or a terminal copy lines them up.
public enum LinedUpTables {
    /// The text with the tabs of its tables turned into blanks that line the columns up, two blanks at least
    /// between columns, one row a line. A table is a run of tab-separated lines, blank lines between them
    /// included, and is lined up as a whole; headings, prose and blank lines stay as they are.
    public static func withBlanks(_ text: String) -> String {
        var lines = text.components(separatedBy: "\n")
        var index = 0
        while index < lines.count {
            guard lines[index].contains("\t") else {
                index += 1
                continue
            }
            var rows: [Int] = []
            var end = index
            while end < lines.count, lines[end].contains("\t") || lines[end].allSatisfy(\.isWhitespace) {
                if lines[end].contains("\t") { rows.append(end) }
                end += 1
            }
            let cells = rows.map { lines[$0].components(separatedBy: "\t") }
            var widths = Array(repeating: 0, count: cells.map(\.count).max() ?? 0)
            for row in cells {
                for (column, cell) in row.enumerated() { widths[column] = max(widths[column], cell.count) }
            }
            for (line, row) in zip(rows, cells) {
                let padded = row.enumerated().map { column, cell in cell + String(repeating: " ", count: widths[column] - cell.count) }
                lines[line] = String(padded.joined(separator: "  ").reversed().drop { $0 == " " }.reversed())
            }
            index = end
        }
        return lines.joined(separator: "\n")
    }
}
