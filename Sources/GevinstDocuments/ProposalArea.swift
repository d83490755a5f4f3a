import GevinstCore

/// The one target-group area a proposal is listed and totalled under in a catalogue.
///
/// A proposal may belong to several areas (DOMAIN.md §3: `SI/UD03`, `BU/SI01`); a catalogue lists it once,
/// under its first area, as catalogue 003 places `SI/UD03`-style proposals under one heading. Where the
/// proposal names no area, the letters of its code name it ("HA03(2025)" → "HA").
public enum ProposalArea {
    /// The area code, or "" when neither the areas nor the code name one.
    public static func primary(of proposal: Proposal) -> String {
        if let first = proposal.areas.first(where: { !$0.isEmpty }) { return first }
        guard let code = proposal.code else { return "" }
        let letters = code.prefix { $0.isLetter && $0.isASCII }
        return letters.count >= 2 ? String(letters).uppercased() : ""
    }
}
