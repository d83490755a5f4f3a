import GevinstCore

/// Proposals built in code. BU01 and BU05 carry the lines of seed 003 (catalogue 2019, 2020 p/l), with
/// amounts read off the seed's Tabel 1 by eye; the others are made up to reach the cases 003 lacks
/// (Overførsler, two models, no payback, text that must be escaped).
enum Fixtures {
    static let years = 2019...2024

    static func series(_ thousands: [Amount]) -> YearSeries {
        YearSeries(firstYear: 2019, values: thousands.map { $0 * 1_000 })
    }

    /// 003 BU01 – Peer-to-Peer familier i familiebehandling (seed lines 27–54).
    static let bu01 = Proposal(
        code: "BU01", title: "Peer-to-Peer familier i familiebehandling",
        summary: "Peer-to-Peer familier støtter familier i familiebehandling, så behandlingsforløbet kan forkortes.",
        type: .investment, fundingSource: "Investeringspuljen", submittingAdministration: "Socialforvaltningen",
        affectedAdministrations: ["Socialforvaltningen"], areas: ["BU"], budgetRound: "Budget 2020",
        priceLevelYear: 2020, years: years,
        lines: [
            EconomicLine(label: "Kortere behandlingsperiode i et familiebehandlingsforløb", block: .permanent,
                         amounts: series([0, -1_300, -1_300, -1_300, -1_300, -1_300])),
            EconomicLine(label: "Administration forbundet med rekruttering og match af familier til Peer-to-Peer", block: .permanent,
                         amounts: series([0, 300, 300, 300, 300, 300])),
            EconomicLine(label: "Udvikling af nyt familiebehandlingsforløb og målgruppeanalyse", block: .implementation,
                         amounts: series([300, 300, 0, 0, 0, 0])),
            EconomicLine(label: "Evaluering, optimering og konsolidering af det nye familiebehandlingsforløb", block: .implementation,
                         amounts: series([0, 600, 600, 0, 0, 0])),
        ],
        sections: [
            TextSection(number: "1.2", heading: "Baggrund og formål", text: "Forslaget udvikler et forløb med Peer-to-Peer familier.\n\nDet afprøves i to familiehuse."),
            TextSection(number: "1.3", heading: "Forslagets indhold", text: "- Udvikling af forløbet\n- Implementering i familiehusene"),
            TextSection(number: "1.4", heading: "Økonomi", text: "51 familier × 25.300 kr. = ca. 1,3 mio. kr."),
            TextSection(number: "1.6", heading: "Implementering af forslaget", text: "Der udarbejdes en projektplan i 2019."),
        ],
        implementationPlan: ImplementationPlan(activities: [
            .init(name: "Konceptudvikling og tilpasning til dansk kontekst", years: [2019]),
            .init(name: "Rekruttering af støttefamilier", years: [2020, 2021, 2022]),
            .init(name: "Evaluering", years: [2021]),
        ]),
        followUpPlan: [
            FollowUpPlanRow(group: .milestone, goal: "Støttefamilier rekrutteres", measurement: "Registrering ved Familiehusene",
                            responsible: "Borgercenter Børn og Unge", when: "2021"),
            FollowUpPlanRow(group: .realisation, goal: "Minimum 50 familier benytter årligt forløbet", measurement: "Registrering ved Familiehusene",
                            responsible: "Borgercenter Børn og Unge", when: "Årligt fra 2021"),
        ],
        risk: Risk(level: .middel, text: "Konceptet kan være svært at overføre til en dansk kontekst."),
        consultations: [
            Consultation(body: "Center for Økonomi, Økonomiforvaltningen", answer: .ja, date: "12. februar 2019"),
            Consultation(body: "IT-kredsen", answer: .ikkeRelevant),
        ])

    /// 003 BU05 – Samling af børnefamilieenhederne BBU Bispebjerg og BBU Nørrebro (seed lines 641–670):
    /// Service and Anlæg investments in 2019.
    static let bu05 = Proposal(
        code: "BU05", title: "Samling af børnefamilieenhederne BBU Bispebjerg og BBU Nørrebro",
        type: .investment, fundingSource: "Investeringspuljen", submittingAdministration: "Socialforvaltningen",
        affectedAdministrations: ["Socialforvaltningen"], areas: ["BU"], priceLevelYear: 2020, years: years,
        lines: [
            EconomicLine(label: "Besparelse på administration og sagsbehandlere", block: .permanent,
                         appropriation: "3000 – Børnefamilier med særlige behov", amounts: series([0, -1_100, -1_100, -1_100, -1_100, -1_100])),
            EconomicLine(label: "Besparelse på husleje", block: .permanent,
                         appropriation: "3000 – Børnefamilier med særlige behov", amounts: series([0, -400, -400, -400, -400, -400])),
            EconomicLine(label: "Flytteudgifter", block: .implementation, amounts: series([125, 0, 0, 0, 0, 0])),
            EconomicLine(label: "Montering", block: .implementation, amounts: series([150, 0, 0, 0, 0, 0])),
            EconomicLine(label: "Organisatorisk flytning", block: .implementation, amounts: series([75, 0, 0, 0, 0, 0])),
            EconomicLine(label: "Istandsættelse", block: .implementation, amounts: series([1_540, 0, 0, 0, 0, 0])),
            EconomicLine(label: "It og El", block: .implementation, steeringArea: .anlaeg, amounts: series([175, 0, 0, 0, 0, 0])),
        ])

