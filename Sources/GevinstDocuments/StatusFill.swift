import GevinstCore

/// The background colours of traffic-light cells, light enough for black text to stay readable in print
/// and on screen (the fills spreadsheet programs use for good / neutral / bad).
enum StatusFill {
    /// RRGGBB without "#".
    static func hex(_ colour: StatusColour) -> String {
        switch colour {
        case .green: "C6EFCE"
        case .yellow: "FFEB9C"
        case .red: "FFC7CE"
        }
    }
}
