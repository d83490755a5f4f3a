import Foundation
import GevinstCore
import GevinstTestSupport

/// The rows of seed 002 for the follow-up tests, split on tabs here because the import reader
/// (`FollowUpTableReader`) has not landed on main yet. Only what the tests need: area headings, the
/// 12 columns, the code at the start of the title.
enum FollowUpSeedRows {
    static func rows() -> [FollowUpRow] {
        guard let data = SeedCorpus.data(SeedCorpus.followUp2024) else { return [] }
        let text = String(decoding: data, as: UTF8.self)
        var rows: [FollowUpRow] = []
        var area = ""
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.hasPrefix("#") {
                area = line.drop { $0 == "#" || $0 == " " }.trimmingCharacters(in: .whitespaces)
                continue
            }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count == 12, let year = Int(cells[0]) else { continue }
            let (code, title) = splitCode(cells[1])
            rows.append(FollowUpRow(
                adoptedBudgetYear: year, code: code, title: title, typeText: cells[2], type: type(cells[2]), area: area,
                status: cells[3], remark: cells[4], totalInvestment: thousands(cells[5]),
                efficiencyAtFullPhaseIn: thousands(cells[6]), efficiencyPriceLevelYear: 2025,
                fullImplementationYear: Int(cells[7]), handling: cells[8], earlierCompensatingAction: yesNo(cells[9]),
                requiresApprovalByOEUAndBR: yesNo(cells[10]), consequence: cells[11], period: "December 2024",
                line: index + 1))
        }
        return rows
    }

    static func splitCode(_ text: String) -> (String?, String) {
        guard let match = text.wholeMatch(of: /([A-ZÆØÅ][A-ZÆØÅ0-9\/]*\d[A-ZÆØÅ0-9]*(?: ?\(\d{4}\))?)\s*[:\-]?\s*(.*)/) else {
            return (nil, text)
        }
        return (String(match.1), String(match.2))
    }

    static func type(_ text: String) -> ProposalType? {
        let lower = text.lowercased()
        if lower.hasPrefix("invest") { return .investment }
        if lower.hasPrefix("effektiv") { return .efficiency }
        if lower.hasPrefix("innovation") { return .innovation }
        return nil
    }

    static func thousands(_ text: String) -> Amount? {
        DanishNumber.parseInteger(text).map { $0 * 1000 }
    }

    static func yesNo(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "ja": true
        case "nej": false
        default: nil
        }
    }
}
