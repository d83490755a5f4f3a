import Foundation
import GevinstCore

/// The columns of the follow-up report's area tables: the twelve columns of seed 002 ("Bilag 8") in its
/// order, with the colour in words beside the status. The report writes them and `FollowUpXlsxReader` finds
/// them again by their headings, so an edited workbook loads back.
public enum FollowUpReportColumn: String, Sendable, Hashable, CaseIterable {
    case adoptedBudgetYear
    case title
    case type
    case status
    case colour
    case remark
    case totalInvestment
    case efficiency
    case fullImplementationYear
    case handling
    case earlierCompensatingAction
    case requiresApproval
    case consequence

    /// The heading, as 002 prints it; the status and remark name the period's month ("Status december
    /// 2024") and the efficiency its price level.
    public func heading(periodName: String, priceLevelYear: Int?) -> String {
        let period = periodName.lowercased()
        switch self {
        case .adoptedBudgetYear: return "Vedtaget budgetår"
        case .title: return "Titel på forslag inkl. nr."
        case .type: return "Forslagstype"
        case .status: return "Status \(period)"
        case .colour: return "Farve"
        case .remark: return "Bemærkning \(period)"
        case .totalInvestment: return "Samlet investering (Investeringsforslag) 1.000 kr."
        case .efficiency:
            let level = priceLevelYear.map { " \($0) p/l" } ?? ""
            return "Samlet effektivisering ved fuld indfasning (Investeringsforslag/ Effektiviseringsforslag), 1.000 kr.\(level)"
        case .fullImplementationYear: return "Aktuel år for fuld implementering (Investeringsforslag)"
        case .handling: return "Håndtering"
        case .earlierCompensatingAction: return "Er der tidligere foretaget kompenserende handling"
        case .requiresApproval: return "Skal kompenserende handling godkendes af ØU og BR?"
        case .consequence: return "Konsekvens efter håndtering"
        }
    }

    var kind: DocumentTable.Column.Kind {
        switch self {
        case .totalInvestment, .efficiency: .amount
        case .adoptedBudgetYear, .fullImplementationYear, .earlierCompensatingAction, .requiresApproval, .colour: .mark
        default: .text
        }
    }

    var weight: Int {
        switch self {
        case .adoptedBudgetYear, .colour: 5
        case .fullImplementationYear, .earlierCompensatingAction, .requiresApproval: 6
        case .totalInvestment: 7
        case .type, .efficiency: 8
        case .status: 11
        case .consequence: 14
        case .title, .handling: 15
        case .remark: 18
        }
    }

    /// Recognises a heading, as written by the report or typed by a person (case and spacing ignored).
    /// The order of the tests matters: the efficiency heading names "Investeringsforslag", and "Konsekvens
    /// efter håndtering" contains "håndtering".
    public init?(heading: String) {
        let text = heading.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        if text.contains("budgetår") { self = .adoptedBudgetYear }
        else if text.hasPrefix("titel") { self = .title }
        else if text.hasPrefix("forslagstype") { self = .type }
        else if text.hasPrefix("status") { self = .status }
        else if text == "farve" { self = .colour }
        else if text.hasPrefix("bemærkning") { self = .remark }
        else if text.contains("effektivisering") { self = .efficiency }
        else if text.contains("aktuel") || text.contains("fuld implementering") { self = .fullImplementationYear }
        else if text.contains("investering") { self = .totalInvestment }
        else if text.contains("konsekvens") { self = .consequence }
        else if text.contains("tidligere") { self = .earlierCompensatingAction }
        else if text.contains("godkendes") { self = .requiresApproval }
        else if text.hasPrefix("håndtering") { self = .handling }
        else { return nil }
    }
}

/// How the report writes a proposal's code and title in one cell ("HA06 - Kapacitetstilpasning …"), and how
/// the reader splits them again.
enum FollowUpTitleCell {
    static let separator = " - "

    static func text(code: String?, title: String) -> String {
        guard let code, !code.isEmpty else { return title }
        return title.isEmpty ? code : code + separator + title
    }

    /// The code is the part before the first " - " when it is one word holding a digit ("HA/S108",
    /// "TV06(2025)"); otherwise the whole cell is the title.
    static func split(_ cell: String) -> (code: String?, title: String) {
        guard let range = cell.range(of: separator) else {
            let word = cell.trimmingCharacters(in: .whitespaces)
            return looksLikeCode(word) ? (word, "") : (nil, cell)
        }
        let head = String(cell[..<range.lowerBound])
        guard looksLikeCode(head) else { return (nil, cell) }
        return (head, String(cell[range.upperBound...]))
    }

    static func looksLikeCode(_ text: String) -> Bool {
        !text.isEmpty && !text.contains(where: \.isWhitespace) && text.contains(where: \.isNumber)
            && text.first.map { $0.isLetter && $0.isUppercase } == true
    }
}

/// Danish words of the follow-up table.
enum FollowUpWords {
    static func yesNo(_ value: Bool?) -> String {
        switch value {
        case true?: "Ja"
        case false?: "Nej"
        case nil: ""
        }
    }

    static func yesNo(_ text: String) -> Bool? {
        switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "ja": true
        case "nej": false
        default: nil
        }
    }

    static func typeText(_ type: ProposalType?) -> String {
        switch type {
        case .investment?: "Investeringsforslag"
        case .efficiency?: "Effektiviseringsforslag"
        case .innovation?: "Innovationsforslag"
        case nil: ""
        }
    }

    /// "Investeringforslag" (sic, 002) is an investment proposal too.
    static func type(_ text: String) -> ProposalType? {
        let lower = text.lowercased()
        if lower.hasPrefix("invest") { return .investment }
        if lower.hasPrefix("effektiv") { return .efficiency }
        if lower.hasPrefix("innovation") { return .innovation }
        return nil
    }
}
