import GevinstCore

/// One proposal chunk read in full: header, Tabel 1 and detail tables, sections, plans, risk, consultations.
struct ProposalBuilder {
    let lines: [PdfLine]
    let file: String
    let ocr: Bool
    let vocabulary: PdfTextVocabulary
    let documentYears: ClosedRange<Int>?
    let budgetRound: String?

    enum Kind: Sendable {
        case full
        /// "[Forslaget er fortsat under udarbejdelse]": a draft with its title.
        case placeholder
        /// "[Se under målgruppen …]": a pointer to a proposal listed under another area.
        case crossReference(String)
    }

    struct Built: Sendable {
        var proposal: Proposal
        var kind: Kind
        var code: ProposalCode.Printed?
        var findings: [Finding]
        var codeReferences: [CodeReferenceCheck.Reference]
        /// The numbered sections read, in order (none for a placeholder or a cross-reference).
        var sections: [SectionHeading.Heading] = []

        /// The name its findings carry.
        var name: String { ProposalBuilder.findingName(code: proposal.code, title: proposal.title) }
    }

    /// How findings name a proposal: its code, else its title, else "(untitled)" (a proposal whose title was not
    /// read, as one cut off before its title: seed 000 prints Tabel 1 first).
    static func findingName(code: String?, title: String) -> String {
        code ?? (title.isEmpty ? "(untitled)" : title)
    }

    static func kind(of lines: ArraySlice<PdfLine>) -> Kind {
        var hasTable = false
        var placeholder = false
        var reference: String? = nil
        for line in lines where line.isContent {
            let text = line.trimmed
            guard let first = text.utf8.first, first == 0x5B || first == 0x54 else { continue }
            if TableVocabulary.isTableOneTitle(text) { hasTable = true }
            guard first == 0x5B else { continue }
            let folded = TextFold.letters(text)
            if text.hasPrefix("[") && folded.containsBytes("fortsatunderudarbejdelse") { placeholder = true }
            if text.hasPrefix("[") && folded.hasPrefix("seunder") { reference = String(text.dropFirst().prefix { $0 != "]" }) }
        }
        if hasTable { return .full }
        if placeholder { return .placeholder }
        if let reference { return .crossReference(reference) }
        return .full
    }

