/// How a printed status text was recognised: exactly (ignoring case, spacing and a final full stop, or as a
/// configured alias) or approximately (one or two letters off, as seed 002's "Initiativet implementeres ikke
/// som tiltænk" for "… tiltænkt").
public enum StatusTextMatch: Sendable, Hashable {
    case exact(StatusCategory)
    case approximate(StatusCategory, distance: Int)

    public var category: StatusCategory {
        switch self {
        case .exact(let category), .approximate(let category, _): category
        }
    }
}

extension FollowUpConfiguration {
    /// The most letters a printed status may differ from a configured text and still be recognised.
    static let statusSpellingTolerance = 2

    /// Recognises a printed status text; nil when it is no configured status. An approximate match must be
    /// within `statusSpellingTolerance` letters and nearer to one category than to any other.
    public func matchStatus(_ text: String) -> StatusTextMatch? {
        let printed = FollowUpText.normalised(text)
        guard !printed.isEmpty else { return nil }
        for category in categories {
            if FollowUpText.normalised(category.text) == printed
                || category.aliases.contains(where: { FollowUpText.normalised($0) == printed }) {
                return .exact(category)
            }
        }
        var best: (category: StatusCategory, distance: Int)?
        var tie = false
        for category in categories {
            for spelling in [category.text] + category.aliases {
                let candidate = FollowUpText.normalised(spelling)
                // Cheap bound first: the distance is at least the difference in length.
                guard abs(candidate.count - printed.count) <= Self.statusSpellingTolerance else { continue }
                let distance = editDistance(candidate, printed)
                guard distance <= Self.statusSpellingTolerance else { continue }
                if let current = best {
                    if distance < current.distance {
                        best = (category, distance)
                        tie = false
                    } else if distance == current.distance && current.category.id != category.id {
                        tie = true
                    }
                } else {
                    best = (category, distance)
                }
            }
        }
        guard let best, !tie else { return nil }
        return .approximate(best.category, distance: best.distance)
    }
}
