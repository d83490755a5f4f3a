import Foundation
import GevinstCore

/// Reads one area's follow-up table back from CSV in the layout the report exports (`CsvWriter`: a heading
/// row with the report's column headings, semicolons, Danish amounts in 1.000 kr., quotes where needed, a
/// byte-order mark) or as a spreadsheet saves it (commas are recognised too). A CSV file holds one table, so
/// the caller names its area (the export names each file after its area). Rows become `FollowUpRow`s whose
/// `line` is the line where the row starts; what cannot be read is a finding (`csv.*`), the row kept with that
/// field blank.
public enum FollowUpCsvReader {
    /// The largest CSV file read.
    public static let maxFileBytes = 64 * 1024 * 1024

    public static func read(
        _ data: Data, file: String, area: String, configuration: FollowUpConfiguration = .default
    ) -> FollowUpXlsxReader.Result {
        var result = FollowUpXlsxReader.Result(rows: [], findings: [], periodName: nil)
        guard data.count <= maxFileBytes else {
            result.findings.append(Finding(rule: "csv.too-large", severity: .error, proposal: nil, line: nil,
                                           message: "\(file) is \(data.count) bytes; at most \(maxFileBytes) are read"))
            return result
        }
        guard let text = String(data: data, encoding: .utf8) else {
            result.findings.append(Finding(rule: "csv.not-utf8", severity: .error, proposal: nil, line: nil,
                                           message: "\(file) is not UTF-8 text; save it as \"CSV UTF-8\""))
            return result
        }
        let sheet = XlsxWorkbookReader.Sheet(name: area, rows: CsvFields.rows(text))
        guard let table = FollowUpAreaSheet(sheet, configuration: configuration, source: .csv) else {
            result.findings.append(Finding(
                rule: "csv.no-table", severity: .error, proposal: nil, line: nil,
                message: "\(file) has no heading row with the follow-up columns (\"Vedtaget budgetår\", \"Titel på forslag inkl. nr.\", \"Status …\") in its first lines"))
            return result
        }
        result.periodName = table.periodName
        table.read(into: &result)
        return result
    }

    public static let rules: [RuleDescription] = [
        RuleDescription("csv.too-large", .error, "A CSV file larger than Gevinst reads."),
        RuleDescription("csv.not-utf8", .error, "A CSV file that is not UTF-8 text."),
        RuleDescription("csv.no-table", .error, "A CSV file without the follow-up table's heading row."),
        RuleDescription("csv.missing-column", .warning, "A CSV table without one of the follow-up columns; its field is left blank."),
        RuleDescription("csv.bad-amount", .warning, "A field where an amount in 1.000 kr. belongs holds something else."),
        RuleDescription("csv.bad-year", .warning, "A field where a year belongs holds something else."),
        RuleDescription("csv.colour-differs", .info, "The colour written beside a status is not the status's colour; the status counts."),
    ]
}

/// Splits CSV text into fields by line: quoted fields may hold separators, doubled quotes and line breaks.
/// The separator is the one the first line uses most (";" as Gevinst and a Danish Excel write, or ",").
enum CsvFields {
    /// Fields by the line each record starts on (1-based), then by column; a leading apostrophe that the
    /// writer put before "=", "+" or "@" (against formula injection) is taken off again.
    static func rows(_ text: String) -> [Int: [Int: XlsxWorkbookReader.Value]] {
        var body = Substring(text)
        if body.first == "\u{FEFF}" { body = body.dropFirst() }
        let firstLine = body.prefix { $0 != "\n" && $0 != "\r\n" }
        let separator: Character = firstLine.filter { $0 == ";" }.count >= firstLine.filter { $0 == "," }.count ? ";" : ","
        var rows: [Int: [Int: XlsxWorkbookReader.Value]] = [:]
        var line = 1
        var recordLine = 1
        var fields: [String] = []
        var field = ""
        var quoted = false
        var atFieldStart = true
        func endField() {
            fields.append(unprotected(field))
            field = ""
            atFieldStart = true
        }
        func endRecord() {
            endField()
            var cells: [Int: XlsxWorkbookReader.Value] = [:]
            for (index, value) in fields.enumerated() where !value.isEmpty { cells[index] = .text(value) }
            if !cells.isEmpty { rows[recordLine] = cells }
            fields = []
        }
        var iterator = body.makeIterator()
        var pending: Character? = nil
        while let character = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if character == "\"" {
                    let next = iterator.next()
                    if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
                } else {
                    if character == "\n" || character == "\r\n" { line += 1 }
                    field.append(character)
                }
                continue
            }
            switch character {
            case "\"" where atFieldStart:
                quoted = true
                atFieldStart = false
            case separator:
                endField()
            case "\n", "\r\n", "\r":
                endRecord()
                line += 1
                recordLine = line
            default:
                field.append(character)
                atFieldStart = false
            }
        }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        return rows
    }

    static func unprotected(_ text: String) -> String {
        guard text.hasPrefix("'"), let next = text.dropFirst().unicodeScalars.first, ["=", "+", "@", "\t", "\r"].contains(next) else {
            return text
        }
        return String(text.dropFirst())
    }
}
