import Foundation
import GevinstCore
import GevinstDocuments
import GevinstImport
import GevinstServer
import GevinstTestSupport
import Hummingbird
import HummingbirdTesting
import Testing
import ZIPFoundation

/// A follow-up table kept in Excel, given to `gevinst import` (and the import routes): read as a follow-up table,
/// with one area per sheet or every area one under the other in a sheet, and checked as a text table is.
@Suite struct FollowUpWorkbookImportTests {
    static let headings = FollowUpHeadings.seed

    static func row(_ year: String, _ title: String, _ status: String, _ investment: String, _ efficiency: String) -> [String] {
        [year, title, "Investeringsforslag", status, "", investment, efficiency, "2026", "", "Nej", "Nej", ""]
    }

    /// A workbook of two sheets, made here: "Handicap" holds one area under its caption; "Ark2" holds a title and
    /// two areas one under the other, with a total row. TV03 stands in both areas with the same figures.
    static func workbook() throws -> Data {
        try ZipPackage.archive(sheets())
    }

    /// The parts of `workbook()`.
    static func sheets() -> [ZipPackage.Part] {
        let handicap: [[String]] = [
            ["Borgere med handicap"],
            headings,
            row("2022", "HA01: Livet er ikke snorlige - Omstilling af tilbudsvifte", "Forløber som planlagt", "10.100", "-5.788"),
            row("2025", "TV03(2025) - Fælles indsats", "Forløber som planlagt", "7.225", "-1.500"),
        ]
        let stacked: [[String]] = [
            ["Opfølgning på investeringsforslag; December 2024"],
            [],
            ["Udsatte voksne"],
            headings,
            row("2023", "SI02 - Flere i job", "Initiativet er implementeret", "3.000", "-1.200"),
            row("2025", "TV03 (2025) - Fælles indsats", "Forløber som planlagt", "7.225", "-1.500"),
            ["I alt", "", "", "", "", "10.225", "-2.700"],
            [],
            ["Den sociale hjemmepleje"],
            headings,
            row("2024", "HJ01 - Rehabilitering", "Tidsplanen er skredet mere end 6 mdr.", "1.250", "935"),
        ]
        return Self.parts([("Handicap", handicap), ("Ark2", stacked)])
    }

    /// An XLSX workbook of text cells (inline strings), one sheet per entry, a row per array.
    static func workbook(_ sheets: [(name: String, rows: [[String]])]) throws -> Data {
        try ZipPackage.archive(parts(sheets))
    }

    /// The parts of `workbook(_:)`'s file.
    static func parts(_ sheets: [(name: String, rows: [[String]])]) -> [ZipPackage.Part] {
        func escaped(_ text: String) -> String {
            text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
        }
        func column(_ index: Int) -> String {
            index < 26 ? String(UnicodeScalar(UInt8(65 + index))) : "A" + String(UnicodeScalar(UInt8(65 + index - 26)))
        }
        var parts = [
            ZipPackage.Part(path: "[Content_Types].xml", text: """
                <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                \(sheets.indices.map { #"<Override PartName="/xl/worksheets/sheet\#($0 + 1).xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"# }.joined())\
                </Types>
                """),
            ZipPackage.Part(path: "_rels/.rels", text: """
                <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
                </Relationships>
                """),
            ZipPackage.Part(path: "xl/workbook.xml", text: """
                <?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>\
                \(sheets.enumerated().map { #"<sheet name="\#(escaped($1.name))" sheetId="\#($0 + 1)" r:id="rId\#($0 + 1)"/>"# }.joined())\
                </sheets></workbook>
                """),
            ZipPackage.Part(path: "xl/_rels/workbook.xml.rels", text: """
                <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                \(sheets.indices.map { #"<Relationship Id="rId\#($0 + 1)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet\#($0 + 1).xml"/>"# }.joined())\
                </Relationships>
                """),
        ]
        for (index, sheet) in sheets.enumerated() {
            let rows = sheet.rows.enumerated().map { number, cells in
                let filled = cells.enumerated().filter { !$0.element.isEmpty }.map { position, text in
                    #"<c r="\#(column(position))\#(number + 1)" t="inlineStr"><is><t xml:space="preserve">\#(escaped(text))</t></is></c>"#
                }
                return #"<row r="\#(number + 1)">\#(filled.joined())</row>"#
            }
            parts.append(ZipPackage.Part(path: "xl/worksheets/sheet\(index + 1).xml", text: """
                <?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
                <sheetData>\(rows.joined())</sheetData></worksheet>
                """))
        }
        return parts
    }

    static func read(_ data: Data, file: String = "opfølgning.xlsx", format: String? = nil) throws(ImportError) -> ImportedDocument {
        try DocumentImporter.read(data: data, file: file, format: format, readWorkbook: FollowUpWorkbookImport.reader(libreOffice: nil))
    }