    func build(_ chunk: ProposalChunk, raw: RawTableOne?) -> Built {
        let slice = lines[chunk.range]
        let header = PdfTextProposalHeaderReader.read(lines, chunk: chunk, vocabulary: vocabulary)
        let name = Self.findingName(code: header.code?.text, title: header.title)
        var findings: [Finding] = []
        let kind = ProposalBuilder.kind(of: slice)
        var consumed = header.consumed
        var proposal = Proposal(code: header.code?.text, title: header.title, years: documentYears ?? fallbackYears(raw, slice))
        proposal.summary = header.summary
        proposal.submittingAdministration = header.submittingAdministration
        proposal.affectedAdministrations = header.affectedAdministrations
        proposal.budgetRound = budgetRound
        proposal.type = proposalType(chunk, slice)
        proposal.fundingSource = fundingSource(slice)
        proposal.areas = areas(header.code, chunk.headingAreas)
        if let first = slice.first, let last = slice.last {
            proposal.source = SourceRange(file: file, firstLine: first.number, lastLine: last.number)
        }
        if let code = header.code { findings += CodeReferenceCheck.unknownAreaFindings(code, line: header.titleLine, vocabulary: vocabulary) }

        switch kind {
        case .placeholder, .crossReference:
            proposal.status = .draft
            return Built(proposal: proposal, kind: kind, code: header.code, findings: findings, codeReferences: [])
        case .full:
            break
        }

        var proseFigures: (figures: PdfTextProseFigureCheck.Figures, years: ClosedRange<Int>)? = nil
        if let raw {
            consumed.formUnion(raw.consumed)
            let details = PdfTextDetailTableReader.readAll(slice, ocr: ocr)
            if raw.firstBodyLine == nil {
                findings.append(Finding(
                    rule: "extraction.table-one-unreadable", severity: .warning, proposal: name, line: raw.titleLine,
                    message: "Tabel 1 has a title but no rows could be found after it."))
            }
            if let stop = raw.stoppedAtLine {
                findings.append(Finding(
                    rule: "extraction.table-too-long", severity: .warning, proposal: name, line: stop,
                    message: "Tabel 1 runs on for \(PdfTextTableOneReader.maxBodyLines) lines without its end (the payback rows or the next table); it is read up to this line, and the lines after it are not read as the table's."))
            }
            for detail in details {
                guard let stop = detail.stoppedAtLine else { continue }
                findings.append(Finding(
                    rule: "extraction.table-too-long", severity: .warning, proposal: name, line: stop,
                    message: "'\(detail.title)' runs on for \(PdfTextDetailTableReader.maxTableLines) lines without its end (its total row, the next table or section); it is read up to this line, and the lines after it are not read as the table's."))
            }
            let resolved = TableYears.resolve(header: raw.header, widestRow: raw.widestRow, documentYears: documentYears)
            if let problem = resolved.problem, raw.firstBodyLine != nil {
                let line = raw.header.lines.first ?? raw.firstBodyLine ?? raw.titleLine
                switch problem {
                case .damaged(let read):
                    findings.append(Finding(
                        rule: "extraction.year-header-damaged", severity: .warning, proposal: name, line: line,
                        message: "Tabel 1: the year header reads \(read.map(String.init).joined(separator: " ")) for \(raw.widestRow) columns; "
                            + (resolved.years.map { "used \(YearText.describe(Array($0)))" } ?? "the years could not be decided") + "."))
                case .missing:
                    findings.append(Finding(
                        rule: "extraction.year-header-missing", severity: .warning, proposal: name, line: line,
                        message: "Tabel 1 has no year header; " + (resolved.years.map { "used \(YearText.describe(Array($0)))" } ?? "its amounts could not be placed") + "."))
                }
            }
            let models = Self.modelTables(slice, ocr: ocr)
            if let years = resolved.years, raw.firstBodyLine != nil, models.count >= 2 {
                // One Tabel 1 per model ("… (Model 1)", "… (Model 2)"): each model's lines and printed tables carry
                // its name, as the markdown catalogue's two-model proposals do; the first model's payback is kept.
                proposal.years = years
                var printedTables: [PrintedTable] = []
                var payback = PrintedPayback()
                for (index, model) in models.enumerated() {
                    consumed.formUnion(model.raw.consumed)
                    let own = details.filter { Self.modelName(inTitle: $0.title) == model.name }
                    let tables = TableOneAssembler.assemble(raw: model.raw, years: years, details: own, ocr: ocr, proposal: name)
                    proposal.lines += tables.lines.map { line in
                        var line = line
                        line.variant = model.name
                        return line
                    }
                    printedTables += tables.printedTables.map { table in
                        var table = table
                        table.variant = model.name
                        return table
                    }
                    findings += tables.findings
                    consumed.formUnion(tables.consumed)
                    if index == 0 {
                        proposal.priceLevelYear = tables.priceLevelYear
                        payback = tables.payback
                        proseFigures = (tables.proseFigures, years)
                    }
                }
                proposal.printed = PrintedFigures(tables: printedTables, payback: payback)
                for detail in details where !models.contains(where: { $0.name == Self.modelName(inTitle: detail.title) }) {
                    consumed.formUnion(detail.consumed)
                }
            } else if let years = resolved.years, raw.firstBodyLine != nil {
                let tables = TableOneAssembler.assemble(raw: raw, years: years, details: details, ocr: ocr, proposal: name)
                proposal.years = years
                proposal.lines = tables.lines
                proposal.priceLevelYear = tables.priceLevelYear
                proposal.printed = PrintedFigures(tables: tables.printedTables, payback: tables.payback)
                findings += tables.findings
                consumed.formUnion(tables.consumed)
                proseFigures = (tables.proseFigures, years)
            } else {
                for detail in details { consumed.formUnion(detail.consumed) }
            }
        } else {
            findings.append(Finding(
                rule: "extraction.table-one-missing", severity: .warning, proposal: name, line: slice.first?.number,
                message: "No Tabel 1 was found for this proposal; it has no economic lines."))
        }

        let followUp = FollowUpPlanReader.read(slice)
        proposal.followUpPlan = followUp.rows
        consumed.formUnion(followUp.consumed)
        if let plan = ImplementationPlanReader.read(slice) {
            proposal.implementationPlan = plan.plan
            consumed.formUnion(plan.consumed)
            if plan.inferredRows > 0 {
                findings.append(Finding(
                    rule: "extraction.placement-inferred", severity: .info, proposal: name, line: plan.line,
                    message: "Implementation plan: the X marks of \(plan.inferredRows) activities do not say which years they stand under; placed from the plan's first year."))
            }
        }
        let sections = SectionReader.read(slice, excluding: consumed)
        proposal.sections = sections.map { TextSection(number: String($0.heading.number), heading: $0.heading.heading, text: $0.text) }
        if let prose = proseFigures, let economy = sections.first(where: { $0.heading.topic == .economy }) {
            findings += PdfTextProseFigureCheck.check(economy.textLines, figures: prose.figures, years: prose.years, proposal: name)
        }
        if let risk = sections.first(where: { $0.heading.topic == .risk }) { proposal.risk = RiskReader.read(risk.text) }
        if let consultation = sections.first(where: { $0.heading.topic == .consultation }) {
            proposal.consultations = ConsultationReader.read(consultation.textLines)
        }
        let economyApproved = proposal.consultations.contains { ConsultationReader.isEconomyApproval($0) && $0.answer == .ja }
        proposal.status = economyApproved ? .approved : .submitted
        findings += TemplateTextDetector.findings(slice, proposal: name)
        let references = CodeReferenceCheck.references(in: slice, excluding: header.titleLine.map { [$0] } ?? [], proposal: name)
        return Built(
            proposal: proposal, kind: kind, code: header.code, findings: findings, codeReferences: references,
            sections: sections.map(\.heading))
    }

