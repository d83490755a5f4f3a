import Testing
@testable import GevinstCore

/// `sign.*`: savings negative, costs positive.
@Suite struct SignChecksTests {
    func rules(_ proposal: Proposal) -> [RuleID] { Checks.run(proposal).filter { $0.rule.family == "sign" }.map(\.rule) }

    @Test func aSavingWithAPositiveAmount() throws {
        var proposal = SeedProposals.clean
        proposal.printed = nil
        // 003 BU05's "Besparelse på husleje" with its sign lost (as 001's OCR loses minus signs).
        proposal.lines[1].amounts = SeedProposals.series(2019, [0, 400, 400, 400, 400, 400])
        let finding = try #require(Checks.run(proposal).first { $0.rule == "sign.saving-positive" })
        #expect(finding.message == "\"Besparelse på husleje\" is a saving (\"besparelse\") but is 400 in 2020 (1.000 kr.); savings are negative.")
    }

    @Test func savingWordsAreFoundInCompoundsAndCapitals() {
        let patterns = CheckConfiguration.default.savingPatterns
        #expect(patterns.firstMatch(in: "Huslejebesparelse") != nil)
        #expect(patterns.firstMatch(in: "FÆRRE KØB AF PLADSER")?.text == "færre")
        #expect(patterns.firstMatch(in: "Indkøbseffektivisering, den sociale hjemmepleje") != nil)
        #expect(patterns.firstMatch(in: "Driftsudgift til en udslusningskoordinator") == nil)
        // A running cost whose label names no saving is not a sign error (003 HA02 "Fremskudte sagsbehandlere" +1.500).
        #expect(!rules(SeedProposals.ha02).contains("sign.saving-positive"))
    }

    @Test func aNegativeImplementationCost() throws {
        var proposal = SeedProposals.clean
        proposal.printed = nil
        proposal.lines[2].amounts = SeedProposals.series(2019, [-125, 0, 0, 0, 0, 0])
        let finding = try #require(Checks.run(proposal).first { $0.rule == "sign.implementation-negative" })
        #expect(finding.message == "Implementation cost \"Flytteudgifter\" is -125 in 2019 (1.000 kr.); costs are positive.")
    }

    @Test func anEfficiencyProposalWhosePermanentTotalIsACost() {
        var proposal = SeedProposals.ha02
        proposal.type = .efficiency
        proposal.lines[3].amounts = SeedProposals.series(2019, [0, -1000, -1000, -1000, -1000, -1000])
        #expect(rules(proposal).contains("sign.permanent-total-positive"))
        proposal.type = .innovation
        #expect(!rules(proposal).contains("sign.permanent-total-positive"))
    }
}
