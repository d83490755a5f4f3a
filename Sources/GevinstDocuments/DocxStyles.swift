/// `word/styles.xml`, `word/settings.xml` and the footer: the look of the Word documents.
///
/// The heading styles carry Word's built-in names ("heading 1"…) and outline levels, which is what Word's
/// table of contents collects. Body text is Arial 10 pt, Danish language, as the municipal template.
enum DocxStyles {
    static let styles: String = {
        var xml = OpenPackaging.xmlDeclaration + "<w:styles xmlns:w=\"\(WordML.namespace)\">"
        xml += "<w:docDefaults><w:rPrDefault><w:rPr>"
        xml += "<w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\" w:eastAsia=\"Arial\" w:cs=\"Arial\"/>"
        xml += "<w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/><w:lang w:val=\"da-DK\" w:eastAsia=\"da-DK\" w:bidi=\"ar-SA\"/>"
        xml += "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\"264\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
        xml += "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>"
        let headingSizes = [34, 28, 23, 21]
        for (index, size) in headingSizes.enumerated() {
            let level = index + 1
            xml += "<w:style w:type=\"paragraph\" w:styleId=\"Heading\(level)\"><w:name w:val=\"heading \(level)\"/>"
            xml += "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:uiPriority w:val=\"9\"/><w:qFormat/>"
            xml += "<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before=\"\(level == 1 ? 240 : 200)\" w:after=\"100\"/><w:outlineLvl w:val=\"\(index)\"/></w:pPr>"
            xml += "<w:rPr><w:b/><w:bCs/><w:color w:val=\"1F3864\"/><w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/></w:rPr></w:style>"
        }
        xml += paragraphStyle("Title", name: "Title", paragraph: "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"18\" w:space=\"4\" w:color=\"1F3864\"/></w:pBdr><w:spacing w:before=\"3600\" w:after=\"240\"/>",
                              run: "<w:b/><w:color w:val=\"1F3864\"/><w:sz w:val=\"56\"/><w:szCs w:val=\"56\"/>")
        xml += paragraphStyle("Subtitle", name: "Subtitle", paragraph: "<w:spacing w:after=\"80\"/>", run: "<w:sz w:val=\"26\"/><w:szCs w:val=\"26\"/>")
        xml += paragraphStyle("Kicker", name: "Kicker", paragraph: "<w:keepNext/><w:pBdr><w:bottom w:val=\"single\" w:sz=\"12\" w:space=\"2\" w:color=\"1F3864\"/></w:pBdr><w:spacing w:after=\"60\"/>",
                              run: "<w:b/><w:caps/><w:color w:val=\"1F3864\"/><w:spacing w:val=\"20\"/>")
        xml += paragraphStyle("TOCHeading", name: "TOC Heading", paragraph: "<w:keepNext/><w:spacing w:before=\"240\" w:after=\"120\"/>",
                              run: "<w:b/><w:color w:val=\"1F3864\"/><w:sz w:val=\"34\"/><w:szCs w:val=\"34\"/>")
        for level in 1...4 {
            xml += "<w:style w:type=\"paragraph\" w:styleId=\"TOC\(level)\"><w:name w:val=\"toc \(level)\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:uiPriority w:val=\"39\"/>"
            xml += "<w:pPr><w:spacing w:after=\"40\"/><w:ind w:left=\"\((level - 1) * 284)\"/></w:pPr>"
            xml += level == 1 ? "<w:rPr><w:b/><w:bCs/></w:rPr>" : ""
            xml += "</w:style>"
        }
        xml += paragraphStyle("Caption", name: "caption", paragraph: "<w:keepNext/><w:spacing w:before=\"160\" w:after=\"60\"/>",
                              run: "<w:b/><w:bCs/><w:sz w:val=\"19\"/><w:szCs w:val=\"19\"/>")
        xml += paragraphStyle("Note", name: "Note", paragraph: "<w:spacing w:before=\"40\" w:after=\"120\"/>",
                              run: "<w:i/><w:iCs/><w:sz w:val=\"17\"/><w:szCs w:val=\"17\"/>")
        xml += paragraphStyle("TableText", name: "Table Text", paragraph: "<w:spacing w:before=\"20\" w:after=\"20\" w:line=\"240\" w:lineRule=\"auto\"/>",
                              run: "<w:sz w:val=\"16\"/><w:szCs w:val=\"16\"/>")
        xml += paragraphStyle("TableTextSmall", name: "Table Text Small", paragraph: "<w:spacing w:before=\"20\" w:after=\"20\" w:line=\"240\" w:lineRule=\"auto\"/>",
                              run: "<w:sz w:val=\"13\"/><w:szCs w:val=\"13\"/>")
        xml += paragraphStyle("FieldText", name: "Field Text", paragraph: "<w:spacing w:before=\"20\" w:after=\"20\"/>", run: "")
        xml += paragraphStyle("TableSpacer", name: "Table Spacer", paragraph: "<w:spacing w:after=\"60\" w:line=\"120\" w:lineRule=\"exact\"/>", run: "<w:sz w:val=\"8\"/>")
        xml += paragraphStyle("ListBullet", name: "List Bullet", paragraph: "<w:spacing w:after=\"60\"/><w:ind w:left=\"357\" w:hanging=\"357\"/>", run: "")
        xml += paragraphStyle("Footer", name: "footer", paragraph: "<w:tabs><w:tab w:val=\"right\" w:pos=\"\(DocxBody.textWidth)\"/></w:tabs><w:spacing w:after=\"0\"/>",
                              run: "<w:color w:val=\"595959\"/><w:sz w:val=\"16\"/><w:szCs w:val=\"16\"/>")
        xml += "<w:style w:type=\"character\" w:styleId=\"Hyperlink\"><w:name w:val=\"Hyperlink\"/><w:rPr><w:color w:val=\"000000\"/></w:rPr></w:style>"
        xml += "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/><w:uiPriority w:val=\"99\"/><w:semiHidden/>"
        xml += "<w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>"
        return xml + "</w:styles>"
    }()

    static func paragraphStyle(_ id: String, name: String, paragraph: String, run: String) -> String {
        var xml = "<w:style w:type=\"paragraph\" w:styleId=\"\(id)\"><w:name w:val=\"\(name)\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/>"
        if !paragraph.isEmpty { xml += "<w:pPr>\(paragraph)</w:pPr>" }
        if !run.isEmpty { xml += "<w:rPr>\(run)</w:rPr>" }
        return xml + "</w:style>"
    }

    /// Settings: Word updates fields (the TOC's page numbers) when the file is opened; Danish theme language.
    static let settings = OpenPackaging.xmlDeclaration
        + "<w:settings xmlns:w=\"\(WordML.namespace)\"><w:defaultTabStop w:val=\"709\"/>"
        + "<w:characterSpacingControl w:val=\"doNotCompress\"/><w:updateFields w:val=\"true\"/>"
        + "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
        + "<w:themeFontLang w:val=\"da-DK\"/></w:settings>"

    /// The footer: the document's title on the left, "Side X af Y" on the right.
    static func footer(title: String) -> String {
        var word = WordML()
        word.raw("<w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr>")
        word.run(.init(title.replacing("\n", with: " ")))
        word.raw("<w:r><w:tab/></w:r>")
        word.run(.init("Side "))
        word.field(instruction: " PAGE ", cached: "1")
        word.run(.init(" af "))
        word.field(instruction: " NUMPAGES ", cached: "1")
        word.raw("</w:p>")
        return OpenPackaging.xmlDeclaration + "<w:ftr xmlns:w=\"\(WordML.namespace)\">" + word.xml + "</w:ftr>"
    }
}
