import GevinstCore

/// Tabel 1 and the detail tables of one proposal, placed and turned into lines and printed figures.
struct AssembledTables: Sendable {
    var lines: [EconomicLine] = []
    var printedTables: [PrintedTable] = []
    var payback = PrintedPayback()
    var priceLevelYear: Int?
    var consumed: Set<Int> = []
    var findings: [Finding] = []
    /// Per year, for the prose check: permanent total, gross savings and each permanent line (1.000 kr.).
    var proseFigures = PdfTextProseFigureCheck.Figures(permanentTotal: [:], grossSavings: [:], lineAmounts: [:])
}

/// Turns a read Tabel 1 into lines: decides the years, places the amounts (`TablePlacer`), reads the detail
/// tables and matches them to the lines (`DetailMatcher`) for each line's appropriation, and keeps what the
/// document printed.
enum TableOneAssembler {
    static func assemble(
        raw: RawTableOne, years: ClosedRange<Int>, details: [RawDetailTable], ocr: Bool, proposal: String?
    ) -> AssembledTables {
        var result = AssembledTables()
        result.priceLevelYear = raw.header.priceLevelYear
        result.consumed = raw.consumed
        var rows: [AssembledRow] = []
        for row in raw.rows {
            if row.cells.isEmpty {
                if TableVocabulary.role(of: row.label) == .line && row.steering != nil {
                    rows.append(row)
                } else if !row.label.isEmpty {
                    result.findings.append(Finding(
                        rule: "extraction.row-without-amounts", severity: .info, proposal: proposal, line: row.firstLine,
                        message: "Tabel 1: the row '\(row.label)' has no amounts and was left out."))
                }
                continue
            }
            rows.append(row)
        }
        let roles = rows.map { TableVocabulary.role(of: $0.label) }
        let alignments: [YearPlacement.Alignment] = rows.indices.map { index in
            switch roles[index] {
            case .line: rows[index].block == .permanent ? .end : .start
            case .permanentTotal, .permanentServiceTotal, .permanentOverfoerslerTotal, .netEfficiency: .end
            case .implementationTotal, .implementationServiceTotal, .net: .start
            }
        }
        let constraints = tableOneConstraints(rows: rows, roles: roles)
        var totalLabels: [Int: String] = [:]
        for (index, row) in rows.enumerated() where roles[index].isTotal { totalLabels[index] = row.label }
        var placer = TablePlacer(years: years, layoutColumns: raw.header.layoutColumns, ocr: ocr, proposal: proposal, tableName: "Tabel 1")
        let placed = placer.place(rows, roles: roles, alignments: alignments, constraints: constraints, totalLabels: totalLabels)
        result.findings += placer.findings

        // The printed Tabel 1.
        var printedRows: [PrintedRow] = []
        for row in placed {
            printedRows.append(PrintedRow(label: row.row.label, role: row.role.printedRole, amounts: kroner(row.amounts), line: row.row.dataLine))
        }
        result.printedTables.append(PrintedTable(kind: .table1, priceLevelYear: raw.header.priceLevelYear, rows: printedRows, line: raw.titleLine))
        for payback in raw.paybacks {
            switch payback.kind {
            case .service where result.payback.serviceLine == nil:
                result.payback.service = payback.years
                result.payback.serviceLine = payback.line
            case .total where result.payback.totalLine == nil:
                result.payback.total = payback.years
                result.payback.totalLine = payback.line
            default: break
            }
        }

        // Lines, and the detail tables matched to them.
        let lineRows = placed.filter { $0.role == .line }
        var appropriation: [Int: String] = [:]
        var splits: [Int: [(appropriation: String, values: [AmountCell])]] = [:]
        var detailKind: [Int: PrintedTable.Kind] = [:]
        // The lines' labels prepared for matching once, not again for every detail table.
        let lineLabels = lineRows.map { DetailMatcher.PreparedLabel($0.row.label) }
        for detail in details {
            let block: Block = detail.kind == .table2 ? .permanent : .implementation
            let candidates = lineRows.indices.filter { lineRows[$0].row.block == block }
            let matchLines = candidates.map { DetailMatcher.Line(label: lineLabels[$0], values: lineRows[$0].row.cells.map(\.value)) }
            let matches = DetailMatcher.match(lines: matchLines, rows: detail.rows)
            var fixedYears: [Int: [Int]] = [:]
            for match in matches {
                let lineIndex = candidates[match.line]
                let line = lineRows[lineIndex]
                detailKind[lineIndex] = detail.kind
                let parts = match.rows.map { detail.rows[$0] }
                let appropriations = parts.compactMap(\.appropriation)
                if parts.count >= 2, appropriations.count == parts.count, Set(appropriations).count >= 2,
                   parts.allSatisfy({ $0.cells.count == line.row.cells.count }) {
                    splits[lineIndex] = parts.map { ($0.appropriation ?? "", $0.cells) }
                } else if let first = appropriations.first, Set(appropriations).count == 1 {
                    appropriation[lineIndex] = first
                }
                let lineYears = line.amounts.keys.sorted()
                for rowIndex in match.rows where detail.rows[rowIndex].cells.count == line.row.cells.count && lineYears.count == line.row.cells.count {
                    fixedYears[rowIndex] = lineYears
                }
            }
            let (printed, findings) = placeDetail(detail, proposalYears: years, fixedYears: fixedYears, ocr: ocr, proposal: proposal)
            result.printedTables.append(printed)
            result.findings += findings
            result.consumed.formUnion(detail.consumed)
        }

        let blockSteering = majoritySteering(lineRows)
        for (index, row) in lineRows.enumerated() {
            var steering = row.row.steering
            if steering == nil {
                let inferred: SteeringArea
                let reason: String
                if detailKind[index] == .table4 {
                    inferred = .anlaeg; reason = "Tabel 4 lists it among the construction investments"
                } else if detailKind[index] == .table3 {
                    inferred = .service; reason = "Tabel 3 lists it among the service investments"
                } else if let majority = blockSteering[row.row.block] {
                    inferred = majority; reason = "the other lines of its block are \(majority.danishLabel)"
                } else {
                    inferred = .service; reason = "no table says otherwise"
                }
                steering = inferred
                result.findings.append(Finding(
                    rule: "extraction.steering-area-missing", severity: .info, proposal: proposal, line: row.row.dataLine,
                    message: "Tabel 1: the row '\(row.row.label)' prints no steering area; read as \(inferred.danishLabel), as \(reason)."))
            }
            let area = steering ?? .service
            if let parts = splits[index] {
                let lineYears = row.amounts.keys.sorted()
                for part in parts {
                    var amounts: [Int: Amount] = [:]
                    for (offset, cell) in part.values.enumerated() where offset < lineYears.count { amounts[lineYears[offset]] = cell.value }
                    result.lines.append(EconomicLine(
                        label: row.row.label, block: row.row.block, steeringArea: area, appropriation: part.appropriation,
                        amounts: YearSeries(years: years, amounts: kroner(amounts))))
                }
            } else {
                result.lines.append(EconomicLine(
                    label: row.row.label, block: row.row.block, steeringArea: area, appropriation: appropriation[index],
                    amounts: YearSeries(years: years, amounts: kroner(row.amounts))))
            }
        }

        // Figures the prose may be compared with.
        var permanentTotal: [Int: Amount] = [:]
        var gross: [Int: Amount] = [:]
        var lineAmounts: [Int: [Amount]] = [:]
        for row in lineRows where row.row.block == .permanent {
            for (year, value) in row.amounts {
                permanentTotal[year, default: 0] += value
                if value < 0 { gross[year, default: 0] += value }
                lineAmounts[year, default: []].append(value)
            }
        }
        result.proseFigures = PdfTextProseFigureCheck.Figures(permanentTotal: permanentTotal, grossSavings: gross, lineAmounts: lineAmounts)
        return result
    }

