import GevinstCore

/// Lays out the municipal tables as text for a terminal: label, steering area and one right-aligned column
/// per year, amounts in 1.000 kr. with Danish number format.
struct TableLayout {
    let years: ClosedRange<Int>
    var labelWidth = 52
    var areaWidth = 12
    var amountWidth = 9

    func header(_ title: String, unit: String, withArea: Bool = true) -> String {
        var text = pad(unit, labelWidth)
        if withArea { text += pad("Styringsomr.", areaWidth) }
        for year in years { text += leftPad(String(year), amountWidth) }
        return title + "\n" + text
    }

    func row(_ label: String, area: String = "", _ amounts: YearSeries, blankZeros: Bool = true, withArea: Bool = true) -> String {
        var text = pad(fit(label), labelWidth)
        if withArea { text += pad(area, areaWidth) }
        for year in years {
            let value = amounts[year]
            text += leftPad(value == 0 && blankZeros ? "" : DanishNumber.thousands(value), amountWidth)
        }
        return text
    }

    func fit(_ label: String) -> String {
        label.count <= labelWidth - 1 ? label : String(label.prefix(labelWidth - 2)) + "…"
    }

    func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    func leftPad(_ text: String, _ width: Int) -> String {
        text.count >= width ? " " + text : String(repeating: " ", count: width - text.count) + text
    }
}
