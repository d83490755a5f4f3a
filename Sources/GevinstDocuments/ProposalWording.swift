import GevinstCore

/// The fixed wording of the municipal template (seed 003, every proposal): the notes under the tables,
/// the table captions and the payback rows.
public enum ProposalWording {
    /// "Note til alle tabeller: Alle *besparelser* er angivet med negativt (-) fortegn." (003, under Tabel 1).
    public static let signNote = "Note til alle tabeller: Alle besparelser er angivet med negativt (-) fortegn."

    /// "1.000 kr. 2020 p/l", the heading of every amount column in 003; "1.000 kr." without a price level.
    public static func unitHeading(priceLevelYear: Int?) -> String {
        guard let year = priceLevelYear else { return "1.000 kr." }
        return "1.000 kr. \(year) p/l"
    }

    /// The note that states the price level of every table: "Alle beløb er i 1.000 kr. 2020 p/l."
    public static func priceLevelNote(priceLevelYear: Int?) -> String {
        guard let year = priceLevelYear else { return "Alle beløb er i 1.000 kr.; prisniveauet er ikke angivet." }
        return "Alle beløb er i 1.000 kr. \(year) p/l."
    }

    /// "3 år", "2,4 år", or "ikke tilbagebetalt inden for perioden" (DOMAIN.md §5).
    public static func payback(_ years: PaybackYears?) -> String {
        guard let years else { return Payback.notPaidBackText }
        return "\(years) år"
    }

    /// "INVESTERINGSFORSLAG", the line above a proposal's title.
    public static func typeHeading(_ type: ProposalType?) -> String {
        switch type {
        case .investment, nil: "Investeringsforslag"
        case .efficiency: "Effektiviseringsforslag"
        case .innovation: "Innovationsforslag"
        }
    }

    /// "BU01 – Peer-to-Peer familier i familiebehandling", or the title alone.
    public static func heading(_ proposal: Proposal) -> String {
        guard let code = proposal.code, !code.isEmpty else { return proposal.title }
        return "\(code) – \(proposal.title)"
    }
}
