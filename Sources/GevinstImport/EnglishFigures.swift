import GevinstCore

/// Figures written as an English-language export writes them: a comma groups thousands and a point marks the
/// decimals ("7,220" for "7.220", "0.75" for "0,75"; DOMAIN.md §10). A Danish table read so without a word would
/// be wrong by a factor of a thousand: "7,220" in 1.000 kr. reads as 7,22 thousand kroner.
///
/// Some figures read one way only: "7,220" and "0.75" are English, "7.220", "0,75" and "1.234.567" Danish.
/// Others read both ways ("2019", "500") and decide nothing. A document's tables are English when they hold two
/// English figures or more and no Danish one; each figure is then read with the marks exchanged ("7,220" as
/// "7.220", "1,250.5" as "1.250,5"), so that every other rule of the readers applies unchanged.
enum EnglishFigures {
    /// How the figures of a document's tables read.
    struct Verdict: Sendable, Equatable {
        /// Figures only an English export writes ("7,220", "0.75").
        var english = 0
        /// Figures only a Danish table prints ("7.220", "0,75"); the judging stops at the line of the first.
        var danish = 0
        /// The line (1-based) of the first English figure, and the figure.
        var first: Example?

        struct Example: Sendable, Equatable {
            var line: Int
            var figure: String
        }

        var isEnglish: Bool { english >= 2 && danish == 0 }

        mutating func count(_ figure: Substring, line: Int) {
            switch EnglishFigures.reading(of: figure) {
            case .english:
                english += 1
                if first == nil { first = Example(line: line, figure: String(figure)) }
            case .danish:
                danish += 1
            case .either, .neither:
                break
            }
        }

        /// The note that the figures were read as English, at the first.
        func finding() -> Finding {
            let example = first.map { " (\"\($0.figure)\" at this line)" } ?? ""
            return Finding(
                rule: "read.english-figures", severity: .info, proposal: nil, line: first?.line,
                message: "the figures are written as an English-language export writes them\(example): a comma groups thousands and a point marks the decimals; read so: \"7,220\" as 7.220 and \"0.75\" as 0,75")
        }
    }

    /// The ways a figure reads.
    enum Reading: Sendable, Hashable {
        case english
        case danish
        case either
        case neither
    }

    static func reading(of figure: Substring) -> Reading {
        switch groupMark(of: figure) {
        case 0x2C: return .english
        case 0x2E: return .danish
        default: break
        }
        let asPrinted = DanishDecimal(figure)
        let exchanged = DanishDecimal(exchangingMarks(figure))
        switch (asPrinted, exchanged) {
        case (nil, nil): return .neither
        case (nil, .some): return .english
        case (.some, nil): return .danish
        case (.some, .some): return .either
        }
    }

    /// The mark a whole number is grouped by, when it is one: "7,220" and "1,234,567" by a comma, "7.220" by a
    /// point; nil for any other figure.
    static func groupMark(of figure: Substring) -> UInt8? {
        var bytes = Array(figure.utf8)[...]
        if bytes.first == 0x2D || bytes.first == 0x2B { bytes = bytes.dropFirst() }
        var mark: UInt8? = nil
        var digits = 0
        var groups = 0
        for byte in bytes {
            if byte >= 0x30 && byte <= 0x39 {
                digits += 1
            } else if byte == 0x2C || byte == 0x2E {
                guard mark == nil || mark == byte, digits > 0, groups == 0 ? digits <= 3 : digits == 3 else { return nil }
                mark = byte
                groups += 1
                digits = 0
            } else {
                return nil
            }
        }
        return groups > 0 && digits == 3 ? mark : nil
    }