    @Test func aWorkbookReadsAreaByAreaWithTheTableChecks() throws {
        let read = try Self.read(try Self.workbook())
        #expect(read.kind == .followUp)
        let rows = read.followUps.map { "\($0.area)|\($0.code ?? "-")|\($0.title)|\($0.line ?? 0)|\($0.totalInvestment ?? 0)|\($0.efficiencyAtFullPhaseIn ?? 0)" }
        #expect(rows == [
            "Borgere med handicap|HA01|Livet er ikke snorlige - Omstilling af tilbudsvifte|3|10100000|-5788000",
            "Borgere med handicap|TV03(2025)|Fælles indsats|4|7225000|-1500000",
            // The title above the first area is not its caption; the total row is no record.
            "Udsatte voksne|SI02|Flere i job|5|3000000|-1200000",
            "Udsatte voksne|TV03(2025)|Fælles indsats|6|7225000|-1500000",
            "Den sociale hjemmepleje|HJ01|Rehabilitering|11|1250000|935000",
        ])
        #expect(read.followUps.allSatisfy { $0.period == "December 2024" && $0.recognisedStatus != nil })
        // The checks of a text table: the proposal counted in two areas, the efficiency printed without its minus.
        let findings = read.findings.map { "\($0.rule)@\($0.line ?? 0)" }
        #expect(findings == ["read.workbook@0", "duplicate.counted-twice@6", "sign.positive-efficiency@11"])
        #expect(read.findings.first?.message == "an Excel workbook (.xlsx) read as a follow-up table, one area per table; line numbers are the rows of its sheets")
        #expect(ImportExitStatus(documents: [read], failures: 0) == .ok)
        // `gevinst followup load` and the follow-up upload read the same rows from it.
        let loaded = try FollowUpDocumentLoad.rows(try Self.workbook(), file: "status.xlsx")
        #expect(loaded.rows == read.followUps)
        #expect(loaded.periodName == "December 2024")
    }

    /// Seed 002 pasted into one sheet, a line per row, reads as its text does: every row with every field and line,
    /// and the same findings.
    @Test(.enabled(if: SeedCorpus.isAvailable, Comment(rawValue: SeedCorpus.skipMessage)))
    func theStatusReportPastedIntoASheetReadsAsItsText() throws {
        let data = try #require(SeedCorpus.data(SeedCorpus.followUp2024))
        let text = try DocumentImporter.read(data: data, file: "002.txt")
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let sheet = lines.map { line in line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) } }
        let read = try Self.read(try Self.workbook([("Ark1", sheet)]), file: "002.txt")
        #expect(read.followUps.count == 63)
        #expect(read.followUps == text.followUps)
        #expect(read.findings.first?.rule == "read.workbook")
        #expect(Array(read.findings.dropFirst()) == text.findings)
    }

    @Test func whatCannotBeReadIsSaid() throws {
        // A workbook without the follow-up headings: its own error, and nothing read.
        let other = try Self.read(try Self.workbook([("Ark1", [["Budget", "2025"], ["Løn", "1.000"]])]))
        #expect(other.findings.map(\.rule) == ["read.workbook", "xlsx.no-table"])
        #expect(ImportExitStatus(documents: [other], failures: 0) == .nothingRead)
        // A damaged workbook (its sheet is missing): the file and what is wrong.
        let parts = [
            ZipPackage.Part(path: "[Content_Types].xml", text: "<Types/>"),
            ZipPackage.Part(path: "xl/workbook.xml", text: #"<workbook xmlns:r="r"><sheets><sheet name="Status" r:id="rId1"/></sheets></workbook>"#),
            ZipPackage.Part(path: "xl/_rels/workbook.xml.rels", text: #"<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>"#),
        ]
        let damaged = try ZipPackage.archive(parts)
        let error = #expect(throws: ImportError.self) { try Self.read(damaged) }
        #expect(error?.description == "opfølgning.xlsx: the workbook cannot be read: the sheet \"Status\" points to xl/worksheets/sheet1.xml, which the file does not hold")
        // A workbook named with another reader's format is refused with what to do.
        #expect(throws: ImportError.officeFile(file: "opfølgning.xlsx", kind: .excelWorkbook)) {
            try Self.read(try Self.workbook(), format: "markdown")
        }
        #expect(try Self.read(try Self.workbook(), format: "follow-up").followUps.count == 5)
        // An OpenDocument spreadsheet without LibreOffice: what to do.
        // (The opening of an OpenDocument file: its first entry, the uncompressed "mimetype".)
        let ods = Data([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x00, 0x00]) + Data(count: 20)
            + Data("mimetypeapplication/vnd.oasis.opendocument.spreadsheet".utf8) + Data(count: 64)
        #expect(throws: ImportError.workbookUnreadable(
            file: "opfølgning.ods",
            reason: "an OpenDocument spreadsheet (.ods) is read through LibreOffice, which is not installed here; save it as an Excel workbook (.xlsx)")) {
            try Self.read(ods, file: "opfølgning.ods")
        }
    }

    /// One area's sheet saved by a Danish Excel as "CSV (semikolonsepareret)": semicolons, quotes around a field
    /// holding one, Windows-1252. Read as that area's table, named by the file; `followup load` reads it too.
    @Test func aSheetSavedAsCSVByExcelReadsAsItsArea() throws {
        let lines = [Self.headings.joined(separator: ";")]
            + [Self.row("2023", "SI02 - Flere i job; og uddannelse", "Initiativet er implementeret", "3.000", "-1.200"),
               Self.row("2025", "TV03 (2025) - Fælles indsats", "Forløber som planlagt", "7.225", "1.500")]
            .map { cells in cells.map { $0.contains(";") ? "\"\($0)\"" : $0 }.joined(separator: ";") }
        let csv = try #require((lines.joined(separator: "\r\n") + "\r\n").data(using: .windowsCP1252))
        let read = try Self.read(csv, file: "Udsatte voksne.csv")
        let rows = read.followUps.map { "\($0.area)|\($0.code ?? "-")|\($0.title)|\($0.line ?? 0)|\($0.efficiencyAtFullPhaseIn ?? 0)" }
        #expect(rows == ["Udsatte voksne|SI02|Flere i job; og uddannelse|2|-1200000", "Udsatte voksne|TV03(2025)|Fælles indsats|3|1500000"])
        #expect(read.findings.map { "\($0.rule)@\($0.line ?? 0)" } == ["read.workbook@0", "read.encoding@0", "sign.positive-efficiency@3"])
        #expect(read.findings.first?.message == "a CSV file (.csv) read as one area's follow-up table, the area named by the file; line numbers are its lines")
        let loaded = try FollowUpDocumentLoad.rows(csv, file: "Udsatte voksne.csv")
        #expect(loaded.rows.map { "\($0.code ?? "-")|\($0.title)" } == ["SI02|Flere i job; og uddannelse", "TV03(2025)|Fælles indsats"])
        #expect(!loaded.findings.contains { $0.severity == .error })
    }

    /// The report's CSV export writes one file per area: read together, a proposal counted in two areas is found
    /// across the files, in the later file, naming the earlier; a file of another period is not compared.
    @Test func areaFilesReadTogetherFindAProposalCountedInTwo() throws {
        func csv(_ status: String, _ rows: [[String]]) throws -> Data {
            let headings = Self.headings.map { $0 == "Status december 2024" ? status : $0 }
            return Data(([headings] + rows).map { $0.joined(separator: ";") }.joined(separator: "\r\n").utf8)
        }
        let shared = Self.row("2025", "TV03(2025) - Fælles indsats", "Forløber som planlagt", "7.225", "-1.500")
        let documents = try [
            ("Børnefamilier med særlige behov.csv", "Status december 2024", [Self.row("2022", "BU01 - Faglig omstilling", "Forløber som planlagt", "16.000", "-4.007"), shared]),
            ("Udsatte voksne.csv", "Status december 2024", [shared]),
            ("juni/Udsatte voksne.csv", "Status juni 2025", [shared]),
        ].map { name, status, rows in try Self.read(try csv(status, rows), file: name) }
        let checked = DocumentImporter.checkedAcrossFiles(documents)
        let added = zip(documents, checked).map { before, after in after.findings.dropFirst(before.findings.count).map { "\($0.rule)@\($0.line ?? 0)" } }
        #expect(added == [[], ["duplicate.counted-twice@2"], []])
        #expect(checked[1].findings.last?.message.contains("(Børnefamilier med særlige behov.csv, line 3)") == true)
        // One file alone gets no finding from the others.
        #expect(DocumentImporter.checkedAcrossFiles([documents[1]]).map(\.findings) == [documents[1].findings])
    }

    /// The status report's own tab-separated text saved with a .csv name is the text table, read by its reader.
    @Test func tabSeparatedTextNamedCSVIsReadAsText() throws {
        let text = ([Self.headings] + [Self.row("2023", "SI02 - Flere i job", "Initiativet er implementeret", "3.000", "-1.200")])
            .map { $0.joined(separator: "\t") }.joined(separator: "\n")
        let read = try Self.read(Data(("### Udsatte voksne\n\n" + text + "\n").utf8), file: "status.csv")
        #expect(read.followUps.count == 1)
        #expect(read.followUps.first?.line == 4)
        #expect(!read.findings.contains { $0.rule == "read.workbook" })
    }

    @Test(.enabled(if: CrashSafetyTests.executable != nil, "the gevinst executable is not built; run swift build first"))
    func gevinstImportReadsTheWorkbook() throws {
        let folder = try TemporaryFolder(prefix: "gevinst-import-xlsx")
        defer { folder.remove() }
        try Self.workbook().write(to: folder.url.appendingPathComponent("status.xlsx"))
        let run = try CommandRun.run(["import", "--json", "status.xlsx"], in: folder.url)
        #expect(run.status == 0, "\(run.errorText)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        let document = try #require((json["documents"] as? [[String: Any]])?.first)
        #expect(document["kind"] as? String == "follow-up")
        let rows = try #require(document["followUps"] as? [[String: Any]])
        #expect(rows.compactMap { $0["area"] as? String } == ["Borgere med handicap", "Borgere med handicap", "Udsatte voksne", "Udsatte voksne", "Den sociale hjemmepleje"])
        let readable = try CommandRun.run(["import", "status.xlsx"], in: folder.url)
        #expect(readable.output.contains("status.xlsx:6: warning: duplicate.counted-twice: TV03(2025)"))
        // --out writes proposals; a follow-up table has none, and the message says where it goes instead.
        let out = try CommandRun.run(["import", "status.xlsx", "--out", "forslag"], in: folder.url)
        #expect(out.status == 0)
        #expect(out.errorText.contains("wrote 0 proposal files to forslag; follow-up tables and strategy plans are not proposals"))
    }
}

