import Foundation
import GevinstCore
import GevinstTestSupport
import Testing
@testable import GevinstImport

/// Bad input never traps, hangs or holds unbounded memory: each case gives a clear message with its line, the
/// rest of the document is still read, and a file with nothing readable is an error (exit status 2).
@Suite struct BadInputTests {
    static let header = FollowUpTableReaderTests.header.joined(separator: "\t")

    static func row(_ code: String, remark: String = "", investment: String = "1.000", efficiency: String = "-500") -> String {
        ["2024", "\(code) - Bedre sagsgange", "Investeringsforslag", "Forløber som planlagt", remark, investment, efficiency,
         "2025", "", "Nej", "Nej", ""].joined(separator: "\t")
    }

    static func table(area: String = "Børnefamilier med særlige behov", rows: [String]) -> String {
        (["## Opfølgning; December 2024", "", "### \(area)", "", header] + rows).joined(separator: "\n") + "\n"
    }

    @Test func anEmptyFileIsRefusedWithItsName() {
        #expect(throws: ImportError.empty(file: "tom.txt")) { try DocumentImporter.read(data: Data(), file: "tom.txt") }
        #expect(ImportError.empty(file: "tom.txt").description.hasPrefix("tom.txt: the file is empty"))
        #expect(throws: ImportError.blank(file: "blank.txt")) {
            try DocumentImporter.read(data: Data(" \n\t\n\r\n".utf8), file: "blank.txt")
        }
    }

    @Test func binaryBytesAreRefused() {
        var generator = SplitMix64(seed: 7)
        let bytes = Data((0..<100_000).map { _ in UInt8(truncatingIfNeeded: generator.next()) })
        #expect(throws: ImportError.binary(file: "x.bin")) { try DocumentImporter.read(data: bytes, file: "x.bin") }
    }

    /// A Word, Excel or OpenDocument file is named as what it is, with what to do instead; a zip of other
    /// files is binary like any other. (Real files written by Gevinst and LibreOffice: `OfficeFileImportTests`.)
    @Test func officeFilesAreNamedWithWhatToDo() {
        func zip(_ names: String...) -> Data {
            Data([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00]) + names.reduce(Data()) { $0 + Data($1.utf8) + Data(count: 30) }
        }
        let cases: [(Data, OfficeFile)] = [
            (zip("[Content_Types].xml", "_rels/.rels", "word/document.xml"), .wordDocument),
            (zip("[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"), .excelWorkbook),
            (zip("mimetype", "application/vnd.oasis.opendocument.text"), .openDocumentText),
            (zip("mimetype", "application/vnd.oasis.opendocument.spreadsheet"), .openDocumentSpreadsheet),
            (Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) + Data(count: 504), .olderOfficeFile),
            (Data("{\\rtf1\\ansi\\deff4 {\\loch BU91 \\u8211\\'96 Tidlig familieindsats}\\par}".utf8), .richText),
            (Data("\u{FEFF}\n  <!DOCTYPE html>\n<html lang=\"da\"><body>Forslagets titel: BU91</body></html>".utf8), .webPage),
            (Data("<HTML><BODY>Tabel 1</BODY></HTML>".utf8), .webPage),
        ]
        for (bytes, kind) in cases {
            #expect(throws: ImportError.officeFile(file: "f", kind: kind)) { try DocumentImporter.read(data: bytes, file: "f") }
        }
        #expect(ImportError.officeFile(file: "forslag.docx", kind: .wordDocument).description
            == "forslag.docx: this is a Word document (.docx), not text; save it as PDF (File → Save as → PDF) and import the PDF; where LibreOffice is installed, `gevinst import` does this itself")
        #expect(ImportError.officeFile(file: "ark.xlsx", kind: .excelWorkbook).description.contains("gevinst followup load"))
        // A zip of other files is told to be unpacked; one named as an office file is a damaged one, not text.
        #expect(throws: ImportError.zipArchive(file: "z.zip")) { try DocumentImporter.read(data: zip("data.csv", "notes.txt"), file: "z.zip") }
        #expect(throws: ImportError.binary(file: "z.xlsx")) { try DocumentImporter.read(data: zip("data.csv", "notes.txt"), file: "z.xlsx") }
        // The markdown catalogue holds tags in its text, but does not open as a page.
        #expect(OfficeFile.recognise(Data("<b>BU01 - Peer-to-Peer</b>\n<html> i teksten\n".utf8)) == nil)
        #expect(OfficeFile.recognise(Data("Forslagets titel: {\\rtf1 er ikke RTF her}".utf8)) == nil)
    }

    /// With a converter given (LibreOffice, from the command line), a Word file is made into a PDF; a converter
    /// that fails is reported with the file and its reason, and a spreadsheet is not given to it at all.
    @Test func aFailedOfficeConversionSaysWhichFileAndWhy() throws {
        struct Refused: Error, CustomStringConvertible { var description: String { "the document is password protected" } }
        let folder = try TemporaryFolder(prefix: "gevinst-office")
        defer { folder.remove() }
        let header = Data([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00])
        let word = folder.url.appendingPathComponent("forslag.docx")
        try (header + Data("word/document.xml".utf8) + Data(count: 40)).write(to: word)
        let sheet = folder.url.appendingPathComponent("ark.xlsx")
        try (header + Data("xl/workbook.xml".utf8) + Data(count: 40)).write(to: sheet)
        let refuse: DocumentImporter.OfficeToPDF = { _, _ in throw Refused() }
        #expect(throws: ImportError.officeConversionFailed(file: word.path, reason: "the document is password protected")) {
            try DocumentImporter.readFile(at: word.path, officeToPDF: refuse)
        }
        #expect(ImportError.officeConversionFailed(file: "forslag.docx", reason: "timed out").description
            == "forslag.docx: LibreOffice could not make it into a PDF: timed out")
        #expect(throws: ImportError.officeFile(file: sheet.path, kind: .excelWorkbook)) {
            try DocumentImporter.readFile(at: sheet.path, officeToPDF: refuse)
        }
    }

    @Test func invalidUTF16AfterAByteOrderMarkIsRefused() {
        // A lone high surrogate: not UTF-16.
        let bytes = Data([0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00])
        #expect(throws: ImportError.undecodable(file: "u.txt", encoding: "UTF-16")) {
            try DocumentImporter.read(data: bytes, file: "u.txt")
        }
    }

    @Test func aTruncatedTableKeepsEveryRowUpToTheCutAndSaysWhereItBroke() throws {
        let full = Self.table(rows: [Self.row("BU01"), Self.row("BU02"), Self.row("BU03")])
        let cut = Data(full.utf8).prefix(Data(full.utf8).count - 40)
        let read = try DocumentImporter.read(data: cut, file: "cut.md")
        #expect(read.followUps.count == 3)
        #expect(read.followUps[1].efficiencyAtFullPhaseIn == -500_000)
        let short = try #require(read.findings.first { $0.rule == "read.short-row" })
        #expect(short.line == 8)
        #expect(short.message.contains("of the 12 cells"))
    }

    @Test func aTruncatedPlanReportsTheRowThatLostItsAmounts() throws {
        let text = "Mio. kr. 2019 2020 2021 2022\n\n1 STU 1,0 1,0 1,0 1,0\n\n8 Fra ekstern leverandør til\negen kommunal leveran-"
        let read = try DocumentImporter.read(data: Data(text.utf8), file: "cut.txt")
        #expect(read.plans.first?.tables.first?.rows.count == 1)
        let finding = try #require(read.findings.first { $0.rule == "read.row-without-amounts" })
        #expect(finding.line == 5)
        #expect(finding.proposal == "8 Fra ekstern leverandør til egen kommunal leveran-")
    }

    @Test(.timeLimit(.minutes(3))) func aFiftyMegabyteFileIsReadInBoundedTime() throws {
        var text = Self.table(rows: (1...5).map { Self.row(String(format: "BU%02d", $0)) })
        text.reserveCapacity(52_000_000)
        let prose = "Socialforvaltningen følger op på vedtagne forslag hvert år, og udvalget får en status på hvert forslag.\n"
        while text.utf8.count < 50_000_000 { text += prose }
        let data = Data(text.utf8)
        #expect(data.count >= 50_000_000)
        let clock = ContinuousClock()
        let start = clock.now
        let read = try DocumentImporter.read(data: data, file: "big.md")
        let elapsed = clock.now - start
        #expect(read.followUps.count == 5)
        #expect(elapsed < .seconds(120))
    }

    @Test func aOneMegabyteLineIsCutAndTheRowsAfterItAreStillRead() throws {
        let long = String(repeating: "meget lang bemærkning ", count: 50_000)
        let text = Self.table(rows: [Self.row("BU01", remark: long), Self.row("BU02"), Self.row("BU03")])
        let read = try DocumentImporter.read(data: Data(text.utf8), file: "long.md")
        #expect(read.followUps.count == 3)
        #expect(read.findings.contains { $0.rule == "read.long-line" && $0.line == 6 })
        #expect(read.findings.contains { $0.rule == "read.short-row" && $0.line == 6 })
        #expect(read.followUps[2].totalInvestment == 1_000_000)
    }

    /// A code listed many times is reported once per later row, against its first row, not once per pair: a
    /// table pasted 400 times over gave 5 million findings (2,4 GB) before they were cut to 200 per rule.
    @Test func aCodeListedManyTimesIsReportedOncePerRepeat() throws {
        let first = Self.table(area: "Udsatte voksne", rows: Array(repeating: Self.row("BU01"), count: 150))
        let second = Self.table(area: "Borgere med handicap", rows: Array(repeating: Self.row("BU01"), count: 2))
        let read = try DocumentImporter.read(data: Data((first + second).utf8), file: "gentaget.md")
        #expect(read.followUps.count == 152)
        let repeated = read.findings.filter { $0.rule == "duplicate.repeated-row" }
        // 149 later rows under Udsatte voksne, one under Borgere med handicap.
        #expect(repeated.count == 150)
        #expect(repeated.allSatisfy { $0.message.hasSuffix("(also at line 6)") || $0.message.hasSuffix("(also at line 161)") })
        #expect(repeated.filter { $0.message.hasSuffix("(also at line 161)") }.map(\.line) == [162])
        let counted = read.findings.filter { $0.rule == "duplicate.counted-twice" }
        #expect(counted.map(\.line) == [161, 162])
        #expect(counted.allSatisfy { $0.message.contains("under \"Udsatte voksne\" (line 6) and under \"Borgere med handicap\"") })
        #expect(!read.findings.contains { $0.rule == "read.findings-limited" })
    }

    @Test func latin1IsReadWithItsDanishLetters() throws {
        let text = Self.table(rows: [Self.row("BU01")])
        let latin1 = try #require(text.data(using: .isoLatin1))
        let read = try DocumentImporter.read(data: latin1, file: "latin1.md")
        #expect(read.followUps.first?.area == "Børnefamilier med særlige behov")
        #expect(read.findings.contains { $0.rule == "read.encoding" && $0.message.contains("Windows-1252 (Western European, Latin-1)") })
    }

    @Test func utf16WithAByteOrderMarkIsRead() throws {
        let text = Self.table(rows: [Self.row("BU01"), Self.row("BU02")])
        for encoding in [String.Encoding.utf16LittleEndian, .utf16BigEndian] {
            let bom: [UInt8] = encoding == .utf16LittleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
            let data = Data(bom) + (try #require(text.data(using: encoding)))
            let read = try DocumentImporter.read(data: data, file: "utf16.md")
            #expect(read.followUps.count == 2)
            #expect(read.followUps.first?.area == "Børnefamilier med særlige behov")
            #expect(read.findings.contains { $0.rule == "read.encoding" })
        }
    }

    @Test func aPlanTableWithoutItsYearHeaderIsReportedAndNothingIsRead() throws {
        let text = "Handlingsplan\n\n1 STU 1,0 1,0 1,0 1,0\n\n2 § 85 1,0 2,0 2,0 2,0\n\nI alt 2,0 3,0 3,0 3,0\n"
        let read = try DocumentImporter.read(data: Data(text.utf8), file: "plan.txt", format: "plan")
        #expect(read.isEmpty)
        #expect(read.findings.contains { $0.rule == "read.missing-year-header" && $0.line == 3 })
        #expect(ImportExitStatus(documents: [read], failures: 0) == .nothingRead)
    }

    @Test func missingFilesAndFoldersGiveAMessageNotACrash() throws {
        #expect(throws: ImportError.unreadable(file: "/nonexistent/x.txt", reason: "no such file")) {
            try DocumentImporter.readFile(at: "/nonexistent/x.txt")
        }
        #expect(throws: ImportError.unreadable(file: "/dev/zero", reason: "it is not a regular file")) {
            try DocumentImporter.readFile(at: "/dev/zero")
        }
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        #expect(throws: ImportError.unreadable(file: folder.url.path, reason: "it is a folder")) {
            try DocumentImporter.readFile(at: folder.url.path)
        }
    }
}
