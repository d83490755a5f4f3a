import Foundation
import GevinstCore
import GevinstDocuments
import GevinstStore
import GevinstWeb

/// What several pages load: the proposals a visitor may read (with their content), the configuration of each
/// budget round, the document settings from the reference data, the follow-up colour rules and periods.
extension GevinstAPI {
    /// A stored proposal the visitor may read, decoded, with its status from the record.
    struct ReadableProposal: Sendable {
        var record: ProposalRecord
        var proposal: Proposal
    }

    /// The proposals of `round` (every round when nil) the visitor may read: other administrations' drafts are
    /// left out by the same filter as `GET /api/proposals`. Content that cannot be read is logged and skipped.
    func readableProposals(_ user: StoredUser, round: String? = nil) async throws -> [ReadableProposal] {
        let filter = ProposalFilter(round: round, draftsOnlyFrom: AccessPolicy.draftsVisible(to: user), limit: 20_000)
        var records = try await store.proposals(matching: filter).filter {
            AccessPolicy.canRead(user, administration: $0.administration, status: $0.status)
        }
        let keys = records.map { DecodedProposalCache.Key(id: $0.id, version: $0.version) }
        var decoded = await decodedProposals.proposals(for: keys)
        if decoded.count < keys.count {
            // Some versions are new to this process: read the contents and decode those.
            // Their records replace the first list, which someone may have saved over meanwhile.
            var fresh: [DecodedProposalCache.Key: Proposal] = [:]
            records = []
            for (record, content) in try await store.proposalsWithContent(matching: filter) {
                let key = DecodedProposalCache.Key(id: record.id, version: record.version)
                guard AccessPolicy.canRead(user, administration: record.administration, status: record.status) else { continue }
                records.append(record)
                guard decoded[key] == nil else { continue }
                do {
                    fresh[key] = try NativeFormat.decode(text: content, file: "proposal \(record.id)")
                } catch {
                    logger.error("proposal \(record.id) version \(record.version) cannot be read: \(error.description)")
                }
            }
            await decodedProposals.remember(fresh)
            decoded.merge(fresh) { old, _ in old }
        }
        return records.compactMap { record in
            guard var proposal = decoded[DecodedProposalCache.Key(id: record.id, version: record.version)] else { return nil }
            proposal.status = record.status
            return ReadableProposal(record: record, proposal: proposal)
        }
    }

    /// The checks' configuration per budget round: its payback rule and maximum payback.
    func checkConfigurations() async throws -> [String: CheckConfiguration] {
        var configurations: [String: CheckConfiguration] = [:]
        for round in try await store.budgetRounds() {
            configurations[round.name] = CheckConfiguration(paybackRule: round.paybackRule, maximumPaybackYears: round.maxPaybackYears)
        }
        return configurations
    }

    /// The document settings: the administrations and areas of the reference data, and the round's payback rule.
    func documentSettings(rule: PaybackRule = .firstYearStrict) async throws -> DocumentSettings {
        var administrations = try await store.administrations()
        let order = DocumentSettings.copenhagen.administrations
        administrations.sort { (order.firstIndex(of: $0) ?? Int.max, $0) < (order.firstIndex(of: $1) ?? Int.max, $1) }
        let areas = try await store.areas().map { DocumentSettings.TargetArea(code: $0.code, name: $0.name) }
        return DocumentSettings(paybackRule: rule, administrations: administrations, areas: areas)
    }

    /// The names of the budget rounds: the configured ones, then any a readable proposal names.
    func roundNames(_ proposals: [ReadableProposal] = []) async throws -> [String] {
        var names = try await store.budgetRounds().map(\.name)
        for entry in proposals { if let round = entry.record.roundName, !names.contains(round) { names.append(round) } }
        return names
    }

    /// The follow-up colour rules in force on `day`, by default today (`GevinstStore.followUpConfiguration(on:)`:
    /// the administrator's, else the default of DOMAIN.md §6); a period's date gives the rules it is judged by.
    /// Saved rules that no longer read are logged and the default shown, so the administration page stays usable
    /// to save them again.
    func storedColourRules(on day: CalendarDay = CalendarDay.today()) async throws -> FollowUpConfiguration {
        do {
            return try await store.followUpConfiguration(on: day)
        } catch let error as StoreError {
            logger.error("the stored colour rules cannot be read, showing the default: \(error.description)")
            return .default
        }
    }

    /// The newest follow-up period with its records (read in the configuration in force for its date), if any.
    func latestFollowUp() async throws -> FollowUpPeriod? {
        guard let latest = try await store.followUpPeriods().first else { return nil }
        return try await store.followUpPeriodValue(id: latest.id)
    }

    /// The rows of the list and the dashboard: Core's figures and findings under each round's configuration, and
    /// the follow-up colour of an adopted proposal (the worst over its areas in the latest period, by code).
    func rows(_ proposals: [ReadableProposal], period: FollowUpPeriod?) async throws -> [ProposalRow] {
        let configurations = try await checkConfigurations()
        var colours: [String: StatusColour] = [:]
        for record in period?.records ?? [] {
            guard let code = record.key.code else { continue }
            colours[code] = max(colours[code] ?? .green, record.colour)
        }
        let keys = proposals.map { entry in
            DecodedProposalCache.RowKey(
                key: DecodedProposalCache.Key(id: entry.record.id, version: entry.record.version), status: entry.record.status,
                configuration: entry.record.roundName.flatMap { configurations[$0] } ?? .default)
        }
        let cached = await decodedProposals.rows(for: keys)
        var computed: [DecodedProposalCache.RowKey: ProposalRow] = [:]
        let rows = zip(proposals, keys).map { entry, key in
            var row = cached[key] ?? ProposalRow(
                id: entry.record.id, version: entry.record.version, proposal: entry.proposal, status: entry.record.status,
                configuration: key.configuration)
            if cached[key] == nil { computed[key] = row }
            row.administration = entry.record.administration ?? entry.proposal.submittingAdministration
            row.colour = entry.record.status == .adopted ? entry.proposal.code.flatMap { colours[FollowUpKey.normalisedCode($0)] } : nil
            return row
        }
        if !computed.isEmpty { await decodedProposals.remember(rows: computed) }
        return rows
    }

    /// A page's render of a proposal's findings: Core's checks under the round's configuration and the driver
    /// findings, each once.
    func findings(for proposal: Proposal, round: String?) async throws -> [Finding] {
        var configuration = CheckConfiguration.default
        if let round, let stored = try await store.budgetRound(named: round) {
            configuration = CheckConfiguration(paybackRule: stored.paybackRule, maximumPaybackYears: stored.maxPaybackYears)
        }
        let (_, driverFindings) = DriverEvaluation.apply(to: proposal)
        var seen = Set<String>()
        return (driverFindings + Checks.run(proposal, configuration: configuration)).filter { finding in
            seen.insert(finding.rule.description + "\n" + finding.message).inserted
        }
    }
}
