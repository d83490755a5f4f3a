import Foundation
import GevinstCore
@testable import GevinstImport
import GevinstTestSupport
import Testing

/// Golden test of seed 000, "INVESTERINGSFORSLAG OFS 2021-2022": the figures below were read off the document
/// by eye (1.000 kr., 2023 p/l, years 2022–2027; nil is an empty cell).
@Suite(.enabled(if: SeedCorpus.isAvailable, Comment(rawValue: SeedCorpus.skipMessage)))
struct PdfTextReaderTests000 {
    static let seed = SeedCorpus.proposals2021
    static let years = 2022...2027

    static let expected: [TableOneFigures] = [
        TableOneFigures(name: "BU/SI01", permanent: [nil, -4000, -4000, -4000, -4000, -4000],
                        implementation: [1950, 3900, 3900, 3800, nil, nil], net: [1950, -100, -100, -200, -4000, -4000],
                        paybackService: 4, paybackTotal: nil),
        TableOneFigures(name: "BU03", permanent: [nil, -2000, -3000, -4000, -4750, -4750],
                        implementation: [2000, 4000, 4000, 4000, nil, nil], net: [2000, 2000, 1000, 0, -4750, -4750],
                        paybackService: 5, paybackTotal: 5),
        TableOneFigures(name: "BU04", permanent: [nil, -2050, -2050, -2070, -2070, -2070],
                        implementation: [1200, 2700, 2100, nil, nil, nil], net: [1200, 650, 50, -2070, -2070, -2070],
                        paybackService: 4, paybackTotal: 4),
        TableOneFigures(name: "BU05", permanent: [nil, -2000, -3000, -3000, -3000, -3000],
                        implementation: [3000, 7500, 1500, nil, nil, nil], net: [3000, 5500, -1500, -3000, -3000, -3000],
                        paybackService: 6, paybackTotal: 6),
        TableOneFigures(name: "SI/UD03", permanent: [nil, -1250, -1350, -1350, -1350, -1350],
                        implementation: [625, 1250, 750, nil, nil, nil], net: [625, 0, -600, -1350, -1350, -1350],
                        paybackService: 3, paybackTotal: 3),
        TableOneFigures(name: "SI05", permanent: [nil, -2524, -3533, -5047, -5047, -5047],
                        implementation: [600, 1900, 1600, 1600, 800, nil], net: [600, -624, -1933, -3447, -4247, -5047],
                        paybackService: 4, paybackTotal: 4),
        // The net row prints only 2022–2024; its 2025–2027 cells are empty although the permanent total is -4.000.
        TableOneFigures(name: "UD13", permanent: [nil, -3000, -4000, -4000, -4000, -4000],
                        implementation: [360, 720, 720, nil, nil, nil], net: [360, -2280, -3280, nil, nil, nil],
                        paybackService: 2, paybackTotal: 2),
        TableOneFigures(name: "HA03", permanent: [nil, -12650, -14550, -15150, -16800, -16800],
                        implementation: [4800, 7900, 7350, 6200, 2250, nil], net: [4800, -4750, -7200, -8950, -14550, -16800],
                        paybackService: 4, paybackTotal: 4),
        TableOneFigures(name: "HA06", permanent: [nil, -500, -900, -900, -900, -900],
                        implementation: [750, nil, nil, nil, nil, nil], net: [750, -500, -900, -900, -900, -900],
                        paybackService: 3, paybackTotal: 3),
        // TV01 prints -5.802 where its rows give -5.803, and 4.256 where its implementation rows give 4.255.
        TableOneFigures(name: "TV01", permanent: [nil, -4351, -5802, -5802, -5802, -5802],
                        implementation: [4256, 22751, nil, nil, nil, nil], net: [4256, 18400, -5802, -5802, -5802, -5802],
                        paybackService: 6, paybackTotal: 6),
        TableOneFigures(name: "TV06", permanent: [nil, -2100, -2850, -2850, -2850, -2850],
                        implementation: [1350, 3025, 900, 0, 0, 0], net: [1350, 925, -1950, -2850, -2850, -2850],
                        paybackService: 3, paybackTotal: 3),
    ]

