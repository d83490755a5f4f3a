import ArgumentParser
import Foundation
import GevinstCore
import GevinstImport

/// `gevinst import FILE… [--json] [--out DIR] [--format NAME]`: reads legacy documents, reports what they
/// hold and where they contradict themselves, and can write each proposal as a native file.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Read legacy documents (proposals, follow-up tables, strategy plans) and report their findings.",
        discussion: """
            Each file is read by the reader most sure it can read it (see --format). PDF files are turned into \
            text with pdftotext (poppler-utils); Word and OpenDocument texts are first made into PDF with \
            LibreOffice where it is installed. A follow-up table kept in a sheet is read too: XLSX, a .csv named \
            after its area, or ODS and XLS through LibreOffice; area files named together are checked against \
            each other. A folder is read as the documents in it and its subfolders, in name order; the files left \
            out (pictures, Word's lock files) are named. Findings are printed as \
            FILE:LINE: severity: rule: message.

            Exit status: 0 when every file was read, 1 when a finding is an error, 2 when nothing could be \
            read from a file.
            """
    )

    @Argument(help: "The documents to read (text, markdown, PDF, a follow-up sheet as XLSX or CSV, or Word, ODS and XLS with LibreOffice installed), or folders: every document in a folder and its subfolders; - reads standard input.")
    var files: [String] = []

    /// "-" names standard input, as in `pdftotext -layout forslag.pdf - | gevinst import -`: read up to the
    /// importer's limit and one byte more, so that a larger input is refused as a larger file is.
    static func standardInput() throws(ImportError) -> Data {
        do {
            return try FileHandle.standardInput.read(upToCount: DocumentImporter.maxFileBytes + 1) ?? Data()
        } catch {
            throw .unreadable(file: "-", reason: FileErrorText.reason(error))
        }
    }

    @Flag(help: "Print the documents as JSON (amounts in kroner) instead of the readable report.")
    var json = false

    @Option(help: "Read every file with this reader instead of choosing by content: \(ReaderRegistry.formatNames.joined(separator: ", ")).")
    var format: String?

    @Option(help: ArgumentHelp("Write one native proposal file per imported proposal into this folder (DIR/<document>/<code>.json).", valueName: "DIR"))
    var out: String?

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one file to import") }
        if let format, ReaderRegistry.reader(named: format) == nil {
            throw ValidationError(ImportError.unknownFormat(name: format, known: ReaderRegistry.formatNames).description)
        }
        // Before any document is read: a file in the way is told now, not after the whole report.
        if let out, let problem = OutputFolder.problem(out) {
            throw ValidationError("--out: \(problem); name a folder (it is made when missing)")
        }
    }

    func run() throws {
        // Folders named are read as the documents in them.
        let list = ImportFileList(self.files)
        for message in list.messages { StandardError.write("gevinst import: \(message)") }
        let files = list.files
        let sizes = files.map { (try? FileManager.default.attributesOfItem(atPath: $0)[.size] as? NSNumber)?.intValue ?? 0 }
        let progress = ProgressBar(totalBytes: sizes.reduce(0, +), totalFiles: files.count)
        // Files are read side by side, one per core; the report keeps the order they were named in.
        let format = self.format
        let officeToPDF = OfficeConversion.toPDF()
        let readWorkbook = OfficeConversion.workbookReader()
        let results = ParallelReading.map(Array(zip(files, sizes))) { file, size -> Result<ImportedDocument, ImportError> in
            progress.starting(file)
            defer { progress.finished(file, bytes: size) }
            do throws(ImportError) {
                if file == "-" {
                    return .success(try DocumentImporter.read(
                        data: try Self.standardInput(), file: file, format: format, officeToPDF: officeToPDF, readWorkbook: readWorkbook))
                }
                return .success(try DocumentImporter.readFile(
                    at: file, format: format, officeToPDF: officeToPDF, readWorkbook: readWorkbook))
            } catch {
                return .failure(error)
            }
        }
        var documents: [ImportedDocument] = []
        var failures: [ImportError] = []
        for result in results {
            switch result {
            case .success(let document): documents.append(document)
            case .failure(let error): failures.append(error)
            }
        }
        progress.clear()
        documents = DocumentImporter.checkedAcrossFiles(documents)

        for failure in failures { StandardError.write("gevinst import: \(failure)") }
        if json {
            print(ImportReport.text(documents), terminator: "")
        } else if !documents.isEmpty {
            print(documents.map { ImportTextReport.render($0) }.joined(separator: "\n\n"))
        }
        if let out {
            do throws(ExitWithMessage) {
                let written = try ImportOutput.write(documents, to: out)
                let others = documents.contains { !$0.followUps.isEmpty || !$0.plans.isEmpty }
                StandardError.write("gevinst import: wrote \(ImportOutput.count(written.count)) to \(out)"
                    + (written.isEmpty && others ? "; follow-up tables and strategy plans are not proposals (a follow-up table is stored with gevinst followup load)" : ""))
            } catch {
                StandardError.write(error.message)
                throw ExitCode(ImportExitStatus.nothingRead.rawValue)
            }
        }
        for document in documents where document.isEmpty {
            StandardError.write("gevinst import: \(document.file): nothing could be read (see the findings above)")
        }
        let status = ImportExitStatus(documents: documents, failures: failures.count + list.withoutDocuments.count + list.unreadable.count)
        if status != .ok { throw ExitCode(status.rawValue) }
    }
}
