/// How follow-up tables' free text is compared: status texts, area headings and codes are matched ignoring
/// case, runs of spaces and a final full stop, because seed 002 writes the same status both as "Forløber som
/// planlagt" and "Forløber som planlagt." and the same area as "Borgere med Handicap" and "Borgere med handicap".
enum FollowUpText {
    static func normalised(_ text: String) -> String {
        var words = text.lowercased().split { $0.isWhitespace }.joined(separator: " ")
        while words.hasSuffix(".") { words.removeLast() }
        return words.trimmingSpaces()
    }

    /// True when `text` contains any of `words` as a word start (case-insensitive): "annulleret" is found in
    /// "Investeringsprojektet er annulleret efter aftale".
    static func mentions(_ text: String, anyOf words: [String]) -> String? {
        let lower = text.lowercased()
        return words.first { !$0.isEmpty && lower.contains($0.lowercased()) }
    }
}
