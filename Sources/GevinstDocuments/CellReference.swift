/// A1-style cell references for SpreadsheetML: column 0 is "A", 25 "Z", 26 "AA".
enum CellReference {
    static func column(_ index: Int) -> String {
        var number = index + 1
        var letters: [Character] = []
        while number > 0 {
            let remainder = (number - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(65 + remainder))))
            number = (number - 1) / 26
        }
        return String(letters.reversed())
    }

    /// "C5" for column 2, row 5 (rows count from 1).
    static func cell(column: Int, row: Int) -> String { self.column(column) + String(row) }

    /// The argument list of a `SUM` over some rows of one column: contiguous rows become a range,
    /// "C3:C5,C8" for rows 3, 4, 5 and 8.
    static func sumArguments(column: Int, rows: [Int]) -> String {
        let sorted = Array(Set(rows)).sorted()
        var parts: [String] = []
        var index = 0
        while index < sorted.count {
            var end = index
            while end + 1 < sorted.count && sorted[end + 1] == sorted[end] + 1 { end += 1 }
            let first = cell(column: column, row: sorted[index])
            parts.append(end == index ? first : first + ":" + cell(column: column, row: sorted[end]))
            index = end + 1
        }
        return parts.joined(separator: ",")
    }
}

extension CellReference {
    /// The largest sheet SpreadsheetML allows: 16 384 columns, 1 048 576 rows.
    static let maxColumns = 16_384
    static let maxRows = 1_048_576

    /// "C5" → (column 2, row 5); nil unless letters then digits within the sheet's limits.
    static func parse(_ reference: String) -> (column: Int, row: Int)? {
        var column = 0
        var row = 0
        var seenDigit = false
        var letters = 0
        for character in reference.utf8 {
            switch character {
            case UInt8(ascii: "A")...UInt8(ascii: "Z") where !seenDigit:
                letters += 1
                guard letters <= 3 else { return nil }
                column = column * 26 + Int(character - UInt8(ascii: "A")) + 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                seenDigit = true
                row = row * 10 + Int(character - UInt8(ascii: "0"))
                guard row <= maxRows else { return nil }
            default:
                return nil
            }
        }
        guard letters > 0, seenDigit, row > 0, column <= maxColumns else { return nil }
        return (column - 1, row)
    }
}
