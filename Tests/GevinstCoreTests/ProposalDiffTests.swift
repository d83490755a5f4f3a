import GevinstCore
import Testing

@Suite struct ProposalDiffTests {
    func peerToPeer(saving: Amount = -1_300_000, title: String = "Peer-to-Peer familier") -> Proposal {
        Proposal(
            code: "BU01", title: title, years: 2019...2024,
            lines: [
                EconomicLine(
                    label: "Kortere behandlingsperiode", block: .permanent,
                    amounts: YearSeries(years: 2019...2024, amounts: [2020: saving, 2021: saving])),
                EconomicLine(label: "Projektleder", block: .implementation, amounts: YearSeries(years: 2019...2024, amounts: [2019: 600_000])),
            ],
            sections: [TextSection(number: "1.2", heading: "Baggrund og formål", text: "Familier")],
            consultations: [Consultation(body: "IT-kredsen", answer: nil)])
    }

    @Test func identicalProposalsHaveNoChanges() {
        #expect(ProposalDiff(from: peerToPeer(), to: peerToPeer()).isEmpty)
    }

    @Test func aChangedAmountIsAFigureChangeWithItsTotals() {
        let diff = ProposalDiff(from: peerToPeer(), to: peerToPeer(saving: -1_500_000))
        #expect(diff.fieldChanges.isEmpty)
        let paths = diff.figureChanges.map(\.path)
        #expect(paths.contains("lines[permanent: Kortere behandlingsperiode].amounts.2020"))
        #expect(paths.contains("computed.table1.net.2021"))
        let line = diff.changes.first { $0.path == "lines[permanent: Kortere behandlingsperiode].amounts.2021" }
        #expect(line?.old == "-1300000")
        #expect(line?.new == "-1500000")
        // 2019 is unchanged: the implementation line did not move.
        #expect(!paths.contains("computed.table1.net.2019"))
    }

    @Test func writtenFieldsAreFieldChanges() {
        var after = peerToPeer(title: "Peer-to-Peer familier i familiebehandling")
        after.sections[0].text = "Familier med børn"
        after.consultations[0].answer = .ikkeRelevant
        let diff = ProposalDiff(from: peerToPeer(), to: after)
        #expect(diff.figureChanges.isEmpty)
        #expect(diff.fieldChanges.map(\.path) == ["title", "sections[1.2].text", "consultations[IT-kredsen].answer"])
        #expect(diff.changes[0].description == "title: Peer-to-Peer familier → Peer-to-Peer familier i familiebehandling")
        #expect(diff.changes[2].old == nil)
        #expect(diff.changes[2].new == "Ikke relevant")
    }

    @Test func linesAreMatchedByLabelNotPosition() {
        var after = peerToPeer()
        after.lines.reverse()
        #expect(ProposalDiff(from: peerToPeer(), to: after).isEmpty)
    }

    @Test func addedAndRemovedLines() {
        var after = peerToPeer()
        after.lines.removeLast()
        after.lines.append(EconomicLine(label: "Licens", block: .permanent, amounts: YearSeries(years: 2019...2024, amounts: [2022: 50_000])))
        let diff = ProposalDiff(from: peerToPeer(), to: after)
        #expect(diff.changes.contains(.init(path: "lines[implementation: Projektleder]", kind: .field, old: "Projektleder", new: nil)))
        #expect(diff.changes.contains(.init(path: "lines[permanent: Licens].amounts.2022", kind: .figure, old: nil, new: "50000")))
        #expect(diff.changes.contains(.init(path: "computed.investment", kind: .figure, old: "600000", new: "0")))
    }
}
