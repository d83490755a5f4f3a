/// How a printed detail-table row is recognised as a line of Tabel 1: labels are compared after lower-casing,
/// dropping hyphens (a word broken over two lines, "børnefamilie-enheder", reads as "børnefamilieenheder") and
/// reducing every run of spaces and punctuation to one space. 003 BU05 prints "Besparelse på administration og
/// sagsbehandlere" in Tabel 1 and "… og sagsbehandler" in Tabel 2; such near-labels are matched by
/// `isAbbreviation(of:)` or by their amounts.
enum LabelNormalisation {
    static func normalise(_ label: String) -> String {
        var result = ""
        result.reserveCapacity(label.utf8.count)
        var pendingSpace = false
        for character in label.lowercased() {
            if character == "-" || character == "–" || character == "\u{00AD}" || character == "‐" { continue }
            if character.isLetter || character.isNumber {
                if pendingSpace && !result.isEmpty { result.append(" ") }
                pendingSpace = false
                result.append(character)
            } else {
                pendingSpace = true
            }
        }
        return result
    }

    /// Whether one normalised label begins with the other and the shorter has at least `minimumLength`
    /// characters: a table that shortens "Udvikling og implementering af brobygnings- og
    /// tilbageslusningsindsatser og samarbejdet herom …" (000 BU05 Tabel 1) to its first words in Tabel 3.
    static func isAbbreviation(_ lhs: String, of rhs: String, minimumLength: Int = 8) -> Bool {
        let (short, long) = lhs.count <= rhs.count ? (lhs, rhs) : (rhs, lhs)
        return short.count >= minimumLength && long.hasPrefix(short)
    }
}
