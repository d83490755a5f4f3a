import Testing
@testable import GevinstCore

/// `missing.*` and `criteria.*`.
@Suite struct MissingAndCriteriaChecksTests {
    @Test func everyRequiredFieldHasItsOwnRule() {
        let empty = Proposal(title: " ", years: 2020...2020)
        let configuration = CheckConfiguration(requiredFields: RequiredField.allCases)
        let rules = Checks.run(empty, configuration: configuration).filter { $0.rule.family == "missing" }.map(\.rule.name)
        #expect(rules == RequiredField.allCases.map(\.rawValue))
    }

    @Test func theDefaultsAreTheTemplatesHeaderFields() {
        // 001's proposals have no codes: a legacy import reports it unless the configuration drops the field.
        var proposal = SeedProposals.clean
        proposal.code = nil
        #expect(Checks.run(proposal).map(\.rule) == ["missing.code"])
        let withoutCode = CheckConfiguration(requiredFields: RequiredField.defaults.filter { $0 != .code })
        #expect(Checks.run(proposal, configuration: withoutCode).isEmpty)
    }

    @Test func theEconomicsConsultationIsFoundByName() {
        var proposal = SeedProposals.clean
        proposal.consultations.removeFirst()
        #expect(Checks.run(proposal).map(\.rule) == ["missing.economics-consultation"])
        proposal.consultations.append(Consultation(body: "ØKF", answer: .ja))
        #expect(Checks.run(proposal).isEmpty)
    }

    @Test func consultationsMustBeFinishedOncePastDrafting() throws {
        var proposal = SeedProposals.clean
        proposal.consultations[2].answer = nil
        let finding = try #require(Checks.run(proposal).first)
        #expect(finding.rule == "criteria.consultation-unfinished")
        #expect(finding.message == "The consultation of IT-kredsen has no answer, but the proposal is presented; consultations must be finished before committee approval.")
        proposal.status = .draft
        #expect(Checks.run(proposal).isEmpty)
    }

    @Test func economicsNotApprovedByCenterForOekonomi() {
        var proposal = SeedProposals.clean
        proposal.consultations[0].answer = .nej
        #expect(Checks.run(proposal).map(\.rule) == ["criteria.economics-not-approved"])
    }

    @Test func investmentProposalWithoutSavingsOrWithoutInvestment() {
        var proposal = SeedProposals.clean
        proposal.printed = nil
        let savings = proposal.lines.filter { $0.block == .permanent }
        proposal.lines.removeAll { $0.block == .permanent }
        #expect(Checks.run(proposal).map(\.rule).contains("criteria.investment-without-savings"))
        proposal.lines = savings
        #expect(Checks.run(proposal).map(\.rule) == ["criteria.investment-without-investment"])
    }

    @Test func innovationProposalsCommitNoSavingAndEfficiencyProposalsNeedNoInvestment() {
        var proposal = SeedProposals.clean
        proposal.printed = nil
        proposal.type = .innovation
        #expect(Checks.run(proposal).map(\.rule) == ["criteria.innovation-with-savings"])
        proposal.type = .efficiency
        #expect(Checks.run(proposal).map(\.rule) == ["criteria.efficiency-with-investment"])
    }
}
