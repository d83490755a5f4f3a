/// Replaces the amounts of every line given by a driver with the driver's results, so that the tables show
/// what the formula gives (DOMAIN.md §4: 000 BU/SI01 computes "8 unge × 3 måneder × 75 t.kr. pr. måned" and
/// "4 årsværk × 0,5 mio. kr." with half effect in the first year; the tables print only the results).
///
/// Each amount is rounded once, by `Rounding.wholeKroner`, inside `Driver.amounts(over:)`. A result beyond
/// `AmountLimits` is reported as a finding and the line keeps the amounts it had; a profile year outside the
/// proposal's years is reported and that share is left out.
public enum DriverEvaluation {
    public static let yearOutsideRange = RuleDescription(
        "driver.year-outside-range", .error,
        "A driver's phase-in profile names a year outside the proposal's years; that share is left out.")
    public static let amountBeyondLimit = RuleDescription(
        "driver.amount-beyond-limit", .error,
        "A driver's result is larger than any municipal amount can be (10.000 mia. kr.); the line keeps its amounts.")

    /// The proposal with driver results in place of typed amounts, and findings for drivers that could not be
    /// applied in full.
    public static func apply(to proposal: Proposal) -> (Proposal, [Finding]) {
        var result = proposal
        var findings: [Finding] = []
        let years = proposal.years
        for index in result.lines.indices {
            guard let driver = result.lines[index].driver else { continue }
            let label = result.lines[index].label
            let outside = driver.profile.keys.filter { !years.contains($0) }.sorted()
            if !outside.isEmpty {
                let list = outside.map(String.init).joined(separator: ", ")
                findings.append(Finding(
                    rule: yearOutsideRange.id, severity: yearOutsideRange.defaultSeverity, proposal: proposal.displayName,
                    message: "Line \"\(label)\": the driver's profile names \(list), outside the proposal's years "
                        + "\(years.lowerBound)–\(years.upperBound); that share is left out."))
            }
            guard let amounts = driver.amounts(over: years) else {
                findings.append(Finding(
                    rule: amountBeyondLimit.id, severity: amountBeyondLimit.defaultSeverity, proposal: proposal.displayName,
                    message: "Line \"\(label)\": \(driver.formula.explanation) gives more than "
                        + "\(DanishNumber.format(AmountLimits.maxMagnitude)) kr. in a year; the line keeps its typed amounts."))
                continue
            }
            result.lines[index].amounts = amounts
        }
        return (result, findings)
    }
}
