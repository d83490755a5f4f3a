import GevinstCore

/// Checks across the rows of a follow-up table: signs, proposals counted twice, mistyped codes.
enum FollowUpChecks {
    /// The efficiency column holds savings, and savings are negative ("Alle besparelser er angivet med
    /// negativt (-) fortegn", DOMAIN.md §4): a positive efficiency is a cost, most likely a lost minus sign
    /// (002 TV11 (2025) prints +5.780 beside an investment of 4.750). A negative investment is the same slip
    /// the other way.
    static func signs(_ rows: [FollowUpRow]) -> [Finding] {
        var findings: [Finding] = []
        for row in rows {
            if let efficiency = row.efficiencyAtFullPhaseIn, efficiency > 0 {
                findings.append(Finding(
                    rule: "sign.positive-efficiency", severity: .warning, proposal: row.displayName, line: row.line,
                    message: "the efficiency at full phase-in is printed as +\(DanishNumber.thousands(efficiency)) (1.000 kr.), a cost rather than a saving; savings in this column are negative, so the minus sign is probably lost"))
            }
            if let investment = row.totalInvestment, investment < 0 {
                findings.append(Finding(
                    rule: "sign.negative-investment", severity: .warning, proposal: row.displayName, line: row.line,
                    message: "the total investment is printed as \(DanishNumber.thousands(investment)) (1.000 kr.); an investment is a cost and is positive"))
            }
        }
        return findings
    }

    /// A proposal that spans areas appears once per area with that area's share of the figures (DOMAIN.md §6;
    /// 002 TV02 and TV06(2025) differ per area). The same proposal in two areas with identical figures is
    /// therefore counted twice (002 TV03(2025): 7.225 and -1.500 under both Børnefamilier and Udsatte voksne),
    /// and the same proposal twice in one area is a repeated row.
    ///
    /// Each later row is reported once per kind, against the first row it repeats: a code listed n times gives
    /// n - 1 findings, not one per pair (a table pasted 400 times over gave 5 million findings and 2,4 GB).
    static func duplicates(_ rows: [FollowUpRow]) -> [Finding] {
        duplicates(rows, files: nil).map(\.finding)
    }

    /// The follow-up tables of several files read together (the report's CSV files, one per area): a row
    /// repeating a row of another file, reported in the later file's findings (by its index in `documents`), the
    /// earlier row named by file and line. Repeats within one file are each file's own findings already.
    static func duplicatesAcrossFiles(_ documents: [ImportedDocument]) -> [Int: [Finding]] {
        var rows: [FollowUpRow] = []
        var files: [String] = []
        var owners: [Int] = []
        for (index, document) in documents.enumerated() {
            rows += document.followUps
            files += Array(repeating: document.file, count: document.followUps.count)
            owners += Array(repeating: index, count: document.followUps.count)
        }
        var found: [Int: [Finding]] = [:]
        for (index, finding, earlier) in duplicates(rows, files: files) where owners[earlier] != owners[index] {
            found[owners[index], default: []].append(finding)
        }
        return found
    }

    /// The repeats among `rows`, each with its row's index and the index of the earlier row it repeats; with
    /// `files` (one per row), the earlier row is named by its file as well as its line.
    private static func duplicates(_ rows: [FollowUpRow], files: [String]?) -> [(index: Int, finding: Finding, earlier: Int)] {
        var findings: [(index: Int, finding: Finding, earlier: Int)] = []
        var seen: [String: Earlier] = [:]
        for (index, row) in rows.enumerated() {
            guard let code = row.code else { continue }
            // Within one period: files of two periods read together list the same proposals, rightly.
            let key = "\(row.period ?? "")|\(row.adoptedBudgetYear.map(String.init) ?? "?")|\(code)"
            let earlier = seen[key] ?? Earlier()
            let sameFigures = row.totalInvestment != nil || row.efficiencyAtFullPhaseIn != nil
                ? earlier.firstInOtherArea(than: row.area, figures: Figures(row)) : nil
            // In the order of the earlier rows, as the tables print them.
            let repeats = [earlier.firstByArea[row.area].map { (sameArea: true, earlier: $0) }, sameFigures.map { (sameArea: false, earlier: $0) }]
                .compactMap { $0 }.sorted { $0.earlier.index < $1.earlier.index }
            for (sameArea, first) in repeats {
                var line = first.row.line.map { "line \($0)" } ?? "an earlier line"
                if let files, files[first.index] != files[index] { line = "\(files[first.index]), \(line)" }
                if sameArea {
                    findings.append((index, Finding(
                        rule: "duplicate.repeated-row", severity: .warning, proposal: row.displayName, line: row.line,
                        message: "\(code) of budget year \(row.adoptedBudgetYear.map(String.init) ?? "?") is listed twice under \"\(row.area)\" (also at \(line))"), first.index))
                } else {
                    findings.append((index, Finding(
                        rule: "duplicate.counted-twice", severity: .warning, proposal: row.displayName, line: row.line,
                        message: "\(code) appears under \"\(first.row.area)\" (\(line)) and under \"\(row.area)\" with the same figures (investment \(figure(row.totalInvestment)), efficiency \(figure(row.efficiencyAtFullPhaseIn)), 1.000 kr.); a proposal in two areas should show each area's share, so it is probably counted twice"), first.index))
                }
            }
            seen[key, default: Earlier()].add(row, index: index)
        }
        return findings
    }

