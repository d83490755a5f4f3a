import Foundation
import GevinstCore
import GevinstDocuments
@testable import GevinstWeb

/// Example data for the pages: BU01 with the lines of seed 003 (catalogue 2019, Tabel 1 read by eye: net 300,
/// -100, -400, -1.000, -1.000, -1.000; payback 3 år), a proposal with a staff driver, one whose text is hostile
/// markup, and a follow-up period.
enum WebFixtures {
    static let years = 2019...2024

    static func series(_ thousands: [Amount]) -> YearSeries {
        YearSeries(firstYear: 2019, values: thousands.map { $0 * 1_000 })
    }

    static let bu01 = Proposal(
        code: "BU01", title: "Peer-to-Peer familier i familiebehandling",
        summary: "Forslaget omfatter brug af Peer-to-Peer familier som del af et familiebehandlingsforløb.",
        type: .investment, fundingSource: "Investeringspuljen", submittingAdministration: "Socialforvaltningen",
        affectedAdministrations: ["Socialforvaltningen"], areas: ["BU"], budgetRound: "Budget 2020", priceLevelYear: 2020,
        years: years,
        lines: [
            EconomicLine(label: "Kortere behandlingsperiode i et familiebehandlingsforløb", block: .permanent,
                         appropriation: "3000 – Børnefamilier med særlige behov", amounts: series([0, -1_300, -1_300, -1_300, -1_300, -1_300])),
            EconomicLine(label: "Administration forbundet med rekruttering og match af familier til Peer-to-Peer", block: .permanent,
                         amounts: series([0, 300, 300, 300, 300, 300])),
            EconomicLine(label: "Udvikling af nyt familiebehandlingsforløb og målgruppeanalyse", block: .implementation,
                         amounts: series([300, 300, 0, 0, 0, 0])),
            EconomicLine(label: "Evaluering, optimering og konsolidering af det nye familiebehandlingsforløb", block: .implementation,
                         amounts: series([0, 600, 600, 0, 0, 0])),
        ],
        sections: [
            TextSection(number: "1.2", heading: "Baggrund og formål", text: "Formålet er at udvikle et familiebehandlingsforløb.\n\nDet afprøves i to familiehuse."),
            TextSection(number: "1.4", heading: "Økonomi", text: "51 familier × 25.300 kr. = ca. 1,3 mio. kr."),
        ],
        implementationPlan: ImplementationPlan(activities: [
            .init(name: "Konceptudvikling", years: [2019]),
            .init(name: "Rekruttering af støttefamilier", years: [2020, 2021]),
        ]),
        followUpPlan: [
            FollowUpPlanRow(group: .milestone, goal: "Støttefamilier rekrutteres", measurement: "Registrering",
                            responsible: "Borgercenter Børn og Unge", when: "2021"),
            FollowUpPlanRow(group: .realisation, goal: "Minimum 50 familier årligt", measurement: "Registrering",
                            responsible: "Borgercenter Børn og Unge", when: "Årligt fra 2021"),
        ],
        risk: Risk(level: .middel, text: "Konceptet kan være svært at overføre."),
        consultations: [
            Consultation(body: "Center for Økonomi, Økonomiforvaltningen", answer: .ja, date: "12. februar 2019"),
            Consultation(body: "MED-udvalg", answer: nil),
        ])

    /// A staff driver as in seed 000's BU/SI01 ("4 årsværk × 0,5 mio. kr.", half effect in the first year):
    /// -1.000 in 2026, then -2.000 a year.
    static let driverProposal = Proposal(
        code: "UD20", title: "Færre sagsbehandlere gennem digitalisering", type: .investment,
        submittingAdministration: "Socialforvaltningen", areas: ["UD"], budgetRound: "Budget 2027", priceLevelYear: 2027,
        years: 2026...2031,
        lines: [
            EconomicLine(
                label: "Færre årsværk", block: .permanent, amounts: YearSeries(years: 2026...2031),
                driver: Driver(formula: .staff(fte: Quantity(4), annualCost: Quantity(500_000)), effect: .saving,
                               profile: [2026: Quantity(units: 5, scale: 1), 2027: Quantity(1), 2028: Quantity(1), 2029: Quantity(1),
                                         2030: Quantity(1), 2031: Quantity(1)])),
            EconomicLine(label: "Systemudvikling", block: .implementation,
                         amounts: YearSeries(firstYear: 2026, values: [3_000_000, 1_000_000, 0, 0, 0, 0])),
        ])

