import ArgumentParser
import Foundation
import GevinstCore

struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert a proposal to another price level (p/l year) with an index series.",
        discussion: """
            Every amount is multiplied by I(target) / I(proposal's p/l year) and rounded once to whole kroner
            (half away from zero); driver unit prices are converted the same way. The index file is CSV
            (`year;index`, with `# name:`, `# source:`, `# vintage:` header lines) or JSON (gevinst-price-index/1); use the published series
            (e.g. KL's pris- og lønskøn) — examples/price-index-ILLUSTRATIVE.csv holds invented values for trying
            the command only.

            Example:
              gevinst convert examples/familieindsats-2020pl.json --to-price-level 2023 \\
                --index examples/price-index-ILLUSTRATIVE.csv --out familieindsats-2023pl.json
            """
    )

    @Argument(help: "The proposal file.")
    var file: String

    @Option(name: .customLong("to-price-level"), help: "The p/l year to convert to.")
    var year: Int

    @Option(help: "The index series (CSV).")
    var index: String

    @Option(help: "Write the converted proposal here (default: standard output). An existing file is replaced only when all went well.")
    var out: String?

    func run() throws {
        do {
            let proposal = try ProposalFiles.load(file)
            let text: String
            do {
                text = try String(contentsOf: URL(fileURLWithPath: index), encoding: .utf8)
            } catch {
                throw ExitWithMessage("\(index): error: cannot read the index file (\(FileManager.default.fileExists(atPath: index) ? "not UTF-8 text" : "no such file"))")
            }
            let series: PriceIndexSeries
            switch PriceIndexFile.parse(text, file: index) {
            case .success(let parsed): series = parsed
            case .failure(let failure): throw ExitWithMessage(failure.description)
            }
            if series.illustrative {
                StandardError.write("\(index): note: this index series is marked illustrative; its values are not published data")
            }
            switch PriceConversion.convert(proposal, to: year, using: series) {
            case .success(let converted):
                let output = NativeFormat.encode(converted)
                if let out { try ProposalFiles.writeAtomically(output, to: out) } else { print(output, terminator: "") }
            case .failure(let failure):
                throw ExitWithMessage("\(file): error: \(failure.description)")
            }
        } catch let failure as ExitWithMessage {
            StandardError.write(failure.message)
            throw ExitCode(failure.code)
        }
    }
}
