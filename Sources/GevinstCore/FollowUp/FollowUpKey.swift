/// The identity of an adopted proposal in follow-up: (adopted budget year, code). Codes are reused across
/// years — seed 002 has HA03 adopted in 2022, 2023 and 2024 and HA03(2025) — so the code alone is not enough
/// (DOMAIN.md §6). A proposal without a code (002's innovation projects) is identified by its title.
///
/// Codes compare without spaces and case: "TV06 (2025)" and "TV06(2025)" are one proposal.
public struct FollowUpKey: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let adoptedBudgetYear: Int
    /// The normalised code ("TV06(2025)"), or nil when the proposal has none.
    public let code: String?
    /// The normalised title, used only when there is no code.
    public let title: String?

    public init(adoptedBudgetYear: Int, code: String?, title: String) {
        self.adoptedBudgetYear = adoptedBudgetYear
        let normalisedCode = code.map(FollowUpKey.normalisedCode).flatMap { $0.isEmpty ? nil : $0 }
        self.code = normalisedCode
        self.title = normalisedCode == nil ? FollowUpText.normalised(title) : nil
    }

    /// "TV06 (2025)" → "TV06(2025)", "bu01" → "BU01".
    public static func normalisedCode(_ code: String) -> String {
        String(code.uppercased().filter { !$0.isWhitespace })
    }

    /// "2025 TV06(2025)", or "2023 innovationsprojekt …" for a proposal without a code.
    public var description: String { "\(adoptedBudgetYear) \(code ?? title ?? "")" }

    public static func < (lhs: FollowUpKey, rhs: FollowUpKey) -> Bool {
        (lhs.adoptedBudgetYear, lhs.code ?? "", lhs.title ?? "") < (rhs.adoptedBudgetYear, rhs.code ?? "", rhs.title ?? "")
    }
}