    static var driverProposalEvaluated: Proposal { DriverEvaluation.apply(to: driverProposal).0 }

    static let hostileText = "<script>alert(\"x\")</script> & 'citat' \"quoted\" 🎉 <b>fed</b>"

    static let hostile = Proposal(
        code: "UD<1>", title: hostileText, summary: "Resumé </textarea><script>x</script>", type: .efficiency,
        submittingAdministration: "Socialforvaltningen", areas: ["UD"], budgetRound: "Budget 2020", priceLevelYear: 2020, years: years,
        lines: [
            EconomicLine(label: hostileText, block: .permanent, appropriation: "\"><img src=x onerror=alert(1)>",
                         amounts: series([0, -250, -250, -250, -250, -250])),
        ],
        sections: [TextSection(number: "1.2", heading: "Baggrund <i>", text: "Tekst med <a href=\"https://evil.example\">link</a>")],
        consultations: [Consultation(body: "Body \"><script>", answer: .nej)])

    static let context = PageContext(
        user: SignedInUser(name: "Anne Forfatter", role: "author", administrations: ["Socialforvaltningen"]),
        csrfToken: "csrf-token-123")

    static func context(_ language: Language) -> PageContext {
        var context = self.context
        context.language = language
        return context
    }

    static let adminContext = PageContext(
        user: SignedInUser(name: "Ada <Admin>", role: "admin", administrations: []), csrfToken: "csrf-admin")

    static let savedAt = Date(timeIntervalSince1970: 1_740_000_000)

    static func row(_ id: Int64, _ proposal: Proposal, status: ProposalStatus = .draft, colour: StatusColour? = nil) -> ProposalRow {
        ProposalRow(id: id, version: 1, proposal: proposal, status: status, colour: colour)
    }

    static var rows: [ProposalRow] {
        [row(1, bu01, status: .adopted, colour: .green), row(2, driverProposalEvaluated, status: .submitted), row(3, hostile)]
    }

    static let onTrack = FollowUpConfiguration.default.categories[0]
    static let slipped = FollowUpConfiguration.default.categories[2]
    static let red = FollowUpConfiguration.default.categories[3]

    static func period() throws -> FollowUpPeriod {
        let records = [
            FollowUpRecord(key: FollowUpKey(adoptedBudgetYear: 2023, code: "HA03", title: "Botilbud"), code: "HA03", title: "Botilbud",
                           area: "Borgere med handicap", assessment: .recorded(onTrack), remark: "Forløber som planlagt",
                           plannedFullImplementationYear: 2024, currentFullImplementationYear: 2024,
                           efficiencyAtFullPhaseIn: -2_000_000, plannedEfficiency: [2024: -2_000_000], realisedEfficiency: [2024: -2_000_000],
                           totalInvestment: 1_500_000),
            FollowUpRecord(key: FollowUpKey(adoptedBudgetYear: 2024, code: "BU02", title: "Familiebehandling"), code: "BU02",
                           title: "Familiebehandling <tidlig>", area: "Børnefamilier med særlige behov", assessment: .recorded(slipped),
                           remark: "Forsinket", plannedFullImplementationYear: 2023, currentFullImplementationYear: 2025,
                           efficiencyAtFullPhaseIn: -1_000_000, plannedEfficiency: [2024: -1_000_000], realisedEfficiency: [2024: -400_000],
                           totalInvestment: 800_000, handling: "Den tabte effektivisering indhentes ved rammebesparelse"),
            FollowUpRecord(key: FollowUpKey(adoptedBudgetYear: 2024, code: "UD05", title: "Udsatte"), code: "UD05", title: "Udsatte",
                           area: "Udsatte voksne", assessment: .recorded(red), remark: "Implementeres ikke",
                           efficiencyAtFullPhaseIn: -3_000_000, totalInvestment: 2_000_000),
        ]
        return try FollowUpPeriod(named: "December 2024", records: records)
    }
}
