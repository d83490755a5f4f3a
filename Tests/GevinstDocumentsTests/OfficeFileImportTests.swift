import Foundation
import GevinstCore
import GevinstImport
import GevinstTestSupport
import Testing
@testable import GevinstDocuments

/// A proposal kept in Word or a sheet kept in Excel, given to `gevinst import` instead of its PDF: the message
/// names the kind of file and says what to do, for the files Gevinst writes and those LibreOffice saves.
@Suite struct OfficeFileImportTests {
    static func refusal(_ data: Data, _ file: String) -> ImportError? {
        do {
            _ = try DocumentImporter.read(data: data, file: file)
            return nil
        } catch {
            return error
        }
    }

    @Test("Gevinst's own DOCX and XLSX are named as a Word document and an Excel workbook")
    func gevinstsOwnFiles() throws {
        let model = try ProposalDocument(Fixtures.bu05).model()
        #expect(Self.refusal(try DocxWriter.write(model), "BU05.docx") == .officeFile(file: "BU05.docx", kind: .wordDocument))
        #expect(Self.refusal(try XlsxWriter.write(model), "BU05.xlsx") == .officeFile(file: "BU05.xlsx", kind: .excelWorkbook))
        #expect(Self.refusal(Data(HTMLRenderer.render(model).utf8), "BU05.html") == .officeFile(file: "BU05.html", kind: .webPage))
    }

    /// Word's other ways to save a proposal, RTF and a web page, are made into PDF by LibreOffice and read with
    /// the proposal's Tabel 1, as its PDF is (an RTF file read as text gave a proposal titled with RTF markup).
    @Test("RTF and HTML are read through LibreOffice's PDF",
          .enabled(if: OfficeTools.enabled, Comment(rawValue: OfficeTools.skipMessage)))
    func rtfAndHTMLThroughPDF() throws {
        let office = try OfficeTools.libreOffice()
        let model = try ProposalDocument(Fixtures.bu05).model()
        let rtf = try office.convertToFile(try DocxWriter.write(model), inputExtension: "docx", to: "rtf")
        let folder = try TemporaryFolder(prefix: "gevinst-rtf-html")
        defer { folder.remove() }
        for (name, data, kind) in [("BU05.rtf", rtf, OfficeFile.richText), ("BU05.html", Data(HTMLRenderer.render(model).utf8), .webPage)] {
            #expect(OfficeFile.recognise(data) == kind, "\(name)")
            let file = folder.url.appendingPathComponent(name)
            try data.write(to: file)
            let read = try DocumentImporter.readFile(at: file.path) { data, kind in
                try office.convertToFile(data, inputExtension: kind.fileExtension, to: "pdf")
            }
            #expect(read.findings.first?.rule == "read.converted", "\(name)")
            let proposal = try #require(read.proposals.first, "\(name): nothing read")
            #expect(proposal.code == Fixtures.bu05.code, "\(name)")
            PdfReadBackTests.expectSameTableOne(proposal, Fixtures.bu05)
        }
    }

    @Test("LibreOffice's ODT, ODS and Office 97–2003 files are named as what they are",
          .enabled(if: OfficeTools.enabled, Comment(rawValue: OfficeTools.skipMessage)))
    func libreOfficeFiles() throws {
        let office = try OfficeTools.libreOffice()
        let model = try ProposalDocument(Fixtures.bu05).model()
        let docx = try DocxWriter.write(model)
        let xlsx = try XlsxWriter.write(model)
        let cases: [(Data, String, OfficeFile)] = [
            (try office.convertToFile(docx, inputExtension: "docx", to: "odt"), "BU05.odt", .openDocumentText),
            (try office.convertToFile(xlsx, inputExtension: "xlsx", to: "ods"), "BU05.ods", .openDocumentSpreadsheet),
            (try office.convertToFile(docx, inputExtension: "docx", to: "doc"), "BU05.doc", .olderOfficeFile),
            (try office.convertToFile(xlsx, inputExtension: "xlsx", to: "xls"), "BU05.xls", .olderOfficeFile),
        ]
        for (data, file, kind) in cases {
            #expect(Self.refusal(data, file) == .officeFile(file: file, kind: kind), "\(file)")
        }
    }

    /// Seed 000's text put into a Word document by LibreOffice (each line a paragraph, pages laid out anew) and
    /// imported from it: LibreOffice prints it to PDF and pdftotext reads it, and all 13 proposals come out with
    /// the titles and the Tabel 1 totals the text itself gives.
    @Test("seed 000 kept in Word reads as the seed does",
          .enabled(if: OfficeTools.enabled && SeedCorpus.isAvailable, Comment(rawValue: OfficeTools.skipMessage + "; " + SeedCorpus.skipMessage)))
    func seedKeptInWord() throws {
        let office = try OfficeTools.libreOffice()
        let seed = try #require(SeedCorpus.data(SeedCorpus.proposals2021))
        let docx = try office.convertToFile(seed, inputExtension: "txt", to: "docx:MS Word 2007 XML")
        #expect(OfficeFile.recognise(docx) == .wordDocument)
        let folder = try TemporaryFolder(prefix: "gevinst-word-seed")
        defer { folder.remove() }
        let file = folder.url.appendingPathComponent("forslag-2021.docx")
        try docx.write(to: file)
        let read = try DocumentImporter.readFile(at: file.path) { data, kind in
            try office.convertToFile(data, inputExtension: kind.fileExtension, to: "pdf")
        }
        let expected = try DocumentImporter.read(data: seed, file: SeedCorpus.proposals2021)
        #expect(read.findings.first?.rule == "read.converted")
        #expect(read.proposals.count == 13)
        #expect(read.proposals.map(\.code) == expected.proposals.map(\.code))
        #expect(read.proposals.map(\.title) == expected.proposals.map(\.title))
        for (got, want) in zip(read.proposals, expected.proposals) {
            let (gotTables, wantTables) = (Compute.proposal(got), Compute.proposal(want))
            #expect(gotTables.map(\.table1.net) == wantTables.map(\.table1.net), "\(want.code ?? want.title)")
            #expect(gotTables.map(\.table1.permanentTotal) == wantTables.map(\.table1.permanentTotal), "\(want.code ?? want.title)")
            #expect(gotTables.map(\.table1.implementationTotal) == wantTables.map(\.table1.implementationTotal), "\(want.code ?? want.title)")
        }
    }
}
