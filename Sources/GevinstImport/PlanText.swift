import GevinstCore

/// Text rules of PDF-extracted plans: wrapped lines, titles, footnotes that leave a row out, the sign.
enum PlanText {
    /// A document's title from its first paragraph: up to the first line that ends a sentence, at most three.
    static func documentTitle(_ lines: [Substring]) -> String {
        var end = 0
        while end < lines.count && end < 3 {
            end += 1
            if let last = lines[end - 1].trimmedBytes.last, ".:!?".contains(last) { break }
        }
        return String(joinWrapped(Array(lines[..<end])).trimmedText)
    }

    /// Joins lines a PDF wrapped. A word broken with a hyphen at the very end of a line ("leveran-" +
    /// "dør", 004 lines 131–132) is joined without the hyphen when the next line starts in lower case; a
    /// hyphen followed by a space ("Social- og Sundhedsudvalget", 004 line 170) is kept.
    static func joinWrapped(_ lines: [Substring]) -> String {
        var result = ""
        var previousEndsInBrokenWord = false
        for raw in lines {
            let text = raw.trimmedText
            if text.isEmpty { continue }
            if result.isEmpty {
                result = String(text)
            } else if previousEndsInBrokenWord, let first = text.first, first.isLowercase {
                result.removeLast()
                result += text
            } else {
                result += " " + text
            }
            let beforeHyphen = text.dropLast().last
            previousEndsInBrokenWord = raw.last == "-" && (beforeHyphen?.isLetter ?? false)
        }
        return result
    }

    /// A table's title from the paragraph above its header, without a closing colon. PDF text without blank
    /// lines runs the prose into the title, so the title is the last sentence of the paragraph: the last line
    /// and the lines before it that do not end a sentence, at most three.
    static func title(_ lines: [Substring]) -> String {
        var start = lines.count
        while start > 0 && lines.count - start < 3 {
            if start < lines.count, let end = lines[start - 1].trimmedBytes.last, ".:!?".contains(end) { break }
            start -= 1
        }
        var text = joinWrapped(Array(lines[start...]))
        if text.hasSuffix(":") { text.removeLast() }
        return String(text.trimmedText)
    }

    /// Phrases by which a footnote says its row is not part of the sum ("… tælles ikke med i den samlede
    /// sum", 004 footnote 11).
    static let notCountedPhrases = ["tælles ikke med", "indgår ikke", "ikke medregnet", "uden for den samlede", "udenfor den samlede"]

    static func saysNotCounted(_ text: String) -> Bool {
        let lower = text.lowercased()
        return notCountedPhrases.contains { lower.containsBytes($0) }
    }

    /// A plan lists savings, so the sign most of its initiatives carry is the sign of a saving: in 004 ten of
    /// eleven initiatives are positive and the investment case (a cost) is negative. Ties count as positive.
    static func savingsSign(_ tables: [StrategyPlan.Table]) -> StrategyPlan.SavingsSign {
        var positive = 0
        var negative = 0
        var seen = Set<String>()
        for table in tables {
            for row in table.rows {
                let key = row.number ?? row.label
                guard seen.insert(key).inserted else { continue }
                var sum: Amount = 0
                for amount in row.amounts.values { sum = sum.addingReportingOverflow(amount).partialValue }
                if sum > 0 { positive += 1 } else if sum < 0 { negative += 1 }
            }
        }
        return negative > positive ? .negative : .positive
    }
}

/// Checks of a plan's printed totals.
enum PlanChecks {
    /// A printed "I alt" must equal the sum of the rows counted in the total, year by year; a difference is
    /// an error in the document (the check 004's tables pass: 7,25 10,75 12,75 13,25 and 3,25 4,25 5,75 6,25).
    static func total(of table: StrategyPlan.Table, unit: AmountUnit) -> [Finding] {
        guard let printed = table.printedTotal else { return [] }
        var differences: [String] = []
        for year in table.years {
            guard let printedAmount = printed.amounts[year] else { continue }
            var sum: Amount = 0
            for row in table.rows where row.countsInTotal {
                sum = sum.addingReportingOverflow(row.amounts[year] ?? 0).partialValue
            }
            if sum != printedAmount {
                differences.append("\(year): printed \(unit.format(printedAmount)), rows sum to \(unit.format(sum))")
            }
        }
        guard !differences.isEmpty else { return [] }
        return [Finding(
            rule: "total.plan-total-mismatch", severity: .error,
            proposal: table.title.isEmpty ? nil : String(table.title.prefix(80)), line: printed.line,
            message: "\"\(printed.label)\" differs from the rows counted in the total (\(unit.label)): \(differences.joined(separator: "; "))")]
    }

    /// A table printed again in the same file (a plan pasted twice, an appendix holding the plan once more): same
    /// title, years, rows and amounts, line numbers aside. Each repeat is a warning at its header, naming the first,
    /// since adding both counts every initiative twice. A table with no rows repeats nothing.
    static func repeats(_ tables: [StrategyPlan.Table]) -> [Finding] {
        struct Key: Hashable {
            var title: String
            var years: [Int]
            var rows: [String]
            var amounts: [[Int: Amount]]
            var total: [Int: Amount]?
        }
        var first: [Key: Int] = [:]
        var findings: [Finding] = []
        for (index, table) in tables.enumerated() where !table.rows.isEmpty {
            let key = Key(
                title: table.title, years: table.years, rows: table.rows.map { "\($0.number ?? "") \($0.label)" },
                amounts: table.rows.map(\.amounts), total: table.printedTotal?.amounts)
            guard let earlier = first[key] else {
                first[key] = index
                continue
            }
            findings.append(Finding(
                rule: "duplicate.repeated-plan-table", severity: .warning,
                proposal: table.title.isEmpty ? nil : String(table.title.prefix(80)), line: table.line,
                message: "this table repeats the table at line \(tables[earlier].line ?? 0): the same title, years, rows and amounts; adding both counts \(table.rows.count == 1 ? "its row" : "its \(table.rows.count) rows") twice"))
        }
        return findings
    }
}
