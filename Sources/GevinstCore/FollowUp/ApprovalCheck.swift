/// The ØU/BR approval of one record: what the record states (*Skal kompenserende handling godkendes af ØU og
/// BR?*, Ja/Nej or empty) beside what the configured `ApprovalRule` gives for its compensating actions. Gevinst
/// computes the rule's answer once a handling with a compensating action is recorded; where the record is
/// empty, that answer is Gevinst's proposal, and where the record says Ja or Nej and the rule gives the other
/// answer, `approval.differs-from-rule` says so.
public struct ApprovalAssessment: Sendable, Hashable {
    public var rule: ApprovalRule
    /// Ja (true) / Nej (false) as recorded; nil when the record leaves it empty.
    public var recorded: Bool?
    /// What the rule gives for the record's compensating actions; nil when there are none (nothing to approve).
    public var required: Bool?
    /// Why the rule gives `required`, in plain English.
    public var reason: String

    /// True or false when the record states a value and the rule gives one; nil when either is missing.
    public var agrees: Bool? {
        guard let recorded, let required else { return nil }
        return recorded == required
    }

    /// Gevinst's proposal for an empty field: the rule's answer where the record states nothing.
    public var proposed: Bool? { recorded == nil ? required : nil }
}

extension FollowUpConfiguration {
    /// The record's approval under this configuration's rule and committee areas, judged on the record's
    /// compensating actions: those read from the handling text (a frame cut, *rammebesparelse*, on the area)
    /// or given through the API. A handling that names no compensating action, such as seed 002's BU04 (2019)
    /// "De overskydende investeringsmidler på 400 t. kr. tilbagebetales" (a repayment, answered "Nej"), leaves
    /// nothing to approve and no answer from the rule. Seed 002's seven frame-cut handlings recover the loss
    /// "ved rammebesparelse på det berørte område", within the committee's areas, and every row answers "Nej".
    public func approval(of record: FollowUpRecord) -> ApprovalAssessment {
        let actions = record.compensatingActions
        guard !actions.isEmpty else {
            let reason = record.handling.trimmingSpaces().isEmpty
                ? "no handling is recorded, so there is no compensating action to approve"
                : "the handling names no compensating action (such as a frame cut, rammebesparelse), so there is nothing to approve"
            return ApprovalAssessment(rule: approvalRule, recorded: record.requiresApprovalByOEUAndBR, required: nil, reason: reason)
        }
        let required = requiresApproval(actions)
        return ApprovalAssessment(
            rule: approvalRule, recorded: record.requiresApprovalByOEUAndBR, required: required,
            reason: approvalReason(actions, required: required))
    }

    /// Gevinst's proposal for a record whose Ja/Nej field is empty: the rule's answer for its compensating
    /// actions; nil when the record answers itself or has nothing to approve. The same answer as
    /// `approval(of:).proposed`, without the reason's words (the report asks it for every row).
    public func proposedApproval(of record: FollowUpRecord) -> Bool? {
        guard record.requiresApprovalByOEUAndBR == nil else { return nil }
        let actions = record.compensatingActions
        return actions.isEmpty ? nil : requiresApproval(actions)
    }

    private func approvalReason(_ actions: [CompensatingAction], required: Bool) -> String {
        switch approvalRule {
        case .always: return "the rule \"always\" requires approval of every compensating action"
        case .never: return "the rule \"never\" requires approval of no compensating action"
        case .unlessFrameCutWithinCommitteeAreas:
            let own = Set(committeeAreas.map(FollowUpText.normalised))
            let outside = actions.compactMap { action -> String? in
                switch action.kind {
                case .frameCut(let area): return own.contains(FollowUpText.normalised(area)) ? nil : "a frame cut on \(area), outside the committee's areas"
                case .other: return "a handling that is no frame cut"
                }
            }
            if required {
                return "approval is needed unless every compensating action is a frame cut within the committee's own areas, and the handling has \(outside.joined(separator: " and "))"
            }
            let areas = Set(actions.compactMap { action -> String? in
                if case .frameCut(let area) = action.kind { return area }
                return nil
            }).sorted()
            return "the handling is a frame cut (rammebesparelse) on \(areas.joined(separator: ", ")), within the committee's own areas"
        }
    }
}

/// `approval.differs-from-rule`: a record answers Ja or Nej to "Skal kompenserende handling godkendes af ØU og
/// BR?" and the configured `ApprovalRule` gives the other answer for its compensating actions. By default
/// approval is needed unless every compensating action is a frame cut within the committee's own areas. Seed
/// 002 has no such row: every row says "Nej", and the seven whose handling is a compensating action recover the
/// loss by a frame cut on the affected area (lines 36, 42, 52, 64, 80, 89, 92).
enum ApprovalCheck {
    static func findings(_ records: [FollowUpRecord], configuration: FollowUpConfiguration) -> [Finding] {
        records.compactMap { record in
            let approval = configuration.approval(of: record)
            guard approval.agrees == false, let recorded = approval.recorded, let required = approval.required else { return nil }
            return Finding(
                rule: "approval.differs-from-rule", severity: .warning, proposal: record.displayName, line: record.line,
                message: "the record says ØU/BR approval is \(recorded ? "required (Ja)" : "not required (Nej)"), but under the configured rule \"\(approval.rule.rawValue)\" it is \(required ? "required (Ja)" : "not required (Nej)"): \(approval.reason)")
        }
    }
}
