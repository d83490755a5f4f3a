/// Computes Tabel 1–4, investment, effect and payback from a proposal's lines.
public enum Compute {
    /// One computed proposal per variant ("Model 1", "Model 2"), or a single one when there are none. Lines
    /// without a variant count in every variant.
    public static func proposal(_ proposal: Proposal, rule: PaybackRule = .firstYearStrict) -> [ComputedProposal] {
        let variants = proposal.variants
        if variants.isEmpty { return [variant(nil, of: proposal, rule: rule)] }
        return variants.map { variant($0, of: proposal, rule: rule) }
    }

    /// The computation for one variant (nil: all lines).
    public static func variant(_ variant: String?, of proposal: Proposal, rule: PaybackRule = .firstYearStrict) -> ComputedProposal {
        let years = proposal.years
        var permanentRows: [ComputedRow] = []
        var implementationRows: [ComputedRow] = []
        var permanentTotal = YearSeries(years: years)
        var permanentService = YearSeries(years: years)
        var permanentOverfoersler = YearSeries(years: years)
        var implementationTotal = YearSeries(years: years)
        var implementationOverfoersler = YearSeries(years: years)
        var table3Total = YearSeries(years: years)
        var table4Total = YearSeries(years: years)
        var table3Rows: [ComputedRow] = []
        var table4Rows: [ComputedRow] = []
        var investmentService: Amount = 0
        var investmentAnlaeg: Amount = 0

        for (index, line) in proposal.lines.enumerated() where line.variant == nil || line.variant == variant {
            let amounts = line.amounts.firstYear == years.lowerBound && line.amounts.values.count == years.count
                ? line.amounts : line.amounts.resized(to: years)
            let row = ComputedRow(
                label: line.label, steeringArea: line.steeringArea, appropriation: line.appropriation,
                innovationPool: line.innovationPool, amounts: amounts, lineIndex: index)
            switch line.block {
            case .permanent:
                permanentRows.append(row)
                permanentTotal.add(amounts)
                if line.steeringArea == .overfoersler { permanentOverfoersler.add(amounts) } else { permanentService.add(amounts) }
            case .implementation:
                implementationRows.append(row)
                implementationTotal.add(amounts)
                if line.steeringArea == .overfoersler { implementationOverfoersler.add(amounts) }
                if line.steeringArea == .anlaeg {
                    table4Rows.append(row)
                    table4Total.add(amounts)
                    investmentAnlaeg &+= amounts.sum
                } else {
                    table3Rows.append(row)
                    table3Total.add(amounts)
                    investmentService &+= amounts.sum
                }
            }
        }

        let net = permanentTotal + implementationTotal
        var serviceNet = net
        for year in years { serviceNet[year] -= permanentOverfoersler[year] + implementationOverfoersler[year] }
        let servicePermanent = permanentService

        let table1 = TableOne(
            permanentRows: permanentRows, permanentTotal: permanentTotal, permanentService: permanentService,
            permanentOverfoersler: permanentOverfoersler, implementationRows: implementationRows,
            implementationTotal: implementationTotal, net: net, serviceNet: serviceNet)

        let printed = proposal.printed?.payback
        let payback = Payback(
            rule: rule,
            service: rule.payback(net: serviceNet, permanent: servicePermanent),
            total: rule.payback(net: net, permanent: permanentTotal),
            printedService: printed?.service, printedTotal: printed?.total)

        return ComputedProposal(
            variant: variant, years: years, table1: table1,
            table2: DetailTable(rows: permanentRows, groups: groupsByAppropriation(permanentRows, years: years), total: permanentTotal),
            table3: DetailTable(rows: table3Rows, groups: [], total: table3Total),
            table4: DetailTable(rows: table4Rows, groups: [], total: table4Total),
            investment: Investment(service: investmentService, anlaeg: investmentAnlaeg),
            fullPhaseInEffect: permanentTotal.values.last ?? 0,
            payback: payback)
    }

    static func groupsByAppropriation(_ rows: [ComputedRow], years: ClosedRange<Int>) -> [DetailTable.Group] {
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
