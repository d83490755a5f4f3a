import Foundation
import GevinstCore
import Testing
@testable import GevinstDocuments

@Suite("CSV")
struct CsvWriterTests {
    @Test("fields with semicolons, quotes or line breaks are quoted; quotes doubled")
    func quoting() {
        #expect(CsvWriter.field("plain") == "plain")
        #expect(CsvWriter.field("a;b") == "\"a;b\"")
        #expect(CsvWriter.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CsvWriter.field("two\nlines") == "\"two\nlines\"")
        #expect(CsvWriter.field(" padded") == "\" padded\"")
    }

    @Test("text that a spreadsheet would run as a formula is kept as text; amounts are not touched")
    func formulaInjection() {
        #expect(CsvWriter.field("=SUM(A1)") == "'=SUM(A1)")
        #expect(CsvWriter.field("@cmd") == "'@cmd")
        #expect(CsvWriter.field("-1.300", isText: false) == "-1.300")
    }

    @Test("BU05 Tabel 1 as Danish Excel reads it: BOM, semicolons, CRLF, 1.000 kr. in Danish format")
    func tableOne() throws {
        let model = try ProposalDocument(Fixtures.bu05).model()
        let files = CsvWriter.files(model)
        #expect(files.map(\.name) == ["BU05 Tabel 1.csv", "BU05 Tabel 2.csv", "BU05 Tabel 3.csv", "BU05 Tabel 4.csv"])
        let data = try #require(files.first?.data)
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = try #require(String(data: data.dropFirst(3), encoding: .utf8))
        let lines = text.components(separatedBy: "\r\n")
        #expect(lines[0] == "1.000 kr. 2020 p/l;Styrings-område;2019;2020;2021;2022;2023;2024")
        #expect(lines.contains("Istandsættelse;Service;1.540;;;;;"))
        #expect(lines.contains("It og El;Anlæg;175;;;;;"))
        #expect(lines.contains("Samlet varig ændring;;0;-1.500;-1.500;-1.500;-1.500;-1.500"))
        #expect(lines.contains("Samlede implementeringsomkostninger;;2.065;0;0;0;0;0"))
        #expect(lines.contains("Samlet økonomisk påvirkning;;2.065;-1.500;-1.500;-1.500;-1.500;-1.500"))
        #expect(lines.contains("Tilbagebetalingstid baseret på serviceeffektivisering;3 år;;;;;;"))
        #expect(text.hasSuffix("\r\n"))
    }

    @Test("the tables of words too: BU01's implementation grid with its X's, the follow-up plan with its groups, the consultations")
    func textTables() throws {
        let model = try ProposalDocument(Fixtures.bu01).model()
        let files = CsvWriter.files(model)
        #expect(files.map(\.name) == [
            "BU01 Tabel 1.csv", "BU01 Tabel 2.csv", "BU01 Tabel 3.csv",
            "BU01 Implementering.csv", "BU01 Opfølgning.csv", "BU01 Hørt.csv",
        ])
        func lines(_ name: String) throws -> [String] {
            let data = try #require(files.first { $0.name == name }?.data)
            #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
            let text = try #require(String(data: data.dropFirst(3), encoding: .utf8))
            #expect(text.hasSuffix("\r\n"))
            return text.components(separatedBy: "\r\n").dropLast()
        }
        #expect(try lines("BU01 Implementering.csv") == [
            "Aktivitet;2019;2020;2021;2022",
            "Konceptudvikling og tilpasning til dansk kontekst;X;;;",
            "Rekruttering af støttefamilier;;X;X;X",
            "Evaluering;;;X;",
        ])
        #expect(try lines("BU01 Opfølgning.csv") == [
            "Succeskriterier;Hvordan måles succeskriteriet?;Hvem er ansvarlig for opfølgning?;Hvornår gennemføres opfølgningen?",
            "Milepæle for implementering og anvendelse af investeringsmidler;;;",
            "Støttefamilier rekrutteres;Registrering ved Familiehusene;Borgercenter Børn og Unge;2021",
            "Realisering af effektiviseringer;;;",
            "Minimum 50 familier benytter årligt forløbet;Registrering ved Familiehusene;Borgercenter Børn og Unge;Årligt fra 2021",
        ])
        #expect(try lines("BU01 Hørt.csv") == [
            "Hørt;Ja/Nej/Ikke relevant;Dato for godkendelse;Konklusion",
            "Center for Økonomi, Økonomiforvaltningen;Ja;12. februar 2019;",
            "IT-kredsen;Ikke relevant;;",
        ])
    }

    @Test("awkward text survives as written")
    func awkwardText() throws {
        let files = CsvWriter.files(try ProposalDocument(Fixtures.awkward).model())
        let text = try #require(files.first.flatMap { String(data: $0.data.dropFirst(3), encoding: .utf8) })
        #expect(text.contains(CsvWriter.field(Fixtures.awkwardText)))
        #expect(text.contains("\"Børn & unge <under 18> \"\"særlige\"\" 'behov' 👨‍👩‍👧 ✓\""))
        #expect(text.contains("'=SUM(A1:A2) ; \"\"quoted\"\"\""))
    }

    @Test("file names are safe and unique")
    func names() {
        #expect(NamedFile.safeName("SI/UD03 Tabel 1") == "SI-UD03 Tabel 1")
        #expect(NamedFile.safeName("../..") == "-")
        #expect(NamedFile.safeName("...") == "tabel")
        let table = DocumentTable(name: "X", columns: [.init("a")], rows: [])
        let files = CsvWriter.files(DocumentModel(title: "t", blocks: [.table(table), .table(table)]))
        #expect(files.map(\.name) == ["X.csv", "X (2).csv"])
    }
}