    static func kroner(_ thousands: [Int: Amount]) -> [Int: Amount] {
        thousands.mapValues { $0 * 1000 }
    }

    static func majoritySteering(_ rows: [PlacedRow]) -> [Block: SteeringArea] {
        var result: [Block: SteeringArea] = [:]
        for block in Block.allCases {
            var counts: [SteeringArea: Int] = [:]
            for row in rows where row.row.block == block { if let steering = row.row.steering { counts[steering, default: 0] += 1 } }
            if let best = counts.max(by: { ($0.value, $0.key.rawValue) < ($1.value, $1.key.rawValue) }) { result[block] = best.key }
        }
        return result
    }

    /// Tabel 1's arithmetic as constraints: each block's lines add up to its printed total (and the service and
    /// Overførsler totals some editions print), and the permanent total plus the implementation total is the net.
    static func tableOneConstraints(rows: [AssembledRow], roles: [TableVocabulary.Role]) -> [YearPlacement.Constraint] {
        let lines = rows.indices.filter { roles[$0] == .line }
        let permanent = lines.filter { rows[$0].block == .permanent }
        let implementation = lines.filter { rows[$0].block == .implementation }
        func first(_ role: TableVocabulary.Role) -> Int? { roles.firstIndex(of: role) }
        func sum(_ members: [Int], equals total: Int) -> YearPlacement.Constraint {
            YearPlacement.Constraint(terms: members.map { ($0, Amount(1)) } + [(total, Amount(-1))])
        }
        var constraints: [YearPlacement.Constraint] = []
        if let total = first(.permanentTotal) { constraints.append(sum(permanent, equals: total)) }
        if let total = first(.permanentServiceTotal) {
            constraints.append(sum(permanent.filter { rows[$0].steering != .overfoersler }, equals: total))
        }
        if let total = first(.permanentOverfoerslerTotal) {
            constraints.append(sum(permanent.filter { rows[$0].steering == .overfoersler }, equals: total))
        }
        if let total = first(.implementationTotal) { constraints.append(sum(implementation, equals: total)) }
        if let total = first(.implementationServiceTotal) {
            constraints.append(sum(implementation.filter { rows[$0].steering == .service || rows[$0].steering == nil }, equals: total))
        }
        if let net = first(.net) {
            var terms: [(row: Int, coefficient: Amount)] = []
            if let total = first(.permanentTotal) { terms.append((total, 1)) } else { terms += permanent.map { ($0, Amount(1)) } }
            if let total = first(.implementationTotal) { terms.append((total, 1)) } else { terms += implementation.map { ($0, Amount(1)) } }
            terms.append((net, -1))
            constraints.append(YearPlacement.Constraint(terms: terms))
        }
        return constraints
    }