    /// Printed cells that are wrong, by (proposal, row, year), each with the reason.
    static let wrongPrinted: [String: String] = [
        // Rows -5.246 and -557 give -5.803; the document prints -5.802 (and copies it into the net).
        "TV01|permanent|2024": "-5.803", "TV01|permanent|2025": "-5.803", "TV01|permanent|2026": "-5.803", "TV01|permanent|2027": "-5.803",
        "TV01|net|2024": "-5.803", "TV01|net|2025": "-5.803", "TV01|net|2026": "-5.803", "TV01|net|2027": "-5.803",
        // 1.313 + 200 + 0 + 1.828 + 914 = 4.255; printed 4.256 (and in the net).
        "TV01|implementation|2022": "4.255", "TV01|net|2022": "4.255",
        // The net row leaves 2025–2027 empty although the permanent total is -4.000 in those years.
        "UD13|net|2025": "-4.000", "UD13|net|2026": "-4.000", "UD13|net|2027": "-4.000",
    ]

    @Test func readsElevenFullProposalsAndTwoPlaceholders() throws {
        let document = try #require(PdfTextFixtures.read(Self.seed))
        #expect(document.proposals.count == 13)
        let full = document.proposals.filter { $0.status != .draft }
        let drafts = document.proposals.filter { $0.status == .draft }
        #expect(full.compactMap(\.code) == ["BU/SI01", "BU03", "BU04", "BU05", "SI/UD03", "SI05", "UD13", "HA03", "HA06", "TV01", "TV06"])
        #expect(drafts.compactMap(\.code) == ["HA02", "HA04"])
        #expect(drafts.map(\.title) == ["Styrket indsats til børn med autisme, skolevægring og angst",
                                        "Kapacitetstilpasning på center CAMPO i Borgercenter Handicap"])
        #expect(drafts.allSatisfy { $0.lines.isEmpty })
        // The cross-reference under "Borgere med sindslidelse / Udsatte voksne / Hjemmepleje" is no second proposal.
        #expect(document.proposals.filter { $0.code == "BU/SI01" }.count == 1)
        #expect(PdfTextFixtures.proposal(document, code: "BU/SI01")?.areas == ["BU", "SI"])
        #expect(PdfTextFixtures.findings(document, rule: "duplicate.code").isEmpty)
        #expect(PdfTextFixtures.findings(document, rule: "duplicate.repeated-proposal").isEmpty)
    }

    @Test func titlesAndHeaderFields() throws {
        let document = try #require(PdfTextFixtures.read(Self.seed))
        let titles = document.proposals.map(\.title)
        #expect(titles[0] == "Faglig omstilling – Styrket overgang fra ung til voksen")
        #expect(titles[1] == "Faglig omstilling – Målrettet tidlig indsats til forebyggelse af senere sociale foranstaltninger")
        #expect(titles[3] == "Styrkelse af udslusningsarbejdet i kommunale dagbehandlingstilbud og de modtagende skoler (SOFs andel)")
        let tv01 = try #require(PdfTextFixtures.proposal(document, code: "TV01"))
        #expect(tv01.title == "Optimering af Bernstorffsgade 15-17 og effektivisering af SOFs og BIFs administrative m2")
        #expect(tv01.submittingAdministration == "Økonomiforvaltningen")
        #expect(tv01.affectedAdministrations == ["Økonomiforvaltningen", "Socialforvaltningen", "Beskæftigelses- og Integrationsforvaltningen"])
        let bu05 = try #require(PdfTextFixtures.proposal(document, code: "BU05"))
        #expect(bu05.affectedAdministrations == ["Socialforvaltningen", "Børne- og Ungdomsforvaltningen"])
        #expect(bu05.summary?.hasPrefix("Socialforvaltningen foreslår en investering i en styrket udslusningsindsats") == true)
        for proposal in document.proposals {
            #expect(proposal.type == .investment)
            #expect(proposal.years == Self.years)
            #expect(proposal.budgetRound == "Overførselssag 2021-2022")
            if proposal.status != .draft {
                #expect(proposal.priceLevelYear == 2023)
                #expect(proposal.status == .submitted, "Center for Økonomi has not approved (Nej)")
            }
        }
        #expect(PdfTextFixtures.proposal(document, code: "SI05")?.risk?.level == .lavTilMellem)
        #expect(PdfTextFixtures.proposal(document, code: "HA03")?.risk?.level == .mellem)
        #expect(PdfTextFixtures.proposal(document, code: "TV06")?.risk?.level == .lav)
        let ha03 = try #require(PdfTextFixtures.proposal(document, code: "HA03"))
        #expect(ha03.consultations.first { $0.body == "Ejendomsfaglig vurdering" }?.answer == .ja)
        #expect(ha03.consultations.first { $0.body == "HR-kredsen" }?.answer == .nej)
        #expect(ha03.source == SourceRange(file: Self.seed, firstLine: 3013, lastLine: 3835))
        // BU05's Tabel 1 stands before its title, TV01's too: both tables belong to their proposal.
        #expect(bu05.source?.firstLine == 1286)
        #expect(tv01.source?.firstLine == 4232)
    }

    @Test func tableOneFiguresAsPrintedAndComputed() throws {
        let document = try #require(PdfTextFixtures.read(Self.seed))
        for expected in Self.expected {
            let proposal = try #require(PdfTextFixtures.proposal(document, code: expected.name), "\(expected.name)")
            #expect(PdfTextFixtures.printed(proposal, .permanentTotal) == expected.permanent, "\(expected.name) permanent")
            #expect(PdfTextFixtures.printed(proposal, .implementationTotal) == expected.implementation, "\(expected.name) implementation")
            #expect(PdfTextFixtures.printed(proposal, .net) == expected.net, "\(expected.name) net")
            #expect(proposal.printed?.payback.service == expected.paybackService, "\(expected.name) payback service")
            #expect(proposal.printed?.payback.total == expected.paybackTotal, "\(expected.name) payback total")

            let computed = Compute.variant(nil, of: proposal)
            let series: [(String, [Int64?], [Int64])] = [
                ("permanent", expected.permanent, PdfTextFixtures.thousands(computed.table1.permanentTotal, proposal.years)),
                ("implementation", expected.implementation, PdfTextFixtures.thousands(computed.table1.implementationTotal, proposal.years)),
                ("net", expected.net, PdfTextFixtures.thousands(computed.table1.net, proposal.years)),
            ]
            for (row, printed, values) in series {
                for (offset, year) in proposal.years.enumerated() {
                    let key = "\(expected.name)|\(row)|\(year)"
                    if let right = Self.wrongPrinted[key] {
                        // The printed figure is wrong: the computed one differs, as the reason says.
                        #expect(DanishNumber.format(values[offset]) == right, "\(key)")
                        #expect(printed[offset] != values[offset], "\(key)")
                    } else {
                        #expect((printed[offset] ?? 0) == values[offset], "\(key)")
                    }
                }
            }
        }
    }

    @Test func linesOfEachProposal() throws {
        let document = try #require(PdfTextFixtures.read(Self.seed))
        let counts = document.proposals.filter { $0.status != .draft }.map { "\($0.code ?? "")=\($0.lines.count)" }
        // SI/UD03 and TV06 split one Tabel 1 row over two appropriations (Tabel 2), hence 7 and 8 lines.
        #expect(counts == ["BU/SI01=8", "BU03=4", "BU04=5", "BU05=5", "SI/UD03=7", "SI05=6", "UD13=3", "HA03=16", "HA06=5", "TV01=7", "TV06=8"])

        let bu = try #require(PdfTextFixtures.proposal(document, code: "BU/SI01"))
        let saving = try #require(bu.lines.first)
        #expect(saving.label == "Besparelse på efterværn til tidligere anbragte unge")
        #expect(saving.block == .permanent && saving.steeringArea == .service)
        #expect(saving.appropriation == "3000 – Børnefamilier med særlige behov")
        #expect(PdfTextFixtures.thousands(saving.amounts, bu.years) == [0, -2000, -2000, -2000, -2000, -2000])
        // "ICM-uddannelse og øvrig Kompetenceudvikling på voksenområdet" prints no steering area.
        let unlabelled = try #require(bu.lines.last)
        #expect(unlabelled.label == "ICM-uddannelse og øvrig Kompetenceudvikling på voksenområdet")
        #expect(unlabelled.steeringArea == .service)
        #expect(PdfTextFixtures.thousands(unlabelled.amounts, bu.years) == [25, 50, 50, 0, 0, 0])
        #expect(PdfTextFixtures.findings(document, rule: "extraction.steering-area-missing", proposal: "BU/SI01").first?.line == 87)

        let transport = try #require(PdfTextFixtures.proposal(document, code: "SI/UD03")).lines.filter { $0.label == "Færre omkostninger til transport" }
        #expect(transport.map(\.appropriation) == ["3200 – Borgere med Sindslidelse", "3210 – Udsatte Voksne"])
        #expect(transport.map { $0.amounts[2023] } == [-525_000, -225_000])
        let anlaeg = try #require(PdfTextFixtures.proposal(document, code: "SI/UD03")).lines.filter { $0.steeringArea == .anlaeg }
        #expect(anlaeg.count == 3)

        let tv06 = try #require(PdfTextFixtures.proposal(document, code: "TV06"))
        let adaptation = try #require(tv06.lines.first { $0.label.hasPrefix("Tilpasning af driftsoptimerende tiltag") })
        // "Service  1.000": one amount for six years; the totals (1.350 in 2022, 3.025 in 2023) put it in 2023.
        #expect(PdfTextFixtures.thousands(adaptation.amounts, tv06.years) == [0, 1000, 0, 0, 0, 0])

        let hs03 = try #require(PdfTextFixtures.proposal(document, code: "HA03"))
        let itRunning = try #require(hs03.lines.first { $0.label == "Spor 1: Drift af IT-løsning til systemunderstøttelse" })
        #expect(PdfTextFixtures.thousands(itRunning.amounts, hs03.years) == [0, 0, 100, 100, 100, 100])
        let pavilions = try #require(hs03.lines.first { $0.label == "Spor 4: Pavilloner inkl. inventar og personalealarmer" })
        #expect(pavilions.steeringArea == .anlaeg && pavilions.block == .implementation)
    }

    @Test func detailTablesArePrintedAsRead() throws {
        let document = try #require(PdfTextFixtures.read(Self.seed))
        let tv06 = try #require(PdfTextFixtures.proposal(document, code: "TV06"))
        // Tabel 3 of TV06 differs from Tabel 1: 1.350 225 900 on one row, 1.800 alone on another.
        let table3 = try #require(tv06.printed?.table(.table3))
        #expect(table3.rows.map { $0.amounts.keys.sorted() } == [[2023], [2022, 2023, 2024], [2023], [2022, 2023, 2024]])
        #expect(table3.row(.total)?.amounts == [2022: 1_350_000, 2023: 3_025_000, 2024: 900_000])
        let bu05 = try #require(PdfTextFixtures.proposal(document, code: "BU05"))
        // Tabel 2 and 3 of BU05 state 2022 p/l beside Tabel 1's 2023 p/l.
        #expect(bu05.printed?.table(.table1)?.priceLevelYear == 2023)
        #expect(bu05.printed?.table(.table2)?.priceLevelYear == 2022)
        let si05 = try #require(PdfTextFixtures.proposal(document, code: "SI05"))
        // "6.00" in Tabel 3 is read as 600, which its total 1.600 confirms.
        #expect(si05.printed?.table(.table3)?.rows[1].amounts[2025] == 600_000)
        #expect(PdfTextFixtures.findings(document, rule: "extraction.number-read", proposal: "SI05").first?.line == 2491)
        let si = try #require(PdfTextFixtures.proposal(document, code: "SI/UD03"))
        // SI/UD03 prints its construction investments as "Tabel 3. Anlægsinvesteringer".
        #expect(si.printed?.table(.table4)?.row(.total)?.amounts == [2022: 625_000, 2023: 1_250_000, 2024: 750_000])
        #expect(si.printed?.table(.table3) == nil)
        let ha03 = try #require(PdfTextFixtures.proposal(document, code: "HA03"))
        // HA03's Tabel 3 has the page footer "Side 54 af 76" inside it; its seven rows are still read.
        #expect(ha03.printed?.table(.table3)?.rows.count == 8)
        #expect(ha03.printed?.table(.table3)?.row(.total)?.amounts[2022] == 3_200_000)
    }

    @Test func sectionsPlansAndFollowUp() throws {
        let document = try #require(PdfTextFixtures.read(Self.seed))
        let bu03 = try #require(PdfTextFixtures.proposal(document, code: "BU03"))
        #expect(bu03.sections.map(\.number) == ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"])
        #expect(bu03.sections[0].heading == "Baggrund og formål")
        #expect(bu03.sections[2].text.hasPrefix("Effektivisering: Forslagets samlede besparelse er på 4,0 mio. kr. i 2023"))
        #expect(bu03.implementationPlan.activities.count == 6)
        #expect(bu03.implementationPlan.activities[2] == ImplementationPlan.Activity(name: "Etablere og drifte det nye tilbud", years: [2022, 2023, 2024, 2025]))
        let first = try #require(bu03.followUpPlan.first)
        #expect(first.group == .milestone)
        #expect(first.responsible == "Borgercenter Børn og Unge Stab")
        #expect(first.when == "Ultimo 2022 og medio 2023")
        #expect(bu03.followUpPlan.filter { $0.group == .realisation }.count == 2)
        let ud13 = try #require(PdfTextFixtures.proposal(document, code: "UD13"))
        // UD13 prints its follow-up table after section 9; it is still read.
        #expect(ud13.followUpPlan.map(\.when) == ["Ultimo 2022", "Ultimo 2022", "Ultimo 2023", "Ultimo 2023"])
    }

    @Test func findingsOfTheReader() throws {
        let document = try #require(PdfTextFixtures.read(Self.seed))
        let text = PdfTextFixtures.findings(document, rule: "text.figure-differs")
        #expect(text.map { "\($0.proposal ?? "")@\($0.line ?? 0)" } == ["BU03@606", "BU04@1036"])
        #expect(text.first?.message.contains("4,0 mio. kr. i 2023") == true)
        #expect(text.first?.message.contains("-2.000") == true)
        let template = PdfTextFixtures.findings(document, rule: "template.unfinished-text")
        #expect(template.map { "\($0.proposal ?? "")@\($0.line ?? 0)" } == ["BU05@1712", "BU05@1726"])
        let code = PdfTextFixtures.findings(document, rule: "code.mistyped-reference")
        #expect(code.map { "\($0.proposal ?? "")@\($0.line ?? 0)" } == ["HA03@3489"])
        #expect(PdfTextFixtures.findings(document, rule: "code.inconsistent-reference").count == 1)
        // Every symbol-font digit is read: ė=0, Ę=1, ę=2, ě=4, Ĝ=5.
        let symbols = PdfTextFixtures.findings(document, rule: "extraction.symbol-font-digits")
        #expect(symbols.contains { $0.line == 1004 && $0.message.contains("'TVėě' as 'TV04'") })
        #expect(symbols.contains { $0.line == 1005 && $0.message.contains("'ęėęĘ' as '2021'") })
        #expect(symbols.contains { $0.line == 4988 && $0.message.contains("'HAĜ' as 'HA5'") && $0.proposal == "TV06" })
        let bu04 = try #require(PdfTextFixtures.proposal(document, code: "BU04"))
        #expect(bu04.sections[0].text.hasPrefix("På baggrund af de konkrete erfaringer fra ’TV04 - Implementering"))
        // No finding claims a placement the totals decide, nor a repair where nothing is damaged.
        #expect(PdfTextFixtures.findings(document, rule: "extraction.placement-ambiguous").isEmpty)
        #expect(PdfTextFixtures.findings(document, rule: "extraction.ocr-repaired").isEmpty)
        #expect(PdfTextFixtures.findings(document, rule: "extraction.ocr-text").isEmpty)
        #expect(PdfTextFixtures.findings(document, rule: "extraction.placement-search-limit").isEmpty)
        #expect(PdfTextFixtures.findings(document, rule: "extraction.year-header-damaged").isEmpty)
        // TV01's wrong totals are the document's, not a reading that lost the table's order.
        #expect(PdfTextFixtures.findings(document, rule: "extraction.table-unreliable").isEmpty)
    }
}
