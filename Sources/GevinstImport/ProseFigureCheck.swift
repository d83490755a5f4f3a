import GevinstCore

/// Compares the amounts section 1.4 states in words with the tables, where the match is certain: a sentence of
/// the form "<amount> t.kr. til <label>" whose words after "til" are a Tabel 1 or detail-table label. Seed 003
/// BU05 writes "**1.540 t.kr. til istandsættelse.**" (line 749), as its Tabel 1 line "Istandsættelse" 1.540
/// (line 664) has it, while Tabel 3 prints 1.550 (line 758). Other figures in the prose (rounded "mio. kr.",
/// totals described in words) are not compared: they cannot be tied to one row with confidence.
enum ProseFigureCheck {
    /// An amount stated in the prose for a named item.
    struct Statement: Sendable, Hashable {
        var amount: Amount
        var printed: String
        var item: String
        var line: Int
    }

    /// A row the statement may refer to.
    struct Candidate: Sendable {
        var label: String
        var table: String
        var total: Amount
        var line: Int?
    }

    /// The statements "N t.kr. til X" / "N t. kr. til X" in a cleaned line.
    static func statements(in text: String, line: Int) -> [Statement] {
        var result: [Statement] = []
        // The unit is the word "t.kr." or the words "t." and "kr.", each followed by a space.
        guard text.containsBytes(" til ") && (text.containsBytes("t.kr. ") || text.containsBytes(" t. ")) && text.containsBytes("kr.")
        else { return result }
        let words = text.splitAtSpaces().map(String.init)
        var index = 0
        while index < words.count {
            var unitEnd: Int? = nil
            if index + 2 < words.count, words[index + 1] == "t.kr.", words[index + 2] == "til" { unitEnd = index + 2 }
            if index + 3 < words.count, words[index + 1] == "t.", words[index + 2] == "kr.", words[index + 3] == "til" { unitEnd = index + 3 }
            if let end = unitEnd, case let .amount(value) = ThousandsAmount.read(words[index]) {
                var itemWords: [String] = []
                var stop = false
                for word in words[(end + 1)...] where !stop {
                    var piece = word
                    if let last = piece.last, last == "." || last == "," || last == ";" || last == ":" {
                        piece.removeLast()
                        stop = true
                    }
                    if !piece.isEmpty { itemWords.append(piece) }
                    if itemWords.count >= 8 { stop = true }
                }
                if !itemWords.isEmpty {
                    result.append(Statement(amount: value, printed: words[index], item: itemWords.joined(separator: " "), line: line))
                }
                index = end + 1
                continue
            }
            index += 1
        }
        return result
    }

    /// Findings for statements that contradict a table. A statement is tied to the rows whose label is the
    /// stated item, or the start of it; it is compared with each row's sum over the years.
    static func check(_ statements: [Statement], candidates: [Candidate], proposal: String?) -> [Finding] {
        var findings: [Finding] = []
        for statement in statements {
            let item = MarkdownInline.key(statement.item)
            let tied = candidates.filter { candidate in
                let label = MarkdownInline.key(candidate.label)
                return !label.isEmpty && (item == label || item.hasPrefix(label + " "))
            }
            guard !tied.isEmpty else { continue }
            let agreeing = tied.filter { $0.total == statement.amount }
            let disagreeing = tied.filter { $0.total != statement.amount }
            guard !disagreeing.isEmpty else { continue }
            let stated = "section 1.4 states \(statement.printed) t.kr. til \(statement.item) (line \(statement.line))"
            for row in disagreeing {
                let printed = DanishNumber.thousands(row.total)
                if let support = agreeing.first {
                    let where_ = support.line.map { " (line \($0))" } ?? ""
                    findings.append(Finding(
                        rule: "text.figure-differs", severity: .warning,
                        proposal: proposal, line: row.line,
                        message: "\(stated), as \(support.table)\(where_) does, but \(row.table) prints \(printed) for \"\(row.label)\""))
                } else {
                    findings.append(Finding(
                        rule: "text.figure-differs", severity: .warning,
                        proposal: proposal, line: row.line,
                        message: "\(stated), but \(row.table) prints \(printed) for \"\(row.label)\""))
                }
            }
        }
        return findings
    }
}
