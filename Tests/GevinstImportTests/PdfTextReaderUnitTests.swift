import Foundation
import GevinstCore
@testable import GevinstImport
import Testing

/// Small synthetic documents in the style of the seeds' PDF text, each showing one difficulty.
@Suite struct PdfTextReaderUnitTests {
    /// A proposal with dropped cells, wrapped labels broken mid-word, a page footer inside Tabel 1, a code in a
    /// symbol font and a printed payback "3 år".
    static let proposal = """
     INVESTERINGSFORSLAG
    OFS  2030-2031

    Forslagets titel: BUěĘ - Prøveforslag om samlede
    indkøb

    Resumé: Et kort resumé af forslaget.

    Fremstillende
    forvaltning:

    Socialforvaltningen

    Berørte
    forvaltninger:

     Økonomiforvaltningen  X Socialforvaltningen

    Tabel 1. Forslagets samlede økonomiske konsekvenser
    1.000 kr. 2031 p/l Styrings
    område
    2030 2031 2032 2033 2034 2035

    Varige ændringer
    Besparelse på eksterne
    køb af pladser

    Service   -1.000 -2.000 -2.000 -2.000 -2.000

    Samlet varig ændring   -1.000 -2.000 -2.000 -2.000 -2.000

    Implementeringsomkostninger
    Projektledelse og implemen-
    tering i centrene



    Side 3 af 9

    Service 500 800

    Samlede implementerings-
    Omkostninger

     500 800

    Samlet økonomisk påvirkning   500 -200 -2.000 -2.000 -2.000 -2.000

    Tilbagebetalingstid baseret på
    serviceeffektivisering

    3 år

    Tilbagebetalingstid baseret på
    totaløkonomi 3

    1. Baggrund og formål
    Forslaget samler indkøbet.

    9. Risikovurdering
    Risikoen vurderes som lav.
    """

    static func read(_ text: String) -> ImportedDocument {
        PdfTextReader.read(TextDocument(file: "test.txt", text: text))
    }

    @Test func droppedCellsWrappedLabelsFooterAndSymbolFontCode() throws {
        let document = Self.read(Self.proposal)
        let proposal = try #require(document.proposals.first)
        #expect(document.proposals.count == 1)
        #expect(proposal.code == "BU41")
        #expect(proposal.title == "Prøveforslag om samlede indkøb")
        #expect(proposal.years == 2030...2035)
        #expect(proposal.priceLevelYear == 2031)
        #expect(proposal.affectedAdministrations == ["Socialforvaltningen"])
        #expect(proposal.lines.map(\.label) == ["Besparelse på eksterne køb af pladser", "Projektledelse og implementering i centrene"])
        #expect(proposal.lines[0].amounts.values == [0, -1_000_000, -2_000_000, -2_000_000, -2_000_000, -2_000_000])
        #expect(proposal.lines[1].amounts.values == [500_000, 800_000, 0, 0, 0, 0])
        // "Samlede implementerings-" / "Omkostninger" is the implementation total, not a heading.
        #expect(proposal.printed?.table(.table1)?.row(.implementationTotal)?.label == "Samlede implementeringsomkostninger")
        #expect(proposal.printed?.payback == PrintedPayback(service: 3, serviceLine: 49, total: 3, totalLine: 54))
        #expect(proposal.risk?.level == .lav)
        #expect(proposal.sections.map(\.heading) == ["Baggrund og formål", "Risikovurdering"])
        #expect(document.findings.contains { $0.rule == "extraction.symbol-font-digits" && $0.message.contains("'BUěĘ' as 'BU41'") })
        // The totals decide every placement: no inferred or ambiguous placement is reported.
        #expect(!document.findings.contains { $0.rule.family == "extraction" && $0.rule.name.hasPrefix("placement") })
        let computed = Compute.variant(nil, of: proposal)
        #expect(computed.table1.net.values == [500_000, -200_000, -2_000_000, -2_000_000, -2_000_000, -2_000_000])
    }

    @Test func missingYearHeaderIsReportedAndTheRestRead() throws {
        let text = Self.proposal.replacingOccurrences(of: "2030 2031 2032 2033 2034 2035\n", with: "")
        let document = Self.read(text)
        let proposal = try #require(document.proposals.first)
        let finding = try #require(document.findings.first { $0.rule == "extraction.year-header-missing" })
        #expect(finding.proposal == "BU41")
        #expect(finding.line == 20)
        // Without a header the table starts the year before its price level (as in 000 and 001).
        #expect(proposal.years == 2030...2035)
        #expect(proposal.lines.count == 2)
        #expect(proposal.sections.count == 2)
    }

