import Foundation
import GevinstCore
@testable import GevinstImport
import Testing

/// The placement of dropped-cell amounts and the repair of damaged cells, on small tables.
@Suite struct PdfTextReaderPlacementTests {
    typealias Row = YearPlacement.Row
    typealias Constraint = YearPlacement.Constraint

    @Test func totalsDecideWherePossible() {
        // Two permanent rows of five amounts, their total of five, a net of six: all savings run 2023–2027.
        let rows: [Row] = [
            Row(values: [-2000, -2000, -2000, -2000, -2000], alignment: .end),
            Row(values: [-2000, -2000, -2000, -2000, -2000], alignment: .end),
            Row(values: [-4000, -4000, -4000, -4000, -4000], alignment: .end),
            Row(values: [500, 1000, 1000], alignment: .start),
            Row(values: [500, 1000, 1000], alignment: .start),
            Row(values: [500, -3000, -3000, -4000, -4000, -4000], alignment: .start),
        ]
        let constraints = [
            Constraint(terms: [(0, 1), (1, 1), (2, -1)]),
            Constraint(terms: [(3, 1), (4, -1)]),
            Constraint(terms: [(2, 1), (4, 1), (5, -1)]),
        ]
        let result = YearPlacement.solve(.init(yearCount: 6, rows: rows, constraints: constraints))
        #expect(result.positions == [[1, 2, 3, 4, 5], [1, 2, 3, 4, 5], [1, 2, 3, 4, 5], [0, 1, 2], [0, 1, 2], [0, 1, 2, 3, 4, 5]])
        #expect(result.certainty == [.decided, .decided, .decided, .decided, .decided, .given])
        #expect(result.violations.isEmpty)
    }

    @Test func theDefaultDecidesWhereTheTotalsCannot() {
        // A single implementation row with its total and no net: the totals allow any start year.
        let rows = [Row(values: [300, 600], alignment: .start), Row(values: [300, 600], alignment: .start)]
        let result = YearPlacement.solve(.init(yearCount: 6, rows: rows, constraints: [Constraint(terms: [(0, 1), (1, -1)])]))
        #expect(result.positions == [[0, 1], [0, 1]])
        #expect(result.certainty == [.inferred, .inferred])
        #expect(result.alternatives[0] > 1)
    }

    @Test func equalAlternativesAreAmbiguous() {
        // Two rows [100] and [100] with a total [100, 100]: which row is in which year cannot be told, and the
        // default (start in year 1) cannot tell either.
        let rows = [Row(values: [100], alignment: .start), Row(values: [200], alignment: .start), Row(values: [100, 200], alignment: .start)]
        let result = YearPlacement.solve(.init(yearCount: 2, rows: rows, constraints: [Constraint(terms: [(0, 1), (1, 1), (2, -1)])]))
        #expect(result.positions == [[0], [1], [0, 1]])
        #expect(result.certainty[0] == .decided)
        let twins = [Row(values: [100], alignment: .start), Row(values: [100], alignment: .start), Row(values: [100, 100], alignment: .start)]
        let tied = YearPlacement.solve(.init(yearCount: 2, rows: twins, constraints: [Constraint(terms: [(0, 1), (1, 1), (2, -1)])]))
        #expect(tied.certainty[0] == .ambiguous)
        #expect(tied.violations.isEmpty)
    }

    @Test func aWrongTotalDoesNotMoveTheRows() {
        // 000 TV01: rows -5.246 and -557 (sum -5.803) under a printed total of -5.802 in four years.
        let rows: [Row] = [
            Row(values: [-3934, -5246, -5246, -5246, -5246], alignment: .end),
            Row(values: [-417, -557, -557, -557, -557], alignment: .end),
            Row(values: [-4351, -5802, -5802, -5802, -5802], alignment: .end),
            Row(values: [1313, 11821], alignment: .start),
            Row(values: [1313, 11821], alignment: .start),
            Row(values: [1313, 7470, -5802, -5802, -5802, -5802], alignment: .start),
        ]
        let constraints = [
            Constraint(terms: [(0, 1), (1, 1), (2, -1)]),
            Constraint(terms: [(3, 1), (4, -1)]),
            Constraint(terms: [(2, 1), (4, 1), (5, -1)]),
        ]
        let result = YearPlacement.solve(.init(yearCount: 6, rows: rows, constraints: constraints))
        #expect(result.positions[0] == [1, 2, 3, 4, 5])
        #expect(result.positions[3] == [0, 1])
        #expect(result.violations.count == 4)
    }

