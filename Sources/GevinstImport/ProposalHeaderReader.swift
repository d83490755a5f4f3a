import GevinstCore

/// The header fields of a proposal in the catalogue (DOMAIN.md §3): *Forslagets titel*, *Kort resumé*, *Der søges
/// om midler fra*, *Fremstillende forvaltning* and *Berørte forvaltninger*. Seed 003 writes them as bold labels
/// ("**Forslagets titel:** BU01 - …"), as list items with a stray bold mark ("- Forslagets titel:** BU05 – …",
/// line 641), as tab-separated `<b>` cells ("<b>Forslagets titel:</b>⇥SI05 - …", line 1555) or the same cells in a
/// pipe row, as plain text (HA01,
/// line 1851) and with a label broken over two lines ("**Der søges om** Investeringsspuljen" / "**midler fra:**",
/// BU09, line 1108).
struct ProposalHeader: Sendable, Hashable {
    var code: String?
    var title: String?
    var titleLine: Int?
    var summary: String?
    var fundingSource: String?
    var submittingAdministration: String?
    /// Names of the checked boxes.
    var affectedAdministrations: [String] = []
    /// Every box, checked or not; empty where the document lost its boxes.
    var affectedBoxes: [CheckboxGrid.Box] = []
    /// Line of the *Berørte forvaltninger* label.
    var affectedLine: Int?
    /// Administrations listed under *Berørte forvaltninger* without boxes (SI02 and HA07 in seed 003 list all
    /// seven as plain list items, so which were ticked is lost).
    var listedWithoutBoxes: [String] = []
}

enum ProposalHeaderReader {
    private enum Field {
        case title, summary, funding, submitting, affected, labelRemnant
    }

    /// Labels in the order they are tried (longer before shorter).
    private static let labels: [(String, Field)] = [
        ("forslagets titel", .title),
        ("kort resumé", .summary),
        ("kort resume", .summary),
        ("der søges om midler fra", .funding),
        ("der søges om", .funding),
        ("fremstillende forvaltning", .submitting),
        ("berørte forvaltninger", .affected),
        ("midler fra", .labelRemnant),
    ]

    /// Reads the header in lines `range` (0-based indices).
    static func read(_ lines: [Substring], range: Range<Int>) -> ProposalHeader {
        var header = ProposalHeader()
        var index = max(0, range.lowerBound)
        let end = min(range.upperBound, lines.count)
        while index < end {
            let joined = joinedCells(lines[index])
            guard let (field, value) = labelled(joined) else {
                index += 1
                continue
            }
            switch field {
            case .affected:
                header.affectedLine = index + 1
                var raw = String(lines[index])
                var listed: [String] = []
                var next = index + 1
                while next < end {
                    let line = lines[next]
                    let text = joinedCells(line)
                    if labelled(text) != nil || MarkdownInline.headingLevel(line) != nil { break }
                    if line.containsBytes("<input") || line.containsBytes("|") {
                        raw += "\n" + line
                    } else if !text.isEmpty && line.drop(while: { $0 == " " }).hasPrefix("-") {
                        listed.append(MarkdownInline.clean(MarkdownInline.droppingListMarker(line)))
                    } else if !text.isEmpty && !line.containsBytes("\t") {
                        break
                    }
                    next += 1
                }
                header.affectedBoxes = CheckboxGrid.boxes(in: raw)
                header.affectedAdministrations = header.affectedBoxes.filter(\.checked).map(\.name)
                if header.affectedBoxes.isEmpty { header.listedWithoutBoxes = listed }
                index = next
                continue
            case .labelRemnant:
                index += 1
                continue
            default:
                break
            }
            var text = value
            if text.isEmpty, let (nextIndex, nextText) = nextValueLine(lines, after: index, end: end) {
                text = nextText
                index = nextIndex
            }
            switch field {
            case .title:
                let (code, title) = ProposalTitle.split(text)
                header.code = code
                header.title = title
                header.titleLine = index + 1
            case .summary: header.summary = text.isEmpty ? nil : text
            case .funding: header.fundingSource = text.isEmpty ? nil : text
            case .submitting: header.submittingAdministration = text.isEmpty ? nil : text
            case .affected, .labelRemnant: break
            }
            index += 1
        }
        return header
    }

    /// The cleaned cells of a line joined by single spaces, without a list marker: a tab-separated row, or a pipe
    /// row as a converter writes a header laid out as a table ("| **Forslagets titel:** | SI05 - … |").
    static func joinedCells(_ line: Substring) -> String {
        if MarkdownTable.isPipeRow(line) { return MarkdownInline.clean(MarkdownTable.cells(of: line).joined(separator: "\t")) }
        return MarkdownInline.clean(MarkdownInline.droppingListMarker(line))
    }

    /// The field a line starts with and the value after the label and its colon.
    private static func labelled(_ text: String) -> (Field, String)? {
        // Every label starts with f, k, d, b or m: a line opening with another ASCII letter, a digit or a sign is
        // none (lower-casing an ASCII character gives an ASCII character).
        if let first = text.utf8.first, first < 0x80 {
            switch first | 0x20 {
            case UInt8(ascii: "f"), UInt8(ascii: "k"), UInt8(ascii: "d"), UInt8(ascii: "b"), UInt8(ascii: "m"): break
            default: return nil
            }
        }
        let lower = text.prefix(32).fastLowercased()
        for (label, field) in labels where lower.hasPrefix(label) {
            let rest = text.dropFirst(label.count)
            // A label is followed by a colon, white space or nothing ("Der søges om Investeringspuljen").
            guard rest.isEmpty || rest.first == ":" || rest.first == " " else { continue }
            let value = rest.drop(while: { $0 == ":" || $0 == " " })
            return (field, value.trimmingSpaces())
        }
        return nil
    }

    /// The next non-blank line that is not itself a label, for a label whose value sits on its own line.
    private static func nextValueLine(_ lines: [Substring], after index: Int, end: Int) -> (Int, String)? {
        var next = index + 1
        while next < end {
            let text = joinedCells(lines[next])
            if text.isEmpty { next += 1; continue }
            if labelled(text) != nil || MarkdownInline.headingLevel(lines[next]) != nil { return nil }
            return (next, text)
        }
        return nil
    }
}
