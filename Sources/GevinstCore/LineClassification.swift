/// The two blocks of Tabel 1.
public enum Block: String, Sendable, Hashable, CaseIterable {
    /// *Varige ændringer*: savings (negative) and running costs (positive) that last.
    case permanent
    /// *Implementeringsomkostninger*: the one-off investment.
    case implementation
}

/// *Styringsområde*, the steering area of a line. Service payback leaves out Overførsler lines; total
/// payback includes them (DOMAIN.md §5).
public enum SteeringArea: String, Sendable, Hashable, CaseIterable {
    case service
    /// Anlæg: construction and capital.
    case anlaeg = "anlæg"
    /// Overførsler: transfer payments.
    case overfoersler = "overførsler"

    /// The word a municipal table prints in the *Styringsområde* column.
    public var danishLabel: String {
        switch self {
        case .service: "Service"
        case .anlaeg: "Anlæg"
        case .overfoersler: "Overførsler"
        }
    }

    /// Reads the column's word as printed ("Service", "Anlæg", "Overførsler", "Overfgrsler" after OCR…).
    public init?(danish text: String) {
        let word = text.lowercased().filter { $0.isLetter }
        switch word {
        case "service": self = .service
        case "anlæg", "anlaeg", "anlag": self = .anlaeg
        case "overførsler", "overforsler", "overfoersler", "overfgrsler", "overførs", "overførsel": self = .overfoersler
        default: return nil
        }
    }
}
