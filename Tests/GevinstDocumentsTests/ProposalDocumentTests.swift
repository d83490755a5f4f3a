import Foundation
import GevinstCore
import Testing
@testable import GevinstDocuments

@Suite("Proposal in the municipal template")
struct ProposalDocumentTests {
    static func table(_ model: DocumentModel, _ name: String) throws -> DocumentTable {
        try #require(model.tables.first { $0.name == name })
    }

    static func row(_ table: DocumentTable, _ label: String) throws -> [String] {
        let row = try #require(table.rows.first { $0.cells.first?.displayText(unit: table.unit) == label })
        return row.cells.map { $0.displayText(unit: table.unit) }
    }

    @Test("BU01 Tabel 1 shows the figures of seed 003 and both payback rows")
    func bu01TableOne() throws {
        let table = try Self.table(ProposalDocument(Fixtures.bu01).model(), "BU01 Tabel 1")
        #expect(table.columns.map(\.header) == ["1.000 kr. 2020 p/l", "Styrings-område", "2019", "2020", "2021", "2022", "2023", "2024"])
        #expect(try Self.row(table, "Samlet varig ændring") == ["Samlet varig ændring", "", "0", "-1.000", "-1.000", "-1.000", "-1.000", "-1.000"])
        #expect(try Self.row(table, "Samlede implementeringsomkostninger") == ["Samlede implementeringsomkostninger", "", "300", "900", "600", "0", "0", "0"])
        #expect(try Self.row(table, "Samlet økonomisk påvirkning") == ["Samlet økonomisk påvirkning", "", "300", "-100", "-400", "-1.000", "-1.000", "-1.000"])
        #expect(try Self.row(table, "Tilbagebetalingstid baseret på serviceeffektivisering") == ["Tilbagebetalingstid baseret på serviceeffektivisering", "3 år"])
        #expect(try Self.row(table, "Tilbagebetalingstid baseret på totaløkonomi") == ["Tilbagebetalingstid baseret på totaløkonomi", "3 år"])
        // A zero on an ordinary line is an empty cell, as 003 prints it.
        #expect(try Self.row(table, "Kortere behandlingsperiode i et familiebehandlingsforløb")[2] == "")
        #expect(table.notes.contains("Note til alle tabeller: Alle besparelser er angivet med negativt (-) fortegn."))
        #expect(table.notes.contains("Alle beløb er i 1.000 kr. 2020 p/l."))
    }

    @Test("figures come from Compute, never from what a document printed")
    func ignoresPrinted() throws {
        var proposal = Fixtures.bu05
        proposal.printed = PrintedFigures(
            tables: [PrintedTable(kind: .table1, rows: [PrintedRow(label: "Samlede implementeringsomkostninger", role: .implementationTotal, amounts: [2019: 9_999_000])])],
            payback: PrintedPayback(service: 7, total: 7))
        let table = try Self.table(ProposalDocument(proposal).model(), "BU05 Tabel 1")
        #expect(try Self.row(table, "Samlede implementeringsomkostninger")[2] == "2.065")
        #expect(try Self.row(table, "Tilbagebetalingstid baseret på serviceeffektivisering")[1] == "3 år")
    }

    @Test("BU05: Tabel 3 holds the service investments, Tabel 4 the anlæg, Tabel 2 groups by appropriation")
    func bu05DetailTables() throws {
        let model = try ProposalDocument(Fixtures.bu05).model()
        let three = try Self.table(model, "BU05 Tabel 3")
        #expect(try Self.row(three, "Investeringer totalt, service")[1] == "1.890")
        #expect(three.caption == "Tabel 3. Serviceinvesteringer i forslaget")
        let four = try Self.table(model, "BU05 Tabel 4")
        #expect(try Self.row(four, "Investeringer totalt, anlæg")[1] == "175")
        let two = try Self.table(model, "BU05 Tabel 2")
        #expect(two.columns.map(\.header).prefix(2) == ["1.000 kr. 2020 p/l", "Bevilling"])
        #expect(try Self.row(two, "Varige ændringer totalt, service")[2] == "-1.500")
    }

    @Test("Overførsler: service payback leaves them out, total payback counts them; the split rows appear")
    func overfoersler() throws {
        let table = try Self.table(ProposalDocument(Fixtures.si07).model(), "SI/UD07 Tabel 1")
        // Net: 1.000, 400, -1.200 …; cumulative 1.000, 1.400, 200, -1.000: paid back in year 4 (2022).
        // Service net: 1.000, 600, -800 …; cumulative 1.000, 1.600, 800, 0, -800: strictly below zero in year 5.
        #expect(try Self.row(table, "Tilbagebetalingstid baseret på serviceeffektivisering")[1] == "5 år")
        #expect(try Self.row(table, "Tilbagebetalingstid baseret på totaløkonomi")[1] == "4 år")
        #expect(try Self.row(table, "Heraf overførsler")[3] == "-200")
        let two = try Self.table(ProposalDocument(Fixtures.si07).model(), "SI/UD07 Tabel 2")
        #expect(try Self.row(two, "I alt, 4001 – Sindslidende")[3] == "-800")
        #expect(try Self.row(two, "Varige ændringer totalt")[3] == "-1.200")
    }

