/// Where the parts of a native proposal file stand, so that a finding about a proposal can be reported at a
/// line of its file (`FILE:LINE: …`): the line of the economic line it names, or else of the field its
/// rule family concerns.
public struct NativeFileLocations: Sendable {
    /// Top-level fields by name.
    public var fields: [String: TextPosition] = [:]
    /// Each entry of `lines`, in order, with its label.
    public var lines: [(label: String, position: TextPosition)] = []

    public init(bytes: [UInt8]) {
        guard let root = try? JSONParser.parse(bytes: bytes), case .object(let members) = root.value else { return }
        for member in members {
            fields[member.key] = member.keyPosition
            if member.key == "lines", case .array(let entries) = member.value.value {
                for entry in entries {
                    var label = ""
                    if case .object(let lineMembers) = entry.value,
                       case .string(let text)? = lineMembers.first(where: { $0.key == "label" })?.value.value {
                        label = text
                    }
                    lines.append((label, entry.position))
                }
            }
        }
    }

    /// The best line for a finding: the economic line whose label its message quotes (the longest such
    /// label), else the field of its family, else the first line.
    public func line(for finding: Finding) -> Int {
        let quoted = lines.filter { !$0.label.isEmpty && finding.message.contains($0.label) }
        if let best = quoted.max(by: { $0.label.count < $1.label.count }) { return best.position.line }
        let fieldsByFamily: [String: [String]] = [
            "total": ["printed", "lines"], "detail": ["printed", "lines"], "payback": ["printed", "lines"],
            "price": ["priceLevel", "printed"], "sign": ["lines"], "template": ["sections", "followUpPlan", "summary", "title"],
            "criteria": ["consultations", "status", "type"], "missing": [finding.rule.name, "title"],
        ]
        for field in fieldsByFamily[finding.rule.family] ?? [] {
            if let position = fields[field] { return position.line }
            if finding.rule.family == "missing", let position = fields.first(where: { finding.rule.name.lowercased().contains($0.key.lowercased()) })?.value {
                return position.line
            }
        }
        return 1
    }
}
