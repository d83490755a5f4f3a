import GevinstCore

/// Proposals built from figures read off the seed documents by a person (1.000 kr. in the tables; here in
/// kroner). A nil cell is a blank printed cell.
enum SeedProposals {
    /// Kroner from a row of thousands.
    static func series(_ firstYear: Int, _ thousands: [Int64]) -> YearSeries {
        YearSeries(firstYear: firstYear, values: thousands.map { $0 * 1000 })
    }

    static func line(
        _ label: String, _ block: Block, _ area: SteeringArea, _ firstYear: Int, _ thousands: [Int64], variant: String? = nil
    ) -> EconomicLine {
        EconomicLine(label: label, block: block, steeringArea: area, variant: variant, amounts: series(firstYear, thousands))
    }

    /// A Service line.
    static func line(_ label: String, _ block: Block, _ firstYear: Int, _ thousands: [Int64], variant: String? = nil) -> EconomicLine {
        line(label, block, .service, firstYear, thousands, variant: variant)
    }

    /// A printed row; nil cells are blank.
    static func row(_ label: String, _ role: PrintedRow.Role, _ firstYear: Int, _ thousands: [Int64?], line: Int? = nil) -> PrintedRow {
        var amounts: [Int: Amount] = [:]
        for (offset, value) in thousands.enumerated() { if let value { amounts[firstYear + offset] = value * 1000 } }
        return PrintedRow(label: label, role: role, amounts: amounts, line: line)
    }

    /// The header, risk and consultations every proposal of catalogue 003 carries, so that a test of one rule
    /// sees no `missing.*` or `criteria.*` findings it does not ask for.
    static func complete(
        code: String, title: String, type: ProposalType = .investment, priceLevel: Int = 2020, years: ClosedRange<Int> = 2019...2024,
        lines: [EconomicLine], printed: PrintedFigures? = nil
    ) -> Proposal {
        Proposal(
            code: code, title: title, summary: "Kort resumé.", type: type, fundingSource: "Investeringspuljen",
            submittingAdministration: "Socialforvaltningen", affectedAdministrations: ["Socialforvaltningen"], areas: [String(code.prefix(2))],
            budgetRound: "Budget 2020", priceLevelYear: priceLevel, years: years, status: .presented, lines: lines,
            risk: Risk(level: .lav, text: "Det vurderes, at implementeringen af forslaget har en lav risiko."),
            consultations: [
                Consultation(body: "Center for Økonomi, Økonomiforvaltningen", answer: .ja, date: "19. februar 2019"),
                Consultation(body: "Ejendomsfaglig vurdering", answer: .ja, conclusion: "Godkendt."),
                Consultation(body: "IT-kredsen", answer: .ikkeRelevant),
            ],
            printed: printed)
    }

    // MARK: 003 BU05 (catalogue 2019, 2020 p/l, 2019–2024)

    /// 003 BU05 Tabel 1 lines.
    static let bu05Lines: [EconomicLine] = [
        line("Besparelse på administration og sagsbehandlere", .permanent, 2019, [0, -1100, -1100, -1100, -1100, -1100]),
        line("Besparelse på husleje", .permanent, 2019, [0, -400, -400, -400, -400, -400]),
        line("Flytteudgifter", .implementation, 2019, [125, 0, 0, 0, 0, 0]),
        line("Montering", .implementation, 2019, [150, 0, 0, 0, 0, 0]),
        line("Organisatorisk flytning", .implementation, 2019, [75, 0, 0, 0, 0, 0]),
        line("Istandsættelse", .implementation, 2019, [1540, 0, 0, 0, 0, 0]),
        line("It og El", .implementation, .anlaeg, 2019, [175, 0, 0, 0, 0, 0]),
    ]

