/// One worksheet: a table's caption in row 1, headings in row 2, rows from row 3, notes after a blank row.
enum XlsxSheet {
    /// The sheet row of table row `index` (0-based).
    static func sheetRow(ofTableRow index: Int) -> Int { index + 3 }

    /// The last row the table fills: its rows, then a blank row and the notes.
    static func lastRow(_ table: DocumentTable) -> Int {
        sheetRow(ofTableRow: table.rows.count - 1) + (table.notes.isEmpty ? 0 : table.notes.count + 1)
    }

    /// `drawing`: the relationship id of a drawing anchored on the sheet (a chart under its figures).
    static func xml(_ table: DocumentTable, strings: inout SharedStrings, drawing: String? = nil) -> String {
        let columnCount = max(1, table.columns.count)
        // Column letters once per sheet: a report of ten thousand rows would otherwise spell them per cell.
        let letters = (0..<columnCount).map(CellReference.column)
        let lastColumn = letters[columnCount - 1]
        let lastRow = Self.lastRow(table)
        var merges: [String] = []
        var xml = OpenPackaging.xmlDeclaration
        xml.reserveCapacity(1_024 + table.rows.count * columnCount * 40)
        xml += "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"\(OpenPackaging.Namespace.officeRelationships)\">"
        xml += "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>"
        xml += "<dimension ref=\"A1:\(lastColumn)\(max(2, lastRow))\"/>"
        xml += "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"2\" topLeftCell=\"A3\" activePane=\"bottomLeft\" state=\"frozen\"/>"
        xml += "<selection pane=\"bottomLeft\" activeCell=\"A3\" sqref=\"A3\"/></sheetView></sheetViews>"
        xml += "<sheetFormatPr defaultRowHeight=\"13.2\"/><cols>"
        for (index, column) in table.columns.enumerated() {
            let width = max(8, min(80, column.weight * 13 / 10))
            xml += "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(width)\" customWidth=\"1\"/>"
        }
        xml += "</cols><sheetData>"

        let caption = [table.caption ?? table.name, table.unit == .thousands ? nil : table.unit.label].compactMap { $0 }.joined(separator: ", ")
        xml += "<row r=\"1\">" + textCell("A1", caption, .caption, strings: &strings) + "</row>"
        xml += "<row r=\"2\">"
        for (index, column) in table.columns.enumerated() {
            xml += textCell(CellReference.cell(column: index, row: 2), column.plainHeader,
                            column.kind == .amount ? .headerAmount : .header, strings: &strings)
        }
        xml += "</row>"

        for (rowIndex, row) in table.rows.enumerated() {
            let sheetRow = sheetRow(ofTableRow: rowIndex)
            let rowNumber = String(sheetRow)
            // Blank cells are written only where the row's style shades or rules them.
            let styledBlanks = row.style == .section || row.style == .total
            xml += "<row r=\"\(rowNumber)\">"
            var column = 0
            for cell in row.cells where column < columnCount {
                let span = min(cell.span, columnCount - column)
                if case .blank = cell.content, !styledBlanks, span == 1 {
                    column += 1
                    continue
                }
                let reference = letters[column] + rowNumber
                if span > 1 { merges.append(reference + ":" + letters[column + span - 1] + rowNumber) }
                xml += self.cell(cell, reference: reference, column: column, row: row, table: table, strings: &strings)
                // Styled blanks under a merge keep the row's shading and rule.
                if styledBlanks {
                    for covered in 1..<max(1, span) { xml += blankCell(letters[column + covered] + rowNumber, row.style) }
                }
                column += span
            }
            while styledBlanks && column < columnCount {
                xml += blankCell(letters[column] + rowNumber, row.style)
                column += 1
            }
            xml += "</row>"
        }
        var noteRow = sheetRow(ofTableRow: table.rows.count) + 1
        for note in table.notes {
            xml += "<row r=\"\(noteRow)\">" + textCell("A\(noteRow)", note, .note, strings: &strings) + "</row>"
            noteRow += 1
        }
        xml += "</sheetData>"
        if !merges.isEmpty {
            xml += "<mergeCells count=\"\(merges.count)\">" + merges.map { "<mergeCell ref=\"\($0)\"/>" }.joined() + "</mergeCells>"
        }
        xml += "<pageMargins left=\"0.6\" right=\"0.6\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
        xml += "<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>"
        if let drawing { xml += "<drawing r:id=\"\(drawing)\"/>" }
        return xml + "</worksheet>"
    }

    static func textCell(_ reference: String, _ text: String, _ format: XlsxStyles.Format, strings: inout SharedStrings) -> String {
        "<c r=\"\(reference)\" s=\"\(format.rawValue)\" t=\"s\"><v>\(strings.index(text))</v></c>"
    }

    static func blankCell(_ reference: String, _ style: DocumentTable.Row.Style) -> String {
        switch style {
        case .section: "<c r=\"\(reference)\" s=\"\(XlsxStyles.Format.sectionBlank.rawValue)\"/>"
        case .total: "<c r=\"\(reference)\" s=\"\(XlsxStyles.Format.totalBlank.rawValue)\"/>"
        case .normal, .subtotal: ""
        }
    }

    static func cell(
        _ cell: DocumentTable.Cell, reference: String, column: Int, row: DocumentTable.Row, table: DocumentTable,
        strings: inout SharedStrings
    ) -> String {
        switch cell.content {
        case .text(let text):
            let format: XlsxStyles.Format = switch row.style {
            case .normal: .text
            case .section: .section
            case .subtotal: .textBold
            case .total: .textTotal
            }
            return textCell(reference, text, cell.highlight.map(XlsxStyles.Format.status) ?? format, strings: &strings)
        case .number(let value):
            return "<c r=\"\(reference)\" s=\"\(XlsxStyles.Format.integer.rawValue)\"><v>\(value)</v></c>"
        case .mark:
            return textCell(reference, "X", .mark, strings: &strings)
        case .blank:
            return blankCell(reference, row.style)
        case .amount(let amount):
            let whole = table.unit != .millions && table.unit.isWhole(amount)
            let format: XlsxStyles.Format = switch (row.style, whole) {
            case (.total, true): .amountWholeTotal
            case (.total, false): .amountDecimalTotal
            case (.subtotal, true), (.section, true): .amountWholeBold
            case (.subtotal, false), (.section, false): .amountDecimalBold
            case (.normal, true): .amountWhole
            case (.normal, false): .amountDecimal
            }
            let value = table.unit.spreadsheetValue(amount)
            var xml = "<c r=\"\(reference)\" s=\"\(format.rawValue)\">"
            if let rows = cell.sumOfRows, !rows.isEmpty {
                let sheetRows = rows.filter { $0 >= 0 && $0 < table.rows.count }.map(sheetRow(ofTableRow:))
                if !sheetRows.isEmpty {
                    xml += "<f>SUM(\(CellReference.sumArguments(column: column, rows: sheetRows)))</f>"
                }
            }
            return xml + "<v>\(value)</v></c>"
        }
    }
}
