import GevinstCore

/// Why a document could not be rendered, in words a finance consultant can act on.
public enum DocumentError: Error, Sendable, Hashable, CustomStringConvertible {
    /// An amount beyond `AmountLimits.maxMagnitude`: no municipal budget line is that large.
    case amountOutOfRange(proposal: String, line: String, amount: Amount)
    /// More lines or years than `AmountLimits` allows.
    case tooLarge(proposal: String, what: String)
    /// A total across proposals that no longer fits in a 64-bit amount.
    case totalOverflow(what: String)
    /// The writer failed to build its zip archive.
    case archive(String)

    public var description: String {
        switch self {
        case .amountOutOfRange(let proposal, let line, let amount):
            "\(proposal): the line \"\(line)\" has the amount \(DanishNumber.format(amount)) kr., beyond the limit of \(DanishNumber.format(AmountLimits.maxMagnitude)) kr."
        case .tooLarge(let proposal, let what):
            "\(proposal): \(what)"
        case .totalOverflow(let what):
            "the total \(what) is too large to add up"
        case .archive(let message):
            "could not write the document archive: \(message)"
        }
    }
}

/// Checks that a proposal stays inside `AmountLimits`, so that Core's sums over its lines and years cannot
/// overflow (Amount.swift: the limits exist to make those sums safe). The renderers call this before
/// `Compute.proposal`, so no input can trap.
enum RenderLimits {
    /// Years a municipal table can name; keeps year arithmetic far from `Int`'s limits.
    static let plausibleYears = 1...9_999

    static func check(_ proposal: Proposal) throws(DocumentError) {
        let name = proposal.displayName
        guard plausibleYears.contains(proposal.years.lowerBound), plausibleYears.contains(proposal.years.upperBound) else {
            throw .tooLarge(proposal: name, what: "the years \(proposal.years.lowerBound)–\(proposal.years.upperBound) are not calendar years")
        }
        guard proposal.lines.count <= AmountLimits.maxLines else {
            throw .tooLarge(proposal: name, what: "\(proposal.lines.count) economic lines, more than the \(AmountLimits.maxLines) allowed")
        }
        guard proposal.years.count <= AmountLimits.maxYears else {
            throw .tooLarge(proposal: name, what: "the years \(proposal.years.lowerBound)–\(proposal.years.upperBound) span more than \(AmountLimits.maxYears) years")
        }
        for line in proposal.lines {
            guard plausibleYears.contains(line.amounts.firstYear), line.amounts.values.count <= AmountLimits.maxYears * 4 else {
                throw .tooLarge(proposal: name, what: "the line \"\(line.label)\" has \(line.amounts.values.count) years of amounts")
            }
            for amount in line.amounts.values where !AmountLimits.isWithinLimit(amount) {
                throw .amountOutOfRange(proposal: name, line: line.label, amount: amount)
            }
        }
    }

    static func check(_ plan: StrategyPlan) throws(DocumentError) {
        for table in plan.tables {
            guard table.rows.count <= AmountLimits.maxLines else {
                throw .tooLarge(proposal: plan.title, what: "the table \"\(table.title)\" has more than \(AmountLimits.maxLines) rows")
            }
            for row in table.rows {
                for amount in row.amounts.values where !AmountLimits.isWithinLimit(amount) {
                    throw .amountOutOfRange(proposal: plan.title, line: row.label, amount: amount)
                }
            }
        }
    }
}
