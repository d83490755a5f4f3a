/// Sums and differences of amounts that can never trap: a result beyond `Int64` stops at the limit and the
/// caller learns that it did. Follow-up sums run over any number of records, so their size is not bounded by
/// `AmountLimits` as one proposal's sums are.
enum SaturatingAmount {
    static func adding(_ lhs: Amount, _ rhs: Amount) -> (value: Amount, saturated: Bool) {
        let (sum, overflow) = lhs.addingReportingOverflow(rhs)
        guard overflow else { return (sum, false) }
        return (rhs > 0 ? Amount.max : Amount.min, true)
    }

    static func subtracting(_ lhs: Amount, _ rhs: Amount) -> (value: Amount, saturated: Bool) {
        let (difference, overflow) = lhs.subtractingReportingOverflow(rhs)
        guard overflow else { return (difference, false) }
        return (rhs < 0 ? Amount.max : Amount.min, true)
    }
}

/// A running total that saturates instead of trapping and remembers that it did.
struct AmountTotal: Sendable, Hashable {
    private(set) var value: Amount = 0
    private(set) var saturated = false

    mutating func add(_ amount: Amount?) {
        guard let amount else { return }
        let result = SaturatingAmount.adding(value, amount)
        value = result.value
        if result.saturated { saturated = true }
    }
}
