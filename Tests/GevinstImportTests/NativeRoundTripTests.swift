import Foundation
import GevinstCore
import GevinstTestSupport
import Testing
@testable import GevinstImport

/// Writing an imported proposal to the native format (what `gevinst import --out` does) and reading it back
/// gives the same computed figures (issue 3, acceptance).
@Suite struct NativeRoundTripTests {
    @Test(
        .enabled(if: SeedCorpus.isAvailable, Comment(rawValue: SeedCorpus.skipMessage)),
        arguments: [SeedCorpus.proposals2021, SeedCorpus.transferCase2025, SeedCorpus.catalogue2019])
    func importedProposalsComputeTheSameAfterANativeRoundTrip(_ seed: String) throws {
        let document = try DocumentImporter.read(data: try #require(SeedCorpus.data(seed)), file: seed)
        #expect(!document.proposals.isEmpty)
        for proposal in document.proposals {
            let text = NativeFormat.encode(proposal)
            let back = try NativeFormat.decode(text: text, file: "\(proposal.displayName).json")
            let before = Compute.proposal(proposal)
            let after = Compute.proposal(back)
            #expect(before.count == after.count, "\(proposal.displayName)")
            for (a, b) in zip(before, after) {
                #expect(a.table1.permanentTotal == b.table1.permanentTotal, "\(proposal.displayName)")
                #expect(a.table1.implementationTotal == b.table1.implementationTotal, "\(proposal.displayName)")
                #expect(a.table1.net == b.table1.net, "\(proposal.displayName)")
                #expect(a.payback == b.payback, "\(proposal.displayName)")
            }
        }
    }
}