    @Test func theSearchIsBoundedOnLargeTables() {
        // Forty rows of two amounts in twelve years and a total that fits none: the node budget ends the search.
        let rows = (0..<40).map { Row(values: [Amount($0 + 1), Amount($0 + 2)], alignment: .start) } + [Row(values: [7, 7, 7], alignment: .start)]
        let constraint = Constraint(terms: (0..<40).map { ($0, Amount(1)) } + [(40, -1)])
        let started = Date()
        let result = YearPlacement.solve(.init(yearCount: 12, rows: rows, constraints: [constraint], nodeBudget: 20_000))
        #expect(Date().timeIntervalSince(started) < 30)
        #expect(result.positions.count == 41)
    }

    @Test func lostMinusSignsAreRepairedOnlyWhenATotalProvesIt() throws {
        // 001: "Besparelse ... Service 1733 2957" printed without minus signs; the total -2.733 / -3.957 needs them.
        func table(total: [Amount]) -> [AssembledRow] {
            var damaged = AssembledRow(firstLine: 1, lastLine: 1, block: .permanent)
            damaged.labelPieces = ["Besparelse ved gennemgang af sager"]
            damaged.cells = [cell("1733", 1733, line: 1), cell("2957", 2957, line: 1)]
            var other = AssembledRow(firstLine: 2, lastLine: 2, block: .permanent)
            other.labelPieces = ["Anden besparelse"]
            other.cells = [cell("-1.000", -1000, line: 2), cell("-1.000", -1000, line: 2)]
            var sum = AssembledRow(firstLine: 3, lastLine: 3, block: .permanent)
            sum.labelPieces = ["Samlet varig ændring"]
            sum.cells = total.map { cell(DanishNumber.format($0), $0, line: 3) }
            return [damaged, other, sum]
        }
        let constraints = [Constraint(terms: [(0, 1), (1, 1), (2, -1)])]
        var placer = TablePlacer(years: 2027...2028, layoutColumns: nil, ocr: true, proposal: "P", tableName: "Tabel 1")
        let repaired = placer.place(table(total: [-2733, -3957]), roles: [.line, .line, .permanentTotal], alignments: [.end, .end, .end],
                                    constraints: constraints, totalLabels: [2: "Samlet varig ændring"])
        #expect(repaired[0].amounts == [2027: -1733, 2028: -2957])
        let messages = placer.findings.filter { $0.rule == "extraction.ocr-repaired" }.map(\.message)
        #expect(messages == [
            "Tabel 1: read '1733' as '-1.733' in 2027 (row 'Besparelse ved gennemgang af sager'): the printed total -2.733 ('Samlet varig ændring', 2027) requires it.",
            "Tabel 1: read '2957' as '-2.957' in 2028 (row 'Besparelse ved gennemgang af sager'): the printed total -3.957 ('Samlet varig ændring', 2028) requires it.",
        ])
        // The same amounts under a total that adds up as printed: nothing to repair.
        var consistent = TablePlacer(years: 2027...2028, layoutColumns: nil, ocr: true, proposal: "P", tableName: "Tabel 1")
        let kept = consistent.place(table(total: [733, 1957]), roles: [.line, .line, .permanentTotal], alignments: [.end, .end, .end],
                                    constraints: constraints, totalLabels: [:])
        #expect(kept[0].amounts == [2027: 1733, 2028: 2957])
        #expect(!consistent.findings.contains { $0.rule == "extraction.ocr-repaired" })
        // A total no change of one or two cells explains stays wrong, and the rows as printed.
        var unexplained = TablePlacer(years: 2027...2028, layoutColumns: nil, ocr: true, proposal: "P", tableName: "Tabel 1")
        let wrong = unexplained.place(table(total: [-8800, -10140]), roles: [.line, .line, .permanentTotal], alignments: [.end, .end, .end],
                                      constraints: constraints, totalLabels: [:])
        #expect(wrong[0].amounts == [2027: 1733, 2028: 2957])
        #expect(!unexplained.findings.contains { $0.rule == "extraction.ocr-repaired" })
        // Outside OCR'd text a plain number is never changed.
        var clean = TablePlacer(years: 2027...2028, layoutColumns: nil, ocr: false, proposal: "P", tableName: "Tabel 1")
        let notOcr = clean.place(table(total: [-2733, -3957]), roles: [.line, .line, .permanentTotal], alignments: [.end, .end, .end],
                                 constraints: constraints, totalLabels: [:])
        #expect(notOcr[0].amounts == [2027: 1733, 2028: 2957])
    }

    @Test func cellsAsOcrPrintsThem() {
        func read(_ text: String, ocr: Bool = true) -> AmountCell? {
            if case .amount(let cell)? = AmountCellReader.read(PositionedWord(text: text, start: 0, end: text.count), line: 1, ocr: ocr) { return cell }
            return nil
        }
        #expect(read("-5090|")?.value == -5090)
        #expect(read("-1.620]")?.value == -1620)
        #expect(read("(o}")?.value == 0)
        #expect(read("(o}")?.suspicion == .ocrLetters)
        #expect(read(".6.000")?.alternatives == [-6000])
        #expect(read("6.00")?.value == 600)
        #expect(read("6.00")?.alternatives == [6000])
        #expect(read("3,5") == nil)
        #expect(read("2025-2026") == nil)
        if case .fragment(let piece)? = AmountCellReader.read(PositionedWord(text: ".520", start: 0, end: 4), line: 1, ocr: true) {
            #expect(piece == ".520")
        } else {
            Issue.record("'.520' is the rest of a split number")
        }
        let lost = AmountCell(value: 10, text: "10", line: 1, start: 0, end: 2, suspicion: nil, alternatives: [])
        #expect(AmountCellReader.ocrAlternatives(lost).contains(110))
        #expect(AmountCellReader.ocrAlternatives(lost).contains(-10))
    }

    @Test func symbolFontDigitsOnlyWhereDigitsBelong() {
        #expect(SymbolFontDigits.repair("’TVėě - Implementering").text == "’TV04 - Implementering")
        #expect(SymbolFontDigits.repair("budget ęėęĘ og UDė8").text == "budget 2021 og UD08")
        #expect(SymbolFontDigits.repair("d. ę. marts").text == "d. 2. marts")
        #expect(SymbolFontDigits.repair("HAĜ –").text == "HA5 –")
        // A word in a language that uses these letters is left alone.
        #expect(SymbolFontDigits.repair("Proszę pana").text == "Proszę pana")
    }

    @Test func wrappedLabelsAreJoined() {
        #expect(WrappedText.join("Samlede implementerings-", "Omkostninger") == "Samlede implementeringsomkostninger")
        #expect(WrappedText.join("børne-", "og ungeområdet") == "børne- og ungeområdet")
        #expect(WrappedText.join("Udvikling af IT-", "løsning") == "Udvikling af IT-løsning")
        #expect(WrappedText.join("Besparelse på efterværn til tidligere", "anbragte unge") == "Besparelse på efterværn til tidligere anbragte unge")
    }

    @Test func runningTitlesAndPageNumbersAreRemoved() {
        let text = """
        Første side tekst.
        Et forslag om noget godt
         Næste side starter her.
        Mere tekst.
        Et forslag om noget godt

        13
        Overførselssagen 2025-2026
        Tabel 1. Forslagets samlede økonomiske konsekvenser
        8/10
        Side 4 af 9
        """
        let cleaned = PdfTextCleaner.clean(TextDocument(file: "t.txt", text: text))
        #expect(cleaned.lines.map(\.kind) == [.content, .runningTitle, .content, .content, .runningTitle, .blank, .pageNumber, .pageHeader,
                                              .content, .pageNumber, .footer])
    }

    static func cell(_ text: String, _ value: Amount, line: Int) -> AmountCell {
        AmountCell(value: value, text: text, line: line, start: 0, end: text.count, suspicion: nil, alternatives: [])
    }

    func cell(_ text: String, _ value: Amount, line: Int) -> AmountCell { Self.cell(text, value, line: line) }
}