    @Test("a proposal that does not pay back says so in words")
    func notPaidBack() throws {
        let table = try Self.table(ProposalDocument(Fixtures.ha11).model(), "HA11 Tabel 1")
        #expect(try Self.row(table, "Tilbagebetalingstid baseret på totaløkonomi")[1] == "ikke tilbagebetalt inden for perioden")
    }

    @Test("the template's parts in order: header, checkboxes, 1.1 … 1.11, generated sections where text is missing")
    func templateOrder() throws {
        let model = try ProposalDocument(Fixtures.bu01).model()
        let headings = model.blocks.compactMap { block -> String? in
            if case .heading(let heading) = block { return heading.text }
            return nil
        }
        #expect(headings == [
            "BU01 – Peer-to-Peer familier i familiebehandling", "1.1 Tabel 1. Forslagets samlede økonomiske konsekvenser",
            "1.2 Baggrund og formål", "1.3 Forslagets indhold", "1.4 Økonomi", "1.6 Implementering af forslaget",
            "1.9 Opfølgning", "1.10 Risikovurdering", "1.11 Hvem er hørt?",
        ])
        guard case .checkboxes(let grid) = model.blocks.first(where: { if case .checkboxes = $0 { return true } else { return false } }) else {
            Issue.record("no checkbox grid"); return
        }
        #expect(grid.boxes.count == 7)
        #expect(grid.boxes.filter(\.checked).map(\.text) == ["Socialforvaltningen"])
        // Tabel 2 and 3 sit right after 1.4's text.
        let names = model.blocks.compactMap { block -> String? in
            switch block {
            case .heading(let heading): heading.text
            case .table(let table): table.name
            default: nil
            }
        }
        let economy = try #require(names.firstIndex(of: "1.4 Økonomi"))
        #expect(Array(names[(economy + 1)...(economy + 2)]) == ["BU01 Tabel 2", "BU01 Tabel 3"])
        #expect(names[economy + 4] == "BU01 Implementering")
    }

    @Test("the implementation grid marks years with X, the follow-up table groups its rows")
    func textTables() throws {
        let model = try ProposalDocument(Fixtures.bu01).model()
        let grid = try Self.table(model, "BU01 Implementering")
        #expect(grid.columns.map(\.header) == ["Aktivitet", "2019", "2020", "2021", "2022"])
        #expect(try Self.row(grid, "Rekruttering af støttefamilier") == ["Rekruttering af støttefamilier", "", "X", "X", "X"])
        #expect(!grid.isFigureTable)
        let followUp = try Self.table(model, "BU01 Opfølgning")
        #expect(followUp.rows.filter { $0.style == .section }.count == 2)
        let consulted = try Self.table(model, "BU01 Hørt")
        #expect(try Self.row(consulted, "IT-kredsen")[1] == "Ikke relevant")
    }

    @Test("a section given by the proposal takes the generated part, whatever its number")
    func numberingVaries() throws {
        var proposal = Fixtures.bu01
        proposal.sections.append(TextSection(number: "1.10", heading: "Opfølgning", text: "Der følges op årligt."))
        let model = try ProposalDocument(proposal).model()
        let headings = model.blocks.compactMap { block -> String? in
            if case .heading(let heading) = block { return heading.text }
            return nil
        }
        #expect(headings.contains("1.10 Opfølgning"))
        #expect(!headings.contains("1.9 Opfølgning"))
    }

    @Test("amounts beyond the limits are refused with a message, not a trap")
    func limits() {
        var proposal = Fixtures.ha11
        proposal.lines[0].amounts = YearSeries(firstYear: 2019, values: [Int64.max, Int64.max, 0, 0, 0, 0])
        #expect(throws: DocumentError.self) { try ProposalDocument(proposal) }
        var years = Fixtures.ha11
        years.years = 1...9_999
        #expect(throws: DocumentError.self) { try ProposalDocument(years) }
        var wild = Fixtures.ha11
        wild.lines[0].amounts = YearSeries(firstYear: Int.min, values: [1])
        #expect(throws: DocumentError.self) { try ProposalDocument(wild) }
    }

    @Test("the chart marks the year the payback counts to")
    func paybackYearMark() throws {
        let computed = try #require(Compute.proposal(Fixtures.bu01).first)
        #expect(PaybackYearMark.year(computed.payback.total, rule: .firstYearStrict, computed: computed) == 2021)
        let savingsStart = try #require(Compute.proposal(Fixtures.bu01, rule: .firstSavingsYearStrict).first)
        // Counted from 2020 (first saving), the payback is 2 years, paid back in the same year 2021.
        #expect(savingsStart.payback.total == PaybackYears(years: 2))
        #expect(PaybackYearMark.year(savingsStart.payback.total, rule: .firstSavingsYearStrict, computed: savingsStart) == 2021)
        let never = try #require(Compute.proposal(Fixtures.ha11).first)
        #expect(PaybackYearMark.year(never.payback.total, rule: .firstYearStrict, computed: never) == nil)
    }
}