    @Test func placeholderAndCrossReference() throws {
        let text = """
         INVESTERINGSFORSLAG
        OFS  2030-2031

        Forslagets titel: HA07 – Et forslag på vej

        [Forslaget er fortsat under udarbejdelse]

        Borgere med handicap
         INVESTERINGSFORSLAG
        OFS  2030-2031

        Forslagets titel: BU41 - Prøveforslag om samlede indkøb

        [Se under målgruppen Børnefamilier med særlige behov]
        """
        let document = Self.read(text + "\n" + Self.proposal)
        #expect(document.proposals.map { $0.code ?? "" } == ["HA07", "BU41"])
        #expect(document.proposals[0].status == .draft)
        #expect(document.proposals[0].title == "Et forslag på vej")
        #expect(document.proposals[1].status == .submitted)
        #expect(!document.findings.contains { $0.rule.family == "duplicate" })
        #expect(!document.findings.contains { $0.rule == "extraction.cross-reference-unresolved" })
    }

    @Test func tableBeforeTitleBelongsToItsProposal() throws {
        let text = """
         INVESTERINGSFORSLAG
        OFS  2030-2031

        Tabel 1. Forslagets samlede økonomiske konsekvenser
        1.000 kr. 2031 p/l Styrings område 2030 2031 2032 2033 2034 2035
        Varige ændringer
        Lavere udgifter Service  -300 -300 -300 -300 -300
        Samlet varig ændring  -300 -300 -300 -300 -300
        Implementeringsomkostninger
        Opstart Anlæg 900
        Samlede implementeringsomkostninger  900
        Samlet økonomisk påvirkning  900 -300 -300 -300 -300 -300

        Forslagets titel: TV77 – Tabellen står først

        Kort resumé: Tabellen står før titlen.
        """
        let document = Self.read(text)
        let proposal = try #require(document.proposals.first)
        #expect(proposal.code == "TV77")
        #expect(proposal.lines.map(\.steeringArea) == [.service, .anlaeg])
        #expect(proposal.lines[1].amounts.values == [900_000, 0, 0, 0, 0, 0])
        #expect(proposal.summary == "Tabellen står før titlen.")
    }

    @Test func layoutOutputIsPlacedByColumns() throws {
        let url = try #require(Bundle.module.url(forResource: "layout-proposal", withExtension: "txt", subdirectory: "Fixtures"))
        let document = PdfTextReader.read(TextDocument(file: "layout-proposal.txt", data: try Data(contentsOf: url)))
        let proposal = try #require(document.proposals.first)
        #expect(proposal.code == "TV99")
        #expect(proposal.title == "Fælles vikarpulje på døgntilbud")
        #expect(proposal.years == 2024...2029)
        #expect(proposal.lines.count == 5)
        // "Kompetenceudvikling af vikarer  Service   200   100" stands under 2025 and 2026 by its columns.
        let training = try #require(proposal.lines.first { $0.label == "Kompetenceudvikling af vikarer" })
        #expect(training.amounts.values == [0, 200_000, 100_000, 0, 0, 0])
        let saving = try #require(proposal.lines.first)
        #expect(saving.label == "Færre udgifter til eksterne vikarer på døgntilbud")
        #expect(saving.appropriation == "3220 – Borgere med handicap")
        let computed = Compute.variant(nil, of: proposal)
        #expect(computed.table1.net.values == [1_000_000, -400_000, -2_150_000, -2_250_000, -2_250_000, -2_250_000])
        #expect(proposal.printed?.payback.service == 3)
        #expect(proposal.consultations.first == Consultation(body: "Center for Økonomi, Økonomiforvaltningen", answer: .ja, date: "3. marts 2025"))
        #expect(proposal.status == .approved)
        // Placed by position: nothing was inferred, and the document is right, so there is no finding.
        #expect(document.findings.isEmpty)
    }

    @Test func plainTextThatLostTheTableOrderIsReported() throws {
        // The same synthetic PDF as the layout fixture, through pdftotext without -layout: its cells come column by
        // column, so rows and totals cannot agree. The reader says so instead of passing the figures off as read.
        let url = try #require(Bundle.module.url(forResource: "plain-proposal", withExtension: "txt", subdirectory: "Fixtures"))
        let document = PdfTextReader.read(TextDocument(file: "plain-proposal.txt", data: try Data(contentsOf: url)))
        #expect(document.proposals.first?.code == "TV99")
        #expect(document.proposals.first?.years == 2024...2029)
        #expect(document.findings.contains { $0.rule == "extraction.table-unreliable" && $0.proposal == "TV99" })
    }

