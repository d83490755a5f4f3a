import Foundation

/// Writes every table of a `DocumentModel` as its own CSV file, in the document's order: the tables of
/// figures and the tables of words alike (a proposal's implementation grid, follow-up plan and
/// consultations, with an "X" where the grid marks a year). The charts' figures are not written again: they
/// are the tables' figures. Each file is written the way a Danish Excel opens CSV by double-click: UTF-8 with a byte-order mark, semicolons between fields, CRLF line ends, amounts in Danish
/// format in the table's unit ("-1.300", "12,5"), and quotes around any field holding a semicolon, a
/// quote or a line break (a quote inside is doubled).
///
/// A text field that starts with `=`, `+`, `@`, a tab or a carriage return gets a leading apostrophe, so a
/// spreadsheet shows it as text instead of running it as a formula (CSV injection); amounts are never
/// changed.
public enum CsvWriter {
    /// One file per table, named after the table ("BU01 Tabel 1.csv", "BU01 Implementering.csv"), names unique.
    public static func files(_ model: DocumentModel) -> [NamedFile] {
        var used = Set<String>()
        return model.tables.map { table in
            let base = NamedFile.safeName(table.name)
            var name = base + ".csv"
            var counter = 2
            while used.contains(name.lowercased()) {
                name = "\(base) (\(counter)).csv"
                counter += 1
            }
            used.insert(name.lowercased())
            return NamedFile(name: name, data: data(table))
        }
    }

    /// One table as CSV bytes.
    public static func data(_ table: DocumentTable) -> Data {
        var data = Data([0xEF, 0xBB, 0xBF])
        data.append(contentsOf: text(table).utf8)
        return data
    }

    /// One table as CSV text (without the byte-order mark).
    public static func text(_ table: DocumentTable) -> String {
        var lines: [String] = []
        lines.append(table.columns.map { field($0.plainHeader) }.joined(separator: ";"))
        for row in table.rows {
            var fields: [String] = []
            for cell in row.cells {
                switch cell.content {
                case .text(let text): fields.append(field(text))
                case .amount, .number, .mark, .blank: fields.append(field(cell.displayText(unit: table.unit), isText: false))
                }
                fields += Array(repeating: "", count: cell.span - 1)
            }
            while fields.count < table.columns.count { fields.append("") }
            lines.append(fields.joined(separator: ";"))
        }
        return lines.map { $0 + "\r\n" }.joined()
    }

    /// A field, quoted where needed.
    public static func field(_ value: String, isText: Bool = true) -> String {
        var text = XMLEscaping.removingForbidden(value)
        if isText, let first = text.unicodeScalars.first, ["=", "+", "@", "\t", "\r"].contains(first) {
            text = "'" + text
        }
        let needsQuotes = text.contains(where: { $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
            || text.first == " " || text.last == " "
        guard needsQuotes else { return text }
        return "\"" + text.replacing("\"", with: "\"\"") + "\""
    }
}

/// A file a renderer returns when one document becomes several files (CSV: one per table).
public struct NamedFile: Sendable, Hashable {
    public var name: String
    public var data: Data

    public init(name: String, data: Data) {
        self.name = name
        self.data = data
    }

    /// A file name without path separators or characters that file systems reject.
    public static func safeName(_ text: String) -> String {
        let mapped = String(text.unicodeScalars.map { scalar -> Character in
            switch scalar {
            case "/", "\\", ":", "*", "?", "\"", "<", ">", "|": "-"
            default: scalar.value < 0x20 ? " " : Character(scalar)
            }
        }).trimmingCharacters(in: " ")
        let trimmed = mapped.trimmingCharacters(in: ".")
        return trimmed.isEmpty ? "tabel" : SheetNames.truncated(trimmed, to: 120)
    }
}
