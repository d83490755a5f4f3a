/// Worksheet names as Excel accepts them: at most 31 characters, none of `[ ] : * ? / \`, not starting or
/// ending with an apostrophe, not "History", and unique without regard to case.
struct SheetNames {
    private var used: Set<String> = []

    static let maximumLength = 31

    /// A valid, unused name close to `wanted`.
    mutating func name(for wanted: String) -> String {
        var base = String(wanted.unicodeScalars.map { scalar -> Character in
            switch scalar {
            case "[", "]", ":", "*", "?", "/", "\\": "-"
            default: XMLEscaping.isAllowed(scalar) && scalar.value >= 0x20 ? Character(scalar) : " "
            }
        })
        while base.hasPrefix("'") { base.removeFirst() }
        while base.hasSuffix("'") { base.removeLast() }
        base = base.trimmingCharacters(in: " ")
        if base.isEmpty || base.lowercased() == "history" { base = "Tabel" }
        base = Self.truncated(base, to: Self.maximumLength)
        var candidate = base
        var counter = 2
        while used.contains(candidate.lowercased()) {
            let suffix = " (\(counter))"
            candidate = Self.truncated(base, to: Self.maximumLength - suffix.count) + suffix
            counter += 1
        }
        used.insert(candidate.lowercased())
        return candidate
    }

    /// At most `length` characters, counted as Excel does (UTF-16 code units), never splitting a character.
    static func truncated(_ text: String, to length: Int) -> String {
        guard text.utf16.count > length else { return text }
        var result = ""
        var units = 0
        for character in text {
            let size = character.utf16.count
            if units + size > length { break }
            result.append(character)
            units += size
        }
        return result
    }
}

extension String {
    func trimmingCharacters(in set: Character) -> String {
        var text = Substring(self)
        while text.first == set { text = text.dropFirst() }
        while text.last == set { text = text.dropLast() }
        return String(text)
    }
}
