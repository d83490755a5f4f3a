import Foundation
import GevinstCore
@testable import GevinstImport
import GevinstTestSupport
import Testing

/// Golden test of seed 001: four OCR'd investment proposals of the 2025–26 transfer case, 2027 p/l, years
/// 2026–2031, without codes. Figures read off the document by eye, in 1.000 kr.
@Suite(.enabled(if: SeedCorpus.isAvailable, Comment(rawValue: SeedCorpus.skipMessage)))
struct PdfTextReaderTests001 {
    static let seed = SeedCorpus.transferCase2025
    static let years = 2026...2031

    static let titles = [
        "Udbredelse og opnormering af udgaende specialkompetencer pa tvaers af Socialforvaltningen",
        "Forlebsprogram for unge pa midlertidigt botilbud",
        "Styrkelse af Din Sociale Indgang pa Socialforvaltningens voksenomrade",
        "Bedre vilkar for plejefamilier",
    ]

    static let expected: [TableOneFigures] = [
        // Printed net 2027: 16.666, where -10.066 + 26.733 = 16.667.
        TableOneFigures(name: titles[0], permanent: [nil, -10066, -14895, -15450, -19400, -21050],
                        implementation: [14793, 26733, 14240, nil, nil, nil], net: [14793, 16666, -655, -15450, -19400, -21050],
                        paybackService: 4, paybackTotal: 4),
        // Printed net 2030 and 2031: -8.800 and -10.140, where the rows give -10.480 and -11.960.
        TableOneFigures(name: titles[1], permanent: [0, -5713, -6332, -8200, -10480, -11960],
                        implementation: [2725, 11160, 5770, 1315, nil, nil], net: [2725, 5447, -562, -6885, -8800, -10140],
                        paybackService: 4, paybackTotal: 4),
        TableOneFigures(name: titles[2], permanent: [nil, -1620, -2040, -3440, -4070, -4070],
                        implementation: [3880, 5560, 800, 800, nil, nil], net: [3880, 3940, -1240, -2640, -4070, -4070],
                        paybackService: nil, paybackTotal: nil),
        TableOneFigures(name: titles[3], permanent: [nil, -2040, -2054, -5487, -8920, -12363],
                        implementation: [4280, 4200, 200, 200, 0, 0], net: [4280, 2160, -1854, -5287, -8920, -12363],
                        paybackService: 4, paybackTotal: 4),
    ]

    static let wrongPrinted: [String: String] = [
        "0|net|2027": "16.667",
        "1|net|2030": "-10.480",
        "1|net|2031": "-11.960",
    ]

    @Test func readsFourProposalsWithoutCodes() throws {
        let document = try #require(PdfTextFixtures.read(Self.seed))
        #expect(document.proposals.map(\.title) == Self.titles)
        for proposal in document.proposals {
            #expect(proposal.code == nil)
            #expect(proposal.displayName == proposal.title)
            #expect(proposal.years == Self.years)
            #expect(proposal.priceLevelYear == 2027)
            #expect(proposal.type == .investment)
            #expect(proposal.fundingSource == "Investeringspuljen")
            #expect(proposal.submittingAdministration == "Socialforvaltningen")
            #expect(proposal.budgetRound == "Overførselssag 2025-2026")
            // Center for Økonomi approved each (Ja, January 2026).
            #expect(proposal.status == .approved)
        }
        #expect(document.proposals.map { $0.lines.count } == [10, 10, 16, 11])
        #expect(document.proposals.map { $0.source?.firstLine ?? 0 } == [1, 528, 959, 1497])
        #expect(document.proposals[0].risk?.level == .lavTilMellem)
        #expect(document.proposals[3].risk?.level == .mellem)
    }

