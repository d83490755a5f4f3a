import Foundation
import GevinstCore
import GevinstImport
import GevinstTestSupport
import Testing
@testable import GevinstDocuments

/// The follow-up report of seed 002 (December 2024) in HTML, DOCX and XLSX, and the workbook read back.
@Suite(.enabled(if: SeedCorpus.isAvailable, Comment(rawValue: SeedCorpus.skipMessage)))
struct FollowUpReportTests {
    static func seedPeriod() throws -> FollowUpPeriod {
        let data = try #require(SeedCorpus.data(SeedCorpus.followUp2024))
        let rows = FollowUpTableReader.read(TextDocument(file: SeedCorpus.followUp2024, data: data)).followUps
        return try FollowUpPeriod(named: "December 2024", records: FollowUpRowConversion.records(from: rows).records)
    }

    /// What a report row must carry: everything but the source line.
    struct Printed: Equatable {
        let key: FollowUpKey, code: String?, title: String, type: ProposalType?, area: String, status: String
        let colour: StatusColour, remark: String, investment: Amount?, efficiency: Amount?, priceLevel: Int?, year: Int?
        let handling: String, earlier: Bool?, approval: Bool?, consequence: String

        init(_ record: FollowUpRecord) {
            key = record.key; code = record.code; title = record.title; type = record.type; area = record.area
            status = record.statusText; colour = record.colour; remark = record.remark; investment = record.totalInvestment
            efficiency = record.efficiencyAtFullPhaseIn; priceLevel = record.efficiencyPriceLevelYear
            year = record.currentFullImplementationYear; handling = record.handling; earlier = record.earlierCompensatingAction
            approval = record.requiresApprovalByOEUAndBR; consequence = record.consequence
        }
    }

    @Test func theWorkbookLoadsBackRowForRow() throws {
        let period = try Self.seedPeriod()
        let xlsx = try FollowUpReport(period: period).xlsx()
        let read = try FollowUpXlsxReader.read(xlsx, file: "opfølgning.xlsx")
        #expect(read.findings.isEmpty)
        #expect(read.periodName == "December 2024")
        let loaded = FollowUpRowConversion.records(from: read.rows)
        #expect(loaded.findings.filter { $0.severity != .info }.isEmpty)
        // The report lists the records area by area, in the configuration's order, as the seed does.
        #expect(loaded.records.map(Printed.init) == period.records.map(Printed.init))
        #expect(loaded.records.count == 63)
    }

