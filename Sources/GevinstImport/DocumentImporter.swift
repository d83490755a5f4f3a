import Foundation
import GevinstCore

/// Reads one legacy document: decodes its bytes, chooses the reader most sure it can read it (or the one
/// named), and returns what the reader found, with notes on how the bytes were read. Files that hold nothing
/// readable (empty, blank, binary, undecodable) are an `ImportError`, with nothing read.
public enum DocumentImporter {
    /// A reader must be at least this sure (of 100) to be chosen without `format`.
    public static let minimumConfidence = 30
    /// The largest file read; a larger one is refused rather than held in memory.
    public static let maxFileBytes = 256 * 1024 * 1024
    /// Findings kept per rule and document; beyond it one finding says how many more there were.
    public static let maxFindingsPerRule = 200

    /// Turns a Word or OpenDocument text, an RTF file or a web page into PDF. The importer runs no office suite
    /// itself: the command line and `gevinst serve` give LibreOffice here where it is installed, and the PDF is read
    /// as any PDF is.
    public typealias OfficeToPDF = @Sendable (_ data: Data, _ kind: OfficeFile) throws -> Data

    /// Reads the follow-up table of a spreadsheet (.xlsx, .ods, or CSV text in UTF-8) whose name is `file`. The
    /// command line and `gevinst serve` give GevinstDocuments' workbook reader here; it throws
    /// `ImportError.workbookUnreadable` for a workbook it cannot open.
    public typealias WorkbookReader = @Sendable (_ data: Data, _ kind: WorkbookKind, _ file: String) throws -> FollowUpWorkbook