    /// 003 BU05 as printed: Tabel 1 totals, Tabel 2, Tabel 3 (1.550 for Istandsættelse, total 1.890; columns
    /// 2019–2023), Tabel 4 and "3 år". `istandsaettelse` replaces the Tabel 3 figure (1.540 gives the clean
    /// proposal).
    static func bu05(istandsaettelse: Int64 = 1550) -> Proposal {
        let tables = [
            PrintedTable(kind: .table1, priceLevelYear: 2020, rows: [
                row("Samlet varig ændring", .permanentTotal, 2019, [0, -1500, -1500, -1500, -1500, -1500], line: 659),
                row("Samlede implementeringsomkostninger", .implementationTotal, 2019, [2065, nil, nil, nil, nil, nil], line: 666),
                row("Samlet økonomisk påvirkning", .net, 2019, [2065, -1500, -1500, -1500, -1500, -1500], line: 667),
            ], line: 653),
            PrintedTable(kind: .table2, priceLevelYear: 2020, rows: [
                row("Besparelse på administration og sagsbehandler", .line, 2019, [nil, -1100, -1100, -1100, -1100, -1100]),
                row("Besparelse på husleje", .line, 2019, [nil, -400, -400, -400, -400, -400]),
                row("Varige ændringer totalt, service", .total, 2019, [0, -1500, -1500, -1500, -1500, -1500]),
            ], line: 728),
            PrintedTable(kind: .table3, priceLevelYear: 2020, rows: [
                row("Flytteudgifter", .line, 2019, [125]),
                row("Montering", .line, 2019, [150]),
                row("Organisatorisk flytning", .line, 2019, [75]),
                row("Istandsættelse", .line, 2019, [istandsaettelse], line: 766),
                row("Investeringer totalt, service", .total, 2019, [1890], line: 767),
            ], line: 760),
            PrintedTable(kind: .table4, priceLevelYear: 2020, rows: [
                row("It og El", .line, 2019, [175]),
                row("Investeringer totalt, anlæg", .total, 2019, [175]),
            ], line: 778),
        ]
        return complete(
            code: "BU05", title: "Samling af børnefamilieenhederne BBU Bispebjerg og BBU Nørrebro", lines: bu05Lines,
            printed: PrintedFigures(tables: tables, payback: PrintedPayback(service: 3, serviceLine: 668)))
    }

    /// 003 BU05 with Tabel 3 printing 1.540, as Tabel 1 and the text do: a proposal without errors.
    static var clean: Proposal { bu05(istandsaettelse: 1540) }

    // MARK: 003 SI02

    /// 003 SI02 Tabel 1: cumulative net 1.150, 0, -1.500 …; prints "3 år".
    static var si02: Proposal {
        complete(
            code: "SI02", title: "Styrket myndighedsindsats",
            lines: [
                line("Styrket myndighedsindsats: Ansættelse af 1 sagsbehandler", .permanent, 2019, [0, 0, 500, 500, 500, 500]),
                line("Borgere der via recovery-proces kan hjemtages fra købt plads", .permanent, 2019, [0, -1000, -1500, -1500, -1500, -1500]),
                line("Borgere der motiveres til at flytte fra købte pladser", .permanent, 2019, [0, -800, -800, -800, -800, -800]),
                line("Borgere der via recovery-proces kan flyttes fra botilbud til egen bolig", .permanent, 2019, [0, -1200, -1200, -1200, -1200, -1200]),
                line("Konsulentbistand til gennemgang af sager", .implementation, 2019, [400, 350, 0, 0, 0, 0]),
                line("Intensiveret opfølgning: Ansættelse af 3 sagsbehandlere (2,5 år)", .implementation, 2019, [750, 1500, 1500, 0, 0, 0]),
            ],
            printed: PrintedFigures(payback: PrintedPayback(service: 3)))
    }

    // MARK: 003 HA02 and TV01: print 4 where the cumulative net is below zero in year 3

    static var ha02: Proposal {
        complete(
            code: "HA02", title: "Øget fokus på udvikling af egenmestring",
            lines: [
                line("Personale til hjemmevejlederkorpset", .permanent, 2019, [0, 1000, 1000, 1000, 1000, 1000]),
                line("Fremskudte sagsbehandlere", .permanent, 2019, [0, 1500, 1500, 1500, 1500, 1500]),
                line("Løbende supervision, ½ årsværk", .permanent, 2019, [0, 250, 250, 250, 250, 250]),
                line("Færre køb af midlertidige botilbudspladser", .permanent, 2019, [0, -4100, -6100, -6100, -6100, -6100]),
                line("Løbende supervision, ½ årsværk, 1. år", .implementation, 2019, [250, 0, 0, 0, 0, 0]),
                line("Personale til hjemmevejlederkorpset, 1 år", .implementation, 2019, [500, 0, 0, 0, 0, 0]),
                line("Fremskudte sagsbehandlere, 1. år", .implementation, 2019, [1500, 0, 0, 0, 0, 0]),
                line("Kompetenceudvikling", .implementation, 2019, [800, 500, 0, 0, 0, 0]),
            ],
            printed: PrintedFigures(payback: PrintedPayback(service: 4, serviceLine: 2031)))
    }

