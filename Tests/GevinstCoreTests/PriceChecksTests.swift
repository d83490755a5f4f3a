import Testing
@testable import GevinstCore

/// `price.*`.
@Suite struct PriceChecksTests {
    @Test func catalogue000BU05StatesTable1In2023AndTables2And3In2022() throws {
        var proposal = SeedProposals.clean
        proposal.priceLevelYear = 2023
        proposal.printed?.tables[0].priceLevelYear = 2023
        proposal.printed?.tables[1].priceLevelYear = 2022
        proposal.printed?.tables[2].priceLevelYear = 2022
        proposal.printed?.tables[3].priceLevelYear = 2023
        let found = Checks.run(proposal).filter { $0.rule.family == "price" }
        let finding = try #require(found.first)
        #expect(found.count == 1)
        #expect(finding.rule == "price.tables-differ")
        #expect(finding.line == 728)
        #expect(finding.message == "The printed tables state different price levels: Tabel 1 2023 p/l, Tabel 2 2022 p/l, Tabel 3 2022 p/l, Tabel 4 2023 p/l.")
    }

    @Test func tablesAgreeingOnAnotherYearThanTheProposal() throws {
        var proposal = SeedProposals.clean
        proposal.priceLevelYear = 2021
        let finding = try #require(Checks.run(proposal).first { $0.rule.family == "price" })
        #expect(finding.rule == "price.table-differs-from-proposal")
        #expect(finding.message == "The printed tables state 2020 p/l, but the proposal is at 2021 p/l.")
    }
}