/// The workbook saved by LibreOffice as an OpenDocument spreadsheet and as Excel 97–2003, read through LibreOffice
/// where it is installed, as the .xlsx is.
@Suite struct FollowUpWorkbookLibreOfficeTests {
    @Test(.enabled(if: ImportOfficeFileCommandTests.officeEnabled && LibreOfficeConverter.locate() != nil,
                   "set GEVINST_TEST_OFFICE=1 with LibreOffice installed"),
          arguments: [("ods", "an OpenDocument spreadsheet (.ods)"), ("xls", "an Excel 97–2003 workbook (.xls)")])
    func aSpreadsheetLibreOfficeOpensReadsAsTheWorkbook(format: String, name: String) throws {
        let office = try #require(LibreOfficeConverter.locate())
        let xlsx = try FollowUpWorkbookImportTests.workbook()
        let saved = try office.convertToFile(xlsx, inputExtension: "xlsx", to: format)
        let reader = FollowUpWorkbookImport.reader(libreOffice: office)
        let read = try DocumentImporter.read(data: saved, file: "status.\(format)", readWorkbook: reader)
        let expected = try FollowUpWorkbookImportTests.read(xlsx)
        #expect(read.followUps == expected.followUps)
        #expect(read.findings.first?.message == "\(name) read as a follow-up table, one area per table; line numbers are the rows of its sheets")
        #expect(Array(read.findings.dropFirst()) == Array(expected.findings.dropFirst()))
    }
}