    @Test func badInputNeverTraps() {
        let binary = PdfTextReader.read(TextDocument(file: "x.bin", data: Data((0..<5000).map { UInt8($0 % 9) })))
        #expect(binary.findings.first?.rule == "extraction.not-text")
        let empty = PdfTextReader.read(TextDocument(file: "empty.txt", text: ""))
        #expect(empty.findings.first?.rule == "extraction.empty")
        let prose = PdfTextReader.read(TextDocument(file: "prose.txt", text: "Et brev uden forslag.\nMed venlig hilsen"))
        #expect(prose.proposals.isEmpty)
        #expect(prose.findings.contains { $0.rule == "extraction.no-proposals" })
        let longLine = Self.proposal.replacingOccurrences(of: "Forslaget samler indkøbet.", with: String(repeating: "-2.000 ", count: 150_000))
        #expect(Self.read(longLine).proposals.count == 1)
        let latin1 = TextDocument(file: "l1.txt", data: Data([0x46, 0x6F, 0x72, 0x73, 0x6C, 0x61, 0x67, 0x65, 0x74, 0x73, 0x20, 0x74, 0x69, 0x74,
                                                             0x65, 0x6C, 0x3A, 0x20, 0x54, 0x56, 0x30, 0x31, 0x20, 0x2D, 0x20, 0x50, 0x72, 0xF8, 0x76, 0x65]))
        #expect(PdfTextReader.read(latin1).proposals.first?.title == "Prøve")
    }

    /// A Tabel 1 whose end is never found (no payback rows, no next table within 220 lines) is read up to
    /// there, and a finding says so at the last line read; a table that ends is not reported.
    @Test func aTableOneWithoutAnEndSaysWhereItStopped() throws {
        let rows = (0..<80).map { "Besparelse nummer \($0)\n\nService   -1.000 -2.000 -2.000 -2.000 -2.000\n" }.joined(separator: "\n")
        let text = Self.proposal.replacingOccurrences(of: "Besparelse på eksterne\nkøb af pladser\n\nService   -1.000 -2.000 -2.000 -2.000 -2.000\n", with: rows)
        #expect(text != Self.proposal)
        let read = Self.read(text)
        #expect(read.proposals.count == 1)
        let finding = try #require(read.findings.first { $0.rule == "extraction.table-too-long" })
        let stop = try #require(finding.line)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let header = try #require(lines.firstIndex { $0.hasPrefix("1.000 kr.") })
        // The body starts at the unit line and runs 220 lines.
        #expect(stop == header + PdfTextTableOneReader.maxBodyLines)
        #expect(lines[stop - 1].hasPrefix("Besparelse nummer") || lines[stop - 1].hasPrefix("Service") || lines[stop - 1].isEmpty)
        #expect(!Self.read(Self.proposal).findings.contains { $0.rule == "extraction.table-too-long" })
    }

    /// A detail table whose end is not found within 160 lines says so too, naming the table, at its last line.
    @Test func aDetailTableWithoutAnEndSaysWhereItStopped() throws {
        let url = try #require(Bundle.module.url(forResource: "plain-proposal", withExtension: "txt", subdirectory: "Fixtures"))
        let fixture = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        let rows = (0..<60).map { "Ekstra række \($0)\n\n3220 – Borgere\nmed handicap\n\n-10\n" }.joined(separator: "\n")
        let text = fixture.replacingOccurrences(of: "Bevilling\n\nFærre udgifter til", with: "Bevilling\n\n" + rows + "\nFærre udgifter til")
        #expect(text != fixture)
        let read = PdfTextReader.read(TextDocument(file: "lang.txt", text: text))
        let finding = try #require(read.findings.first { $0.rule == "extraction.table-too-long" })
        #expect(finding.message.hasPrefix("'Tabel 2. Varige ændringer, service' runs on for 160 lines"))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let title = try #require(lines.firstIndex { $0.hasPrefix("Tabel 2.") })
        #expect(finding.line == title + 1 + PdfTextDetailTableReader.maxTableLines)
        let whole = PdfTextReader.read(TextDocument(file: "plain-proposal.txt", text: fixture))
        #expect(!whole.findings.contains { $0.rule == "extraction.table-too-long" })
    }

    @Test func mutatedDocumentsAreReadWithoutTrapping() {
        var generator = SplitMix(seed: 7)
        let lines = Self.proposal.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for _ in 0..<40 {
            var mutated = lines
            for _ in 0..<Int(generator.next() % 6) + 1 {
                guard !mutated.isEmpty else { break }
                let index = Int(generator.next() % UInt64(mutated.count))
                switch generator.next() % 4 {
                case 0: mutated.remove(at: index)
                case 1: mutated.insert(mutated[Int(generator.next() % UInt64(mutated.count))], at: index)
                case 2: mutated[index] = String(mutated[index].reversed())
                default: mutated[index] += " -9.999 12 ė"
                }
            }
            let document = Self.read(mutated.joined(separator: "\n"))
            #expect(document.proposals.count <= 3)
        }
    }

    @Test func confidenceTellsThisFormatFromOthers() {
        #expect(PdfTextReader.confidence(TextDocument(file: "a.txt", text: Self.proposal)) >= 90)
        let markdown = "<b>Tabel 1</b>\tForslagets samlede\n| a | b |\n| c | d |\n<input type=checkbox>\n# Heading\n"
        #expect(PdfTextReader.confidence(TextDocument(file: "b.md", text: markdown)) < 50)
        #expect(PdfTextReader.formatName == "pdf-text")
    }
}

/// A small deterministic generator for mutation tests.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
