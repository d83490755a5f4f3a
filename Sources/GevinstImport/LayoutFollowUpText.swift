import GevinstCore

/// A follow-up table printed to PDF and read back with `pdftotext -layout`, read as the tab-separated text Word's own
/// text export gives (seed 002). The layout text keeps each cell in its column, each row's cells starting on the
/// row's first line (Word's and Gevinst's own tables align cells at the top), and wraps a cell's text over the
/// lines below:
///
///     2022    HA01 - Livet er ikke           Investeringsf   Forløber som     10.100    -5.788    2026
///             snorlige - Omstilling af       orslag          planlagt
///
/// The columns are where some line of the table has text: the gaps of two or more blanks that every line of the
/// header and the rows leaves open. A table's part on each page is read on its own, since each page is laid out on
/// its own. Each row becomes its cells joined by tabs on its first line, and the lines it wrapped over blank
/// lines, so every row keeps the line a user finds it on in the layout text.
///
/// A table whose cells are centred in their rows (the year on a middle line) cannot be read this way: its rows
/// do not start where their first line does. It is left as it stands, and `DocumentImporter` says so.
enum LayoutFollowUpText {
    /// The header words that open a follow-up table's header in the layout text, without their first letter.
    static let headerMark = Array("itel på forslag".utf8)

    /// The fewest columns a table's part must show to be read: a follow-up table has twelve.
    static let minimumColumns = FollowUpHeader.minimumColumns

    /// The most lines a header may take before its first row (narrow columns break "Samlet investering
    /// (Investeringsforslag) 1.000 kr." over many lines).
    static let maxHeaderLines = 20

    /// The document with its layout follow-up tables as tab-separated rows, and the lines that look like rows of
    /// such a table but fall into none of its parts (a page laid out too far off the header's columns to match);
    /// nil when it holds no table that can be read.
    static func asTabSeparated(_ document: TextDocument) -> (document: TextDocument, unreadRows: [Int])? {
        let holdsMark = document.lines.text.utf8.withContiguousStorageIfAvailable { ByteSearch.contains($0, headerMark) } ?? true
        guard holdsMark else { return nil }
        let lines = document.lines
        var parts: [TablePart] = []
        var index = 0
        while index < lines.count {
            let part: TablePart?
            if isHeaderLine(lines[index]) {
                part = TablePart(lines: lines, header: index, previous: parts.last)
            } else if let previous = parts.last, index == previous.end {
                // Just after a part: the table may go on over the page break without its header.
                part = TablePart(lines: lines, continuing: previous)
            } else {
                part = nil
            }
            guard let part else {
                index += 1
                continue
            }
            if !part.carriedCells.isEmpty { parts[parts.count - 1].takeCarried(from: part) }
            parts.append(part)
            index = part.end
        }
        guard !parts.isEmpty else { return nil }
        var output = lines.map(String.init)
        for part in parts { part.write(into: &output) }
        for line in runningHeaders(lines, between: parts) { output[line] = "" }
        // More rows left unread than read: the pages are laid out too unevenly for this reading to be the table's.
        let unread = unreadRows(lines, besides: parts)
        guard unread.count <= parts.reduce(0, { $0 + $1.rows.count }) else { return nil }
        return (TextDocument(file: document.file, text: output.joined(separator: "\n")), unread)
    }

    /// The lines outside every part that open with a budget year in a part's year column and hold four cells or
    /// more set apart by blanks: rows of the table that were not read.
    static func unreadRows(_ lines: TextLines, besides parts: [TablePart]) -> [Int] {
        let yearColumns = Set(parts.map(\.yearColumn))
        var unread: [Int] = []
        var part = 0
        for index in lines.indices {
            while part < parts.count, parts[part].end <= index { part += 1 }
            if part < parts.count, parts[part].first <= index { continue }
            let line = lines[index]
            // A digit first (after the blanks and a page's form feed), and no tab: only then is the line laid out.
            guard line.withBytes({ bytes in
                !bytes.holds(0x09) && (bytes.first { $0 != 0x20 && $0 != 0x0C }?.isASCIIDigit ?? false)
            }) else { continue }
            let laid = LayoutLine(line)
            guard let opening = laid.openingYear, yearColumns.contains(where: { abs($0 - opening.column) <= 3 }),
                  laid.fragments.count >= 4 else { continue }
            unread.append(index + 1)
        }
        return unread
    }