    /// Proposals without codes printed twice (the whole seed twice over) are read once each, and the repeat is
    /// reported at its first line, as a coded proposal's repeat is; the titles alone decide nothing.
    @Test func aCodelessProposalPrintedTwiceIsReadOnce() throws {
        let seed = try #require(SeedCorpus.data(Self.seed))
        let twice = PdfTextReader.read(TextDocument(file: "twice.txt", data: seed + seed))
        #expect(twice.proposals.map(\.title) == Self.titles)
        // Read as the seed alone is: a line that stands at a page break in both copies is not taken for a running
        // title (it did, and a row of Tabel 1 was lost).
        #expect(twice.proposals == PdfTextReader.read(TextDocument(file: "twice.txt", data: seed)).proposals)
        #expect(!twice.findings.contains { $0.rule.family == "total" || $0.rule == "extraction.placement-inferred" })
        let lineCount = String(decoding: seed, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).count - 1
        let repeats = twice.findings.filter { $0.rule == "duplicate.repeated-proposal" }
        #expect(repeats.map(\.line) == [1, 528, 959, 1497].map { $0 + lineCount })
        #expect(repeats.map(\.proposal) == Self.titles)
        #expect(repeats.first?.message.contains("(lines 1 and \(1 + lineCount))") == true)
    }

    @Test func tableOneFiguresAsPrintedAndComputed() throws {
        let document = try #require(PdfTextFixtures.read(Self.seed))
        for (index, expected) in Self.expected.enumerated() {
            let proposal = document.proposals[index]
            #expect(proposal.title == expected.name)
            #expect(PdfTextFixtures.printed(proposal, .permanentTotal) == expected.permanent, "\(index) permanent")
            #expect(PdfTextFixtures.printed(proposal, .implementationTotal) == expected.implementation, "\(index) implementation")
            #expect(PdfTextFixtures.printed(proposal, .net) == expected.net, "\(index) net")
            #expect(proposal.printed?.payback.service == expected.paybackService, "\(index) payback service")
            #expect(proposal.printed?.payback.total == expected.paybackTotal, "\(index) payback total")
            let computed = Compute.variant(nil, of: proposal)
            let series: [(String, [Int64?], [Int64])] = [
                ("permanent", expected.permanent, PdfTextFixtures.thousands(computed.table1.permanentTotal, proposal.years)),
                ("implementation", expected.implementation, PdfTextFixtures.thousands(computed.table1.implementationTotal, proposal.years)),
                ("net", expected.net, PdfTextFixtures.thousands(computed.table1.net, proposal.years)),
            ]
            for (row, printed, values) in series {
                for (offset, year) in proposal.years.enumerated() {
                    let key = "\(index)|\(row)|\(year)"
                    if let right = Self.wrongPrinted[key] {
                        #expect(DanishNumber.format(values[offset]) == right, "\(key)")
                        #expect(printed[offset] != values[offset], "\(key)")
                    } else {
                        #expect((printed[offset] ?? 0) == values[offset], "\(key)")
                    }
                }
            }
        }
    }

    @Test func editionTotalsAreKept() throws {
        let document = try #require(PdfTextFixtures.read(Self.seed))
        let programme = document.proposals[1]
        #expect(PdfTextFixtures.printed(programme, .permanentServiceTotal) == [0, -5893, -6702, -8960, -11320, -12870])
        #expect(PdfTextFixtures.printed(programme, .permanentOverfoerslerTotal) == [0, 180, 370, 760, 840, 910])
        #expect(PdfTextFixtures.printed(programme, .netEfficiency) == [0, -5713, -6332, -8200, -10480, -11960])
        let computed = Compute.variant(nil, of: programme)
        #expect(PdfTextFixtures.thousands(computed.table1.permanentService, programme.years) == [0, -5893, -6702, -8960, -11320, -12870])
        #expect(PdfTextFixtures.thousands(computed.table1.permanentOverfoersler, programme.years) == [0, 180, 370, 760, 840, 910])
        let rent = try #require(programme.lines.first { $0.label == "Huslejetilskud" })
        #expect(rent.steeringArea == .overfoersler)
        let first = document.proposals[0]
        #expect(PdfTextFixtures.printed(first, .implementationServiceTotal) == [14793, 26733, 14240, nil, nil, nil])
    }