    @Test func anEditedWorkbookLoadsTheEdits() throws {
        let period = try Self.seedPeriod()
        var parts = XlsxWriter.parts(FollowUpReport(period: period).model())
        // Sheet 2 is Borgere med handicap; its row 5 is HA06 (2022), efficiency -1.113 in column H.
        let index = try #require(parts.firstIndex { $0.path == "xl/worksheets/sheet2.xml" })
        var sheet = try #require(String(data: parts[index].data, encoding: .utf8))
        let cell = try #require(sheet.range(of: #"<c r="H5" s="\d+"><v>-1113</v></c>"#, options: .regularExpression))
        sheet.replaceSubrange(cell, with: #"<c r="H5" t="inlineStr"><is><t>-1.200</t></is></c>"#)
        let year = try #require(sheet.range(of: #"<c r="I5" s="\d+"><v>2023</v></c>"#, options: .regularExpression))
        sheet.replaceSubrange(year, with: #"<c r="I5" t="inlineStr"><is><t>snart</t></is></c>"#)
        parts[index] = ZipPackage.Part(path: parts[index].path, text: sheet)
        let read = try FollowUpXlsxReader.read(try ZipPackage.archive(parts), file: "rettet.xlsx")
        let ha06 = try #require(read.rows.first { $0.code == "HA06" && $0.adoptedBudgetYear == 2022 })
        #expect(ha06.efficiencyAtFullPhaseIn == -1_200_000)
        #expect(ha06.fullImplementationYear == nil)
        #expect(read.findings.map { "\($0.rule)@\($0.line ?? 0)" } == ["xlsx.bad-year@5"])
        #expect(read.findings.first?.message.contains("cell I5") == true)
    }

    @Test func theCsvExportLoadsBackAreaByArea() throws {
        let period = try Self.seedPeriod()
        let files = CsvWriter.files(FollowUpReport(period: period).model())
        var records: [FollowUpRecord] = []
        for file in files where file.name != "Sammenfatning.csv" {
            let area = String(file.name.dropLast(".csv".count))
            let read = FollowUpCsvReader.read(file.data, file: file.name, area: area)
            #expect(read.findings.isEmpty, "\(file.name): \(read.findings.map(\.message))")
            records += FollowUpRowConversion.records(from: read.rows).records
        }
        #expect(records.map(Printed.init) == period.records.map(Printed.init))
    }

    @Test func htmlShowsColoursInWordsAndCellsWithDanishAmountsAndTotals() throws {
        let html = FollowUpReport(period: try Self.seedPeriod()).html()
        #expect(html.contains("<h2 id=\"h4\">Borgere med handicap</h2>"))
        #expect(html.contains("class=\"status-red\">Rød</td>"))
        #expect(html.contains("class=\"status-yellow\">Tidsplanen er skredet mere end 6 mdr.</td>"))
        #expect(html.contains(">HA06 - Kapacitetstilpasning under Center for Børn med Handicap<"))
        #expect(html.contains(">-1.113<"))
        // Borgere med handicap: investments add up to 99.050 (read off the seed).
        #expect(html.contains("I alt, Borgere med handicap"))
        #expect(html.contains(">99.050<"))
        #expect(html.contains("<svg"))
        #expect(html.contains("Forslag efter status og område"))
    }

    @Test func theSummaryCountsColoursPerArea() throws {
        let report = FollowUpReport(period: try Self.seedPeriod())
        let table = report.summaryTable
        let texts = table.rows.map { $0.cells.map { $0.displayText(unit: table.unit) } }
        #expect(texts.first == ["Borgere med handicap", "18", "15", "1", "2", "99.050", "-48.202", "0", "0"])
        #expect(texts.last?.prefix(5) == ["I alt", "63", "56", "2", "5"])
        if case .statusColours(let chart) = report.chart {
            #expect(chart.areas.map(\.total) == [18, 18, 14, 1, 12])
        } else {
            Issue.record("the summary chart is the colours by area")
        }
    }

    @Test func xlsxKeepsNumbersAsNumbersAndTotalsAsFormulas() throws {
        let inspection = try PackageInspection(try FollowUpReport(period: try Self.seedPeriod()).xlsx())
        let sheet = try inspection.xml("xl/worksheets/sheet2.xml")
        let cells = sheet.all("c")
        let efficiency = try #require(cells.first { $0.attributes["r"] == "H5" })
        #expect(efficiency.attributes["t"] == nil)
        #expect(efficiency.first("v")?.text == "-1113")
        let year = try #require(cells.first { $0.attributes["r"] == "A5" })
        #expect(year.attributes["t"] == nil && year.first("v")?.text == "2022")
        // The total row of Borgere med handicap (18 records in rows 3–20) sums the investments.
        let total = try #require(cells.first { $0.attributes["r"] == "G21" })
        #expect(total.first("f")?.text == "SUM(G3:G20)")
        #expect(total.first("v")?.text == "99050")
    }

    @Test func docxColoursTheStatusCells() throws {
        let inspection = try PackageInspection(try FollowUpReport(period: try Self.seedPeriod()).docx())
        let document = try inspection.xml("word/document.xml")
        let fills = Set(document.all("w:shd").compactMap { $0.attributes["w:fill"] })
        #expect(fills.isSuperset(of: ["C6EFCE", "FFEB9C", "FFC7CE"]))
        let text = document.allText
        #expect(text.contains("HA06 - Kapacitetstilpasning"))
        #expect(text.contains("Rød"))
    }
}

@Suite struct SpreadsheetNumberTests {
    @Test func thousandsBecomeExactKroner() {
        #expect(SpreadsheetNumber.kroner(fromThousands: "-5788") == -5_788_000)
        #expect(SpreadsheetNumber.kroner(fromThousands: "12.5") == 12_500)
        #expect(SpreadsheetNumber.kroner(fromThousands: "1.5E3") == 1_500_000)
        #expect(SpreadsheetNumber.kroner(fromThousands: "5787.9999999999991") == 5_788_000)
        #expect(SpreadsheetNumber.kroner(fromThousands: "0.0004") == 0)
        #expect(SpreadsheetNumber.kroner(fromThousands: "abc") == nil)
        #expect(SpreadsheetNumber.kroner(fromThousands: "1E60") == nil)
        // The smallest exponent Int can hold, as a crafted cell may carry it.
        #expect(SpreadsheetNumber.kroner(fromThousands: "1E-9223372036854775808") == nil)
        #expect(SpreadsheetNumber.wholeNumber("1E-9223372036854775808") == nil)
        #expect(SpreadsheetNumber.kroner(fromThousands: "") == nil)
        #expect(SpreadsheetNumber.wholeNumber("2026.0") == 2026)
        #expect(SpreadsheetNumber.wholeNumber("2026.5") == nil)
    }

    @Test func cellReferencesParseWithinTheSheet() {
        #expect(CellReference.parse("A1").map { [$0.column, $0.row] } == [0, 1])
        #expect(CellReference.parse("AB12").map { [$0.column, $0.row] } == [27, 12])
        #expect(CellReference.parse("XFE1") == nil)
        #expect(CellReference.parse("A0") == nil)
        #expect(CellReference.parse("1A") == nil)
    }

    @Test func aFileThatIsNoWorkbookIsAnError() {
        #expect(throws: XlsxReadError.self) { try FollowUpXlsxReader.read(Data("not a zip".utf8), file: "x.xlsx") }
    }
}

@Suite struct FollowUpCsvReaderTests {
    static let header = "Vedtaget budgetår,Titel på forslag inkl. nr.,Forslagstype,Status juni 2025,Bemærkning juni 2025,"
        + "Samlet investering 1.000 kr.,\"Samlet effektivisering ved fuld indfasning, 1.000 kr. 2025 p/l\","
        + "Aktuel år for fuld implementering,Håndtering,Er der tidligere foretaget kompenserende handling,"
        + "Skal kompenserende handling godkendes af ØU og BR?,Konsekvens efter håndtering"

    @Test func commaSeparatedWithQuotedLineBreaksAndABadAmount() {
        let text = [
            Self.header,
            "2022,HA06 - Kapacitetstilpasning,Investeringsforslag,Forløber som planlagt,\"To linjer,\nmed komma\",4.150,-1.113,2025,,Nej,Nej,",
            "2023,HA03 - De rette botilbud,Investeringsforslag,Forløber som planlagt,,mange,-16.290,2026,,Nej,Nej,",
        ].joined(separator: "\r\n")
        let read = FollowUpCsvReader.read(Data(text.utf8), file: "handicap.csv", area: "Borgere med handicap")
        #expect(read.periodName == "Juni 2025")
        #expect(read.rows.map(\.line) == [2, 4])
        #expect(read.rows.first?.remark == "To linjer,\nmed komma")
        #expect(read.rows.first?.efficiencyAtFullPhaseIn == -1_113_000)
        #expect(read.rows.first?.efficiencyPriceLevelYear == 2025)
        #expect(read.findings.map { "\($0.rule)@\($0.line ?? 0)" } == ["csv.bad-amount@4"])
        #expect(read.findings.first?.message.contains("line 4, field 6") == true)
    }

    @Test func aFileWithoutTheHeadingsIsAnError() {
        let read = FollowUpCsvReader.read(Data("a;b;c\n1;2;3\n".utf8), file: "x.csv", area: "Udsatte voksne")
        #expect(read.rows.isEmpty)
        #expect(read.findings.map(\.rule) == ["csv.no-table"])
    }
}
