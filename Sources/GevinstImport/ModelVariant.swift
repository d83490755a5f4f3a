/// Two-model proposals (seed 003 SI05, lines 1563–1580): Tabel 1 has sub-headings "<b>Model 1</b>" and
/// "<b>Model 2</b>" in the permanent block, total rows "Samlet varig ændring model 1", and an implementation line
/// "Udgifter til afvikling af selvejende tilbud model 2" that belongs to one model only.
///
/// Rule: a row belongs to the model of the "Model N" sub-heading above it in the same block; a label ending in
/// "model N" belongs to model N; other rows belong to every model (variant nil).
enum ModelVariant {
    /// "Model 2" for a label that is exactly "Model 2" (a sub-heading), else nil.
    static func heading(_ label: String) -> String? {
        guard mentionsModel(label) else { return nil }
        let key = MarkdownInline.key(label)
        guard key.hasPrefix("model "), let number = Int(key.dropFirst(6)), number > 0, number < 100 else { return nil }
        return "Model \(number)"
    }

    /// "Model 1" for a label ending in "model 1" ("Samlet varig ændring model 1"), else nil.
    static func suffix(_ label: String) -> String? {
        guard mentionsModel(label) else { return nil }
        let words = MarkdownInline.key(label).splitAtSpaces()
        guard words.count >= 2, words[words.count - 2] == "model", let number = Int(words[words.count - 1]),
              number > 0, number < 100 else { return nil }
        return "Model \(number)"
    }

    /// A cheap test before the exact ones: most labels do not contain "odel" at all.
    private static func mentionsModel(_ label: String) -> Bool { label.containsBytes("odel") }

    /// The label without a trailing "model N" ("Samlet varig ændring model 1" → "Samlet varig ændring").
    static func droppingSuffix(_ label: String) -> String {
        guard suffix(label) != nil else { return label }
        let lower = label.lowercased()
        guard let range = lower.ranges(of: "model").last else { return label }
        let offset = lower.distance(from: lower.startIndex, to: range.lowerBound)
        return String(label.prefix(offset)).trimmingSpaces().trimmingTrailing(",")
    }
}

extension String {
    /// Without trailing `character`s and spaces.
    func trimmingTrailing(_ character: Character) -> String {
        var result = self
        while let last = result.last, last == character || last == " " { result.removeLast() }
        return result
    }
}