    /// Places a detail table's amounts: rows matched to a Tabel 1 line with the same amounts take that line's
    /// years; the others are placed against the table's total.
    static func placeDetail(
        _ detail: RawDetailTable, proposalYears: ClosedRange<Int>, fixedYears: [Int: [Int]], ocr: Bool, proposal: String?
    ) -> (PrintedTable, [Finding]) {
        let widest = detail.rows.map { $0.cells.count }.max() ?? 0
        let resolved = TableYears.resolve(header: detail.header, widestRow: widest, documentYears: proposalYears)
        let years = resolved.years ?? proposalYears
        let rows = detail.rows.filter { !$0.cells.isEmpty }
        let indexMap = detail.rows.indices.filter { !detail.rows[$0].cells.isEmpty }
        // Each row's label and whether it is the total, worked out once: both are computed from the row's pieces.
        let labels = rows.map(\.label)
        let isTotal = rows.map(\.isTotal)
        let assembled = rows.indices.map { position -> AssembledRow in
            let row = rows[position]
            var assembledRow = AssembledRow(firstLine: row.firstLine, lastLine: row.lastLine, block: detail.kind == .table2 ? .permanent : .implementation)
            assembledRow.labelPieces = [labels[position]]
            assembledRow.finishedLabel = labels[position]
            assembledRow.cells = row.cells
            return assembledRow
        }
        let totalIndex = isTotal.firstIndex(of: true)
        var constraints: [YearPlacement.Constraint] = []
        if let total = totalIndex {
            let members = rows.indices.filter { $0 != total }
            constraints.append(YearPlacement.Constraint(terms: members.map { ($0, Amount(1)) } + [(total, Amount(-1))]))
        }
        let alignment: YearPlacement.Alignment = detail.kind == .table2 ? .end : .start
        var placer = TablePlacer(years: years, layoutColumns: detail.header.layoutColumns, ocr: ocr, proposal: proposal, tableName: detail.kind.danishName)
        // Rows matched to a Tabel 1 line take its years where they fall inside this table's years.
        var fixedRows: [Int: [Int]] = [:]
        for (position, original) in indexMap.enumerated() {
            if let lineYears = fixedYears[original], lineYears.allSatisfy({ years.contains($0) }) {
                fixedRows[position] = lineYears.map { $0 - years.lowerBound }
            }
        }
        placer.fixedPlacements = fixedRows
        let roles: [TableVocabulary.Role] = isTotal.map { $0 ? .permanentTotal : .line }
        let placed = placer.place(assembled, roles: roles, alignments: rows.map { _ in alignment }, constraints: constraints, totalLabels: [:])
        let printedRows = placed.enumerated().map { position, row in
            PrintedRow(label: labels[position], role: isTotal[position] ? .total : .line, amounts: kroner(row.amounts), line: rows[position].dataLine)
        }
        var findings = placer.findings
        if resolved.problem != nil {
            findings.append(Finding(
                rule: resolved.problem == .missing ? "extraction.year-header-missing" : "extraction.year-header-damaged", severity: .warning,
                proposal: proposal, line: detail.titleLine,
                message: "\(detail.kind.danishName): the year header could not be read in full; used \(YearText.describe(Array(years)))."))
        }
        return (PrintedTable(kind: detail.kind, priceLevelYear: detail.header.priceLevelYear, rows: printedRows, line: detail.titleLine), findings)
    }
}
