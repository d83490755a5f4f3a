import GevinstCore

/// A diff's path in the words of the page: Core's `ProposalDiff` names what changed by a path such as
/// "lines[permanent: Frikøb].amounts.2024" or "computed.table1.net.2024"; a finance consultant reads
/// "Frikøb (Varig), 2024" and "Tabel 1: Samlet økonomisk påvirkning, 2024". A path this does not know is
/// shown as it is, so nothing is hidden.
public enum DiffPathWords {
    public static func describe(_ path: String, l: Localisation) -> String {
        let danish = l.language == .danish
        if let words = header(path, l: l) { return words }
        if path.hasPrefix("lines["), let close = path.firstIndex(of: "]") {
            let key = path[path.index(path.startIndex, offsetBy: 6)..<close]
            let rest = path[path.index(after: close)...]
            let (blockName, label) = splitKey(String(key))
            let block = Block(rawValue: blockName).map { l.blockShort($0) } ?? blockName
            let line = "\(label) (\(block))"
            if rest.isEmpty { return line }
            if rest.hasPrefix(".amounts.") { return "\(line), \(rest.dropFirst(9))" }
            switch rest {
            case ".driver": return "\(line): " + (danish ? "beregning" : "calculation")
            case ".steeringArea": return "\(line): " + (danish ? "styringsområde" : "steering area")
            case ".appropriation": return "\(line): " + (danish ? "bevilling" : "appropriation")
            default: return "\(line)\(rest)"
            }
        }
        if path.hasPrefix("computed") { return computed(path, danish: danish) }
        if path.hasPrefix("sections["), let close = path.firstIndex(of: "]") {
            let number = path[path.index(path.startIndex, offsetBy: 9)..<close]
            let part: String = switch path[path.index(after: close)...] {
            case ".text": danish ? ": tekst" : ": text"
            case ".heading": danish ? ": overskrift" : ": heading"
            default: ""
            }
            return (danish ? "Afsnit " : "Section ") + number + part
        }
        return path
    }

    /// A header field's label, as the editor names it.
    static func header(_ path: String, l: Localisation) -> String? {
        switch path {
        case "code": l(.code)
        case "title": l(.title)
        case "summary": l(.summary)
        case "type": l(.proposalType)
        case "fundingSource": l(.fundingSource)
        case "submittingAdministration": l(.submittingAdministration)
        case "affectedAdministrations": l(.affectedAdministrations)
        case "areas": l(.areas)
        case "budgetRound": l(.budgetRound)
        case "priceLevelYear": l(.priceLevelYear)
        case "status": l(.status)
        case "risk.level": l(.riskLevel)
        case "risk.text": l(.riskText)
        case "years": l.language == .danish ? "År" : "Years"
        default: nil
        }
    }

    /// "permanent: Frikøb" → ("permanent", "Frikøb"); a variant after " | " stays with the label.
    static func splitKey(_ key: String) -> (block: String, label: String) {
        guard let colon = key.range(of: ": ") else { return ("", key) }
        return (String(key[..<colon.lowerBound]), String(key[colon.upperBound...]))
    }

    /// "computed[variant].table1.net.2024" → "Tabel 1 (variant): Samlet økonomisk påvirkning, 2024".
    static func computed(_ path: String, danish: Bool) -> String {
        var rest = Substring(path.dropFirst("computed".count))
        var variant = ""
        if rest.hasPrefix("["), let close = rest.firstIndex(of: "]") {
            variant = " (" + rest[rest.index(after: rest.startIndex)..<close] + ")"
            rest = rest[rest.index(after: close)...]
        }
        let parts = rest.split(separator: ".").map(String.init)
        let year = parts.last.flatMap { Int($0) }.map { ", \($0)" } ?? ""
        let name: String = switch parts.first == "table1" ? parts.dropFirst().first ?? "" : parts.joined(separator: ".") {
        case "permanentTotal": danish ? "Samlet varig ændring" : "Total permanent change"
        case "implementationTotal": danish ? "Samlede implementeringsomkostninger" : "Total implementation costs"
        case "net": danish ? "Samlet økonomisk påvirkning" : "Total economic impact"
        case "investment": danish ? "Investering i alt" : "Total investment"
        case "payback.service": danish ? "Tilbagebetalingstid baseret på serviceeffektivisering" : "Payback on service efficiency"
        case "payback.total": danish ? "Tilbagebetalingstid baseret på totaløkonomi" : "Payback on the total economy"
        default: rest.isEmpty ? "" : String(rest.dropFirst())
        }
        let table = parts.first == "table1" ? (danish ? "Tabel 1" : "Table 1") + variant + ": " : (variant.isEmpty ? "" : variant.dropFirst() + ": ")
        return table + name + year
    }

    /// A value in the words of the page: a status by its name; anything else as it is.
    public static func value(_ value: String, path: String, l: Localisation) -> String {
        if path == "status", let status = ProposalStatus(rawValue: value) { return l.status(status) }
        return value
    }
}
