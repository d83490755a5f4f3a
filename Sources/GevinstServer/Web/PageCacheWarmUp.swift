import Foundation
import GevinstCore
import GevinstStore

/// At start, `gevinst serve` decodes every stored proposal's current version and computes its list row in the
/// background, so that the first list or dashboard after a start is as quick as later ones (with 1 000
/// proposals the first list otherwise takes about a second, the later ones a tenth). Nothing is kept that a
/// later request would not have kept: the same `DecodedProposalCache`, filled by the same functions.
actor PageCacheWarmUp {
    enum State: String, Sendable {
        case off
        case warming
        case ready
        case failed
    }

    private(set) var state: State = .off

    func set(_ state: State) { self.state = state }
}

extension GevinstAPI {
    /// Decodes every proposal's current version and computes its list row under its round's configuration.
    func warmPageCaches() async {
        await warmUp.set(.warming)
        let clock = ContinuousClock()
        let started = clock.now
        do {
            var fresh: [DecodedProposalCache.Key: Proposal] = [:]
            var readable: [ReadableProposal] = []
            for (record, content) in try await store.proposalsWithContent(matching: ProposalFilter(limit: 20_000)) {
                guard !Task.isCancelled else { return }
                do {
                    var proposal = try NativeFormat.decode(text: content, file: "proposal \(record.id)")
                    fresh[DecodedProposalCache.Key(id: record.id, version: record.version)] = proposal
                    proposal.status = record.status
                    readable.append(ReadableProposal(record: record, proposal: proposal))
                } catch {
                    logger.error("proposal \(record.id) version \(record.version) cannot be read: \(error.description)")
                }
            }
            await decodedProposals.remember(fresh)
            _ = try await rows(readable, period: nil)
            await warmUp.set(.ready)
            logger.info("decoded \(readable.count) proposals for the pages in \(clock.now - started)")
        } catch {
            await warmUp.set(.failed)
            logger.warning("the proposals could not be decoded ahead of the first page: \(error)")
        }
    }
}
