import PropertyBased
import Testing
@testable import GevinstCore

/// Properties that hold for every proposal, on generated lines.
@Suite struct PropertyTests {
    static let years = 2019...2024

    /// A generated line: block, steering area and six amounts of up to 100 mio. kr.
    static let lineGen = zip(
        Gen.int(in: 0...1), Gen.int(in: 0...2), Gen.int64(in: -100_000_000...100_000_000).array(of: 6)
    ).map { block, area, values in
        EconomicLine(
            label: "Linje", block: block == 0 ? .permanent : .implementation,
            steeringArea: [SteeringArea.service, .anlaeg, .overfoersler][area],
            amounts: YearSeries(firstYear: years.lowerBound, values: values))
    }

    static let proposalGen = lineGen.array(of: 0...12).map { Proposal(title: "P", years: years, lines: $0) }

    @Test func netIsPermanentPlusImplementation() async {
        await propertyCheck(input: Self.proposalGen) { proposal in
            for computed in Compute.proposal(proposal) {
                for year in Self.years {
                    #expect(computed.table1.net[year] == computed.table1.permanentTotal[year] + computed.table1.implementationTotal[year])
                }
            }
        }
    }

    @Test func table3PlusTable4IsTheImplementationBlock() async {
        await propertyCheck(input: Self.proposalGen) { proposal in
            for computed in Compute.proposal(proposal) {
                for year in Self.years {
                    #expect(computed.table3.total[year] + computed.table4.total[year] == computed.table1.implementationTotal[year])
                }
                #expect(computed.investment.total == computed.table1.implementationTotal.sum)
            }
        }
    }

    @Test func paybackIsNeverLaterWhenSavingsGrow() async {
        let input = zip(Self.proposalGen, Gen.int(in: 0...5), Gen.int64(in: 1...50_000_000))
        await propertyCheck(input: input) { proposal, yearOffset, extra in
            var grown = proposal
            grown.lines.append(EconomicLine(
                label: "Ekstra besparelse", block: .permanent,
                amounts: YearSeries(years: Self.years, amounts: [Self.years.lowerBound + yearOffset: -extra])))
            for rule in [PaybackRule.firstYearStrict, .firstYearInclusive, .interpolated] {
                let before = Compute.proposal(proposal, rule: rule)[0].payback.total
                let after = Compute.proposal(grown, rule: rule)[0].payback.total
                if let before {
                    #expect(after != nil && after! <= before, "\(rule.name): \(before) became \(String(describing: after))")
                }
            }
        }
    }

    @Test func aRoundTripBetweenPriceLevelsStaysWithinTheStatedBound() async {
        // Index values between 50,0 and 200,0 with one decimal; amounts up to 10 mia. kr.
        let input = zip(Gen.int64(in: 500...2000), Gen.int64(in: 500...2000), Gen.int64(in: -10_000_000_000...10_000_000_000))
        await propertyCheck(count: 1000, input: input) { indexA, indexB, amount in
            let a = Quantity(units: indexA, scale: 1)
            let b = Quantity(units: indexB, scale: 1)
            guard let there = PriceConversion.convert(amount, from: a, to: b),
                let back = PriceConversion.convert(there, from: b, to: a)
            else {
                Issue.record("conversion failed")
                return
            }
            // |back − amount| ≤ ⌊1/2 + I(A)/(2·I(B))⌋ = ⌊(I(B) + I(A)) / (2·I(B))⌋.
            let bound = (indexB + indexA) / (2 * indexB)
            #expect(abs(back - amount) <= bound)
            if indexB > indexA { #expect(back == amount) }
            if indexB * 3 > indexA { #expect(abs(back - amount) <= 1) }
        }
    }
}
