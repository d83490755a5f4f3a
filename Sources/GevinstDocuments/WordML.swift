/// WordprocessingML markup for paragraphs and runs (ECMA-376 Part 1, §17), with child elements in the
/// order the schema requires so that Word opens the file without a repair prompt.
struct WordML {
    static let namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    struct Run {
        var text: String
        var bold = false
        var italic = false
        var colour: String? = nil
        /// A font for symbols that the body font may lack (the checkbox ☒).
        var font: String? = nil

        init(_ text: String, bold: Bool = false, italic: Bool = false, colour: String? = nil, font: String? = nil) {
            self.text = text
            self.bold = bold
            self.italic = italic
            self.colour = colour
            self.font = font
        }
    }

    struct ParagraphProperties {
        var style: String? = nil
        var keepNext = false
        var pageBreakBefore = false
        var alignment: String? = nil
        var spacingAfter: Int? = nil
    }

    private(set) var xml = ""

    init() { xml.reserveCapacity(256 * 1024) }

    mutating func raw(_ markup: String) { xml += markup }

    mutating func paragraph(_ properties: ParagraphProperties, runs: [Run]) {
        xml += "<w:p>"
        writeProperties(properties)
        for run in runs { self.run(run) }
        xml += "</w:p>"
    }

    mutating func writeProperties(_ properties: ParagraphProperties) {
        var inner = ""
        if let style = properties.style { inner += "<w:pStyle w:val=\"\(style)\"/>" }
        if properties.keepNext { inner += "<w:keepNext/>" }
        if properties.pageBreakBefore { inner += "<w:pageBreakBefore/>" }
        if let after = properties.spacingAfter { inner += "<w:spacing w:after=\"\(after)\"/>" }
        if let alignment = properties.alignment { inner += "<w:jc w:val=\"\(alignment)\"/>" }
        if !inner.isEmpty { xml += "<w:pPr>" + inner + "</w:pPr>" }
    }

    /// A run; line feeds become `<w:br/>`, tabs `<w:tab/>` and soft hyphens `<w:softHyphen/>`.
    mutating func run(_ run: Run) {
        xml += "<w:r>"
        var properties = ""
        if let font = run.font { properties += "<w:rFonts w:ascii=\"\(font)\" w:hAnsi=\"\(font)\" w:cs=\"\(font)\"/>" }
        if run.bold { properties += "<w:b/><w:bCs/>" }
        if run.italic { properties += "<w:i/><w:iCs/>" }
        if let colour = run.colour { properties += "<w:color w:val=\"\(colour)\"/>" }
        if !properties.isEmpty { xml += "<w:rPr>" + properties + "</w:rPr>" }
        // Most runs hold no line break, tab or soft hyphen (U+00AD is C2 AD in UTF-8): one `w:t`.
        let needsSplitting = run.text.utf8.contains { $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0xAD }
        guard needsSplitting else {
            if !run.text.isEmpty { xml += "<w:t xml:space=\"preserve\">" + XMLEscaping.text(run.text) + "</w:t>" }
            xml += "</w:r>"
            return
        }
        var segment = ""
        func flush(_ xml: inout String) {
            if !segment.isEmpty { xml += "<w:t xml:space=\"preserve\">" + XMLEscaping.text(segment) + "</w:t>" }
            segment = ""
        }
        var previousWasCarriageReturn = false
        for character in run.text.unicodeScalars {
            switch character {
            case "\n":
                if previousWasCarriageReturn { previousWasCarriageReturn = false; continue }
                flush(&xml); xml += "<w:br/>"
            case "\r":
                flush(&xml); xml += "<w:br/>"
                previousWasCarriageReturn = true
                continue
            case "\t":
                flush(&xml); xml += "<w:tab/>"
            case "\u{AD}":
                flush(&xml); xml += "<w:softHyphen/>"
            default:
                segment.unicodeScalars.append(character)
            }
            previousWasCarriageReturn = false
        }
        flush(&xml)
        xml += "</w:r>"
    }

    /// A complex field (`PAGEREF`, `TOC`): begin, instruction, separate, cached result, end.
    mutating func field(instruction: String, cached: String) {
        xml += "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
        xml += "<w:r><w:instrText xml:space=\"preserve\">\(XMLEscaping.text(instruction))</w:instrText></w:r>"
        xml += "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
        xml += "<w:r><w:t xml:space=\"preserve\">\(XMLEscaping.text(cached))</w:t></w:r>"
        xml += "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
    }
}