    /// A row's investment and efficiency, as the duplicate check compares them.
    private struct Figures: Hashable {
        var investment: Amount?
        var efficiency: Amount?

        init(_ row: FollowUpRow) {
            investment = row.totalInvestment
            efficiency = row.efficiencyAtFullPhaseIn
        }
    }

    /// The earlier rows of one code and budget year that a later row can repeat: the first in each area, and per
    /// figures the first rows of two different areas (so that one of them lies in another area than any row).
    private struct Earlier {
        var firstByArea: [String: (index: Int, row: FollowUpRow)] = [:]
        var firstByFigures: [Figures: [(index: Int, row: FollowUpRow)]] = [:]

        mutating func add(_ row: FollowUpRow, index: Int) {
            if firstByArea[row.area] == nil { firstByArea[row.area] = (index, row) }
            let figures = Figures(row)
            let kept = firstByFigures[figures] ?? []
            if kept.count < 2 && !kept.contains(where: { $0.row.area == row.area }) { firstByFigures[figures, default: []].append((index, row)) }
        }

        func firstInOtherArea(than area: String, figures: Figures) -> (index: Int, row: FollowUpRow)? {
            firstByFigures[figures]?.first { $0.row.area != area }
        }
    }

    /// Codes that break the convention are reported, with the code most likely meant where one repair
    /// explains the slip (002: "HA/S108" for HA/SI08, "SU/UD03" for SI/UD03). A code whose bracketed year
    /// differs from the row's budget year is reported too.
    static func codes(_ rows: [FollowUpRow], convention: ProposalCodeConvention) -> [Finding] {
        let parsed: [(row: FollowUpRow, code: ProposalCode)] = rows.compactMap { row in
            guard let code = ProposalCode.split(title: row.code ?? "").code else { return nil }
            return (row, code)
        }
        let wellFormed = parsed.filter { convention.isWellFormed($0.code) }
        let pairsInUse = Set(wellFormed.map { $0.code.areas.joined(separator: "/") })
        // Per code without its year and budget year, the first two well-formed rows (one of them lies on another
        // line than any row): looked up, not searched for, so that a long table costs no pass per mistyped row.
        var wellFormedByCode: [String: [(row: FollowUpRow, code: ProposalCode)]] = [:]
        for entry in wellFormed {
            let key = "\(entry.code.withoutYear)|\(entry.row.adoptedBudgetYear.map(String.init) ?? "?")"
            if wellFormedByCode[key, default: []].count < 2 { wellFormedByCode[key, default: []].append(entry) }
        }
        var findings: [Finding] = []
        for (row, code) in parsed {
            if let year = code.year, let budgetYear = row.adoptedBudgetYear, year != budgetYear {
                findings.append(Finding(
                    rule: "code.year-mismatch", severity: .warning, proposal: row.displayName, line: row.line,
                    message: "the code says \(year) but the row's adopted budget year is \(budgetYear)"))
            }
            guard !convention.isWellFormed(code) else { continue }
            var message: String
            if let meant = convention.likelyMeant(code, pairsInUse: pairsInUse) {
                message = "code \(code) looks mistyped; \(meant) was probably meant"
                // Codes are reused across budget years, so only a row of the same year is the same proposal.
                let key = "\(meant.withoutYear)|\(row.adoptedBudgetYear.map(String.init) ?? "?")"
                let elsewhere = wellFormedByCode[key]?.first { $0.row.line != row.line }
                if let other = elsewhere, let line = other.row.line {
                    message += " (\(other.code) is at line \(line)\(other.row.area != row.area ? ", under \"\(other.row.area)\"" : ""))"
                }
            } else if let unknown = code.areas.first(where: { !convention.areaCodes.contains($0) }) {
                message = "code \(code) has the area letters \(unknown), which name no area (\(convention.areaCodes.joined(separator: ", ")))"
            } else {
                message = "code \(code) has \(code.number.count) digits where codes have \(convention.digits)"
            }
            findings.append(Finding(rule: "code.looks-mistyped", severity: .warning, proposal: row.displayName, line: row.line, message: message))
        }
        return findings
    }

    private static func figure(_ amount: Amount?) -> String {
        amount.map(DanishNumber.thousands) ?? "blank"
    }
}

extension FollowUpRow {
    /// How findings name the row: its code, or the start of its title.
    var displayName: String { code ?? String(title.prefix(60)) }
}
