import GevinstCore

/// The calendar year a chart marks as the payback year: the year Core's rule counted up to.
///
/// Under `PaybackRule.Start.firstYearOfTable` year 1 is the table's first year, so a payback of 3 years in
/// a 2019–2024 table is 2021. Under `firstYearWithSavings` counting starts in the first year whose permanent
/// total is a saving. A fractional payback (tenths) is marked in the year it falls in.
enum PaybackYearMark {
    static func year(_ payback: PaybackYears?, rule: PaybackRule, computed: ComputedProposal) -> Int? {
        guard let payback else { return nil }
        let wholeYearsCounted = (payback.tenths + 9) / 10
        var start = computed.years.lowerBound
        if rule.start == .firstYearWithSavings,
           let firstSaving = computed.table1.permanentTotal.values.firstIndex(where: { $0 < 0 }) {
            start += firstSaving
        }
        let year = start + wholeYearsCounted - 1
        return computed.years.contains(year) ? year : nil
    }

    /// "Tilbagebetalt i 2021 (3 år, totaløkonomi)" or the not-paid-back text.
    static func label(_ payback: PaybackYears?, year: Int?) -> String {
        guard let payback, let year else { return "Totaløkonomi: " + Payback.notPaidBackText }
        return "Tilbagebetalt i \(year) (\(payback) år, totaløkonomi)"
    }
}
