import Foundation
import GevinstCore
import GevinstTestSupport
import Testing
@testable import GevinstDocuments

/// Reads Gevinst's files back with real readers: LibreOffice (XLSX → CSV with every formula recalculated,
/// DOCX → PDF) and poppler's `pdftotext`. Enabled by GEVINST_TEST_OFFICE=1; `.ci/run` installs the tools
/// (apt-get install libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils).
enum OfficeTools {
    static let enabled = ProcessInfo.processInfo.environment["GEVINST_TEST_OFFICE"] == "1"
    static let skipMessage = "set GEVINST_TEST_OFFICE=1 (with LibreOffice and poppler-utils installed) to read the files back with LibreOffice and pdftotext"

    static func libreOffice() throws -> LibreOfficeConverter {
        try #require(LibreOfficeConverter.locate(), "GEVINST_TEST_OFFICE=1 but soffice is not on PATH: apt-get install libreoffice-writer-nogui libreoffice-calc-nogui")
    }

    /// `pdftotext -layout` of a PDF.
    static func pdfText(_ pdf: Data) throws -> String {
        let folder = try TemporaryFolder(prefix: "gevinst-pdftotext")
        defer { folder.remove() }
        let input = folder.url.appendingPathComponent("in.pdf")
        try pdf.write(to: input)
        let executable = try #require(ExternalProcess.find(["pdftotext"], searchPath: ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin"),
                                      "pdftotext is not on PATH: apt-get install poppler-utils")
        let result = try ExternalProcess.run(executable, ["-layout", input.path, "-"], in: folder.url, timeout: .seconds(60))
        #expect(result.status == 0)
        return result.output
    }

    /// Splits a CSV line written with ";" and '"' quoting.
    static func fields(_ line: String) -> [String] {
        var fields: [String] = []
        var current = ""
        var quoted = false
        var previousQuote = false
        for character in line {
            if quoted {
                if character == "\"" { quoted = false; previousQuote = true; continue }
                current.append(character)
            } else if character == "\"" {
                if previousQuote { current.append("\"") }
                quoted = true
            } else if character == ";" {
                fields.append(current); current = ""
            } else {
                current.append(character)
            }
            previousQuote = false
        }
        fields.append(current)
        return fields
    }

    /// The tokens after `label` on the first line of `text` that starts with it (after spaces).
    static func tokens(after label: String, in text: String) -> [String]? {
        for line in text.split(separator: "\n") {
            let trimmed = line.drop { $0 == " " }
            guard trimmed.hasPrefix(label) else { continue }
            return trimmed.dropFirst(label.count).split(separator: " ").map(String.init)
        }
        return nil
    }
}

