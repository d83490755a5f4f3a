import GevinstCore

/// `xl/styles.xml`: the cell formats of the workbooks. Amounts use the number format `#,##0` (shown as
/// "1.540" in a Danish Excel: the file stores the locale-neutral code, Excel shows the user's separators),
/// or `#,##0.0##` for amounts with decimals (1.000 kr. with a remainder, mio. kr.).
enum XlsxStyles {
    /// Indices into `cellXfs`.
    enum Format: Int {
        case normal = 0
        case text
        case textBold
        case section
        case header
        case headerAmount
        case amountWhole
        case amountDecimal
        case amountWholeBold
        case amountDecimalBold
        case amountWholeTotal
        case amountDecimalTotal
        case textTotal
        case caption
        case note
        case mark
        case sectionBlank
        case totalBlank
        /// A whole number without grouping (a year).
        case integer
        case statusGreen
        case statusYellow
        case statusRed

        /// The text format with a traffic-light background.
        static func status(_ colour: StatusColour) -> Format {
            switch colour {
            case .green: .statusGreen
            case .yellow: .statusYellow
            case .red: .statusRed
            }
        }
    }

    static let xml: String = {
        var xml = OpenPackaging.xmlDeclaration
        xml += "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        xml += "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"#,##0\"/><numFmt numFmtId=\"165\" formatCode=\"#,##0.0##\"/></numFmts>"
        xml += "<fonts count=\"5\">"
        xml += "<font><sz val=\"10\"/><name val=\"Arial\"/><family val=\"2\"/></font>"
        xml += "<font><b/><sz val=\"10\"/><name val=\"Arial\"/><family val=\"2\"/></font>"
        xml += "<font><b/><sz val=\"10\"/><color rgb=\"FFFFFFFF\"/><name val=\"Arial\"/><family val=\"2\"/></font>"
        xml += "<font><b/><sz val=\"12\"/><color rgb=\"FF1F3864\"/><name val=\"Arial\"/><family val=\"2\"/></font>"
        xml += "<font><i/><sz val=\"9\"/><name val=\"Arial\"/><family val=\"2\"/></font>"
        xml += "</fonts>"
        xml += "<fills count=\"\(4 + StatusColour.allCases.count)\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>"
        xml += "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FF1F3864\"/><bgColor indexed=\"64\"/></patternFill></fill>"
        xml += "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFE8ECF3\"/><bgColor indexed=\"64\"/></patternFill></fill>"
        for colour in StatusColour.allCases {
            xml += "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FF\(StatusFill.hex(colour))\"/><bgColor indexed=\"64\"/></patternFill></fill>"
        }
        xml += "</fills>"
        xml += "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>"
        xml += "<border><left/><right/><top style=\"medium\"><color rgb=\"FF000000\"/></top><bottom/><diagonal/></border></borders>"
        xml += "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        // (numFmt, font, fill, border, alignment) in the order of `Format`.
        let formats: [(Int, Int, Int, Int, String?)] = [
            (0, 0, 0, 0, nil),
            (0, 0, 0, 0, "<alignment vertical=\"top\" wrapText=\"1\"/>"),
            (0, 1, 0, 0, "<alignment vertical=\"top\" wrapText=\"1\"/>"),
            (0, 1, 3, 0, "<alignment vertical=\"top\" wrapText=\"1\"/>"),
            (0, 2, 2, 0, "<alignment vertical=\"top\" wrapText=\"1\"/>"),
            (0, 2, 2, 0, "<alignment horizontal=\"right\" vertical=\"top\"/>"),
            (164, 0, 0, 0, "<alignment horizontal=\"right\" vertical=\"top\"/>"),
            (165, 0, 0, 0, "<alignment horizontal=\"right\" vertical=\"top\"/>"),
            (164, 1, 0, 0, "<alignment horizontal=\"right\" vertical=\"top\"/>"),
            (165, 1, 0, 0, "<alignment horizontal=\"right\" vertical=\"top\"/>"),
            (164, 1, 0, 1, "<alignment horizontal=\"right\" vertical=\"top\"/>"),
            (165, 1, 0, 1, "<alignment horizontal=\"right\" vertical=\"top\"/>"),
            (0, 1, 0, 1, "<alignment vertical=\"top\" wrapText=\"1\"/>"),
            (0, 3, 0, 0, nil),
            (0, 4, 0, 0, nil),
            (0, 0, 0, 0, "<alignment horizontal=\"center\" vertical=\"top\"/>"),
            (0, 1, 3, 0, nil),
            (0, 1, 0, 1, nil),
            (1, 0, 0, 0, "<alignment horizontal=\"center\" vertical=\"top\"/>"),
            (0, 0, 4, 0, "<alignment vertical=\"top\" wrapText=\"1\"/>"),
            (0, 0, 5, 0, "<alignment vertical=\"top\" wrapText=\"1\"/>"),
            (0, 0, 6, 0, "<alignment vertical=\"top\" wrapText=\"1\"/>"),
        ]
        xml += "<cellXfs count=\"\(formats.count)\">"
        for (numFmt, font, fill, border, alignment) in formats {
            xml += "<xf numFmtId=\"\(numFmt)\" fontId=\"\(font)\" fillId=\"\(fill)\" borderId=\"\(border)\" xfId=\"0\""
            if numFmt != 0 { xml += " applyNumberFormat=\"1\"" }
            if font != 0 { xml += " applyFont=\"1\"" }
            if fill != 0 { xml += " applyFill=\"1\"" }
            if border != 0 { xml += " applyBorder=\"1\"" }
            if let alignment { xml += " applyAlignment=\"1\">" + alignment + "</xf>" } else { xml += "/>" }
        }
        xml += "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        return xml + "</styleSheet>"
    }()
}
