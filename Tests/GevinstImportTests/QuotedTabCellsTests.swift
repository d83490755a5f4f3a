import Foundation
import GevinstTestSupport
import Testing
@testable import GevinstImport

/// A follow-up sheet saved as tab-separated text by Excel or LibreOffice: cells with line breaks, tabs or quotes
/// come in quotes, and a remark with line breaks spans several lines of the file.
@Suite struct QuotedTabCellsTests {
    static func cells(_ text: String) -> [String]? {
        if case .cells(let cells) = QuotedTabCells.split(Substring(text)) { return cells.map(String.init) }
        return nil
    }

    @Test func quotedCellsAreUnquoted() {
        #expect(Self.cells("2023\tSI02\t") == ["2023", "SI02", ""])
        #expect(Self.cells("2023\t\"a\tb\"\tc") == ["2023", "a\tb", "c"])
        #expect(Self.cells("\"Han sagde \"\"ja\"\"\"\tx") == ["Han sagde \"ja\"", "x"])
        #expect(Self.cells("\"første\nanden\"\t1.000") == ["første\nanden", "1.000"])
        // A quote inside text quotes nothing.
        #expect(Self.cells("Projektet \"Tættere på\" forløber\tx") == ["Projektet \"Tættere på\" forløber", "x"])
        #expect(Self.cells("\"Tættere på\" forløber\tx") == ["\"Tættere på\" forløber", "x"])
        // The text ends inside a quoted cell: the row goes on.
        #expect(Self.cells("2023\t\"første linje") == nil)
    }

    /// Rows of random cells written as a sheet program writes them (quoted where a cell holds a quote, tab or line
    /// break): split gives the cells back, and every cut of the row ends inside quotes exactly when the line by line
    /// scan says so.
    @Test func splitAndTheLineScanAgree() {
        var random = SplitMix64(seed: 61_207)
        let pieces = ["a", "ø", " ", "\"", "\t", "\n", "1.000", ""]
        for _ in 0..<2_000 {
            let cells = (0..<Int.random(in: 1...5, using: &random)).map { _ in
                (0..<Int.random(in: 0...4, using: &random)).map { _ in pieces[Int.random(in: 0..<pieces.count, using: &random)] }.joined()
            }
            let row = cells.map { cell in
                cell.contains(where: { $0 == "\"" || $0 == "\t" || $0 == "\n" }) ? "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : cell
            }.joined(separator: "\t")
            #expect(Self.cells(row) == cells, "\(row.debugDescription)")
            let cut = String(row.prefix(Int.random(in: 0...row.count, using: &random)))
            var inside = false
            for (number, line) in cut.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                inside = QuotedTabCells.endsInsideQuotes(line, startingInside: number > 0 && inside)
            }
            let open: Bool = if case .open = QuotedTabCells.split(Substring(cut)) { true } else { false }
            #expect(open == inside, "\(cut.debugDescription)")
        }
    }

    static let header = FollowUpHeadings.seed.joined(separator: "\t")

    static func row(_ code: String, remark: String) -> String {
        "2023\t\(code) - Flere i job\tInvesteringsforslag\tForløber som planlagt\t\(remark)\t3.000\t-1.200\t2026\t\tNej\tNej\t"
    }

    /// As Excel saves it on a Danish PC: Windows-1252, CRLF, the remark's line breaks inside its quotes.
    @Test func aRemarkWithLineBreaksKeepsItsRowWhole() throws {
        let text = ["### Udsatte voksne", Self.header, Self.row("SI02", remark: "\"Første linje\r\nanden \"\"linje\"\"\r\n\r\ntredje\""),
                    Self.row("SI03", remark: "")].joined(separator: "\r\n") + "\r\n"
        let data = try #require(text.data(using: .windowsCP1252))
        let read = try DocumentImporter.read(data: data, file: "status.txt")
        #expect(read.followUps.map { "\($0.code ?? "-")|\($0.line ?? 0)|\($0.remark)|\($0.totalInvestment ?? 0)" } == [
            "SI02|3|Første linje\nanden \"linje\"\n\ntredje|3000000", "SI03|7||3000000",
        ])
        #expect(read.findings.map(\.rule) == ["read.encoding"])
    }

    /// A quote opening a cell that no line closes is a stray quote: the line is read on its own, and the rows
    /// after it as rows.
    @Test func aStrayQuoteSwallowsNothing() throws {
        let rows = [Self.row("SI02", remark: "\"ikke lukket")] + (3...60).map { Self.row(String(format: "SI%02d", $0), remark: "") }
        let text = (["### Udsatte voksne", Self.header] + rows).joined(separator: "\n")
        let read = try DocumentImporter.read(data: Data(text.utf8), file: "status.txt")
        #expect(read.followUps.count == 59)
        #expect(read.followUps.first?.remark == "\"ikke lukket")
        #expect(read.followUps.last?.line == 61)
    }
}
