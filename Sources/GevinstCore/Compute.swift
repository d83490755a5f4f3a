/// Computes Tabel 1–4, investment, effect and payback from a proposal's lines.
public enum Compute {
    /// One computed proposal per variant ("Model 1", "Model 2"), or a single one when there are none. Lines
    /// without a variant count in every variant.
    public static func proposal(_ proposal: Proposal, rule: PaybackRule = .firstYearStrict) -> [ComputedProposal] {
        // Most proposals have no variants; looking at the field alone avoids copying every line.
        if !proposal.lines.contains(where: { $0.variant != nil }) { return [variant(nil, of: proposal, rule: rule)] }
        return proposal.variants.map { variant($0, of: proposal, rule: rule) }
    }

    /// The computation for one variant (nil: all lines).
    ///
    /// Written for a portfolio of 100 000 proposals (`gevinst-bench core`): lines are read in place rather than
    /// copied, row arrays are allocated once at their final size, and totals are summed into dense arrays.
    public static func variant(_ variant: String?, of proposal: Proposal, rule: PaybackRule = .firstYearStrict) -> ComputedProposal {
        let years = proposal.years
        let count = years.count
        let zeros = [Amount](repeating: 0, count: count)
        var permanentTotal = zeros
        var implementationTotal = zeros
        // Allocated only when a line needs them; otherwise the service series share the totals' storage.
        var permanentOverfoersler: [Amount]? = nil
        var implementationOverfoersler: [Amount]? = nil
        var table4Total: [Amount]? = nil
        var investmentService: Amount = 0
        var investmentAnlaeg: Amount = 0
        var permanentRows: [ComputedRow] = []
        var implementationRows: [ComputedRow] = []
        var table3Rows: [ComputedRow] = []
        var table4Rows: [ComputedRow] = []

        proposal.lines.withUnsafeBufferPointer { lines in
            var permanentCount = 0
            var implementationCount = 0
            var anlaegCount = 0
            for index in lines.indices where lines[index].variant == nil || lines[index].variant == variant {
                switch lines[index].block {
                case .permanent: permanentCount += 1
                case .implementation:
                    implementationCount += 1
                    if lines[index].steeringArea == .anlaeg { anlaegCount += 1 }
                }
            }
            permanentRows.reserveCapacity(permanentCount)
            implementationRows.reserveCapacity(implementationCount)
            table3Rows.reserveCapacity(implementationCount - anlaegCount)
            table4Rows.reserveCapacity(anlaegCount)

            for index in lines.indices where lines[index].variant == nil || lines[index].variant == variant {
                let lineAmounts = lines[index].amounts
                let amounts = lineAmounts.firstYear == years.lowerBound && lineAmounts.values.count == count
                    ? lineAmounts : lineAmounts.resized(to: years)
                let area = lines[index].steeringArea
                let row = ComputedRow(
                    label: lines[index].label, steeringArea: area, appropriation: lines[index].appropriation,
                    innovationPool: lines[index].innovationPool, amounts: amounts, lineIndex: index)
                switch lines[index].block {
                case .permanent:
                    permanentRows.append(row)
                    accumulate(&permanentTotal, amounts.values)
                    if area == .overfoersler { accumulate(&permanentOverfoersler, amounts.values, zeros) }
                case .implementation:
                    implementationRows.append(row)
                    accumulate(&implementationTotal, amounts.values)
                    if area == .overfoersler { accumulate(&implementationOverfoersler, amounts.values, zeros) }
                    if area == .anlaeg {
                        table4Rows.append(row)
                        accumulate(&table4Total, amounts.values, zeros)
                        investmentAnlaeg &+= amounts.sum
                    } else {
                        table3Rows.append(row)
                        investmentService &+= amounts.sum
                    }
                }
            }
        }

        var net = permanentTotal
        accumulate(&net, implementationTotal)
        // Service = total minus Overførsler; Tabel 3 = implementation minus Anlæg (wrapping sums, so exact).
        let permanentService = subtracting(permanentTotal, permanentOverfoersler)
        var serviceNet = subtracting(net, permanentOverfoersler)
        serviceNet = subtracting(serviceNet, implementationOverfoersler)
        let table3Total = subtracting(implementationTotal, table4Total)

        let first = years.lowerBound
        let permanentSeries = YearSeries(firstYear: first, values: permanentTotal)
        let permanentServiceSeries = YearSeries(firstYear: first, values: permanentService)
        let netSeries = YearSeries(firstYear: first, values: net)
        let serviceNetSeries = YearSeries(firstYear: first, values: serviceNet)

        let table1 = TableOne(
            permanentRows: permanentRows, permanentTotal: permanentSeries, permanentService: permanentServiceSeries,
            permanentOverfoersler: YearSeries(firstYear: first, values: permanentOverfoersler ?? zeros),
            implementationRows: implementationRows,
            implementationTotal: YearSeries(firstYear: first, values: implementationTotal), net: netSeries,
            serviceNet: serviceNetSeries)

        let printed = proposal.printed?.payback
        let payback = Payback(
            rule: rule,
            service: rule.payback(net: serviceNetSeries, permanent: permanentServiceSeries),
            total: rule.payback(net: netSeries, permanent: permanentSeries),
            printedService: printed?.service, printedTotal: printed?.total)

        return ComputedProposal(
            variant: variant, years: years, table1: table1,
            table2: DetailTable(rows: permanentRows, groups: groupsByAppropriation(permanentRows, years: years, total: permanentSeries), total: permanentSeries),
            table3: DetailTable(rows: table3Rows, groups: [], total: YearSeries(firstYear: first, values: table3Total)),
            table4: DetailTable(rows: table4Rows, groups: [], total: YearSeries(firstYear: first, values: table4Total ?? zeros)),
            investment: Investment(service: investmentService, anlaeg: investmentAnlaeg),
            fullPhaseInEffect: permanentTotal.last ?? 0,
            payback: payback)
    }

