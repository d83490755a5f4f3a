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

    /// The document with its layout follow-up tables as tab-separated rows; nil when it holds none.
    static func asTabSeparated(_ document: TextDocument) -> TextDocument? {
        let holdsMark = document.lines.text.utf8.withContiguousStorageIfAvailable { ByteSearch.contains($0, headerMark) } ?? true
        guard holdsMark else { return nil }
        let lines = document.lines
        var parts: [TablePart] = []
        var index = 0
        while index < lines.count {
            guard isHeaderLine(lines[index]), let part = TablePart(lines: lines, header: index) else {
                index += 1
                continue
            }
            parts.append(part)
            index = part.end
        }
        guard !parts.isEmpty else { return nil }
        var output = lines.map(String.init)
        for part in parts { part.write(into: &output) }
        return TextDocument(file: document.file, text: output.joined(separator: "\n"))
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
        var text = ""
        text.unicodeScalars.append(contentsOf: characters[range])
        return text
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
        let lower = min(range.lowerBound, characters.count)
        let upper = min(range.upperBound, characters.count)
        return String(Substring(string(lower..<upper)).trimmedBytes)
    }

    /// The year a row opens with ("2022" followed by blanks) and its column; nil for any other line.
    var openingYear: (year: Int, column: Int)? {
        guard let start = indent, start + 4 <= characters.count else { return nil }
        let digits = characters[start..<(start + 4)]
        guard digits.allSatisfy({ $0.isASCII && UInt8($0.value).isASCIIDigit }), start + 4 == characters.count || characters[start + 4] == " ",
              let year = Int(string(start..<(start + 4))), (1990...2100).contains(year) else { return nil }
        return (year, start)
    }
}

/// One page's part of a follow-up table in layout text: its header lines, its rows and the columns they share.
struct TablePart {
    let header: Range<Int>
    /// Each row's lines: the first holds the year, the others its cells' wrapped text (blank lines between kept).
    let rows: [Range<Int>]
    let columns: [Range<Int>]
    let headerCells: [String]
    let rowCells: [[String]]
    /// The line after the part.
    var end: Int { rows.last?.upperBound ?? header.upperBound }

    /// Reads the part whose header opens at line `header`; nil when no row follows it or its lines show too few
    /// columns (a table centred in its rows, a table that is no follow-up table).
    init?(lines: TextLines, header start: Int) {
        // The first row's year stands under the header's first cell ("Vedtaget budgetår"), not under an amount
        // column's "2025 p/l".
        // Each line of the part laid out once, in order: `laid[k]` is line `start + k`.
        var laid = [LayoutLine(lines[start])]
        guard let headerIndent = laid[0].indent else { return nil }
        // Header text on the line above, right of the first cell: the header is centred in its row ("Status"
        // above "Titel på forslag"), and so are the rows, whose first lines are then not their tops.
        if start > 0, let above = LayoutLine(lines[start - 1]).indent, above > headerIndent + 6 { return nil }
        var index = start + 1
        var firstRow: (year: Int, column: Int)? = nil
        while index < lines.count, index - start <= LayoutFollowUpText.maxHeaderLines {
            let line = LayoutLine(lines[index])
            laid.append(line)
            if let opening = line.openingYear, abs(opening.column - headerIndent) <= 6 {
                firstRow = opening
                break
            }
            index += 1
        }
        guard let yearColumn = firstRow?.column else { return nil }
        let headerLines = start..<index
        var rows: [Range<Int>] = []
        var rowStart = index
        var lastText = index
        index += 1
        while index < lines.count {
            let raw = lines[index]
            let line = LayoutLine(raw)
            laid.append(line)
            if line.isBlank {
                index += 1
                continue
            }
            // A new page (a form feed), page furniture or a repeated header ends this page's part.
            if raw.first == "\u{0C}" || LayoutFollowUpText.isHeaderLine(raw) || TablePart.isPageFurniture(raw) { break }
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
        rows.append(rowStart..<(lastText + 1))

        let columns = TablePart.columns(of: laid[0..<(lastText + 1 - start)])
        guard columns.count >= LayoutFollowUpText.minimumColumns else { return nil }
        let headerCells = columns.map { column in
            TablePart.joinHeader(headerLines.map { laid[$0 - start].text(in: column) })
        }
        // Too few of the twelve columns named: the columns were not told apart, or this is another table.
        guard let named = FollowUpHeader(cells: headerCells.map { Substring($0) }, line: start + 1) else { return nil }
        let statusColumn = named.index[.status]
        self.header = headerLines
        self.rows = rows
        self.columns = columns
        self.headerCells = headerCells
        var rowCells: [[String]] = []
        for row in rows {
            let pieces = columns.map { column in row.map { laid[$0 - start].text(in: column) } }
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
        self.rowCells = rowCells
    }

    /// The header on its first line and each row on its first line, tab-separated; the lines they wrapped over
    /// blank.
    func write(into output: inout [String]) {
        for line in header.lowerBound..<end { output[line] = "" }
        output[header.lowerBound] = headerCells.joined(separator: "\t")
        for (row, cells) in zip(rows, rowCells) { output[row.lowerBound] = cells.joined(separator: "\t") }
    }

    /// The columns of the lines: the stretches some line has text in, between gaps of two blanks or more that
    /// every line leaves open.
    static func columns(of lines: ArraySlice<LayoutLine>) -> [Range<Int>] {
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
                let joined = (lastWord + firstWord).lowercased()
                let broken = FollowUpHeader.keyWords.contains { key in
                    joined.contains(key) && !lastWord.lowercased().contains(key) && !firstWord.lowercased().contains(key)
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
        return PdfTextCleaner.shortLineKind(trimmed) == .footer || PdfTextCleaner.shortLineKind(trimmed) == .pageNumber
    }
}
