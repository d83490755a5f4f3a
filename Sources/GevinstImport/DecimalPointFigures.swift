/// Figures written with a point as the decimal mark ("0.75", "7.25", "-1.5"), as an English-language export of
/// a Danish plan prints them, where the plan itself prints "0,75" (DOMAIN.md §7, §10).
///
/// A figure such as "0.75" can only be read one way: a Danish thousands point is followed by exactly three
/// digits. "1.500" reads both ways (one thousand five hundred, or one and a half) and decides nothing. A
/// document is read with decimal points when its rows hold figures that only read so and none that only read
/// with a decimal comma; each such figure is then read with the marks exchanged ("0.75" as "0,75", "1,250.5" as
/// "1.250,5"), so that every other rule of the readers applies unchanged.
enum DecimalPointFigures {
    /// How the figures that end a document's rows read.
    struct Verdict: Sendable, Equatable {
        /// Figures that read only with a decimal point ("0.75").
        var pointOnly = 0
        /// Figures that read only as a Danish table prints them ("0,75", "1.234.567").
        var danishOnly = 0
        /// The line (1-based) of the first figure that reads only with a decimal point, and the figure.
        var firstPoint: (line: Int, figure: String)?

        /// True when the rows print their decimals with a point: two such figures or more, and none that reads only
        /// the Danish way.
        var usesDecimalPoint: Bool { pointOnly >= 2 && danishOnly == 0 }

        static func == (left: Verdict, right: Verdict) -> Bool {
            left.pointOnly == right.pointOnly && left.danishOnly == right.danishOnly
                && left.firstPoint?.line == right.firstPoint?.line && left.firstPoint?.figure == right.firstPoint?.figure
        }
    }

    /// Judges the figures that end the lines of `lines`: only a line ending in two figures or more is a row,
    /// so that a figure in prose ("ramme 50.54") counts for nothing.
    static func judge(_ lines: TextLines) -> Verdict {
        var verdict = Verdict()
        for (index, line) in lines.enumerated() {
            // A row ends in a digit; most prose lines do not, and are passed over before any word is built.
            guard let last = line.utf8.last, last >= 0x30 && last <= 0x39, line.containsByte(0x2E) || line.containsByte(0x2C) else { continue }
            let words = line.words
            var figures: [Substring] = []
            for word in words.reversed() {
                guard DanishDecimal(word) != nil || DanishDecimal(exchangingMarks(word)) != nil else { break }
                figures.append(word)
            }
            guard figures.count >= 2 else { continue }
            for figure in figures.reversed() {
                switch reading(of: figure) {
                case .pointOnly:
                    verdict.pointOnly += 1
                    if verdict.firstPoint == nil { verdict.firstPoint = (index + 1, String(figure)) }
                case .danishOnly:
                    verdict.danishOnly += 1
                case .either, .neither:
                    break
                }
            }
        }
        return verdict
    }

    /// The ways a figure reads.
    enum Reading: Sendable, Hashable {
        case pointOnly
        case danishOnly
        case either
        case neither
    }

    static func reading(of figure: Substring) -> Reading {
        let asPrinted = DanishDecimal(figure)
        let exchanged = DanishDecimal(exchangingMarks(figure))
        switch (asPrinted, exchanged) {
        case (nil, nil): return .neither
        case (nil, .some): return .pointOnly
        case (.some, nil): return .danishOnly
        case (.some, .some): return .either
        }
    }

    /// `word` as a Danish table prints it, when it is a figure written with a decimal point; else `word`.
    static func danish(_ word: Substring) -> Substring {
        guard word.containsByte(0x2E) || word.containsByte(0x2C) else { return word }
        let exchanged = exchangingMarks(word)
        return DanishDecimal(exchanged) != nil ? exchanged : word
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
