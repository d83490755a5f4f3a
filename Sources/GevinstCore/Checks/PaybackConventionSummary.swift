/// Which payback convention a document's authors used: for every named rule, how many of the document's
/// printed paybacks (service and total economy) the rule reproduces from the lines. Catalogue 003 follows
/// `first-year-strict` in 19 of 21 printed values; 000 and 001 mix conventions (DOMAIN.md §5).
public enum PaybackConventionSummary {
    public struct Entry: Sendable, Hashable {
        public var rule: String
        /// Printed values this rule gives exactly (for a two-model proposal: for one of its models).
        public var reproduced: Int
        /// Printed values compared.
        public var printedCount: Int

        public init(rule: String, reproduced: Int, printedCount: Int) {
            self.rule = rule
            self.reproduced = reproduced
            self.printedCount = printedCount
        }
    }

    /// One entry per rule of `PaybackRule.named`, in that order.
    public static func summarise(_ proposals: [Proposal]) -> [Entry] {
        var printedCount = 0
        var reproduced = [Int](repeating: 0, count: PaybackRule.named.count)
        for proposal in proposals {
            guard let printed = proposal.printed?.payback, printed.service != nil || printed.total != nil else { continue }
            let computations = Compute.proposal(proposal)
            for (index, rule) in PaybackRule.named.enumerated() {
                let paybacks = computations.map { $0.payback(by: rule) }
                if let service = printed.service, paybacks.contains(where: { $0.service == PaybackChecks.paybackYears(service) }) {
                    reproduced[index] += 1
                }
                if let total = printed.total, paybacks.contains(where: { $0.total == PaybackChecks.paybackYears(total) }) {
                    reproduced[index] += 1
                }
            }
            printedCount += (printed.service == nil ? 0 : 1) + (printed.total == nil ? 0 : 1)
        }
        return PaybackRule.named.enumerated().map { index, rule in
            Entry(rule: rule.name, reproduced: reproduced[index], printedCount: printedCount)
        }
    }
}