    static var tv01: Proposal {
        complete(
            code: "TV01", title: "Oprettelse af administrative fællesskaber i Socialforvaltningen",
            lines: [
                line("Administrative fællesskaber – Borgercenter Voksne", .permanent, 2019, [0, -3500, -5000, -6500, -6500, -6500]),
                line("Administrative fællesskaber – Borgercenter Handicap", .permanent, 2019, [0, -3000, -4000, -4500, -4500, -4500]),
                line("Administrative fællesskaber – Borgercenter Børn og Unge", .permanent, 2019, [0, -3500, -5000, -7000, -7000, -7000]),
                line("Administrative fællesskaber – Borgercenter Hjemmepleje", .permanent, 2019, [0, -500, -500, -1000, -1000, -1000]),
                line("Administrative fællesskaber – De centrale kontorer", .permanent, 2019, [0, -1000, -1000, -1500, -1500, -1500]),
                line("Husleje", .permanent, 2019, [0, 750, 1000, 1000, 1000, 1000]),
                line("Callcenter licens", .permanent, 2019, [0, 50, 50, 50, 50, 50]),
                line("Implementeringsorganisation", .implementation, 2019, [4800, 7300, 6500, 3200, 0, 0]),
                line("Fraflytningsudgifter", .implementation, 2019, [0, 400, 0, 0, 0, 0]),
                line("Flytteudgifter", .implementation, 2019, [0, 650, 0, 0, 0, 0]),
                line("Videreudvikling af digitale løsninger", .implementation, .anlaeg, 2019, [700, 0, 0, 0, 0, 0]),
                line("Istandsættelse/ombygning i IB37 og Sundholmsvej", .implementation, 2019, [0, 3500, 0, 0, 0, 0]),
            ],
            printed: PrintedFigures(payback: PrintedPayback(service: 4)))
    }

    // MARK: 003 SI05: two models, net copied across years

    /// 003 SI05 Tabel 1 printed per model: the net row prints -6.965 (model 1) and -6.815 (model 2) in every
    /// year from 2020, and one implementation total (2.300 in 2020) serves both models.
    static var si05: Proposal {
        let lines = [
            line("Afvikling af kommunale tilbud", .permanent, 2019, [0, -5492, -5492, -5492, -5492, -5492], variant: "Model 1"),
            line("Opsigelse af selvejende tilbud model 1", .permanent, 2019, [0, -3773, -3773, -3773, -3773, -3773], variant: "Model 1"),
            line("Afvikling af kommunale tilbud", .permanent, 2019, [0, -5474, -5474, -5474, -5474, -5474], variant: "Model 2"),
            line("Opsigelse af selvejende tilbud model 2", .permanent, 2019, [0, -3658, -3658, -3658, -3658, -3658], variant: "Model 2"),
            line("Udvikling af informationsplatform", .implementation, 2019, [200, 300, 0, 0, 0, 0]),
            line("Informationstavler", .implementation, .anlaeg, 2019, [0, 700, 600, 0, 0, 0]),
            line("Udgifter til afvikling af kommunale tilbud", .implementation, 2019, [0, 700, 0, 0, 0, 0]),
            line("Udgifter til afvikling af selvejende tilbud model 2", .implementation, 2019, [0, 600, 0, 0, 0, 0], variant: "Model 2"),
        ]
        let implementation = row("Samlede implementeringsomkostninger", .implementationTotal, 2019, [200, 2300, 600, nil, nil, nil], line: 1585)
        let tables = [
            PrintedTable(kind: .table1, priceLevelYear: 2020, variant: "Model 1", rows: [
                row("Samlet varig ændring model 1", .permanentTotal, 2019, [0, -9265, -9265, -9265, -9265, -9265], line: 1574),
                implementation,
                row("Samlet økonomisk påvirkning model 1", .net, 2019, [200, -6965, -6965, -6965, -6965, -6965], line: 1586),
            ], line: 1566),
            PrintedTable(kind: .table1, priceLevelYear: 2020, variant: "Model 2", rows: [
                row("Samlet varig ændring model 2", .permanentTotal, 2019, [0, -9115, -9115, -9115, -9115, -9115], line: 1578),
                implementation,
                row("Samlet økonomisk påvirkning model 2", .net, 2019, [200, -6815, -6815, -6815, -6815, -6815], line: 1587),
            ], line: 1566),
        ]
        return complete(
            code: "SI05", title: "Afvikling af aktivitets- og samværstilbud til borgere med sindslidelser", lines: lines,
            printed: PrintedFigures(tables: tables, payback: PrintedPayback(service: 2)))
    }