/// `gevinst followup load`, the period upload, the bulk update and the follow-up page read .ods and .xls as
/// `gevinst import` does. They said "not an XLSX workbook: it has no xl/workbook.xml" for an .ods, and for an
/// .xls to save it as PDF, which is the one form a follow-up table cannot be read from.
@Suite struct FollowUpLoadSpreadsheetTests {
    @Test(.enabled(if: ImportOfficeFileCommandTests.officeEnabled && LibreOfficeConverter.locate() != nil,
                   "set GEVINST_TEST_OFFICE=1 with LibreOffice installed"),
          arguments: ["ods", "xls"])
    func aSpreadsheetLibreOfficeOpensLoadsAsTheWorkbook(format: String) throws {
        let office = try #require(LibreOfficeConverter.locate())
        let xlsx = try FollowUpWorkbookImportTests.workbook()
        let saved = try office.convertToFile(xlsx, inputExtension: "xlsx", to: format)
        let read = try FollowUpDocumentLoad.rows(saved, file: "status.\(format)", toXlsx: FollowUpWorkbookImport.toXlsx(libreOffice: office))
        let expected = try FollowUpDocumentLoad.rows(xlsx, file: "status.xlsx")
        #expect(read.kind == .xlsx)
        #expect(read.rows.count == 5)
        #expect(read.rows == expected.rows)
        #expect(read.findings == expected.findings)
    }

    /// The report's CSV export as a zip: named as such, with what to load instead (it was "not an XLSX workbook").
    @Test func theCSVExportAsAZipIsNamed() throws {
        let zip = try ZipPackage.archive([ZipPackage.Part(path: "Udsatte voksne.csv", data: Data("Vedtaget budgetår;Titel\n".utf8))])
        #expect {
            _ = try FollowUpDocumentLoad.rows(zip, file: "status.zip")
        } throws: { error in
            (error as? FollowUpDocumentLoad.Failure)?.description.hasPrefix(
                "status.zip: this is a zip archive (such as the report's CSV export), not a workbook; load the XLSX export") == true
        }
    }

    @Test func withoutLibreOfficeTheRefusalSaysToSaveAnXlsx() throws {
        // An .ods opens with its media type, stored uncompressed, as every OpenDocument file does.
        let archive = try Archive(data: Data(), accessMode: .create)
        let mediaType = Data("application/vnd.oasis.opendocument.spreadsheet".utf8)
        try archive.addEntry(with: "mimetype", type: .file, uncompressedSize: Int64(mediaType.count), compressionMethod: .none) { position, size in
            mediaType.subdata(in: Int(position)..<(Int(position) + size))
        }
        let ods = try #require(archive.data)
        #expect {
            _ = try FollowUpDocumentLoad.rows(ods, file: "status.ods")
        } throws: { error in
            (error as? FollowUpDocumentLoad.Failure)?.description
                == "status.ods: the workbook cannot be read: an OpenDocument spreadsheet (.ods) is read through LibreOffice, which is not installed here; save it as an Excel workbook (.xlsx)"
        }
    }
}

