import ArgumentParser
import Foundation
import GevinstCore
import GevinstDocuments
import GevinstImport
import GevinstStore

struct RenderCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Write a proposal, catalogue or overview as HTML, Word, Excel, CSV or PDF.",
        discussion: """
            Every figure is computed from the proposals' lines, as `gevinst compute` shows them. HTML is one
            self-contained file that prints on A4; DOCX has real Word tables and a table of contents; XLSX has
            one sheet per table with totals as formulas; CSV (semicolons, UTF-8 with BOM) writes one file per
            table into the folder --out names, or into a zip when --out ends in .zip; PDF needs LibreOffice
            (apt-get install libreoffice-writer-nogui) or Chromium on PATH.

            --round reads the proposals of a budget round from the database `gevinst serve` uses (or the one
            --database names): every proposal of the round that is not rejected or withdrawn, with its status.
            With --since, the catalogue opens with what changed since that snapshot (its number or name):
            changed, new, moved to the efficiency catalogue, still in process. --code picks one proposal of
            the round for --document proposal.

            Files ending in .json are read as native proposals; any other file is read as a legacy document
            by the reader `gevinst import` would choose, so a markdown catalogue renders with its change list
            and a strategy-plan text renders as --document plan.

            Examples:
              gevinst render examples/familieindsats-2020pl.json --document proposal --format docx --out BU91.docx
              gevinst render examples/*.json --document catalogue --format pdf --out katalog.pdf
              gevinst render examples/*.json --document overview --format csv --out oversigt/
              gevinst render strategiplan.txt --document plan --format xlsx --out plan.xlsx
              gevinst render --round "Budget 2025" --since "1. behandling" --document catalogue --format docx --out katalog.docx
              gevinst render --round "Budget 2025" --code BU01 --document proposal --format pdf --out BU01.pdf
            """
    )

    @Argument(help: "Proposal files in the native format (gevinst-proposal/1, .json), or legacy documents.")
    var files: [String] = []

    @Option(help: "Render the proposals of this budget round from the database instead of files.")
    var round: String?

    @Option(help: "With --round: the snapshot (number or name) the catalogue's change list compares with.")
    var since: String?

    @Option(help: "With --round and --document proposal: the proposal's code.")
    var code: String?

    @Option(help: "With --round: the database, a SQLite file path or postgres://user:password@host:5432/database.")
    var database: String?

    @Option(help: "What to write: proposal (one file), catalogue, overview or plan.")
    var document: DocumentChoice = .proposal

    @Option(help: "html, docx, xlsx, csv or pdf.")
    var format: String

    @Option(help: "Where to write: a file, or for csv a folder (or a .zip file).")
    var out: String

    @Option(help: "The catalogue's or overview's title.")
    var title: String?

    @Option(help: "A line under the catalogue's title on the front page (repeatable), e.g. \"Socialudvalget\".")
    var subtitle: [String] = []

    @Option(help: "For the catalogue's change list read from a legacy catalogue: since when, in words.")
    var changesSince = DocumentChoice.defaultChangesSince

    @Option(help: "The payback rule: \(PaybackRule.allNames.joined(separator: ", ")).")
    var paybackRule = PaybackRule.firstYearStrict.name

    func validate() throws {
        guard DocumentFormat(rawValue: format) != nil else {
            throw ValidationError("unknown format \"\(format)\"; choose one of: \(DocumentFormat.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if PaybackRule.named(paybackRule) == nil {
            throw ValidationError("unknown payback rule \"\(paybackRule)\"; choose one of: \(PaybackRule.allNames.joined(separator: ", "))")
        }
        if round == nil && files.isEmpty {
            throw ValidationError("name the files to render, or a budget round with --round")
        }
        if round != nil && !files.isEmpty {
            throw ValidationError("render either files or --round, not both")
        }
        if round == nil && (since != nil || code != nil || database != nil) {
            throw ValidationError("--since, --code and --database go with --round")
        }
        if round != nil && document == .proposal && code == nil {
            throw ValidationError("--document proposal with --round needs the proposal's --code")
        }
        if round != nil && document == .plan {
            throw ValidationError("a strategy plan is rendered from its document, not from a budget round")
        }
        if round == nil && document == .proposal && files.count != 1 && files.allSatisfy({ $0.lowercased().hasSuffix(".json") }) {
            throw ValidationError("--document proposal renders one proposal; give one file, or use --document catalogue for several")
        }
    }

    func run() async throws {
        do {
            let input: RenderInput
            var settings = DocumentSettings.copenhagen
            settings.paybackRule = PaybackRule.named(paybackRule) ?? .firstYearStrict
            if let round {
                input = try await RenderInput.read(round: round, since: since, code: code, database: database)
                if let rule = input.paybackRule { settings.paybackRule = rule }
            } else {
                input = try RenderInput.read(files)
            }
            try render(input, settings: settings)
        } catch {
            StandardError.write(error.message)
            throw ExitCode(error.code)
        }
    }

    func render(_ input: RenderInput, settings: DocumentSettings) throws(ExitWithMessage) {
        let format = DocumentFormat(rawValue: format) ?? .html
        let model = try self.model(input, settings: settings)
        let output: RenderedOutput
        do {
            output = try DocumentRenderer.render(model, as: format)
        } catch {
            throw ExitWithMessage("gevinst render: \(error)", code: 3)
        }
        try output.write(to: out)
    }

    /// The document's model, chosen as `POST /api/documents` chooses it (`DocumentChoice`).
    func model(_ input: RenderInput, settings: DocumentSettings) throws(ExitWithMessage) -> DocumentModel {
        let sources = DocumentSources(
            origin: round.map { "the round \"\($0)\"" } ?? "the files", proposals: input.proposals, plans: input.plans,
            changeList: input.changeList, changesSince: input.changesSince ?? (input.changeList.isEmpty ? nil : changesSince),
            title: title, frontPageLines: subtitle.isEmpty ? input.frontPageLines : subtitle)
        do {
            return try document.model(sources, settings: settings)
        } catch {
            throw ExitWithMessage("gevinst render: \(error.description)")
        }
    }
}

/// `--document proposal|catalogue|overview|plan`: the same choice `POST /api/documents` takes.
extension DocumentChoice: ExpressibleByArgument {}