    /// The pages' running headers between the parts of a table: a page's first line (the one the form feed opens)
    /// set apart from what follows by a blank line, laid out in two places ("Socialforvaltningen      Bilag 8"),
    /// or standing atop another page too. Blanked, they are not taken for the area heading of the header repeated
    /// below them; an area's heading stands right above its table, alone on its line.
    static func runningHeaders(_ lines: TextLines, between parts: [TablePart]) -> [Int] {
        var pageTops: [(line: Int, text: String)] = []
        for (before, after) in zip(parts, parts.dropFirst()) where before.end < after.first {
            for index in before.end..<after.first where lines[index].first == "\u{0C}" {
                pageTops.append((index, TablePart.collapsed(LayoutLine(lines[index]))))
            }
        }
        var seen: [String: Int] = [:]
        for top in pageTops { seen[top.text, default: 0] += 1 }
        return pageTops.filter { top in
            let setApart = top.line + 1 < lines.count && LayoutLine(lines[top.line + 1]).isBlank
            return setApart || LayoutLine(lines[top.line]).fragments.count >= 2 || seen[top.text, default: 0] > 1
        }.map(\.line)
    }

    /// A line of a follow-up header as `pdftotext -layout` gives it: the title column's "Titel på forslag" among
    /// other header cells, set apart by blanks and not by tabs.
    static func isHeaderLine(_ line: Substring) -> Bool {
        line.withBytes { bytes in
            guard bytes.count <= 4_000, !bytes.holds(0x09), ByteSearch.contains(bytes, headerMark) else { return false }
            return LayoutLine(line).fragments.count >= 3
        }
    }
}

/// One line of layout text as Unicode scalars, each at its column (a form feed that opens a page takes none).
/// `pdftotext` writes letters composed ("ø", not "o" and a stroke), so a scalar is a column.
struct LayoutLine {
    let characters: [Unicode.Scalar]

    init(_ line: Substring) {
        var characters = Array(line.unicodeScalars)
        if characters.first == "\u{0C}" { characters.removeFirst() }
        self.characters = characters
    }

    var isBlank: Bool { characters.allSatisfy { $0 == " " } }

    /// The column of the first character that is not a blank.
    var indent: Int? { characters.firstIndex { $0 != " " } }

