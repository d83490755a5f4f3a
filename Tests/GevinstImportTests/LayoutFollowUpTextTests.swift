import Foundation
import GevinstCore
import GevinstTestSupport
import Testing
@testable import GevinstImport

/// A follow-up table printed to PDF and read back with `pdftotext -layout`: columns side by side, each cell's text
/// wrapped under its first line, words too long for a column broken, the header repeated on each page. Before,
/// such a PDF was refused with a message asking for the sheet instead.
@Suite struct LayoutFollowUpTextTests {
    /// The columns' widths in characters, in 002's order: year, title, type, status, remark, investment,
    /// efficiency, year of full implementation, handling, earlier action, approval, consequence.
    static let widths = [8, 30, 13, 18, 34, 12, 14, 10, 28, 10, 10, 26]
    /// The amount columns, set flush right as Word sets numbers.
    static let rightAligned: Set<Int> = [5, 6]

    /// A cell's text as a table column of `width` sets it: words wrapped at blanks, a word longer than the
    /// column broken where the column ends.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init) {
            var word = word
            if !current.isEmpty, current.count + 1 + word.count <= width {
                current += " " + word
                continue
            }
            if !current.isEmpty { lines.append(current) }
            while word.count > width {
                lines.append(String(word.prefix(width)))
                word = String(word.dropFirst(width))
            }
            current = word
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    /// One table row as layout lines: every cell starts on the first line, the columns three blanks apart.
    static func block(_ cells: [String], widths: [Int] = widths) -> [String] {
        let wrapped = widths.indices.map { index in wrap(index < cells.count ? cells[index] : "", width: widths[index]) }
        let height = wrapped.map(\.count).max() ?? 0
        return (0..<height).map { line in
            var text = ""
            for (index, pieces) in wrapped.enumerated() {
                let piece = line < pieces.count ? pieces[line] : ""
                let pad = String(repeating: " ", count: widths[index] - piece.count)
                text += (index == 0 ? " " : "   ") + (rightAligned.contains(index) ? pad + piece : piece + pad)
            }
            return String(text.reversed().drop { $0 == " " }.reversed())
        }
    }

    /// Seed 002 as `pdftotext -layout` gives the text of its tables printed from Word: headings as plain lines,
    /// a page footer, a form feed and the header again (where `repeatHeader`) after every `rowsPerPage` rows;
    /// where `splitRows`, a row of more than six lines is split over a page break after its third line, as Word
    /// does unless a row is kept whole.
    static func layout(_ text: String, rowsPerPage: Int = 7, repeatHeader: Bool = true, splitRows: Bool = false) -> String {
        var output: [String] = []
        var header: [String] = []
        var rowsOnPage = 0
        var page = 1
        func pageBreak() {
            output += ["", "", "Opfølgning på investerings-, effektiviserings- og innovationsforslag; December 2024                    Side \(page) af 40"]
            page += 1
            output += ["\u{0C}Socialforvaltningen                                                    Bilag 8", ""]
            if repeatHeader { output += block(header) }
            rowsOnPage = 0
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.contains("\t") else {
                output.append(line.hasPrefix("#") ? String(line.drop { $0 == "#" || $0 == " " }) : String(line))
                continue
            }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if cells.contains(where: { $0.contains("Titel på forslag") }) {
                header = cells
                rowsOnPage = 0
                output += block(header)
                continue
            }
            if rowsOnPage == rowsPerPage { pageBreak() }
            let lines = block(cells)
            if splitRows, lines.count > 6 {
                output += lines.prefix(3)
                pageBreak()
                output += lines.dropFirst(3)
            } else {
                output += lines
            }
            rowsOnPage += 1
        }
        return output.joined(separator: "\n")
    }