    @Test func ocrDamageIsRepairedOnlyWhereTheTotalsProveIt() throws {
        let document = try #require(PdfTextFixtures.read(Self.seed))
        #expect(PdfTextFixtures.findings(document, rule: "extraction.ocr-text").count == 1)
        let repairs = PdfTextFixtures.findings(document, rule: "extraction.ocr-repaired")
        #expect(repairs.map { "\($0.line ?? 0)" } == ["396", "396", "396", "396", "772", "776", "772"])
        #expect(repairs.contains { $0.message.contains("read '1733' as '-1.733' in 2027") && $0.message.contains("the printed total -5.713") })
        #expect(repairs.contains { $0.message.contains("read '10' as '110' in 2027") })
        #expect(repairs.contains { $0.message.contains("read '.6.000' as '-6.000' in 2028") })
        // The lines carry the repaired amounts.
        let team = try #require(document.proposals[0].lines.first { $0.label == "Varig effekt ved dendriftsunderstgttende team" })
        #expect(PdfTextFixtures.thousands(team.amounts, Self.years) == [0, -3250, -6000, -7060, -8810, -9060])
        let programme = document.proposals[1]
        let review = try #require(programme.lines.first { $0.label == "Besparelse pé keb §107 ved gennemgang af sager" })
        #expect(PdfTextFixtures.thousands(review.amounts, Self.years) == [0, -1733, -2957, 0, 0, 0])
        let section85 = try #require(programme.lines.first { $0.label == "§85 til borgere igennem sagsgennemgang" })
        #expect(PdfTextFixtures.thousands(section85.amounts, Self.years) == [0, 110, 340, 0, 0, 0])
        // The wrong printed nets are not "repaired": no change of one or two cells explains them.
        #expect(!repairs.contains { $0.message.contains("8.800") || $0.message.contains("16.666") })
        // A missing steering word, unseparated thousands, a number split over two lines and letters for digits.
        #expect(PdfTextFixtures.findings(document, rule: "extraction.steering-area-missing").map(\.line) == [771])
        #expect(PdfTextFixtures.findings(document, rule: "extraction.split-number").map(\.line) == [1220, 1230, 1239])
        #expect(PdfTextFixtures.findings(document, rule: "extraction.ocr-number").map(\.line) == [782, 1794])
        #expect(PdfTextFixtures.findings(document, rule: "extraction.missing-thousands-separator").count >= 5)
        #expect(PdfTextFixtures.findings(document, rule: "extraction.ocr-word").contains { $0.message.contains("'Overfarsler'") })
        // Damaged year headers are reported; the document's intact header (2026–2031) is used.
        #expect(PdfTextFixtures.findings(document, rule: "extraction.year-header-damaged").map(\.line) == [380, 769, 1750])
        #expect(PdfTextFixtures.findings(document, rule: "template.unfinished-text").map(\.line) == [950])
    }

    @Test func rowsPutBackTogether() throws {
        let document = try #require(PdfTextFixtures.read(Self.seed))
        let inlet = document.proposals[2]
        // "Kapacitetsudvidelse til &ben henven-" / "s - . Service 1.260 2.520 2" / "delse og rddgivning og vejledning" /
        // ".520" / "2.520" / "2.520": one row.
        let capacity = try #require(inlet.lines.first)
        #expect(capacity.label == "Kapacitetsudvidelse til &ben henvendelse og rddgivning og vejledning")
        #expect(PdfTextFixtures.thousands(capacity.amounts, Self.years) == [0, 1260, 2520, 2520, 2520, 2520])
        let transition = inlet.lines.filter { $0.label == "Kapacitetsudvidelse i modtagelsen i overgangsperioden" }
        #expect(transition.map { PdfTextFixtures.thousands($0.amounts, Self.years) } == [[0, 0, 630, 630, 0, 0], [320, 630, 0, 0, 0, 0]])
        let foster = document.proposals[3]
        // The campaign's amounts ("Service 150 50") stand after the next row's label.
        let campaign = try #require(foster.lines.first { $0.label.hasPrefix("Kommunikationskampagne") })
        #expect(PdfTextFixtures.thousands(campaign.amounts, Self.years) == [150, 50, 0, 0, 0, 0])
        let consultations = document.proposals[0].consultations
        #expect(consultations.first == Consultation(body: "Center for Økonomi, Økonomiforvaltningen", answer: .ja, date: "20. januar 2026"))
    }
}