    /// The characters in `range` as a string.
    func string(_ range: Range<Int>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(range.count)
        for scalar in characters[range] {
            if scalar.isASCII { bytes.append(UInt8(scalar.value)) } else { UTF8.encode(scalar) { bytes.append($0) } }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The text between two blanks or more: "Vedtag", "Titel på forslag inkl. nr.", …
    var fragments: [(start: Int, text: String)] {
        var result: [(Int, String)] = []
        var start: Int? = nil
        var blanks = 0
        for (column, character) in characters.enumerated() {
            if character == " " {
                blanks += 1
                if blanks == 2, let open = start {
                    result.append((open, string(open..<(column - 1))))
                    start = nil
                }
            } else {
                if start == nil { start = column }
                blanks = 0
            }
        }
        if let open = start {
            let end = characters.lastIndex { $0 != " " }.map { $0 + 1 } ?? characters.count
            result.append((open, string(open..<end)))
        }
        return result
    }

    /// The text in columns `range`, blanks at either end removed.
    func text(in range: Range<Int>) -> String {
        var lower = min(range.lowerBound, characters.count)
        var upper = min(range.upperBound, characters.count)
        // Most pieces of a wrapped row are blank: told before any text is built.
        while lower < upper, characters[lower].properties.isWhitespace { lower += 1 }
        while upper > lower, characters[upper - 1].properties.isWhitespace { upper -= 1 }
        return lower == upper ? "" : string(lower..<upper)
    }

    /// The year a row opens with ("2022" followed by blanks) and its column; nil for any other line.
    var openingYear: (year: Int, column: Int)? {
        guard let start = indent, start + 4 <= characters.count else { return nil }
        guard start + 4 == characters.count || characters[start + 4] == " ",
              let year = fourDigitYear(string(start..<(start + 4))) else { return nil }
        return (year, start)
    }
}

/// One page's part of a follow-up table in layout text: its header lines (or none, where the table goes on from
/// the page before without its header), the lines that carry on the previous page's last row, its rows, and the
/// columns they share.
struct TablePart {
    /// The header's lines; empty for a part that goes on without a header.
    let header: Range<Int>
    /// Lines carrying on the previous part's last row: a row split over a page break.
    let carried: Range<Int>
    /// Each row's lines: the first holds the year, the others its cells' wrapped text (blank lines between kept).
    let rows: [Range<Int>]
    let columns: [Range<Int>]
    /// The columns of the part with the header that this part goes on from (its own where it has a header): a
    /// page without the header matches its columns to these.
    let headerColumns: [Range<Int>]
    /// The header's cells; for a part without a header, the previous part's.
    let headerCells: [String]
    /// The header's lines as text, blanks collapsed: a header repeated on the next page is told by them.
    let headerTexts: [String]
    var rowCells: [[String]]
    /// The carried lines' text, a cell for each column.
    let carriedCells: [String]
    /// The column the rows' budget years stand in.
    let yearColumn: Int
    /// The first line of the part and the line after it.
    let first: Int
    let end: Int

    /// The most lines that may stand between a part and the next page's rows: the page's footer and header.
    static let maxPageBreakLines = 12
    /// The most lines a row split over a page break may carry onto the next page.
    static let maxCarriedLines = 40

    /// Reads the part whose header opens at line `start`; nil when no row follows it or its lines show too few
    /// columns (a table centred in its rows, a table that is no follow-up table). Where the header repeats the
    /// previous part's, the text between it and the first row (or the end of the table) carries on the previous
    /// part's last row.
    init?(lines: TextLines, header start: Int, previous: TablePart?) {
        // Each line of the part laid out once, in order: `laid[k]` is line `start + k`.
        var laid = [LayoutLine(lines[start])]
        guard let headerIndent = laid[0].indent else { return nil }
        // Header text on the line above, right of the first cell: the header is centred in its row ("Status"
        // above "Titel på forslag"), and so are the rows, whose first lines are then not their tops.
        if start > 0, let above = LayoutLine(lines[start - 1]).indent, above > headerIndent + 6 { return nil }
        var repeated: (count: Int, yearColumn: Int)? = nil
        if let previous, case let count = previous.headerTexts.count, count > 0, start + count <= lines.count,
           (0..<count).allSatisfy({ TablePart.collapsed(LayoutLine(lines[start + $0])) == previous.headerTexts[$0] }) {
            repeated = (count, previous.yearColumn)
        }
        var index = start + 1
        var firstRow: (year: Int, column: Int)? = nil
        let limit = start + (repeated.map { $0.count + TablePart.maxCarriedLines } ?? LayoutFollowUpText.maxHeaderLines + 1)
        while index < lines.count, index < limit {
            let raw = lines[index]
            let line = LayoutLine(raw)
            laid.append(line)
            // The first row's year stands under the header's first cell ("Vedtaget budgetår"), not under an
            // amount column's "2025 p/l".
            if let opening = line.openingYear, abs(opening.column - headerIndent) <= 6 {
                firstRow = opening
                break
            }
            // Below a repeated header only the previous page's last row may go on before the rows.
            if let repeated, index >= start + repeated.count, !line.isBlank,
               !TablePart.carriesOn(raw, line, yearColumn: repeated.yearColumn) { break }
            index += 1
        }
        var carried = index..<index
        var headerEnd = index
        if let repeated {
            headerEnd = start + repeated.count
            let text = (headerEnd..<index).filter { !laid[$0 - start].isBlank }
            if let top = text.first, let bottom = text.last { carried = top..<(bottom + 1) }
            guard firstRow != nil || !carried.isEmpty else { return nil }
        } else {
            guard firstRow != nil else { return nil }
        }
        self.init(lines: lines, first: start, header: start..<headerEnd, carried: carried,
                  firstRow: firstRow == nil ? nil : index, yearColumn: firstRow?.column ?? repeated?.yearColumn ?? 0,
                  laid: laid, previous: previous)
    }

    /// True when a line may carry on a row from the page before: text right of the year column, not page
    /// furniture or a header.
    static func carriesOn(_ raw: Substring, _ line: LayoutLine, yearColumn: Int) -> Bool {
        guard let indent = line.indent, indent > yearColumn + 4 else { return false }
        return !LayoutFollowUpText.isHeaderLine(raw) && !isPageFurniture(raw)
    }

    /// Reads the part that goes on from `previous` on the next page without a header: past the page's footer,
    /// form feed and running header, the lines carrying on the last row and the rows below them. Nil when no
    /// page break follows `previous`, when neither rows nor carried text follow within reach, or when the rows
    /// do not fall into the previous part's columns.
    init?(lines: TextLines, continuing previous: TablePart) {
        var index = previous.end
        var pageBroken = false
        var carriedLines: [Int] = []
        var blankSinceCarried = false
        var firstRow: Int? = nil
        // Before the page break only the page's footer may stand: a line or two of text beside page furniture.
        var textBeforeBreak = 0
        while index < lines.count, index - previous.end < TablePart.maxPageBreakLines + TablePart.maxCarriedLines {
            let raw = lines[index]
            if raw.first == "\u{0C}" { pageBroken = true }
            let line = LayoutLine(raw)
            if LayoutFollowUpText.isHeaderLine(raw) { return nil }
            if pageBroken, let opening = line.openingYear, abs(opening.column - previous.yearColumn) <= 3 {
                if blankSinceCarried { carriedLines = [] }
                firstRow = index
                break
            }
            if line.isBlank {
                // Only the page's first line, set apart by a blank line, may be a running header.
                blankSinceCarried = carriedLines.count == 1 && lines[carriedLines[0]].first == "\u{0C}"
                index += 1
                continue
            }
            if pageBroken, TablePart.carriesOn(raw, line, yearColumn: previous.yearColumn) {
                // The page's first line set apart by a blank line above more text was its running header.
                if blankSinceCarried { carriedLines = [] }
                blankSinceCarried = false
                carriedLines.append(index)
            } else if !carriedLines.isEmpty {
                // Text after the carried lines that is no row: the table ended with the row split over the break.
                break
            } else if pageBroken {
                if index - previous.end >= TablePart.maxPageBreakLines { return nil }
            } else if !TablePart.isPageFurniture(raw) {
                textBeforeBreak += 1
                if textBeforeBreak > 2 { return nil }
            }
            index += 1
        }
        guard firstRow != nil || !carriedLines.isEmpty else { return nil }
        let stop = firstRow ?? ((carriedLines.last ?? index) + 1)
        let carried = (carriedLines.first ?? stop)..<(firstRow == nil ? stop : (carriedLines.last.map { $0 + 1 } ?? stop))
        let from = carried.lowerBound
        let partLines = (from...min(stop, lines.count - 1)).map { LayoutLine(lines[$0]) }
        self.init(lines: lines, first: from, header: from..<from, carried: carried, firstRow: firstRow,
                  yearColumn: previous.yearColumn, laid: partLines, previous: previous)
    }

    /// Reads the rows from `firstRow` on (none where the part holds only carried text); `laid` holds the lines
    /// from `first` to `firstRow` (or past the carried lines), laid out.
    private init?(
        lines: TextLines, first: Int, header: Range<Int>, carried: Range<Int>, firstRow: Int?, yearColumn: Int,
        laid: [LayoutLine], previous: TablePart?
    ) {
        var laid = laid
        var rows: [Range<Int>] = []
        var rowStart = firstRow ?? carried.upperBound
        var lastText = firstRow ?? (carried.upperBound - 1)
        var index = firstRow.map { $0 + 1 } ?? lines.count
        while index < lines.count {
            let raw = lines[index]
            // A new page (a form feed, even on a line of its own) ends this page's part.
            if raw.first == "\u{0C}" { break }
            let line = LayoutLine(raw)
            laid.append(line)
            if line.isBlank {
                index += 1
                continue
            }
            // So do page furniture and a repeated header.
            if LayoutFollowUpText.isHeaderLine(raw) || TablePart.isPageFurniture(raw) { break }
            if let opening = line.openingYear, abs(opening.column - yearColumn) <= 3 {
                rows.append(rowStart..<(lastText + 1))
                rowStart = index
            } else if let indent = line.indent, indent <= yearColumn + 4 {
                // Text where the year column stands is no cell's wrapped text: the table ended (a heading, a note).
                break
            }
            lastText = index
            index += 1
        }
        if firstRow != nil { rows.append(rowStart..<(lastText + 1)) }
        guard lastText + 1 - first <= laid.count, lastText >= first else { return nil }
        let own = laid[0..<(lastText + 1 - first)]
        /// The text a cell of `column` holds over `lines`, its pieces joined as the cell reads.
        func cell(_ lines: Range<Int>, _ column: Range<Int>) -> String {
            TablePart.joinWrapped(lines.map { own[$0 - first].text(in: column) }, width: column.count)
        }

        let columns: [Range<Int>]
        let headerCells: [String]
        if header.isEmpty {
            // No header of its own: this page's columns, each matched to the one of the header's it overlaps
            // (`pdftotext` lays each page out on its own, a few characters off the last). Laid out further off
            // (the further right, the further off), a page with as many columns as the header's takes them in
            // their order, when every cell then holds what its column holds (a year, an amount, Ja or Nej, a
            // status).
            guard let previous else { return nil }
            let found = TablePart.columns(of: own)
            if let matched = TablePart.matched(found, to: previous.headerColumns) {
                columns = matched
            } else if found.count == previous.headerColumns.count,
                      TablePart.cellsFit(rows.map { row in found.map { column in cell(row, column) } }, header: previous.headerCells) {
                columns = found
            } else {
                return nil
            }
            headerCells = previous.headerCells
        } else {
            columns = TablePart.columns(of: own)
            guard columns.count >= LayoutFollowUpText.minimumColumns else { return nil }
            headerCells = columns.map { column in
                let text = TablePart.joinHeader(header.map { laid[$0 - first].text(in: column) })
                // A header word broken more than once is named by the cell read without its blanks; the cell's own
                // text follows, for its unit and price level ("1.000 kr.", "2025 p/l").
                guard FollowUpColumn(header: text) == nil, let named = FollowUpColumn(header: text, ignoringBlanks: true) else { return text }
                return named.danishName + " " + text
            }
        }
        // Too few of the twelve columns named: the columns were not told apart, or this is another table.
        guard let named = FollowUpHeader(cells: headerCells.map { Substring($0) }, line: header.lowerBound + 1) else { return nil }
        let statusColumn = named.index[.status]
        var rowCells: [[String]] = []
        for row in rows {
            let pieces = columns.map { column in row.map { laid[$0 - first].text(in: column) } }
            // A cell whose text stops and starts again lower down holds the top of the next row's cell: the
            // rows are centred, not aligned at the top.
            guard pieces.allSatisfy(TablePart.isOneStretch) else { return nil }
            var cells = zip(columns, pieces).map { column, pieces in TablePart.joinWrapped(pieces, width: column.count) }
            // A status is one of five texts: where a word that filled a narrow column was taken for a broken one
            // ("Forløber" over "som"), the blank that makes it one of them is put back.
            if let status = statusColumn, status < cells.count, FollowUpStatus(rawValue: cells[status]) == nil,
               case let spaced = pieces[status].filter({ !$0.isEmpty }).joined(separator: " "), FollowUpStatus(rawValue: spaced) != nil {
                cells[status] = spaced
            }
            rowCells.append(cells)
        }
        // The carried lines count only where they fall into as many columns as the previous part's last row has.
        var carriedLines = carried
        var carriedCells: [String] = []
        if !carried.isEmpty, let previous, columns.count == previous.columns.count {
            carriedCells = columns.map { column in cell(carried, column) }
        } else {
            carriedLines = carried.upperBound..<carried.upperBound
        }
        self.header = header
        self.carried = carriedLines
        self.rows = rows
        self.columns = columns
        self.headerColumns = header.isEmpty ? (previous?.headerColumns ?? columns) : columns
        self.headerCells = headerCells
        self.headerTexts = header.map { TablePart.collapsed(laid[$0 - first]) }
        self.rowCells = rowCells
        self.carriedCells = carriedCells
        self.yearColumn = yearColumn
        self.first = header.isEmpty ? carriedLines.lowerBound : first
        self.end = lastText + 1
    }

    /// The previous part's last row with the text this part carries on for it.
    mutating func takeCarried(from next: TablePart) {
        guard !next.carriedCells.isEmpty, var cells = rowCells.last, cells.count == next.carriedCells.count else { return }
        for (index, more) in next.carriedCells.enumerated() where !more.isEmpty {
            cells[index] = cells[index].isEmpty ? more : TablePart.joinWrapped([cells[index], more], width: columns[index].count)
        }
        rowCells[rowCells.count - 1] = cells
    }

    /// A page's own columns in the order of the header's `theirs`: each matched to the column of `theirs` it
    /// overlaps most, or lies within two characters of; a column of `theirs` without a match gets an empty range.
    /// Nil when two columns match one, the order is not kept, a column matches none, or a column overlaps two of
    /// `theirs` by three characters or more (two cells run together on this page).
    static func matched(_ own: [Range<Int>], to theirs: [Range<Int>]) -> [Range<Int>]? {
        var result = [Range<Int>](repeating: 0..<0, count: theirs.count)
        var last = -1
        for column in own {
            let overlaps = theirs.map { min(column.upperBound, $0.upperBound) - max(column.lowerBound, $0.lowerBound) }
            guard let best = overlaps.indices.max(by: { overlaps[$0] < overlaps[$1] }), overlaps[best] > -3, best > last,
                  overlaps.filter({ $0 >= 3 }).count <= 1 else { return nil }
            result[best] = column
            last = best
        }
        return result
    }

    /// True when every row's cells hold what the columns the header names hold: a year, an amount in 1.000 kr.,
    /// Ja or Nej, one of the five statuses (empty cells aside); a column the header does not name may hold anything.
    static func cellsFit(_ rows: [[String]], header: [String]) -> Bool {
        let named = header.map { FollowUpColumn(header: $0, ignoringBlanks: true) }
        for cells in rows {
            for (column, cell) in zip(named, cells) where !cell.isEmpty {
                switch column {
                case .adoptedBudgetYear?, .fullImplementationYear?:
                    if fourDigitYear(cell) == nil { return false }
                case .totalInvestment?, .efficiency?:
                    guard case .success = DanishDecimal.kroner(cell, in: .thousands) else { return false }
                case .earlierCompensatingAction?, .requiresApproval?:
                    if !["ja", "nej"].contains(cell.lowercased()) { return false }
                case .status?:
                    if FollowUpStatus(printed: cell) == nil { return false }
                default:
                    continue
                }
            }
        }
        return true
    }

    /// A line's text with its blanks collapsed.
    static func collapsed(_ line: LayoutLine) -> String {
        line.string(0..<line.characters.count).split(separator: " ").joined(separator: " ")
    }

    /// The header (if any) on its first line and each row on its first line, tab-separated; the lines they and
    /// the carried text wrapped over blank.
    func write(into output: inout [String]) {
        for line in first..<end { output[line] = "" }
        if !header.isEmpty { output[header.lowerBound] = headerCells.joined(separator: "\t") }
        for (row, cells) in zip(rows, rowCells) { output[row.lowerBound] = cells.joined(separator: "\t") }
    }

    /// The columns of the lines: the stretches some line has text in, between gaps of two blanks or more that
    /// every line leaves open.
    static func columns(of lines: some Collection<LayoutLine>) -> [Range<Int>] {
        let width = lines.map(\.characters.count).max() ?? 0
        var used = [Bool](repeating: false, count: width)
        for line in lines {
            for (column, character) in line.characters.enumerated() where character != " " { used[column] = true }
        }
        var columns: [Range<Int>] = []
        var start: Int? = nil
        var blanks = 0
        for column in 0..<width {
            if used[column] {
                if start == nil { start = column }
                blanks = 0
            } else if let open = start {
                blanks += 1
                if blanks == 2 {
                    columns.append(open..<(column - 1))
                    start = nil
                }
            }
        }
        if let open = start, let last = used.lastIndex(of: true) { columns.append(open..<(last + 1)) }
        return columns
    }

    /// True when a cell's pieces (one a line) hold text on consecutive lines only, one blank line allowed between
    /// two paragraphs.
    static func isOneStretch(_ pieces: [String]) -> Bool {
        guard let first = pieces.firstIndex(where: { !$0.isEmpty }), let last = pieces.lastIndex(where: { !$0.isEmpty }) else { return true }
        var blanks = 0
        for piece in pieces[first...last] {
            blanks = piece.isEmpty ? blanks + 1 : 0
            if blanks > 1 { return false }
        }
        return true
    }

    /// A cell's pieces, one a line, joined as the cell reads: by a blank, except where a word too long for the
    /// column was broken ("Investeringsf" over "orslag"): a piece of one word that fills the column, followed by
    /// a piece opening with a small letter, goes on without a blank.
    static func joinWrapped(_ pieces: [String], width: Int) -> String {
        var text = ""
        var previous: String? = nil
        for piece in pieces where !piece.isEmpty {
            if let before = previous {
                let broken = !before.contains(" ") && before.count >= width - 1 && (before.last?.isLetter ?? false)
                    && (piece.first?.isLowercase ?? false)
                if !broken { text += " " }
            }
            text += piece
            previous = piece
        }
        return text
    }

    /// A header cell's pieces, one a line, joined by a blank, except where a word of the twelve columns' headers
    /// was broken at the column's edge: "investerin" over "g", "kompen" over "serende" go on without one, since
    /// the two halves joined hold one of `FollowUpHeader.keyWords` that neither holds alone. The header's
    /// narrow columns break more words than the rows', and they must be told for the columns to be named.
    static func joinHeader(_ pieces: [String]) -> String {
        var text = ""
        for piece in pieces where !piece.isEmpty {
            if let lastWord = text.split(separator: " ").last, let firstWord = piece.split(separator: " ").first {
                let (last, first) = (lastWord.lowercased(), firstWord.lowercased())
                let joined = last + first
                let broken = FollowUpHeader.keyWords.contains { key in
                    joined.containsBytes(key) && !last.containsBytes(key) && !first.containsBytes(key)
                }
                if !broken { text += " " }
            }
            text += piece
        }
        return text
    }

    /// A page footer ("Side 3 af 10"), a page number, or a running title beside the footer.
    static func isPageFurniture(_ line: Substring) -> Bool {
        let trimmed = String(line.trimmedBytes)
        guard !trimmed.isEmpty, trimmed.utf8.count <= 200 else { return false }
        if PdfTextCleaner.isHeaderBesideFooter(trimmed) { return true }
        guard trimmed.utf8.count <= 40 else { return false }
        let kind = PdfTextCleaner.shortLineKind(trimmed)
        return kind == .footer || kind == .pageNumber
    }
}