    /// Reads a file from disk. PDF files (by name or by their first bytes) go through `pdftotext`, first in
    /// reading order and, when that gives nothing or tables it cannot place, with `-layout` (see `readPDF`). Office
    /// files go to `read(data:…)` with `officeToPDF` and `readWorkbook`.
    public static func readFile(
        at path: String, format: String? = nil, readers: [any DocumentReader.Type] = ReaderRegistry.readers,
        officeToPDF: OfficeToPDF? = nil, readWorkbook: WorkbookReader? = nil
    ) throws(ImportError) -> ImportedDocument {
        let size: Int
        let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: resolved)
            let type = attributes[.type] as? FileAttributeType
            if type == .typeDirectory { throw ImportError.unreadable(file: path, reason: "it is a folder") }
            // A device or a pipe could be read for ever.
            if type != .typeRegular { throw ImportError.unreadable(file: path, reason: "it is not a regular file") }
            size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        } catch let error as ImportError {
            throw error
        } catch {
            throw .unreadable(file: path, reason: FileManager.default.fileExists(atPath: path) ? "permission denied" : "no such file")
        }
        guard size <= maxFileBytes else { throw .tooLarge(file: path, bytes: size, limit: maxFileBytes) }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: resolved))
        } catch {
            throw .unreadable(file: path, reason: error.localizedDescription)
        }
        if OfficeFile.recognise(data) == nil, path.lowercased().hasSuffix(".pdf") || PdfText.looksLikePDF(data) {
            return try readPDF(file: path, format: format, readers: readers) { mode throws(ImportError) in
                try PdfText.extract(path: path, file: path, mode: mode)
            }
        }
        return try read(data: data, file: path, format: format, readers: readers, officeToPDF: officeToPDF, readWorkbook: readWorkbook)
    }

    /// Reads a document from its bytes; `file` names it in findings and errors. A Word or OpenDocument text, RTF or
    /// web page is made into a PDF by `officeToPDF` and read as that PDF; a spreadsheet is read as a follow-up table
    /// by `readWorkbook`. Without the one it needs, an office file is refused with what to do (`ImportError.officeFile`).
    public static func read(
        data: Data, file: String, format: String? = nil, readers: [any DocumentReader.Type] = ReaderRegistry.readers,
        officeToPDF: OfficeToPDF? = nil, readWorkbook: WorkbookReader? = nil
    ) throws(ImportError) -> ImportedDocument {
        guard !data.isEmpty else { throw .empty(file: file) }
        guard data.count <= maxFileBytes else { throw .tooLarge(file: file, bytes: data.count, limit: maxFileBytes) }
        if PdfText.looksLikePDF(data) {
            return try readPDF(file: file, format: format, readers: readers) { mode throws(ImportError) in
                try PdfText.extract(data: data, file: file, mode: mode)
            }
        }
        if let office = OfficeFile.recognise(data) {
            if let kind = WorkbookKind(office, file: file) {
                guard let readWorkbook else { throw .officeFile(file: file, kind: office) }
                if let format, format != FollowUpTableReader.formatName { throw .officeFile(file: file, kind: office) }
                return try read(workbook: data, kind: kind, file: file, using: readWorkbook)
            }
            guard let officeToPDF else { throw .officeFile(file: file, kind: office) }
            let pdf: Data
            do {
                pdf = try officeToPDF(data, office)
            } catch {
                throw .officeConversionFailed(file: file, reason: String(describing: error))
            }
            var imported = try read(data: pdf, file: file, format: format, readers: readers)
            imported.findings.insert(Finding(
                rule: "read.converted", severity: .info, proposal: nil, line: nil,
                message: "\(office.name) made into a PDF and read as one; line numbers refer to the PDF's text"), at: 0)
            return imported
        }
        if OfficeFile.isArchive(data, file: file) { throw .zipArchive(file: file) }
        let document = TextDocument(file: file, data: data)
        if document.encoding == .utf16 && document.lines.isEmpty && data.count > 2 {
            throw .undecodable(file: file, encoding: "UTF-16")
        }
        if document.looksBinary { throw .binary(file: file) }
        // A follow-up sheet saved as CSV; with another format named, the text readers read it as asked.
        if let readWorkbook, format == nil || format == FollowUpTableReader.formatName, WorkbookKind.isDelimitedText(document) {
            let utf8 = document.encoding == .utf8 ? data : document.utf8Data
            var imported = try read(workbook: utf8, kind: .csv, file: file, using: readWorkbook)
            imported.findings.insert(contentsOf: notes(on: document), at: 1)
            return imported
        }
        return try read(document, format: format, readers: readers)
    }

    /// Reads as `read(data:…)`, but a file that also holds a part of `kind` which its reader left out
    /// (`read.unread-part`) is read as that part, by the reader of that kind that reads the most: the import page
    /// wants the proposals of a catalogue whose appendix is the follow-up table.
    public static func read(
        data: Data, file: String, preferring kind: ImportedDocument.Kind,
        officeToPDF: OfficeToPDF? = nil, readWorkbook: WorkbookReader? = nil
    ) throws(ImportError) -> ImportedDocument {
        let first = try read(data: data, file: file, officeToPDF: officeToPDF, readWorkbook: readWorkbook)
        guard first.kind != kind, first.findings.contains(where: { $0.rule == "read.unread-part" }) else { return first }
        var best: ImportedDocument? = nil
        for reader in ReaderRegistry.readers where reader.kind == kind {
            guard let reading = try? read(
                data: data, file: file, format: reader.formatName, officeToPDF: officeToPDF, readWorkbook: readWorkbook),
                !reading.isEmpty else { continue }
            if best.map({ substance(of: $0) < substance(of: reading) }) ?? true { best = reading }
        }
        guard var chosen = best else { return first }
        // The part read first is now the part left out.
        chosen.findings.append(unreadPart(first, readAs: kind, format: nil))
        chosen.leftOut.append(first.kind)
        return chosen
    }

    /// A spreadsheet read as a follow-up table: its rows checked as a text table's are, with a note that the line
    /// numbers are the sheets' rows (a CSV file's lines).
    static func read(
        workbook data: Data, kind: WorkbookKind, file: String, using readWorkbook: WorkbookReader
    ) throws(ImportError) -> ImportedDocument {
        let workbook: FollowUpWorkbook
        do {
            workbook = try readWorkbook(data, kind, file)
        } catch let error as ImportError {
            throw error
        } catch {
            throw .workbookUnreadable(file: file, reason: String(describing: error))
        }
        var imported = FollowUpTableReader.document(
            file: file, rows: FollowUpWorkbook.splittingCodes(workbook.rows), findings: workbook.findings, codes: .copenhagenSocial,
            noRows: workbook.findings.contains { $0.severity == .error } ? nil : "no row stands under the follow-up table's headings")
        imported.findings = [Finding(
            rule: "read.workbook", severity: .info, proposal: nil, line: nil,
            message: kind == .csv
                ? "\(kind.name) read as one area's follow-up table, the area named by the file; line numbers are its lines"
                : "\(kind.name) read as a follow-up table, one area per table; line numbers are the rows of its sheets")]
            + limited(imported.findings)
        return imported
    }

    /// Documents read together, with the follow-up rows of each checked against the other files' too: the
    /// report's CSV export writes one file per area, so a proposal counted in two areas (002's TV03(2025)) lies in
    /// two files. Each repeat is added to the later file's findings, naming the earlier file and line.
    public static func checkedAcrossFiles(_ documents: [ImportedDocument]) -> [ImportedDocument] {
        guard documents.count(where: { !$0.followUps.isEmpty }) > 1 else { return documents }
        var checked = documents
        for (index, findings) in FollowUpChecks.duplicatesAcrossFiles(documents) {
            checked[index].findings = limited(checked[index].findings + findings)
        }
        return checked
    }

    /// Reads a decoded document.
    public static func read(
        _ document: TextDocument, format: String? = nil, readers: [any DocumentReader.Type] = ReaderRegistry.readers
    ) throws(ImportError) -> ImportedDocument {
        if document.lines.isEmpty { throw .empty(file: document.file) }
        if document.isBlank { throw .blank(file: document.file) }
        let (reader, scores) = try chooseReader(for: document, format: format, readers: readers)
        var imported = reader.read(document)
        imported.file = document.file
        var checks = ImportChecks.findings(for: imported, text: document)
        if reader.formatName == NativeProposalReader.formatName {
            checks = NativeProposalReader.located(checks, proposal: imported.proposals.first, in: document)
        }
        let parts = unreadParts(of: document, readAs: reader, scores: scores, readers: readers)
        imported.findings = notes(on: document) + limited(imported.findings + checks) + parts.map(\.finding)
        imported.leftOut = parts.map(\.kind)
        return imported
    }

    /// A document of two kinds (a catalogue with the follow-up table as its appendix, a committee's collected
    /// appendices) is read by one reader. A part of another kind that a reader of that kind is sure of and finds
    /// something in is named, with how to read it, so that it is not left out without a word. `scores` are
    /// `chooseReader`'s (none when a format was named: then the user chose the part).
    static func unreadParts(
        of document: TextDocument, readAs chosen: any DocumentReader.Type, scores: [ReaderScore], readers: [any DocumentReader.Type]
    ) -> [(kind: ImportedDocument.Kind, finding: Finding)] {
        var parts: [(kind: ImportedDocument.Kind, finding: Finding)] = []
        let confident = zip(readers, scores).filter { $0.1.confidence >= minimumConfidence && $0.0.kind != chosen.kind }.map(\.0)
        for kind in ImportedDocument.Kind.allCases where kind != chosen.kind {
            // Of the readers of this kind, the one that reads the most (a catalogue's reader also scores on PDF
            // text, and reads no table of it): proposals with lines, then rows, then the fewest troubles.
            let readings = confident.filter { $0.kind == kind }.map { reader in (reader, reader.read(document)) }
            guard let (reader, part) = readings.max(by: { substance(of: $0.1) < substance(of: $1.1) }), !part.isEmpty else { continue }
            parts.append((kind, unreadPart(part, readAs: chosen.kind, format: reader.formatName)))
        }
        return parts
    }

    /// The warning `read.unread-part` on `part`, a reading the document was not given as: how much it holds, from
    /// which line, and the `--format` that reads it (none for the import page, which has no such choice).
    static func unreadPart(_ part: ImportedDocument, readAs kind: ImportedDocument.Kind, format: String?) -> Finding {
        let (what, line): (String, Int?) = switch part.kind {
        case .proposals:
            (part.proposals.count == 1 ? "1 proposal" : "\(part.proposals.count) proposals", part.proposals.compactMap { $0.source?.firstLine }.min())
        case .followUp:
            (part.followUps.count == 1 ? "a follow-up table of 1 row" : "a follow-up table of \(part.followUps.count) rows", part.followUps.compactMap(\.line).min())
        case .plan:
            // Tables with rows: a proposal's table headers read as a plan's ("1.000 kr. 2023 p/l") hold none.
            planPart(part.plans.flatMap(\.tables))
        }
        return Finding(
            rule: "read.unread-part", severity: .warning, proposal: nil, line: line,
            message: "the document also holds \(what), which this reading leaves out: a file is read by one reader, and this one was read as \(kind.description)"
                + (format.map { "; import it again with --format \($0) to read that part" } ?? ""))
    }

    /// How `unreadPart` names a plan's tables, and the line of the first: those with rows, when any have.
    private static func planPart(_ tables: [StrategyPlan.Table]) -> (String, Int?) {
        let withRows = tables.filter { !$0.rows.isEmpty }
        let named = withRows.isEmpty ? tables : withRows
        return (named.count == 1 ? "a strategy plan of 1 table" : "a strategy plan of \(named.count) tables", named.compactMap(\.line).min())
    }

    /// The reader for a document: the one named by `format`, or the most confident (the first listed wins a
    /// tie), with every reader's score.
    public static func chooseReader(
        for document: TextDocument, format: String? = nil, readers: [any DocumentReader.Type] = ReaderRegistry.readers
    ) throws(ImportError) -> (reader: any DocumentReader.Type, scores: [ReaderScore]) {
        if let format {
            guard let reader = readers.first(where: { $0.formatName == format }) else {
                throw .unknownFormat(name: format, known: readers.map { $0.formatName })
            }
            return (reader, [])
        }
        var best: (reader: any DocumentReader.Type, score: Int)? = nil
        var scores: [ReaderScore] = []
        for reader in readers {
            let score = min(100, max(0, reader.confidence(document)))
            scores.append(ReaderScore(format: reader.formatName, confidence: score))
            if score > (best?.score ?? -1) { best = (reader, score) }
        }
        guard let chosen = best, chosen.score >= minimumConfidence else {
            throw .noReaderConfident(file: document.file, scores: scores)
        }
        return (chosen.reader, scores)
    }

    /// Reads a PDF's plain text (the reading order the seeds were extracted in) and, when that gives nothing or
    /// gives reasons to doubt it (a damaged table, a total that disagrees), its `-layout` text too (columns kept
    /// side by side; LibreOffice's and Word's tables often come out column by column in plain text). A document
    /// that is wrong is wrong in both readings, so the reading with proposals and the fewer warnings and errors
    /// wins; on a tie the plain one, whose line numbers match what a user sees when copying from the PDF.
    private static func readPDF(
        file: String, format: String?, readers: [any DocumentReader.Type],
        extract: (PdfText.Mode) throws(ImportError) -> Data
    ) throws(ImportError) -> ImportedDocument {
        var firstError: ImportError? = nil
        var readings: [ImportedDocument] = []
        var holdsFollowUpHeadings = false
        for mode in PdfText.Mode.allCases {
            let text = try extract(mode)
            holdsFollowUpHeadings = holdsFollowUpHeadings || text.range(of: Data(LayoutFollowUpText.headerMark)) != nil
            do {
                var imported = try read(data: text, file: file, format: format, readers: readers)
                if mode == .layout {
                    imported.findings.insert(Finding(
                        rule: "read.pdf-layout", severity: .info, proposal: nil, line: nil,
                        message: "read from the column layout of the PDF (pdftotext -layout): line numbers refer to that text"), at: 0)
                }
                if !imported.isEmpty && troubles(in: imported) == 0 { return imported }
                readings.append(imported)
            } catch {
                if firstError == nil { firstError = error }
            }
        }
        let withContent = readings.filter { !$0.isEmpty }
        if let best = withContent.min(by: { troubles(in: $0) < troubles(in: $1) }) { return best }
        // Nothing read from a printed follow-up table, by no reader or by the follow-up reader named.
        if holdsFollowUpHeadings, format == nil || format == FollowUpTableReader.formatName {
            throw .followUpTableInPDF(file: file)
        }
        if let first = readings.first { return first }
        switch firstError {
        case .empty?, .blank?, nil: throw .pdfWithoutText(file: file)
        case let error?: throw error
        }
    }

    /// How much a reading holds, for choosing between two readings of one part: proposals with lines, then
    /// proposals, follow-up rows and plan rows, then the fewest warnings and errors.
    static func substance(of document: ImportedDocument) -> (Int, Int, Int) {
        let rows = document.followUps.count + document.plans.flatMap(\.tables).reduce(0) { $0 + $1.rows.count }
        return (document.proposals.count { !$0.lines.isEmpty }, document.proposals.count + rows, -troubles(in: document))
    }

    /// The warnings and errors of a reading: what makes one reading of a PDF less likely than another.
    static func troubles(in document: ImportedDocument) -> Int {
        document.findings.count { $0.severity != .info }
    }

    /// Notes on how the bytes were read: a legacy encoding, lines cut at `TextDocument.maxLineLength`.
    static func notes(on document: TextDocument) -> [Finding] {
        var notes: [Finding] = []
        if document.encoding != .utf8 {
            notes.append(Finding(
                rule: "read.encoding", severity: .info, proposal: nil, line: nil,
                message: "the file is not UTF-8; it was read as \(document.encoding.description)"))
        }
        if document.repairedSequences > 0 {
            notes.append(Finding(
                rule: "read.encoding", severity: .warning, proposal: nil, line: nil,
                message: "\(document.repairedSequences) byte sequences are not valid UTF-8 (a damaged or cut file?); they were replaced by \u{FFFD}"))
        }
        // The lines `TextDocument` cut, as it found them when it split the text.
        let cut = document.lines.cutLines
        for offset in cut.prefix(maxFindingsPerRule) {
            notes.append(Finding(
                rule: "read.long-line", severity: .warning, proposal: nil, line: offset + 1,
                message: "the line is longer than \(DanishNumber.format(Int64(TextDocument.maxLineLength))) characters; only the first \(DanishNumber.format(Int64(TextDocument.maxLineLength))) are read"))
        }
        if cut.count > maxFindingsPerRule {
            notes.append(Finding(
                rule: "read.findings-limited", severity: .info, proposal: nil, line: nil,
                message: "\(cut.count - maxFindingsPerRule) more lines longer than \(TextDocument.maxLineLength) characters are not listed"))
        }
        return notes
    }

    /// At most `maxFindingsPerRule` findings per rule, then one that counts the rest.
    static func limited(_ findings: [Finding]) -> [Finding] {
        var counts: [RuleID: Int] = [:]
        var kept: [Finding] = []
        for finding in findings {
            counts[finding.rule, default: 0] += 1
            if counts[finding.rule, default: 0] <= maxFindingsPerRule { kept.append(finding) }
        }
        for (rule, count) in counts.sorted(by: { $0.key < $1.key }) where count > maxFindingsPerRule {
            kept.append(Finding(
                rule: "read.findings-limited", severity: .info, proposal: nil, line: nil,
                message: "\(count - maxFindingsPerRule) more findings of \(rule) are not listed"))
        }
        return kept
    }
}

extension ImportedDocument.Kind {
    /// The kind as the report names it.
    public var description: String {
        switch self {
        case .proposals: "proposals"
        case .followUp: "a follow-up table"
        case .plan: "a strategy plan"
        }
    }
}

extension ImportedDocument {
    /// True when the reader found no proposal, follow-up row or plan: nothing could be read.
    public var isEmpty: Bool { proposals.isEmpty && followUps.isEmpty && plans.isEmpty }

    /// True when a finding is an error.
    public var hasErrors: Bool { findings.contains { $0.severity == .error } }
}