/// A sheet whose remarks hold line breaks, saved by LibreOffice as tab-separated text (what the import's advice
/// for other sheets says to do): the text reads as the workbook does, every remark whole.
@Suite struct FollowUpSheetSavedAsTextTests {
    @Test(.enabled(if: ImportOfficeFileCommandTests.officeEnabled && LibreOfficeConverter.locate() != nil,
                   "set GEVINST_TEST_OFFICE=1 with LibreOffice installed"))
    func aSheetSavedAsTabSeparatedTextReadsAsTheSheet() throws {
        let office = try #require(LibreOfficeConverter.locate())
        let rows: [[String]] = [
            ["Udsatte voksne"],
            FollowUpWorkbookImportTests.headings,
            FollowUpWorkbookImportTests.row("2023", "SI02 - Flere i job", "Forløber som planlagt", "3.000", "-1.200")
                .enumerated().map { $0.offset == 4 ? "Første linje\nanden \"linje\"\tmed tabulator" : $0.element },
            FollowUpWorkbookImportTests.row("2024", "SI03 - Mere", "Initiativet er implementeret", "1.000", "-200"),
        ]
        let xlsx = try FollowUpWorkbookImportTests.workbook([("Ark1", rows)])
        // Tab-separated, quotes as the text delimiter, UTF-8: LibreOffice's "Text CSV" with Excel's text choices.
        let text = try office.convertToFile(xlsx, inputExtension: "xlsx", to: "txt:Text - txt - csv (StarCalc):9,34,76")
        #expect(String(decoding: text, as: UTF8.self).contains("\"Første linje\nanden \"\"linje\"\"\tmed tabulator\""))
        let fromText = try DocumentImporter.read(data: text, file: "status.txt")
        let fromSheet = try FollowUpWorkbookImportTests.read(xlsx)
        func withoutLines(_ rows: [FollowUpRow]) -> [FollowUpRow] {
            rows.map { row in
                var row = row
                row.line = nil
                return row
            }
        }
        #expect(withoutLines(fromText.followUps) == withoutLines(fromSheet.followUps))
        #expect(fromText.followUps.first?.remark == "Første linje\nanden \"linje\"\tmed tabulator")
        // The second row stands two lines further down in the text, after the remark's line break.
        #expect(fromText.followUps.map { $0.line ?? 0 } == [3, 5])
        #expect(!fromText.findings.contains { $0.severity != .info })
    }
}

/// The follow-up report printed to PDF: its table is read back from the PDF's column layout (`pdftotext -layout`),
/// as the rows it was made from; a table whose rows cannot be told apart is named with what to import instead.
@Suite struct FollowUpTableInPDFTests {
    static let officeReady = ImportOfficeFileCommandTests.officeEnabled && LibreOfficeConverter.locate() != nil
    static let officeMessage: Comment = "set GEVINST_TEST_OFFICE=1 with LibreOffice and poppler-utils installed"

    /// The report of `rows` as Gevinst prints it (DOCX through LibreOffice into PDF).
    static func printedReport(of rows: [FollowUpRow]) throws -> Data {
        let office = try #require(LibreOfficeConverter.locate())
        let period = try FollowUpPeriod(named: "December 2024", records: FollowUpRowConversion.records(from: rows).records)
        return try office.convertToFile(try FollowUpReport(period: period).docx(), inputExtension: "docx", to: "pdf")
    }

