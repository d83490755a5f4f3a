import ArgumentParser
import GevinstCore

struct ComputeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compute",
        abstract: "Print Tabel 1–4 and payback of proposals, computed from their lines.",
        discussion: """
            Amounts are shown in 1.000 kr. with Danish number format, as in the municipal template. A proposal
            with two models (Model 1 / Model 2) is computed once per model.

            Examples:
              gevinst compute examples/familieindsats-2020pl.json
              gevinst compute --json --payback-rule first-savings-year-strict examples/*.json
            """
    )

    @Argument(help: "Proposal files in the native format (gevinst-proposal/1).")
    var files: [String]

    @Flag(help: "Print the computed proposals as JSON (amounts in kroner, every year present).")
    var json = false

    @Option(help: "The payback rule: \(PaybackRule.allNames.joined(separator: ", ")).")
    var paybackRule = PaybackRule.firstYearStrict.name

    func validate() throws {
        if PaybackRule.named(paybackRule) == nil {
            throw ValidationError("unknown payback rule \"\(paybackRule)\"; choose one of: \(PaybackRule.allNames.joined(separator: ", "))")
        }
    }

    func run() throws {
        let rule = PaybackRule.named(paybackRule) ?? .firstYearStrict
        var reports: [String] = []
        var values: [JSONValue] = []
        var failed = false
        for file in files {
            do {
                let proposal = try ProposalFiles.load(file)
                for computed in Compute.proposal(proposal, rule: rule) {
                    if json { values.append(ComputedJSON.value(proposal, computed: computed, file: file)) }
                    else { reports.append(ComputeReport.text(proposal, computed)) }
                }
            } catch {
                StandardError.write(error.message)
                failed = true
            }
        }
        if json {
            print(JSONWriter.write(.object([("proposals", .list(values))])), terminator: "")
        } else if !reports.isEmpty {
            print(reports.joined(separator: "\n\n" + String(repeating: "─", count: 80) + "\n\n"))
        }
        if failed { throw ExitCode(2) }
    }
}