    /// The rows with their texts' blanks collapsed and without lines: what a layout reading must give back.
    static func comparable(_ rows: [FollowUpRow]) -> [FollowUpRow] {
        func collapsed(_ text: String) -> String { text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        return rows.map { row in
            var row = row
            row.line = 0
            row.title = collapsed(row.title)
            row.typeText = collapsed(row.typeText)
            row.status = collapsed(row.status)
            row.remark = collapsed(row.remark)
            row.handling = collapsed(row.handling)
            row.consequence = collapsed(row.consequence)
            return row
        }
    }

    /// A short header of eleven columns, laid out as the fixtures below print it.
    static let shortHeader = """
         Vedtaget   Titel på forslag      Forslagstype   Status      Bemærkning      Samlet        Samlet            Håndtering   Er der      Skal        Konsekvens
         budgetår   inkl. nr.                                                        investering   effektivisering                tidligere   godkendes
        """

    /// Two rows under `shortHeader`, their cells at the top of each row.
    static let topAligned = shortHeader + "\n" + """
         2023       SI02 - Flere i job    Investering    Forløber    Kort            3.000         -1.200                         Nej         Nej
                                                         som         bemærkning
                                                         planlagt
         2024       SI03 - Mere og        Investering    Forløber    Lang tekst      1.000         -200                           Nej         Nej
                    mere                                 som         som løber
                                                         planlagt
        """

    @Test func aLaidOutTableReadsAsItsRowsWithTheLinesTheyStartOn() throws {
        var lines = ["Udsatte voksne"]
        lines += Self.block(FollowUpHeadings.seed)
        let first = lines.count + 1
        lines += Self.block(["2023", "SI02 - Flere borgere i job og uddannelse via en styrket indsats", "Investeringsforslag",
                             "Tidsplanen er skredet mere end 6 mdr.", "Forsinket, da rekrutteringen tog længere tid end ventet.",
                             "3.000", "-1.200", "2026", "Indhentes ved rammebesparelse.", "Nej", "Nej", ""])
        let second = lines.count + 1
        lines += Self.block(["2024", "SI03 - Mere", "Effektiviseringsforslag", "Initiativet er implementeret", "", "", "-200", "2024", "", "Nej", "Nej", ""])
        let text = lines.joined(separator: "\n")
        let document = TextDocument(file: "status.txt", text: text)
        #expect(FollowUpTableReader.confidence(document) == 95)
        let read = FollowUpTableReader.read(document)
        #expect(read.followUps.map(\.line) == [first, second])
        let row = try #require(read.followUps.first)
        #expect(row.code == "SI02")
        #expect(row.title == "Flere borgere i job og uddannelse via en styrket indsats")
        #expect(row.type == .investment)
        #expect(row.typeText == "Investeringsforslag")
        #expect(row.recognisedStatus == .delayed)
        #expect(row.remark == "Forsinket, da rekrutteringen tog længere tid end ventet.")
        #expect(row.totalInvestment == 3_000_000)
        #expect(row.efficiencyAtFullPhaseIn == -1_200_000)
        #expect(row.efficiencyPriceLevelYear == 2025)
        #expect(row.fullImplementationYear == 2026)
        #expect(row.handling == "Indhentes ved rammebesparelse.")
        #expect(row.earlierCompensatingAction == false)
        #expect(row.area == "Udsatte voksne")
        #expect(row.period == "December 2024")
        #expect(read.followUps.last?.type == .efficiency)
        #expect(read.followUps.last?.typeText == "Effektiviseringsforslag")
        #expect(read.followUps.last?.totalInvestment == nil)
        #expect(!read.findings.contains { $0.severity != .info })
    }

    @Test func brokenHeaderWordsStillNameTheirColumns() {
        #expect(TablePart.joinHeader(["Samlet", "investerin", "g", "(Investeringsforslag)"]) == "Samlet investering (Investeringsforslag)")
        #expect(TablePart.joinHeader(["Er der", "tidligere", "foretaget", "kompen", "serende"]) == "Er der tidligere foretaget kompenserende")
        #expect(TablePart.joinHeader(["Vedtag", "et", "budget", "år"]) == "Vedtag et budgetår")
        #expect(FollowUpColumn(header: TablePart.joinHeader(["Vedtag", "et", "budget", "år"])) == .adoptedBudgetYear)
        #expect(TablePart.joinWrapped(["Investeringsf", "orslag"], width: 13) == "Investeringsforslag")
        #expect(TablePart.joinWrapped(["Forløber som", "planlagt"], width: 13) == "Forløber som planlagt")
    }

    /// A table centred in its rows (the year on a middle line, a long cell's top above it) is not read as rows:
    /// the lines above a row's year belong to it, not to the row before.
    @Test func aTableCentredInItsRowsIsNotRead() {
        let centred = """
        Udsatte voksne
                                          Status                     Samlet         Samlet
         Vedtaget   Titel på forslag      december   Bemærkning      investering    effektivisering   Håndtering   Er der tidligere   Skal godkendes   Konsekvens
         budgetår   inkl. nr.             2024                       1000. kr.      1000. kr.
                                                     Lang tekst
         2023       SI02 - Flere i job    Forløber   som løber       3.000          -1.200            Nej          Nej
                                                     videre
                                                     Mere tekst
                                                     som løber
                                                     over flere
         2024       SI03 - Mere           Forløber   linjer          1.000          -200              Nej          Nej
                                                     endnu
        """
        #expect(LayoutFollowUpText.asTabSeparated(TextDocument(file: "c.txt", text: centred)) == nil)
        // The header at the top, the rows centred: the second row's title and type stand above its year, after a
        // gap in the first row's cells.
        let centredRows = Self.shortHeader + "\n" + """
         2023       SI02 - Flere i job    Investering    Forløber    Kort            3.000         -1.200                         Nej         Nej
                                                         som         bemærkning
                                                         planlagt
                                                                     Lang tekst
                                                                     som løber
                    SI03 - Mere og        Investering    Forløber    over flere
         2024       mere                                 som         linjer          1.000         -200                           Nej         Nej
                                                         planlagt    og endnu
        """
        #expect(LayoutFollowUpText.asTabSeparated(TextDocument(file: "d.txt", text: centredRows)) == nil)
        // The same rows aligned at the top are read.
        let topAligned = Self.topAligned
        let read = FollowUpTableReader.read(TextDocument(file: "e.txt", text: topAligned))
        #expect(read.followUps.map(\.title) == ["Flere i job", "Mere og mere"])
        #expect(read.followUps.map(\.status) == ["Forløber som planlagt", "Forløber som planlagt"])
    }

    @Test func headerWordsBrokenMoreThanOnceNameTheirColumns() {
        #expect(FollowUpColumn(header: "Aktuel år for fuld imple mente ring (Investerings forsla g)", ignoringBlanks: true) == .fullImplementationYear)
        #expect(FollowUpColumn(header: "Er der tidlige re foreta get kompe nsere nde handli ng", ignoringBlanks: true) == .earlierCompensatingAction)
        #expect(FollowUpColumn(header: "Skal kompe nsere nde handli ng godke ndes af ØU og BR?", ignoringBlanks: true) == .requiresApproval)
        #expect(FollowUpColumn(header: "Vedt aget budg etår", ignoringBlanks: true) == .adoptedBudgetYear)
        #expect(FollowUpColumn(header: "Farv e", ignoringBlanks: true) == nil)
    }

    /// A page laid out off the header's columns (two cells run together) is not read, and said so; more such rows
    /// than rows read, and the table is not read at all.
    @Test func rowsOfAPageLaidOutOffTheColumnsAreNamed() throws {
        let readable = Self.topAligned
        let offPage = """
        \u{0C}
         2024       SI04 - Andet          Investering    Forløber    Tekst der løber helt ind i næste 2.000   -300                  Nej         Nej
                                                         som planlagt
        """
        let read = FollowUpTableReader.read(TextDocument(file: "f.txt", text: readable + "\n" + offPage))
        #expect(read.followUps.map(\.code) == ["SI02", "SI03"])
        let finding = try #require(read.findings.first { $0.rule == "read.layout-rows-unread" })
        #expect(finding.line == 10)
        #expect(finding.message.hasPrefix("1 line looks like rows of the table laid out in columns (lines 10)"))
        let mostlyOff = readable + "\n" + offPage + "\n" + offPage + "\n" + offPage
        #expect(LayoutFollowUpText.asTabSeparated(TextDocument(file: "g.txt", text: mostlyOff)) == nil)
    }

    @Test func aTextWithoutALaidOutHeaderIsLeftAlone() {
        #expect(LayoutFollowUpText.asTabSeparated(TextDocument(file: "a.txt", text: "Titel på forslag: noget\n2024 tekst")) == nil)
        #expect(LayoutFollowUpText.asTabSeparated(TextDocument(file: "b.txt", text: "Vedtaget\tTitel på forslag inkl. nr.\tForslagstype\tStatus\tBemærkning\tHåndtering")) == nil)
    }

    /// Printed with the header on each page, without it (Word repeats a header row only when told to), and with
    /// long rows split over page breaks: every way reads as the seed.
    @Test(.enabled(if: SeedCorpus.isAvailable, Comment(rawValue: SeedCorpus.skipMessage)),
          arguments: [(true, false), (false, false), (true, true), (false, true)])
    func theFollowUpSeedLaidOutReadsAsTheSeed(repeatHeader: Bool, splitRows: Bool) throws {
        let seed = String(decoding: try #require(SeedCorpus.data(SeedCorpus.followUp2024)), as: UTF8.self)
        let plain = try DocumentImporter.read(data: Data(seed.utf8), file: SeedCorpus.followUp2024)
        let laidOut = Self.layout(seed, repeatHeader: repeatHeader, splitRows: splitRows)
        #expect(laidOut.contains("\u{0C}"))
        #expect(laidOut.contains("Investeringsf\n") || laidOut.contains("Investeringsf "))
        let read = try DocumentImporter.read(data: Data(laidOut.utf8), file: SeedCorpus.followUp2024)
        #expect(read.kind == .followUp)
        #expect(read.followUps.count == 63)
        #expect(Self.comparable(read.followUps) == Self.comparable(plain.followUps))
        #expect(read.findings.map(\.rule) == plain.findings.map(\.rule))
        if splitRows {
            // The split rows carry their cells' text over the break: HA06's remark ends on the next page.
            #expect(read.followUps.contains { $0.code == "HA06" && $0.remark.hasSuffix("forventes fortsat indfriet fra 2025 og frem.") })
        }
        // Each row stands on the line its year is on in the layout text.
        let lines = laidOut.split(separator: "\n", omittingEmptySubsequences: false)
        for row in read.followUps {
            let line = try #require(row.line)
            #expect(lines[line - 1].trimmingCharacters(in: .whitespaces).hasPrefix(String(row.adoptedBudgetYear ?? 0)))
        }
    }

    /// The seed's tables lined up with blanks instead of tabs (`LinedUpTables`). Before the layout reading, no
    /// reader read it.
    @Test(.enabled(if: SeedCorpus.isAvailable, Comment(rawValue: SeedCorpus.skipMessage)))
    func theFollowUpSeedLinedUpWithBlanksReadsAsTheSeed() throws {
        let seed = String(decoding: try #require(SeedCorpus.data(SeedCorpus.followUp2024)), as: UTF8.self)
        let plain = try DocumentImporter.read(data: Data(seed.utf8), file: SeedCorpus.followUp2024)
        let aligned = LinedUpTables.withBlanks(seed)
        #expect(!aligned.contains("\t"))
        let read = try DocumentImporter.read(data: Data(aligned.utf8), file: SeedCorpus.followUp2024)
        #expect(read.kind == .followUp)
        #expect(read.followUps.count == 63)
        #expect(Self.comparable(read.followUps) == Self.comparable(plain.followUps))
        #expect(read.followUps.map(\.line) == plain.followUps.map(\.line))
        #expect(read.findings.map(\.rule) == plain.findings.map(\.rule))
    }
}