    /// What a reading of the printed report must give back: the rows without their lines, their texts' blanks
    /// collapsed, the area's case aside (the report writes "Borgere med handicap" for the seed's "Handicap").
    static func comparable(_ rows: [FollowUpRow]) -> [FollowUpRow] {
        func collapsed(_ text: String) -> String { text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        return rows.map { row in
            var row = row
            row.line = 0
            row.area = row.area.lowercased()
            for path in [\FollowUpRow.title, \.typeText, \.status, \.remark, \.handling, \.consequence] { row[keyPath: path] = collapsed(row[keyPath: path]) }
            return row
        }
    }

    @Test(.enabled(if: officeReady, officeMessage))
    func aPrintedFollowUpReportReadsBackAsItsRows() throws {
        let rows = try FollowUpWorkbookImportTests.read(try FollowUpWorkbookImportTests.workbook()).followUps
        let pdf = try Self.printedReport(of: rows)
        let read = try DocumentImporter.read(data: pdf, file: "status.pdf")
        #expect(read.kind == .followUp)
        #expect(Self.comparable(read.followUps) == Self.comparable(rows))
        #expect(read.findings.first?.rule == "read.pdf-layout")
        // As `gevinst followup load` and the period upload read it: the follow-up reader named.
        let named = try DocumentImporter.read(data: pdf, file: "status.pdf", format: FollowUpTableReader.formatName)
        #expect(Self.comparable(named.followUps) == Self.comparable(rows))
    }

    @Test(.enabled(if: officeReady && SeedCorpus.isAvailable, officeMessage))
    func theSeedsStatusReportPrintedReadsBackAsTheSeed() throws {
        let seed = try #require(SeedCorpus.data(SeedCorpus.followUp2024))
        let plain = try DocumentImporter.read(data: seed, file: SeedCorpus.followUp2024)
        #expect(plain.followUps.count == 63)
        let read = try DocumentImporter.read(data: try Self.printedReport(of: plain.followUps), file: "status.pdf")
        #expect(read.followUps.count == 63)
        #expect(Self.comparable(read.followUps) == Self.comparable(plain.followUps))
        // The seed's findings, and the notes on reading a layout (the report's colour column).
        #expect(read.findings.filter { $0.severity != .info }.map(\.rule) == plain.findings.filter { $0.severity != .info }.map(\.rule))
    }

    /// The report's DOCX with its rows allowed to break over pages (Word's default), and with its header row not
    /// repeated on each page where `repeatHeader` is false.
    static func splittable(_ docx: Data, repeatHeader: Bool) throws -> Data {
        let archive = try Archive(data: docx, accessMode: .read)
        var parts: [ZipPackage.Part] = []
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            if entry.path == "word/document.xml" {
                var xml = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "<w:trPr><w:cantSplit/></w:trPr>", with: "")
                if !repeatHeader { xml = xml.replacingOccurrences(of: "<w:tblHeader/>", with: "") }
                data = Data(xml.utf8)
            }
            parts.append(ZipPackage.Part(path: entry.path, data: data))
        }
        return try ZipPackage.archive(parts)
    }

    /// Seed 002's report printed by LibreOffice with rows split over page breaks: under a repeated header it reads
    /// as the seed; without one, every row is either read as the seed's or named as unread, none lost without a
    /// word (`pdftotext` lays the later pages out too far off the header's columns for some of them).
    @Test(.enabled(if: officeReady && SeedCorpus.isAvailable, officeMessage), arguments: [true, false])
    func rowsSplitOverPageBreaksReadBack(repeatHeader: Bool) throws {
        let office = try #require(LibreOfficeConverter.locate())
        let seed = try #require(SeedCorpus.data(SeedCorpus.followUp2024))
        let plain = try DocumentImporter.read(data: seed, file: SeedCorpus.followUp2024)
        let period = try FollowUpPeriod(named: "December 2024", records: FollowUpRowConversion.records(from: plain.followUps).records)
        let docx = try Self.splittable(try FollowUpReport(period: period).docx(), repeatHeader: repeatHeader)
        let pdf = try office.convertToFile(docx, inputExtension: "docx", to: "pdf")
        let read = try DocumentImporter.read(data: pdf, file: "status.pdf")
        let expected = Self.comparable(plain.followUps)
        if repeatHeader {
            #expect(Self.comparable(read.followUps) == expected)
        }
        let unread = read.findings.first { $0.rule == "read.layout-rows-unread" }
        let unreadCount = unread.map { Int($0.message.prefix { $0.isNumber }) ?? 0 } ?? 0
        #expect(read.followUps.count + unreadCount == 63)
        for row in Self.comparable(read.followUps) {
            #expect(expected.contains(row), "\(row.code ?? row.title) differs from the seed's")
        }
    }

    /// The printed report loaded as a new period through the API, as `gevinst followup load` loads it.
    @Test(.enabled(if: officeReady && SeedCorpus.isAvailable, officeMessage))
    func thePrintedReportLoadsAsAPeriodThroughTheAPI() async throws {
        let seed = try #require(SeedCorpus.data(SeedCorpus.followUp2024))
        let rows = try DocumentImporter.read(data: seed, file: SeedCorpus.followUp2024).followUps
        let pdf = try Self.printedReport(of: rows)
        try await Harness.withApp(.sqlite) { client, _ in
            let carl = try await client.login("carl")
            let response = try await client.execute(
                uri: "/api/followup/periods?name=Juni%202025&file=status.pdf", method: .post,
                headers: [.authorization: "Bearer \(carl)"], body: ByteBuffer(bytes: pdf))
            #expect(response.status == .created, "\(String(buffer: response.body).prefix(300))")
            let id = try #require(response.json["period"]?["id"]?.int)
            let period = try await client.call(.get, "/api/followup/periods/\(id)", token: carl)
            #expect(period.json["records"]?.array.count == 63)
        }
    }

    /// Seed 002's tables as a web page of cells centred in their rows and too wide for the page, printed: the rows
    /// cannot be told apart, and the message says what to import instead.
    @Test(.enabled(if: officeReady && SeedCorpus.isAvailable, officeMessage))
    func aTableWhoseRowsCannotBeToldApartIsNamedWithWhatToImport() throws {
        let office = try #require(LibreOfficeConverter.locate())
        let seed = String(decoding: try #require(SeedCorpus.data(SeedCorpus.followUp2024)), as: UTF8.self)
        var html = "<html><head><meta charset=\"utf-8\"></head><body>"
        var inTable = false
        for line in seed.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.contains("\t") {
                if !inTable { html += "<table border=\"1\">" }
                inTable = true
                html += "<tr>" + line.split(separator: "\t", omittingEmptySubsequences: false).map { "<td>\(XMLEscaping.text(String($0)))</td>" }.joined() + "</tr>"
            } else {
                if inTable { html += "</table>" }
                inTable = false
                if !line.isEmpty { html += "<p>\(XMLEscaping.text(String(line.drop { $0 == "#" })))</p>" }
            }
        }
        html += (inTable ? "</table>" : "") + "</body></html>"
        let pdf = try office.convertToFile(Data(html.utf8), inputExtension: "html", to: "pdf")
        #expect(throws: ImportError.followUpTableInPDF(file: "status.pdf")) {
            try DocumentImporter.read(data: pdf, file: "status.pdf")
        }
        #expect(ImportError.followUpTableInPDF(file: "status.pdf").description.hasSuffix("give the sheet it was made from instead (.xlsx, .csv or its text)"))
    }
}