    /// Judges the figures that end the lines of `lines` (a plan's rows): only a line ending in two figures or more
    /// is a row, so that a figure in prose ("ramme 50.54") counts for nothing.
    static func judge(lineEnds lines: TextLines) -> Verdict {
        var verdict = Verdict()
        for (index, line) in lines.enumerated() {
            // A row ends in a digit; most prose lines do not, and are passed over before any word is built.
            guard let last = line.utf8.last, last >= 0x30 && last <= 0x39, line.containsByte(0x2E) || line.containsByte(0x2C) else { continue }
            var figures: [Substring] = []
            for word in line.words.reversed() {
                guard reading(of: word) != .neither else { break }
                figures.append(word)
            }
            guard figures.count >= 2 else { continue }
            for figure in figures.reversed() { verdict.count(figure, line: index + 1) }
            // One Danish figure decides: the rest need not be read.
            if verdict.danish > 0 { break }
        }
        return verdict
    }

    /// Judges the figures of the tab-separated cells of `lines`, bold tags and marks set aside ("<b>-1,000</b>").
    static func judge(tabCells lines: TextLines) -> Verdict {
        var verdict = Verdict()
        for (index, line) in lines.enumerated() where line.containsByte(0x09) && (line.containsByte(0x2E) || line.containsByte(0x2C)) {
            for cell in line.tabCells {
                if let figure = figure(in: cell) { verdict.count(figure, line: index + 1) }
            }
            // One Danish figure decides: the rest need not be read.
            if verdict.danish > 0 { break }
        }
        return verdict
    }

    /// The figure a cell holds, without blanks, bold tags or asterisks around it; nil for a cell of anything else.
    static func figure(in cell: Substring) -> Substring? {
        var text = cell.trimmedText
        for (open, close) in [("<b>", "</b>"), ("<strong>", "</strong>"), ("**", "**")] where text.hasPrefix(open) && text.hasSuffix(close) && text.count > open.count + close.count {
            text = text.dropFirst(open.count).dropLast(close.count).trimmedText
        }
        guard let first = text.utf8.first, first == 0x2D || first == 0x2B || (first >= 0x30 && first <= 0x39) else { return nil }
        return text
    }

    /// `document` with its tables' figures written as a Danish table prints them, and the note that says so, when
    /// its tab-separated cells are written the English way; nil when they are not. An English export groups
    /// thousands by a comma ("7,225"): read as Danish, every amount of 1.000 kr. or more would be a thousand times
    /// too small, without a word.
    static func danishTables(_ document: TextDocument) -> (document: TextDocument, note: Finding)? {
        let verdict = judge(tabCells: document.lines)
        return verdict.isEnglish ? (danishCells(document), verdict.finding()) : nil
    }

    /// `word` as a Danish table prints it, when it is a figure written the English way; else `word`.
    static func danish(_ word: Substring) -> Substring {
        guard word.containsByte(0x2E) || word.containsByte(0x2C) else { return word }
        let exchanged = exchangingMarks(word)
        return DanishDecimal(exchanged) != nil ? exchanged : word
    }

    /// The document with the figure of every tab-separated cell written as a Danish table prints it, line for line.
    static func danishCells(_ document: TextDocument) -> TextDocument {
        var text = ""
        for (index, line) in document.lines.enumerated() {
            if index > 0 { text += "\n" }
            guard line.containsByte(0x09) else {
                text += line
                continue
            }
            text += line.tabCells.map { cell -> Substring in
                // Tags and asterisks hold no mark: the cell's marks are its figure's.
                guard let figure = figure(in: cell), danish(figure) != figure else { return cell }
                return exchangingMarks(cell)
            }.joined(separator: "\t")
        }
        return TextDocument(file: document.file, text: text)
    }

    /// The text with every "." written "," and every "," written ".".
    static func exchangingMarks(_ word: Substring) -> Substring {
        var bytes = Array(word.utf8)
        for index in bytes.indices {
            if bytes[index] == 0x2E { bytes[index] = 0x2C } else if bytes[index] == 0x2C { bytes[index] = 0x2E }
        }
        return Substring(String(decoding: bytes, as: UTF8.self))
    }
}
