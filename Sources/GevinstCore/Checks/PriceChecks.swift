/// Every amount table of a proposal is at one price/wage level (DOMAIN.md §4). 000 BU05 prints Tabel 1 at
/// "1.000 kr. 2023 p/l" and its Tabel 2 and Tabel 3 at "1.000 kr. 2022 p/l".
enum PriceChecks {
    static let tablesDiffer = RuleDescription(
        "price.tables-differ", .error, "Printed tables of one proposal state different price levels (p/l years).")
    static let tableDiffersFromProposal = RuleDescription(
        "price.table-differs-from-proposal", .error,
        "The printed tables agree on a price level that is not the proposal's price level year.")

    static let rules = [tablesDiffer, tableDiffersFromProposal]

    static func check(
        _ proposal: Proposal, _ computed: [ComputedProposal], _ configuration: CheckConfiguration, _ run: inout CheckRun
    ) {
        guard let tables = proposal.printed?.tables,
            let firstIndex = tables.firstIndex(where: { $0.priceLevelYear != nil }),
            let firstYear = tables[firstIndex].priceLevelYear
        else { return }
        if let differing = tables.firstIndex(where: { $0.priceLevelYear != nil && $0.priceLevelYear != firstYear }) {
            let stated = tables.filter { $0.priceLevelYear != nil }
            run.report(tablesDiffer, line: tables[differing].line) {
                "The printed tables state different price levels: "
                    + stated.map { "\(FindingText.variantPrefix($0.variant))\($0.kind.danishName) \($0.priceLevelYear.map(String.init) ?? "") p/l" }
                        .joined(separator: ", ") + "."
            }
            return
        }
        if let proposalYear = proposal.priceLevelYear, proposalYear != firstYear {
            run.report(tableDiffersFromProposal, line: tables[firstIndex].line) {
                "The printed tables state \(firstYear) p/l, but the proposal is at \(proposalYear) p/l."
            }
        }
    }
}