/// `POST /api/imports` given a follow-up workbook: it is read and checked as the text table is, and saves no draft.
@Suite struct FollowUpWorkbookRouteTests {
    /// The follow-up page's upload reads a sheet saved as CSV by Excel (Windows-1252, semicolons), named after its
    /// area, as `gevinst followup load` does; before, only XLSX and text were read there.
    @Test func theFollowUpPageLoadsASheetSavedAsCSV() async throws {
        let lines = [FollowUpWorkbookImportTests.headings.joined(separator: ";"),
                     FollowUpWorkbookImportTests.row("2023", "SI02 - Flere i job", "Forløber som planlagt", "3.000", "-1.200").joined(separator: ";"),
                     FollowUpWorkbookImportTests.row("2024", "SI03 - Bolig først", "Initiativet er implementeret", "1.000", "-200").joined(separator: ";")]
        let csv = try #require((lines.joined(separator: "\r\n") + "\r\n").data(using: .windowsCP1252))
        try await Harness.withApp { client, store in
            let carl = WebSession(client)
            try await carl.login("carl")
            try await carl.get("/follow-up")
            let upload = try await carl.upload(
                "/follow-up/upload", fields: [("period", "December 2024")], file: (field: "document", name: "Udsatte voksne.csv", bytes: csv))
            #expect(upload.status == .seeOther, "\(String(buffer: upload.body).prefix(300))")
            let period = try #require(try await store.followUpPeriod(named: "December 2024"))
            let records = try await store.followUpRecords(periodID: period.id)
            #expect(records.map { "\($0.record.area)|\($0.record.code ?? "-")" } == ["Udsatte voksne|SI02", "Udsatte voksne|SI03"])
        }
    }

    @Test func theAPIReadsAWorkbookAsAFollowUpTable() async throws {
        let xlsx = Array(try FollowUpWorkbookImportTests.workbook())
        try await Harness.withApp { client, _ in
            let anna = try await client.login("anna")
            let response = try await client.execute(
                uri: "/api/imports?file=status.xlsx", method: .post, headers: [.authorization: "Bearer \(anna)"], body: ByteBuffer(bytes: xlsx))
            #expect(response.status == .ok)
            #expect(response.json["kind"]?.string == "follow-up")
            #expect(response.json["drafts"]?.array.isEmpty == true)
            let rules = (response.json["findings"]?.array ?? []).compactMap { $0["rule"]?.string }
            #expect(rules == ["read.workbook", "duplicate.counted-twice", "sign.positive-efficiency"])
            #expect(response.json["notes"]?.array.first?.string?.hasPrefix("5 follow-up rows were read and checked but not stored") == true)
            #expect(try await client.call(.get, "/api/proposals", token: anna).json["count"]?.int == 0)
        }
    }
}

/// Workbooks as a careless or hostile upload may make them: the import answers or refuses, and never traps.
@Suite struct FollowUpWorkbookBadInputTests {
    /// A row numbered Int.max followed by a row without a number (each row follows the last).
    @Test func aRowNumberedAtTheLimitDoesNotOverflow() throws {
        var parts = FollowUpWorkbookImportTests.parts([("Ark1", [FollowUpWorkbookImportTests.headings])])
        let index = try #require(parts.firstIndex { $0.path == "xl/worksheets/sheet1.xml" })
        parts[index] = ZipPackage.Part(path: parts[index].path, text: """
            <?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>\
            <row r="\(Int.max)"><c t="inlineStr"><is><t>2024</t></is></c></row><row><c t="inlineStr"><is><t>2025</t></is></c></row>\
            </sheetData></worksheet>
            """)
        let read = try FollowUpWorkbookImportTests.read(try ZipPackage.archive(parts))
        #expect(read.findings.contains { $0.rule == "xlsx.no-table" })
    }

    /// A sheet of more than 10 MB of XML (16 000 rows): libxml2 refused a document given in one piece above
    /// 10 MB ("not well-formed XML (line 1)"); the sheet is now parsed as a stream.
    @Test func aSheetOfMoreThanTenMegabytesIsRead() throws {
        let row = FollowUpWorkbookImportTests.row("2023", "SI02 - Flere i job", "Forløber som planlagt", "3.000", "-1.200")
        let rows = [["Udsatte voksne"], FollowUpWorkbookImportTests.headings] + Array(repeating: row, count: 16_000)
        let parts = FollowUpWorkbookImportTests.parts([("Ark1", rows)])
        #expect(parts.first { $0.path == "xl/worksheets/sheet1.xml" }.map { $0.data.count > 10_000_000 } == true)
        let read = try FollowUpWorkbookImportTests.read(try ZipPackage.archive(parts))
        #expect(read.followUps.count == 16_000)
        #expect(read.followUps.last?.line == 16_002)
    }