    /// The proposal's Tabel 1 per model, when it prints two or more whose titles name their model
    /// ("Tabel 1. Forslagets samlede økonomiske konsekvenser (Model 1)", as Gevinst's own documents print a
    /// two-model proposal); empty otherwise.
    static func modelTables(_ slice: ArraySlice<PdfLine>, ocr: Bool) -> [(name: String, raw: RawTableOne)] {
        var models: [(name: String, raw: RawTableOne)] = []
        for index in slice.indices where slice[index].isContent && TableVocabulary.isTableOneTitle(slice[index].text) {
            guard let name = modelName(inTitle: slice[index].text), !models.contains(where: { $0.name == name }),
                  let raw = PdfTextTableOneReader.read(slice[index...], ocr: ocr)
            else { continue }
            models.append((name, raw))
        }
        return models.count >= 2 ? models : []
    }

    /// "Model 2" from a table title ending "(Model 2)"; nil for a title without a model.
    static func modelName(inTitle title: String) -> String? {
        let trimmed = title.trimmingSpaces()
        guard trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "(") else { return nil }
        let inside = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)].trimmingSpaces()
        let words = inside.split(separator: " ")
        guard words.count == 2, words[0].lowercased() == "model", !words[1].isEmpty else { return nil }
        return "Model \(words[1])"
    }

    /// Years for a proposal without a readable Tabel 1 (the document's years are used first): six from the year
    /// before the price level, else six from the budget round's first year, else the first year the proposal's
    /// text names.
    func fallbackYears(_ raw: RawTableOne?, _ slice: ArraySlice<PdfLine>) -> ClosedRange<Int> {
        if let priceLevel = raw?.header.priceLevelYear { return (priceLevel - 1)...(priceLevel + 4) }
        if let round = budgetRound, let year = firstYear(in: round) { return year...(year + 5) }
        for line in slice where line.isContent {
            if let year = firstYear(in: line.text) { return year...(year + 5) }
        }
        return 2000...2005
    }

    func firstYear(in text: String) -> Int? {
        for word in text.split(whereSeparator: { !$0.isNumber }) where word.count == 4 {
            if let year = Int(word), YearHeader.plausibleYears.contains(year) { return year }
        }
        return nil
    }

    /// The type marker, else the word "investeringsforslag" in the proposal's annex (001).
    func proposalType(_ chunk: ProposalChunk, _ slice: ArraySlice<PdfLine>) -> ProposalType? {
        let marker = chunk.marker.map { TextFold.letters($0) } ?? ""
        if marker == "investeringsforslag" { return .investment }
        if marker == "effektiviseringsforslag" { return .efficiency }
        if marker == "innovationsforslag" { return .innovation }
        // Folding makes a "v", "f" or "g" only from that ASCII letter: a line without all three is not folded.
        for line in slice where line.isContent && ProposalBuilder.holdsLetters(line.text, "vfg")
            && TextFold.letters(line.text).containsBytes("investeringsforslag") {
            return .investment
        }
        return nil
    }

    /// True when `text` holds every one of the ASCII lower-case `letters`, in either case. Read on the line's own
    /// buffer, as a set of letters seen, and compared with the set wanted once at the end.
    static func holdsLetters(_ text: String, _ letters: StaticString) -> Bool {
        var wanted: UInt32 = 0
        for index in 0..<letters.utf8CodeUnitCount { wanted |= 1 << UInt32(letters.utf8Start[index] & 0x1F) }
        let seen = text.withBytes { bytes in
            var seen: UInt32 = 0
            for byte in bytes where byte & 0xC0 == 0x40 { seen |= 1 << UInt32(byte & 0x1F) }
            return seen
        }
        return seen & wanted == wanted
    }

    /// "(midler fra investeringspuljen)" → Investeringspuljen; "innovationspuljen" → Innovationspuljen.
    func fundingSource(_ slice: ArraySlice<PdfLine>) -> String? {
        // Every phrase looked for has a "j", a "p" and an "l" ("puljen"), which folding makes only from those
        // ASCII letters: lines without all three are not folded.
        for line in slice where line.isContent && ProposalBuilder.holdsLetters(line.text, "jpl") {
            let folded = TextFold.letters(line.text)
            if folded.containsBytes("midlerfrainvesteringspuljen") || folded.containsBytes("sogesommidlerfrainvesteringspuljen") { return "Investeringspuljen" }
            if folded.containsBytes("midlerfrainnovationspuljen") { return "Innovationspuljen" }
        }
        return nil
    }

    /// The code's area letters; without a code, the heading's area when it names one.
    func areas(_ code: ProposalCode.Printed?, _ headingAreas: [String]) -> [String] {
        if let code {
            let known = code.code.areas.filter { vocabulary.areaCodes.contains($0) }
            if !known.isEmpty { return known }
        }
        return headingAreas.count == 1 ? headingAreas : []
    }
}
