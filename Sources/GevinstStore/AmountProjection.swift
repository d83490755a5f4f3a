import GevinstCore

/// The amounts of one proposal version as rows (line, block, steering area, appropriation, year, amount), so
/// that portfolio sums are SQL queries instead of loops over documents. Zero amounts are left out.
///
/// A proposal with variants ("Model 1", "Model 2", 000 and 003 show such) would be counted twice if every
/// variant were summed: a portfolio counts the lines without a variant and those of the first variant, the
/// one the document presents first (`inPortfolio`).
public struct AmountRow: Sendable, Hashable {
    public var lineIndex: Int
    public var block: Block
    public var steeringArea: SteeringArea
    public var appropriation: String?
    public var variant: String?
    public var inPortfolio: Bool
    public var year: Int
    public var amount: Amount

    public static func rows(for proposal: Proposal) -> [AmountRow] {
        let firstVariant = proposal.variants.first
        var rows: [AmountRow] = []
        for (index, line) in proposal.lines.enumerated() {
            let counts = line.variant == nil || line.variant == firstVariant
            for (offset, amount) in line.amounts.values.enumerated() where amount != 0 {
                rows.append(AmountRow(
                    lineIndex: index, block: line.block, steeringArea: line.steeringArea, appropriation: line.appropriation,
                    variant: line.variant, inPortfolio: counts, year: line.amounts.firstYear + offset, amount: amount))
            }
        }
        return rows
    }
}

/// A portfolio total: the sum of the current versions' amounts for one year, block and steering area.
public struct PortfolioSum: Sendable, Hashable {
    public var year: Int
    public var block: Block
    public var steeringArea: SteeringArea
    public var amount: Amount
}