    /// A sheet whose entry declares 1 000 bytes but inflates to 2 MB (a zip bomb declares little and unpacks
    /// much): cut at the declared size and refused, instead of unpacked whole.
    @Test func aPartThatOutgrowsItsDeclaredSizeIsRefused() throws {
        var parts = FollowUpWorkbookImportTests.parts([("Ark1", [FollowUpWorkbookImportTests.headings])])
        let index = try #require(parts.firstIndex { $0.path == "xl/worksheets/sheet1.xml" })
        let row = #"<row><c t="inlineStr"><is><t>\#(String(repeating: "A", count: 1_000))</t></is></c></row>"#
        parts[index] = ZipPackage.Part(path: parts[index].path, text: "<worksheet><sheetData>" + String(repeating: row, count: 2_000) + "</sheetData></worksheet>")
        var bytes = Array(try ZipPackage.archive(parts))
        // The uncompressed size of the sheet's entry, in its local header (offset 22) and the central directory (24).
        let name = Array("xl/worksheets/sheet1.xml".utf8)
        func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        func declare1000(at offset: Int) { bytes.replaceSubrange(offset..<(offset + 4), with: [0xE8, 0x03, 0x00, 0x00]) }
        var patched = 0
        for at in 0..<(bytes.count - 46) where bytes[at] == 0x50 && bytes[at + 1] == 0x4B {
            if bytes[at + 2] == 0x03, bytes[at + 3] == 0x04, Array(bytes[(at + 30)..<(at + 30 + min(u16(at + 26), name.count))]) == name {
                declare1000(at: at + 22)
                patched += 1
            } else if bytes[at + 2] == 0x01, bytes[at + 3] == 0x02, Array(bytes[(at + 46)..<(at + 46 + min(u16(at + 28), name.count))]) == name {
                declare1000(at: at + 24)
                patched += 1
            }
        }
        #expect(patched == 2)
        #expect(throws: ImportError.workbookUnreadable(
            file: "opfølgning.xlsx",
            reason: "the part xl/worksheets/sheet1.xml unpacks to more than the 1000 bytes its entry declares; the file is damaged or crafted")) {
            try FollowUpWorkbookImportTests.read(Data(bytes))
        }
    }

    /// 400 mutations of the two-sheet workbook's stacked sheet: numbers made extreme, spans cut out and doubled,
    /// markup inserted. Each is read or refused with a message.
    @Test func mutatedSheetsAreReadOrRefused() throws {
        let parts = FollowUpWorkbookImportTests.sheets()
        let index = try #require(parts.firstIndex { $0.path == "xl/worksheets/sheet2.xml" })
        let inserts = ["9223372036854775807", "-1", "0", "99999999999999999999", "<row>", "</row>", "<c r=\"XFD1048577\">",
                       "t=\"s\"", "<v>-1E308</v>", "<v>1E-9223372036854775808</v>", "<is><t>", "&amp;", "<c t=\"n\"><v>1e999</v></c>", "\u{0}", "ÆØÅ"]
        var random = SplitMix64(seed: 20_261_207)
        var outcomes = (read: 0, refused: 0)
        for _ in 0..<400 {
            var mutated = parts
            mutated[index] = ZipPackage.Part(path: parts[index].path, data: Data(Self.mutated(Array(parts[index].data), inserts: inserts, using: &random)))
            let file = try ZipPackage.archive(mutated)
            do throws(ImportError) {
                let read = try FollowUpWorkbookImportTests.read(file)
                #expect(read.findings.first?.rule == "read.workbook")
                outcomes.read += 1
            } catch {
                #expect(error.description.hasPrefix("opfølgning.xlsx: the workbook cannot be read: "), "\(error)")
                outcomes.refused += 1
            }
        }
        // Both outcomes occur: the mutations reach the reader's checks, not only the XML parser's.
        #expect(outcomes.read > 0 && outcomes.refused > 0, "\(outcomes)")
    }

    /// 400 mutations of a sheet saved as CSV (semicolons, quotes, Windows-1252 bytes): each is read as a table or
    /// left to the text readers, and never traps.
    @Test func mutatedCSVFilesAreReadOrRefused() throws {
        let rows = [FollowUpWorkbookImportTests.headings, FollowUpWorkbookImportTests.row("2023", "SI02 - Flere i job; og uddannelse", "Initiativet er implementeret", "3.000", "-1.200")]
        let csv = Array(rows.map { $0.map { "\"\($0)\"" }.joined(separator: ";") }.joined(separator: "\r\n").utf8)
        let inserts = ["\"", "\"\"", ";", "\r\n", "\n", "9223372036854775807", "-99999999999999999999", "1E-9223372036854775808", "\u{0}", "\u{FEFF}", "\t"]
        var random = SplitMix64(seed: 7_122_026)
        var read = 0
        for _ in 0..<400 {
            var bytes = Self.mutated(csv, inserts: inserts, using: &random)
            // Some with Windows-1252's "ø" byte, which is no UTF-8.
            if Bool.random(using: &random) { bytes.insert(0xF8, at: Int.random(in: 0..<bytes.count, using: &random)) }
            do throws(ImportError) {
                _ = try FollowUpWorkbookImportTests.read(Data(bytes), file: "Udsatte voksne.csv")
                read += 1
            } catch {
                #expect(error.description.hasPrefix("Udsatte voksne.csv: "), "\(error)")
            }
        }
        #expect(read > 0)
    }

    /// `bytes` with one to four changes: a span cut out, a span doubled, or one of `inserts` put in.
    static func mutated(_ original: [UInt8], inserts: [String], using random: inout SplitMix64) -> [UInt8] {
        var bytes = original
        for _ in 0..<Int.random(in: 1...4, using: &random) {
            let at = Int.random(in: 0..<bytes.count, using: &random)
            let length = min(Int.random(in: 1...40, using: &random), bytes.count - at)
            switch Int.random(in: 0..<3, using: &random) {
            case 0: bytes.removeSubrange(at..<(at + length))
            case 1: bytes.insert(contentsOf: bytes[at..<(at + length)], at: at)
            default: bytes.insert(contentsOf: Array(inserts[Int.random(in: 0..<inserts.count, using: &random)].utf8), at: at)
            }
            if bytes.isEmpty { bytes = original }
        }
        return bytes
    }
}