    /// Adds `source` into `target`, starting `target` from `zeros` the first time.
    @inline(__always)
    static func accumulate(_ target: inout [Amount]?, _ source: [Amount], _ zeros: [Amount]) {
        var values = target ?? zeros
        target = nil
        accumulate(&values, source)
        target = values
    }

    /// `values` minus `other` element by element (wrapping, like the sums); `values` itself when there is no
    /// `other`, sharing its storage.
    @inline(__always)
    static func subtracting(_ values: [Amount], _ other: [Amount]?) -> [Amount] {
        guard let other else { return values }
        var result = values
        result.withUnsafeMutableBufferPointer { result in
            other.withUnsafeBufferPointer { other in
                for index in 0..<min(result.count, other.count) { result[index] &-= other[index] }
            }
        }
        return result
    }

    /// Adds `source` into `target` element by element (both span the proposal's years).
    @inline(__always)
    static func accumulate(_ target: inout [Amount], _ source: [Amount]) {
        target.withUnsafeMutableBufferPointer { target in
            source.withUnsafeBufferPointer { source in
                for index in 0..<min(target.count, source.count) { target[index] &+= source[index] }
            }
        }
    }

    static func groupsByAppropriation(_ rows: [ComputedRow], years: ClosedRange<Int>, total: YearSeries) -> [DetailTable.Group] {
        // Usually every row has the same appropriation (or none): one group whose total is the table's total.
        if let first = rows.first, rows.allSatisfy({ $0.appropriation == first.appropriation }) {
            return [DetailTable.Group(name: first.appropriation, total: total)]
        }
        var groups: [DetailTable.Group] = []
        for row in rows {
            if let index = groups.firstIndex(where: { $0.name == row.appropriation }) {
                groups[index].total.add(row.amounts)
            } else {
                groups.append(DetailTable.Group(name: row.appropriation, total: row.amounts))
            }
        }
        return groups
    }
}
