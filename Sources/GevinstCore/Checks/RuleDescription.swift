/// A check rule: its stable id, the severity it reports with unless configured otherwise, and what it means
/// in one sentence. Every rule is listed in `RuleCatalogue.all` and documented in `docs/rules.md`.
public struct RuleDescription: Sendable, Hashable {
    public let id: RuleID
    public let defaultSeverity: Severity
    public let summary: String

    public init(_ id: RuleID, _ defaultSeverity: Severity, _ summary: String) {
        self.id = id
        self.defaultSeverity = defaultSeverity
        self.summary = summary
    }
}
