/// Tab-separated cells as Excel and LibreOffice write them when a sheet is saved as text ("Tekst
/// (tabulatorsepareret)"): a cell holding a line break, a tab or a quote is put in quotes, with its own quotes
/// doubled. A remark written with line breaks in its cell (Alt+Enter) so spans several lines of the file; read
/// line by line, its row fell apart into a short row and a row of nonsense.
enum QuotedTabCells {
    enum Split {
        case cells([Substring])
        /// The text ends inside a quoted cell: its row goes on on the next line.
        case open
    }

    private static let quote: UInt8 = 0x22
    private static let tab: UInt8 = 0x09

    /// The cells of `text`. A cell is quoted only when it opens with a quote and its closing quote stands before a
    /// tab or the end; any other quote is text, as in "Projektet "Tættere på" forløber".
    static func split(_ text: Substring) -> Split {
        var cells: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        while true {
            if start < utf8.endIndex, utf8[start] == quote {
                var value: [UInt8] = []
                var index = utf8.index(after: start)
                var closedAt: Substring.UTF8View.Index? = nil
                var malformed = false
                while index < utf8.endIndex {
                    let byte = utf8[index]
                    index = utf8.index(after: index)
                    guard byte == quote else {
                        value.append(byte)
                        continue
                    }
                    if index < utf8.endIndex, utf8[index] == quote {
                        value.append(quote)
                        index = utf8.index(after: index)
                    } else if index == utf8.endIndex || utf8[index] == tab {
                        closedAt = index
                        break
                    } else {
                        malformed = true
                        break
                    }
                }
                if let end = closedAt {
                    cells.append(Substring(String(decoding: value, as: UTF8.self)))
                    if end == utf8.endIndex { return .cells(cells) }
                    start = utf8.index(after: end)
                    continue
                }
                if !malformed { return .open }
            }
            // An unquoted cell (or a quote that quotes nothing) runs to the next tab.
            var end = start
            while end < utf8.endIndex, utf8[end] != tab { end = utf8.index(after: end) }
            cells.append(text[start..<end])
            if end == utf8.endIndex { return .cells(cells) }
            start = utf8.index(after: end)
        }
    }

    /// True when `line`, begun inside a quoted cell or not (`inside`), ends inside one. One pass over the line's
    /// bytes, so that following a row over its lines costs each line once, not the whole row again per line.
    static func endsInsideQuotes(_ line: Substring, startingInside inside: Bool) -> Bool {
        line.withBytes { bytes in
            var quoted = inside
            var atFieldStart = !inside
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                if quoted {
                    guard byte == quote else { continue }
                    if index < bytes.count, bytes[index] == quote {
                        index += 1
                    } else {
                        quoted = false
                    }
                } else if byte == tab {
                    atFieldStart = true
                    continue
                } else if atFieldStart && byte == quote {
                    quoted = true
                }
                atFieldStart = false
            }
            return quoted
        }
    }

    /// The cells of a line holding a quote; a line that ends inside a quoted cell is cut at its tabs instead.
    static func cells(_ line: Substring) -> [Substring] {
        if case .cells(let cells) = split(line) { return cells }
        return line.tabCells
    }
}
