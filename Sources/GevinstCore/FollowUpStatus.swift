/// The five status texts of a follow-up table (*opfølgning*, DOMAIN.md §6; the "Status december 2024" column
/// of 002). The colours (green / yellow / red) are configuration of the follow-up rules, not part of this type.
public enum FollowUpStatus: String, Sendable, Hashable, CaseIterable {
    /// Forløber som planlagt: on track.
    case onTrack = "Forløber som planlagt"
    /// Initiativet er implementeret: done; drops out at the next status.
    case implemented = "Initiativet er implementeret"
    /// Tidsplanen er skredet mere end 6 mdr.: delayed by more than six months.
    case delayed = "Tidsplanen er skredet mere end 6 mdr."
    /// Delayed by more than six months and more than 1 mio. kr. off.
    case delayedAndOverBudget = "Tidsplanen er skredet mere end 6 mdr. og økonomien er skredet med mere end 1 mio. kr."
    /// Initiativet implementeres ikke som tiltænkt: will not be implemented as intended.
    case notAsIntended = "Initiativet implementeres ikke som tiltænkt"

    /// Recognises a status as printed. Case, spacing, a trailing full stop and small slips of the pen are
    /// tolerated: 002 prints "Forløber som planlagt." and "Initiativet implementeres ikke som tiltænk".
    /// Returns nil for any other text.
    public init?(printed text: String) {
        if let exact = FollowUpStatus(rawValue: text) {
            self = exact
            return
        }
        let wanted = FollowUpStatus.normalised(text)
        guard !wanted.isEmpty else { return nil }
        var best: (status: FollowUpStatus, distance: Int)? = nil
        for (status, canonical) in FollowUpStatus.canonicalForms {
            if canonical == wanted {
                self = status
                return
            }
            // A slip of at most one letter in twenty, and at least one.
            let allowed = max(1, canonical.count / 20)
            if let distance = FollowUpStatus.editDistance(wanted, canonical, limit: allowed),
               best.map({ distance < $0.distance }) ?? true {
                best = (status, distance)
            }
        }
        guard let match = best else { return nil }
        self = match.status
    }

    /// Each status with its normalised text, computed once.
    static let canonicalForms: [(FollowUpStatus, [Character])] = allCases.map { ($0, normalised($0.rawValue)) }

    /// Lower case, runs of spaces as one, no trailing full stop or spaces.
    static func normalised(_ text: String) -> [Character] {
        var result: [Character] = []
        var pendingSpace = false
        for character in text.lowercased() {
            if character.isWhitespace {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace { result.append(" ") }
            pendingSpace = false
            result.append(character)
        }
        while let last = result.last, last == "." || last == " " { result.removeLast() }
        return result
    }

    /// Levenshtein distance, or nil as soon as it must exceed `limit` (keeps the work bounded for long text).
    static func editDistance(_ a: [Character], _ b: [Character], limit: Int) -> Int? {
        if abs(a.count - b.count) > limit { return nil }
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return nil }
            swap(&previous, &current)
        }
        let distance = previous[b.count]
        return distance <= limit ? distance : nil
    }
}
