import GevinstCore

/// The colours every drawing of a chart uses (the SVG in HTML and the native charts in DOCX and XLSX), as
/// hexadecimal RGB without a leading "#", so that a chart looks the same in every format.
enum ChartColours {
    /// A cumulative net that is still a cost (above zero).
    static let cost = "c55a4f"
    /// A cumulative net that is a gain (zero or below).
    static let gain = "3f7f5f"

    /// The bar of a cumulative net: red while the proposal is a cost, green once it has paid back.
    static func cumulative(_ value: Amount) -> String { value > 0 ? cost : gain }

    /// Area colours: distinguishable in print and for common colour blindness (Okabe–Ito order).
    static let areaPalette = ["0072b2", "e69f00", "009e73", "cc79a7", "56b4e9", "d55e00", "f0e442", "000000"]

    /// The colour of the area at `index` in a chart's series.
    static func area(_ index: Int) -> String { areaPalette[index % areaPalette.count] }

    /// Bar colours of the traffic lights, darker than the table cells' fills so that white counts read on them.
    static func status(_ colour: StatusColour) -> String {
        switch colour {
        case .green: "2e7d32"
        case .yellow: "b8860b"
        case .red: "c62828"
        }
    }

    /// The payback mark's outline.
    static let mark = "000000"
}