    /// Made up: a cross-area proposal with an Overførsler saving and two appropriations.
    static let si07 = Proposal(
        code: "SI/UD07", title: "Beskæftigelsesrettet indsats", type: .investment, areas: ["SI", "UD"], priceLevelYear: 2020, years: years,
        lines: [
            EconomicLine(label: "Færre botilbudspladser", block: .permanent, appropriation: "4001 – Sindslidende",
                         amounts: series([0, -400, -800, -800, -800, -800])),
            EconomicLine(label: "Lavere kontanthjælp", block: .permanent, steeringArea: .overfoersler, appropriation: "4002 – Overførsler",
                         amounts: series([0, -200, -400, -400, -400, -400])),
            EconomicLine(label: "Projektmedarbejdere", block: .implementation, amounts: series([1_000, 1_000, 0, 0, 0, 0])),
        ])

    /// Made up: never pays back within the table.
    static let ha11 = Proposal(
        code: "HA11", title: "Langsom gevinst", type: .investment, areas: ["HA"], priceLevelYear: 2020, years: years,
        lines: [
            EconomicLine(label: "Mindre forbrug", block: .permanent, amounts: series([0, -500, -500, -500, -500, -500])),
            EconomicLine(label: "Udvikling", block: .implementation, amounts: series([5_000, 0, 0, 0, 0, 0])),
        ])

    /// Made up: two models, and amounts with a remainder below 1.000 kr.
    static let tv09 = Proposal(
        code: "TV09", title: "Robotter i administrationen", type: .investment, areas: ["TV"], priceLevelYear: 2020, years: years,
        lines: [
            EconomicLine(label: "Licens", block: .implementation, amounts: YearSeries(firstYear: 2019, values: [12_500, 12_500, 0, 0, 0, 0])),
            EconomicLine(label: "Færre årsværk", block: .permanent, variant: "Model 1", amounts: series([0, -600, -600, -600, -600, -600])),
            EconomicLine(label: "Færre årsværk", block: .permanent, variant: "Model 2", amounts: series([0, -300, -900, -900, -900, -900])),
        ])

    /// Text a user might type: markup characters, quotes, emoji, and a control character XML cannot hold.
    static let awkwardText = "Børn & unge <under 18> \"særlige\" 'behov' 👨‍👩‍👧 ✓"

    static let awkward = Proposal(
        code: "UD12", title: awkwardText + "\u{1}", summary: "Resumé med <b>markup</b> & \"citat\"", type: .efficiency,
        areas: ["UD"], priceLevelYear: 2020, years: years,
        lines: [
            EconomicLine(label: awkwardText, block: .permanent, amounts: series([0, -250, -250, -250, -250, -250])),
            EconomicLine(label: "=SUM(A1:A2) ; \"quoted\"", block: .implementation, amounts: series([100, 0, 0, 0, 0, 0])),
        ])

    static let all = [bu01, bu05, si07, ha11, tv09, awkward]

    /// Seed 004, the combined table ("Strategiplanens samlede skønnede udgiftsreduktioner"), read by eye:
    /// mio. kr., savings positive, the investment case negative.
    static let plan: StrategyPlan = {
        func row(_ number: String, _ label: String, _ values: [Amount], counts: Bool = true, notes: [String] = []) -> StrategyPlan.Row {
            var amounts: [Int: Amount] = [:]
            for (index, value) in values.enumerated() { amounts[2019 + index] = value * 10_000 }
            return StrategyPlan.Row(number: number, label: label, amounts: amounts, countsInTotal: counts, footnotes: notes, line: nil)
        }
        // Values in hundredths of a million (2,0 = 200).
        let rows = [
            row("1", "§ 108 / § 105", [200, 250, 300, 300], notes: ["1"]),
            row("2", "§ 107", [100, 100, 150, 150], notes: ["2"]),
            row("3", "Til eget hjem fra botilbud", [75, 125, 175, 225], notes: ["3"]),
            row("4", "STU", [100, 100, 100, 100]),
            row("5", "Investeringscase", [-150, -150, -150, -150]),
            row("6", "§ 103 / 104", [100, 150, 200, 200]),
            row("7", "§ 85", [100, 200, 200, 200]),
            row("8", "Fra ekstern leverandør til egen kommunal leverandør (§85)", [100, 200, 200, 200]),
            row("9", "Ledsagerordning", [75, 75, 75, 75]),
            row("10", "Alternativ aflastning", [25, 25, 25, 25]),
            row("11", "Kørsel / fritidstilbud", [10, 10, 10, 10], counts: false),
        ]
        return StrategyPlan(
            title: "Strategiplan og økonomiske effekter på det specialiserede voksenområde, ramme 50.54",
            savingsSign: .positive, unit: "Mio. kr.",
            tables: [StrategyPlan.Table(title: "Strategiplanens samlede skønnede udgiftsreduktioner", years: [2019, 2020, 2021, 2022],
                                        rows: rows, printedTotal: nil, line: nil)],
            footnotes: [StrategyPlan.Footnote(marker: "1", text: "Forudsætter forhandlerkompetencer og flere sagsbehandlere.", line: nil)])
    }()
}
