import Testing
@testable import GevinstCore

/// `payback.*` and the convention summary, with paybacks read off the seeds.
@Suite struct PaybackChecksTests {
    func payback(_ proposal: Proposal) -> ComputedProposal? { Compute.proposal(proposal).first }

    @Test func computedPaybacksOfTheSeeds() {
        // 003 BU05: 2.065, then -1.500 a year: below zero in year 3.
        #expect(payback(SeedProposals.bu05())?.payback.service == PaybackYears(years: 3))
        // 003 SI02: cumulative 1.150, 0, -1.500: exactly zero in year 2 is not paid back; year 3.
        #expect(payback(SeedProposals.si02)?.payback.service == PaybackYears(years: 3))
        // 000 UD13: 360, then -2.280: year 2.
        #expect(payback(SeedProposals.ud13)?.payback.total == PaybackYears(years: 2))
        // 000 TV01: 4.255, 22.655, 16.852, 11.049, 5.246, -557: year 6.
        #expect(payback(SeedProposals.tv01of000)?.payback.total == PaybackYears(years: 6))
    }

    @Test func printedPaybacksThatTheDefaultRuleReproducesGiveNoFinding() {
        for proposal in [SeedProposals.bu05(), SeedProposals.si02, SeedProposals.ud13, SeedProposals.tv01of000, SeedProposals.si05] {
            #expect(!Checks.run(proposal).contains { $0.rule.family == "payback" }, "\(proposal.displayName)")
        }
    }

    @Test func catalogue003HA02PrintsFourWhereTheRuleGivesThree() throws {
        let found = Checks.run(SeedProposals.ha02).filter { $0.rule == "payback.printed-differs" }
        let finding = try #require(found.first)
        #expect(found.count == 1)
        #expect(finding.line == 2031)
        #expect(finding.message == "Tabel 1 prints a service payback of 4 years; first-year-strict gives 3 years. No named rule gives 4.")
        #expect(Checks.run(SeedProposals.tv01).contains { $0.rule == "payback.printed-differs" })
    }

    @Test func aDifferingPaybackNamesTheRulesThatWouldGiveIt() throws {
        // SI02 reaches exactly 0 in year 2: "≤ 0" gives 2, and so does counting from the first savings year
        // (2020, below zero in 2021).
        var proposal = SeedProposals.si02
        proposal.printed?.payback = PrintedPayback(service: 2)
        let finding = try #require(Checks.run(proposal).first { $0.rule == "payback.printed-differs" })
        #expect(finding.message.hasSuffix("first-year-strict gives 3 years. first-year-inclusive, first-savings-year-strict would give 2."))
    }

    @Test func aPaybackAboveTheConfiguredMaximum() throws {
        let configuration = CheckConfiguration(maximumPaybackYears: 5)
        let found = Checks.run(SeedProposals.tv01of000, configuration: configuration).filter { $0.rule == "payback.above-maximum" }
        #expect(found.count == 2)
        let first = try #require(found.first)
        #expect(first.message.contains("payback is 6 years by first-year-strict, longer than the maximum of 5 years"))
        #expect(Checks.run(SeedProposals.tv01of000, configuration: CheckConfiguration(maximumPaybackYears: 6))
            .allSatisfy { $0.rule != "payback.above-maximum" })
    }

    @Test func anInvestmentThatNeverPaysBack() throws {
        var proposal = SeedProposals.clean
        proposal.lines[0].amounts = SeedProposals.series(2019, [0, -100, -100, -100, -100, -100])
        proposal.lines[1].amounts = SeedProposals.series(2019, [0, 0, 0, 0, 0, 0])
        proposal.printed = nil
        let finding = try #require(Checks.run(proposal).first { $0.rule == "payback.not-paid-back" })
        #expect(finding.message.contains("invests 2.065 (1.000 kr.) and is ikke tilbagebetalt inden for perioden 2019–2024"))
    }

    @Test func conventionSummaryCountsWhichRulesReproduceThePrintedValues() {
        // BU05 (3) and SI02 (3) are reproduced by first-year-strict; HA02 and TV01 (4) by no rule.
        let summary = PaybackConventionSummary.summarise([SeedProposals.bu05(), SeedProposals.si02, SeedProposals.ha02, SeedProposals.tv01])
        #expect(summary.map(\.rule) == PaybackRule.named.map(\.name))
        #expect(summary.allSatisfy { $0.printedCount == 4 })
        #expect(summary.first { $0.rule == "first-year-strict" }?.reproduced == 2)
        // ≤ 0 gives SI02 2 instead of 3: only BU05.
        #expect(summary.first { $0.rule == "first-year-inclusive" }?.reproduced == 1)
        // Counting from the first savings year (2020) gives BU05 2 and SI02 2: neither.
        #expect(summary.first { $0.rule == "first-savings-year-strict" }?.reproduced == 0)
    }
}
