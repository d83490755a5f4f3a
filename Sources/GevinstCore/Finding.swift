/// An inconsistency, a missing field or a breach of a rule, with a stable rule id (`family.name`) so that
/// users, tests and the web application can filter findings.
public struct Finding: Sendable, Hashable {
    public var rule: RuleID
    public var severity: Severity
    /// The proposal's code, or its title where it has none.
    public var proposal: String?
    /// The source line the finding concerns, where known.
    public var line: Int?
    public var message: String

    public init(rule: RuleID, severity: Severity, proposal: String?, line: Int? = nil, message: String) {
        self.rule = rule
        self.severity = severity
        self.proposal = proposal
        self.line = line
        self.message = message
    }
}

public enum Severity: String, Sendable, Hashable, CaseIterable, Comparable {
    case info
    case warning
    case error

    private var rank: Int {
        switch self {
        case .info: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// A rule id: `family.name`, e.g. `total.net-mismatch`.
public struct RuleID: Sendable, Hashable, Comparable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let family: String
    public let name: String

    public init(family: String, name: String) {
        self.family = family
        self.name = name
    }

    public init(stringLiteral value: String) {
        let parts = value.split(separator: ".", maxSplits: 1)
        self.family = parts.first.map(String.init) ?? value
        self.name = parts.count > 1 ? String(parts[1]) : ""
    }

    public var description: String { "\(family).\(name)" }

    public static func < (lhs: RuleID, rhs: RuleID) -> Bool { lhs.description < rhs.description }
}