    // MARK: 000 (2023 p/l, 2022–2027)

    /// 000 UD13 Tabel 1: pays back in year 2 (cumulative 360, -1.920); prints 2 and 2.
    static var ud13: Proposal {
        complete(
            code: "UD13", title: "Styrket indsats i forbindelse med mellemkommunal refusion", priceLevel: 2023, years: 2022...2027,
            lines: [
                line("Besparelser ved identifikation af udenbysborgere på egne tilbud", .permanent, 2022, [0, -1500, -2000, -2000, -2000, -2000]),
                line("Besparelser ved identifikation af udenbys borgere på private tilbud", .permanent, 2022, [0, -1500, -2000, -2000, -2000, -2000]),
                line("Opnormering med 1 medarbejder og 1 student til screening og juridisk understøttelse", .implementation, 2022, [360, 720, 720, 0, 0, 0]),
            ],
            printed: PrintedFigures(payback: PrintedPayback(service: 2, total: 2)))
    }

    /// 000 TV01 Tabel 1: the rows sum to -5.803 from 2024, *Samlet varig ændring* prints -5.802; the
    /// implementation rows sum to 4.255 in 2022, the total prints 4.256. Prints "6 år" twice.
    static var tv01of000: Proposal {
        let lines = [
            line("Effektiviseringer på husleje inkl. drift", .permanent, 2022, [0, -3934, -5246, -5246, -5246, -5246]),
            line("Effektiviseringer på rengøring, vagt mv.", .permanent, 2022, [0, -417, -557, -557, -557, -557]),
            line("Arealoptimering af Bernstorffsgade 15-17", .implementation, .anlaeg, 2022, [1313, 11821, 0, 0, 0, 0]),
            line("Indretning af Bernstorffsgade 15-17", .implementation, .anlaeg, 2022, [200, 7485, 0, 0, 0, 0]),
            line("Fraflytning af Matthæusgade 1", .implementation, .anlaeg, 2022, [0, 551, 0, 0, 0, 0]),
            line("Projektledelse i KEID", .implementation, .anlaeg, 2022, [1828, 1980, 0, 0, 0, 0]),
            line("Årsværk til forandringsledelse og implementering af ABI på Bernstorffsgade 15-17 i SOF og BIF", .implementation, .anlaeg, 2022, [914, 914, 0, 0, 0, 0]),
        ]
        let tables = [
            PrintedTable(kind: .table1, priceLevelYear: 2023, rows: [
                row("Samlet varig ændring", .permanentTotal, 2022, [nil, -4351, -5802, -5802, -5802, -5802], line: 4258),
                row("Samlede implementeringsomkostninger", .implementationTotal, 2022, [4256, 22751, nil, nil, nil, nil], line: 4288),
                row("Samlet økonomisk påvirkning", .net, 2022, [4256, 18400, -5802, -5802, -5802, -5802], line: 4292),
            ], line: 4236),
        ]
        return complete(
            code: "TV01", title: "Optimering af Bernstorffsgade 15-17 og effektivisering af SOFs og BIFs administrative m2",
            priceLevel: 2023, years: 2022...2027, lines: lines,
            printed: PrintedFigures(tables: tables, payback: PrintedPayback(service: 6, total: 6)))
    }
}
