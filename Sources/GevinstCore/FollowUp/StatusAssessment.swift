/// The status of a record and how it was reached: Gevinst proposes a category from the figures
/// (`FollowUpClassifier`), the controller confirms it or overrides it, and an override keeps its reason
/// (issue 5: "the controller confirms or overrides it, and an override is recorded with its reason"). A status
/// read from a legacy table is recorded as printed, with nothing proposed.
public struct StatusAssessment: Sendable, Hashable {
    /// What Gevinst proposed, or nil when the figures were too few to propose anything.
    public private(set) var proposed: StatusCategory?
    /// The status in force: the confirmed colour is `confirmed.colour`.
    public private(set) var confirmed: StatusCategory
    /// Why the controller chose another status than the one proposed; nil unless overridden.
    public private(set) var overrideReason: String?

    /// A status taken as recorded (imported from a table, or set before any proposal).
    public static func recorded(_ category: StatusCategory) -> StatusAssessment {
        StatusAssessment(proposed: nil, confirmed: category, overrideReason: nil)
    }

    /// The controller accepts Gevinst's proposal.
    public static func confirming(_ proposal: StatusCategory) -> StatusAssessment {
        StatusAssessment(proposed: proposal, confirmed: proposal, overrideReason: nil)
    }

    /// The controller sets `category` instead of the proposal; the reason is then required. Choosing the
    /// proposed category is a confirmation, and where nothing was proposed the status is recorded as set
    /// (with the reason, if one is given).
    public static func overriding(
        _ proposal: StatusCategory?, with category: StatusCategory, reason: String, record: String
    ) throws(FollowUpError) -> StatusAssessment {
        let reason = reason.trimmingSpaces()
        guard let proposal else {
            return StatusAssessment(proposed: nil, confirmed: category, overrideReason: reason.isEmpty ? nil : reason)
        }
        if proposal == category { return .confirming(proposal) }
        guard !reason.isEmpty else { throw FollowUpError.overrideWithoutReason(record: record) }
        return StatusAssessment(proposed: proposal, confirmed: category, overrideReason: reason)
    }

    /// A stored assessment read back: an override (a confirmed status other than the proposed one) must
    /// carry its reason, as when it was made.
    static func restored(
        proposed: StatusCategory?, confirmed: StatusCategory, overrideReason: String?, record: String
    ) throws(FollowUpError) -> StatusAssessment {
        let reason = overrideReason.map { $0.trimmingSpaces() }.flatMap { $0.isEmpty ? nil : $0 }
        if let proposed, proposed != confirmed, reason == nil { throw FollowUpError.overrideWithoutReason(record: record) }
        return StatusAssessment(proposed: proposed, confirmed: confirmed, overrideReason: reason)
    }

    /// True when the status in force differs from what Gevinst proposed.
    public var isOverride: Bool { proposed.map { $0 != confirmed } ?? false }
}