@Suite("Read back by LibreOffice and pdftotext", .enabled(if: OfficeTools.enabled, Comment(rawValue: OfficeTools.skipMessage)))
struct OfficeRoundTripTests {
    @Test("XLSX → CSV through LibreOffice, every formula recalculated: every figure equals Core's")
    func xlsxRecalculatedByLibreOffice() throws {
        let model = try CatalogueDocument(proposals: Fixtures.all).model()
        let files = try OfficeTools.libreOffice().convert(
            XlsxWriter.write(model), inputExtension: "xlsx",
            to: "csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,false,false,false,-1", recalculateOnLoad: true)
        var names = SheetNames()
        var compared = 0
        for table in model.figureTables {
            let sheet = names.name(for: table.name)
            let file = try #require(files.first { $0.name == "document-\(sheet).csv" }, "no CSV for sheet \(sheet)")
            let text = try #require(String(data: file.data, encoding: .utf8))
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingSuffix("\r") }
            for (rowIndex, row) in table.rows.enumerated() {
                let fields = OfficeTools.fields(lines[rowIndex + 2])
                var column = 0
                for cell in row.cells {
                    if case .amount(let kroner) = cell.content {
                        let read = try #require(XlsxWriterTests.Sheet.thousandths(fields[column]), "\(sheet) row \(rowIndex + 3): \(fields[column])")
                        let expected = table.unit == .millions ? kroner / 1_000 : kroner
                        #expect(read == expected, "\(sheet) row \(rowIndex + 3) column \(column + 1)")
                        compared += 1
                    }
                    column += cell.span
                }
            }
        }
        #expect(compared > 300)
        // The overall total of the overview, recomputed by LibreOffice: BU01 1.800 + BU05 1.890 + SI/UD07 2.000
        // + HA11 5.000 + TV09 25 + UD12 100 (service investment, 1.000 kr.).
        let overview = try #require(files.first { $0.name == "document-Oversigt.csv" }.flatMap { String(data: $0.data, encoding: .utf8) })
        let totalLine = try #require(overview.split(separator: "\n").map(String.init).last { $0.hasPrefix("I alt;") })
        #expect(OfficeTools.fields(totalLine.trimmingSuffix("\r"))[2] == "10815")
    }

    @Test("DOCX → PDF through LibreOffice: Tabel 1 of BU05 reads back with seed 003's figures")
    func docxToPdf() throws {
        let docx = try DocxWriter.write(ProposalDocument(Fixtures.bu05).model())
        let pdf = try OfficeTools.libreOffice().convertToFile(docx, inputExtension: "docx", to: "pdf")
        let text = try OfficeTools.pdfText(pdf)
        #expect(OfficeTools.tokens(after: "Samlet varig ændring", in: text) == ["0", "-1.500", "-1.500", "-1.500", "-1.500", "-1.500"])
        #expect(OfficeTools.tokens(after: "Samlede implementeringsomkostninger", in: text) == ["2.065", "0", "0", "0", "0", "0"])
        #expect(OfficeTools.tokens(after: "Samlet økonomisk påvirkning", in: text) == ["2.065", "-1.500", "-1.500", "-1.500", "-1.500", "-1.500"])
        #expect(OfficeTools.tokens(after: "Istandsættelse", in: text)?.suffix(1) == ["1.540"])
        #expect(OfficeTools.tokens(after: "Investeringer totalt, service", in: text)?.first == "1.890")
        #expect(OfficeTools.tokens(after: "Investeringer totalt, anlæg", in: text)?.first == "175")
        #expect(text.contains("Tilbagebetalingstid baseret på totaløkonomi"))
        #expect(text.contains("Note til alle tabeller: Alle besparelser er angivet med negativt (-) fortegn."))
    }

    @Test("the PDF converter makes a catalogue PDF whose contents list has page numbers, and keeps awkward text")
    func cataloguePdf() throws {
        let converter = try PdfConverter.locate()
        let model = try CatalogueDocument(frontPageLines: ["Socialudvalget"], proposals: [Fixtures.bu01, Fixtures.awkward]).model()
        let text = try OfficeTools.pdfText(converter.pdf(model))
        // "BU01 – Peer-to-Peer …….. 4": the page number that LibreOffice computed for the contents list.
        let entry = try #require(text.split(separator: "\n").first { $0.contains("BU01 – Peer-to-Peer familier i familiebehandling") && $0.contains("....") })
        #expect(Int(entry.split(separator: ".").last.map { String($0).trimmingCharacters(in: " ") } ?? "") != nil)
        #expect(text.contains("Børn & unge <under 18> \"særlige\" 'behov'"))
        #expect(OfficeTools.tokens(after: "Samlet økonomisk påvirkning", in: text) == ["300", "-100", "-400", "-1.000", "-1.000", "-1.000"])
    }

    @Test("LibreOffice opens the plan's and the overview's XLSX and DOCX (the conversions succeed)")
    func opensEveryFile() throws {
        let office = try OfficeTools.libreOffice()
        for model in [try PlanDocument(Fixtures.plan).model(), try OverviewTable(proposals: Fixtures.all).model()] {
            let csv = try office.convert(XlsxWriter.write(model), inputExtension: "xlsx", to: "csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,false,false,false")
            #expect(!csv.isEmpty)
            let pdf = try office.convertToFile(DocxWriter.write(model), inputExtension: "docx", to: "pdf")
            #expect(pdf.starts(with: Data("%PDF".utf8)))
        }
        let planText = try OfficeTools.pdfText(office.convertToFile(DocxWriter.write(PlanDocument(Fixtures.plan).model()), inputExtension: "docx", to: "pdf"))
        #expect(OfficeTools.tokens(after: "I alt", in: planText) == ["7,25", "10,75", "12,75", "13,25"])
    }

    @Test("Chromium prints the HTML to PDF with the same figures", .enabled(if: ExternalProcess.find(["chromium", "chromium-browser"], searchPath: ProcessInfo.processInfo.environment["PATH"] ?? "") != nil, "chromium is not installed"))
    func chromiumPdf() throws {
        let executable = try #require(ExternalProcess.find(["chromium", "chromium-browser"], searchPath: ProcessInfo.processInfo.environment["PATH"] ?? ""))
        let converter = PdfConverter(engine: .chromium(executable: executable))
        let text = try OfficeTools.pdfText(converter.pdf(ProposalDocument(Fixtures.bu05).model()))
        #expect(OfficeTools.tokens(after: "Samlet økonomisk påvirkning", in: text) == ["2.065", "-1.500", "-1.500", "-1.500", "-1.500", "-1.500"])
    }
}

@Suite("PDF converter")
struct PdfConverterTests {
    @Test("with neither LibreOffice nor Chromium, the error names the Debian packages")
    func notInstalled() throws {
        let folder = try TemporaryFolder(prefix: "gevinst-empty-path")
        defer { folder.remove() }
        #expect(throws: PdfConverterError.notInstalled) { try PdfConverter.locate(searchPath: folder.url.path) }
        let message = PdfConverterError.notInstalled.description
        #expect(message.contains("apt-get install libreoffice-writer-nogui"))
        #expect(message.contains("chromium"))
    }

    @Test("an executable on the search path is found")
    func finds() throws {
        let folder = try TemporaryFolder(prefix: "gevinst-fake-path")
        defer { folder.remove() }
        let fake = folder.url.appendingPathComponent("chromium")
        try Data("#!/bin/sh\nexit 1\n".utf8).write(to: fake)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fake.path)
        let converter = try PdfConverter.locate(searchPath: "/nonexistent:" + folder.url.path)
        #expect(converter.engine == .chromium(executable: fake.path))
        // A converter that fails says so with its exit status instead of returning an empty PDF.
        #expect(throws: PdfConverterError.self) { try converter.convert(Data("<p>x</p>".utf8), from: .html) }
        #expect(throws: PdfConverterError.unsupported("Chromium prints HTML only; convert the DOCX with LibreOffice")) {
            try converter.convert(Data(), from: .docx)
        }
    }
}

extension Substring {
    func trimmingSuffix(_ suffix: Character) -> String {
        var text = self
        while text.last == suffix { text = text.dropLast() }
        return String(text)
    }
}

extension String {
    func trimmingSuffix(_ suffix: Character) -> String { Substring(self).trimmingSuffix(suffix) }
}
