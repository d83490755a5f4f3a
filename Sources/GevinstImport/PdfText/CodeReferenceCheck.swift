import GevinstCore

/// Codes that look mistyped.
///
/// - A proposal's own code whose letters name no known area (the follow-up table's "HA/S108" for HA/SI08).
/// - A reference in the text to a proposal of the same document under a differently written code, followed by
///   that proposal's title (000 HA03: "UD013 Styrket indsats i forbindelse med mellemkommunal refusion" for
///   UD13).
/// - One code written two ways in the text ("UD8" and "UD08" before the same title, 000 UD13).
enum CodeReferenceCheck {
    struct Reference: Sendable {
        var code: ProposalCode.Printed
        var following: String
        var line: Int
        var proposal: String?
    }

    static func unknownAreaFindings(_ code: ProposalCode.Printed, line: Int?, vocabulary: PdfTextVocabulary) -> [Finding] {
        let unknown = code.code.areas.filter { !vocabulary.areaCodes.contains($0) }
        guard !unknown.isEmpty else { return [] }
        return [Finding(
            rule: "code.unknown-area", severity: .warning, proposal: code.text, line: line,
            message: "The code '\(code.text)' has area letters \(unknown.map { "'\($0)'" }.joined(separator: ", ")) that name no target-group area.")]
    }

    /// Code-like words in the text with the words that follow them.
    static func references(in lines: ArraySlice<PdfLine>, excluding excluded: Set<Int>, proposal: String?) -> [Reference] {
        var result: [Reference] = []
        // Positions of the content lines, not copies of them (most lines hold no code, and a copy of a line
        // costs two reference counts).
        let content = lines.indices.filter { lines[$0].isContent && !excluded.contains(lines[$0].number) }
        for (position, lineIndex) in content.enumerated() {
            guard mayHoldCode(lines[lineIndex].text) else { continue }
            let line = lines[lineIndex]
            let words = line.trimmed.splitAtSpaces()
            for (index, word) in words.enumerated() {
                var token = word
                while let first = token.first, "’'”\"(“‘".contains(first) { token = token.dropFirst() }
                let bytes = Array(token.utf8.prefix(4))
                guard bytes.count >= 3, bytes[0] >= 0x41 && bytes[0] <= 0x5A, bytes[1] >= 0x41 && bytes[1] <= 0x5A,
                      bytes[2] == 0x2F || (bytes[2] >= 0x30 && bytes[2] <= 0x39) || (bytes.count == 4 && bytes[2] >= 0x41 && bytes[2] <= 0x5A),
                      let parsed = ProposalCode.leading(token, letters: .areaLetters) else { continue }
                guard parsed.rest.allSatisfy({ !$0.isLetter && !$0.isNumber }) else { continue }
                var following = words.dropFirst(index + 1).prefix(8).joined(separator: " ")
                if following.split(separator: " ").count < 8, position + 1 < content.count {
                    following += " " + lines[content[position + 1]].trimmed
                }
                result.append(Reference(code: parsed.printed, following: following, line: line.number, proposal: proposal))
            }
        }
        return result
    }

    /// A quick look at the bytes, on the line's own buffer: two capitals followed by a digit or "/" somewhere
    /// on the line.
    static func mayHoldCode(_ text: String) -> Bool {
        text.withBytes { bytes in
            var capitals = 0
            for byte in bytes {
                if byte >= 0x41 && byte <= 0x5A {
                    capitals += 1
                } else {
                    if capitals >= 2 && ((byte >= 0x30 && byte <= 0x39) || byte == 0x2F) { return true }
                    capitals = 0
                }
            }
            return false
        }
    }

    static func findings(references: [Reference], proposals: [(code: ProposalCode.Printed, title: String)]) -> [Finding] {
        var findings: [Finding] = []
        var reported = Set<String>()
        // The first proposal of each code, found once: a document of many proposals and references costs no
        // search of every proposal per reference.
        var proposalByCode: [String: (code: ProposalCode.Printed, title: String)] = [:]
        for proposal in proposals where proposalByCode[proposal.code.code.canonical] == nil {
            proposalByCode[proposal.code.code.canonical] = proposal
        }
        for reference in references {
            guard let target = proposalByCode[reference.code.code.canonical],
                  target.code.text != reference.code.text, titleFollows(target.title, in: reference.following) else { continue }
            let key = "\(reference.line)|\(reference.code.text)"
            guard reported.insert(key).inserted else { continue }
            findings.append(Finding(
                rule: "code.mistyped-reference", severity: .warning, proposal: reference.proposal, line: reference.line,
                message: "The text refers to '\(reference.code.text) \(titleStart(target.title))…', which is proposal \(target.code.text); the code is written differently."))
        }
        // One code written two ways before the same title.
        let grouped = Dictionary(grouping: references.filter { proposalByCode[$0.code.code.canonical] == nil }, by: { $0.code.code.canonical })
        for (_, group) in grouped.sorted(by: { $0.key < $1.key }) {
            let spellings = Dictionary(grouping: group, by: { $0.code.text })
            guard spellings.count >= 2 else { continue }
            let firstWords = group.map { TextFold.words($0.following).split(separator: " ").prefix(3).joined(separator: " ") }
            guard Set(firstWords).count < group.count else { continue }
            let described = spellings.keys.sorted().compactMap { text in spellings[text]?.first.map { "'\(text)' (line \($0.line))" } }
            guard let first = group.first else { continue }
            findings.append(Finding(
                rule: "code.inconsistent-reference", severity: .info, proposal: first.proposal, line: first.line,
                message: "The same proposal code is written as \(described.joined(separator: " and ")); one of them looks mistyped."))
        }
        return findings
    }

    static func titleStart(_ title: String) -> String {
        title.split(separator: " ").prefix(4).joined(separator: " ")
    }

    /// True when the words after a reference begin like the title (three words, folded).
    static func titleFollows(_ title: String, in text: String) -> Bool {
        let titleWords = TextFold.words(title).split(separator: " ").prefix(3).map(String.init)
        let textWords = TextFold.words(text).split(separator: " ").prefix(3).map(String.init)
        return titleWords.count >= 2 && titleWords == textWords
    }
}
