/// The reference data a new database starts with, read off the seed documents; all of it is configurable data
/// that an administrator may extend.
enum ReferenceDefaults {
    /// The seven administrations of the "Berørte forvaltninger" checkboxes (003, each proposal's header).
    static let administrations = [
        "Økonomiforvaltningen", "Kultur- og Fritidsforvaltningen", "Børne- og Ungdomsforvaltningen",
        "Sundheds- og Omsorgsforvaltningen", "Socialforvaltningen", "Teknik- og Miljøforvaltningen",
        "Beskæftigelses- og Integrationsforvaltningen",
    ]

    /// Target-group areas by the letters of proposal codes (DOMAIN.md §3; 003's area headings).
    static let areas: [(code: String, name: String)] = [
        ("BU", "Børnefamilier med særlige behov"), ("SI", "Borgere med sindslidelse"),
        ("UD", "Udsatte voksne"), ("HA", "Borgere med handicap"), ("HJ", "Hjemmepleje"),
        ("TV", "Tværgående forslag"), ("CE", "Central"),
    ]

    /// The committees the seeds name: Socialudvalget (SUD, 003) and Økonomiudvalget (ØU, DOMAIN.md §1).
    static let committees = ["Socialudvalget", "Økonomiudvalget"]

    /// The bodies of section 1.11 "Hvem er hørt?" (003 BU01) and the staff committees of DOMAIN.md §1.
    static let consultationBodies = [
        "Center for Økonomi, Økonomiforvaltningen", "Ejendomsfaglig vurdering", "IT-kredsen", "Koncern-IT",
        "HR-kredsen", "Velfærdsanalytisk vurdering", "MED-udvalg", "HovedMED", "Økonomikredsen",
    ]

    /// Insert statements; names are fixed text from this file, quoted as SQL string literals.
    static var statements: [String] {
        func literal(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "''") + "'" }
        return administrations.map { "INSERT INTO administrations (name) VALUES (\(literal($0)))" }
            + areas.map { "INSERT INTO areas (code, name) VALUES (\(literal($0.code)), \(literal($0.name)))" }
            + committees.map { "INSERT INTO committees (name) VALUES (\(literal($0)))" }
            + consultationBodies.map { "INSERT INTO consultation_bodies (name) VALUES (\(literal($0)))" }
    }
}
