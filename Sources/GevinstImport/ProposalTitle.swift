import GevinstCore

/// The value of *Forslagets titel*: a code, a dash and the title ("BU01 - Peer-to-Peer familier i
/// familiebehandling", "BU04 – Udvikling af …" with an en dash in seed 003). In the change list a title may carry
/// its type first ("Investeringsforslag - Bedre digital understøttelse …").
enum ProposalTitle {
    /// Splits "BU01 - Title" into the code and the title; a value without a code gives (nil, value).
    static func split(_ value: String) -> (code: String?, title: String) {
        let text = MarkdownInline.clean(value)
        for separator in [" - ", " – ", " — ", ": "] {
            guard let range = text.firstRange(of: separator) else { continue }
            let head = String(text[..<range.lowerBound]).trimmingSpaces()
            let tail = String(text[range.upperBound...]).trimmingSpaces()
            if looksLikeCode(head) && !tail.isEmpty { return (head, tail) }
        }
        // "BU01 Title" without a dash.
        if let space = text.firstIndex(of: " ") {
            let head = String(text[..<space])
            if looksLikeCode(head) && ProposalCode.split(title: head).code != nil {
                return (head, String(text[space...]).trimmingSpaces())
            }
        }
        return (nil, text)
    }

    /// A short token with capital letters and digits and no lower-case letters: "BU01", "SI/UD03", "HA03(2025)",
    /// "TV06 (2025)", and also damaged codes such as "HA/S108" (which the code check then reports).
    static func looksLikeCode(_ text: String) -> Bool {
        guard (3...16).contains(text.count), text.first?.isUppercase == true, text.contains(where: \.isNumber) else {
            return false
        }
        if text.contains(where: { $0.isLowercase }) { return false }
        let spaces = text.filter { $0 == " " }.count
        return spaces == 0 || (spaces == 1 && text.hasSuffix(")"))
    }

    /// "Investeringsforslag - Title" → (.investment, "Title"); other values are returned unchanged with nil.
    static func droppingTypePrefix(_ text: String) -> (ProposalType?, String) {
        let lower = text.fastLowercased()
        for (prefix, type) in typeWords {
            guard lower.hasPrefix(prefix) else { continue }
            let rest = text.dropFirst(prefix.count).drop(while: { $0 == " " || $0 == "-" || $0 == "–" || $0 == ":" })
            if !rest.isEmpty { return (type, rest.trimmingSpaces()) }
        }
        return (nil, text.trimmingSpaces())
    }

    /// The proposal type a heading or title word names (DOMAIN.md §1: investerings-, effektiviserings- and
    /// innovationsforslag).
    static func type(ofHeading text: String) -> ProposalType? {
        let key = MarkdownInline.key(text)
        for (word, type) in typeWords where key == word { return type }
        return nil
    }

    static let typeWords: [(String, ProposalType)] = [
        ("investeringsforslag", .investment),
        ("effektiviseringsforslag", .efficiency),
        ("innovationsforslag", .innovation),
    ]
}
