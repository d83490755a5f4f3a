import ArgumentParser
import Foundation
import GevinstCore

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check proposals and print their findings as FILE:LINE: severity: rule-id: message.",
        discussion: """
            Checks compare what an imported document printed with what Gevinst computes (totals, detail tables,
            payback, price level), and check every proposal for wrong signs, unfinished template text, missing
            fields, and consultations not finished after drafting. Rule ids are listed in docs/rules.md.
            Exit status 1 when any finding is an error, 2 when a file cannot be read.

            Examples:
              gevinst check examples/*.json
              gevinst check --max-payback 5 --payback-rule first-savings-year-strict forslag.json
            """
    )

    @Argument(help: "Proposal files in the native format.")
    var files: [String]

    @Option(help: "The payback rule: \(PaybackRule.allNames.joined(separator: ", ")).")
    var paybackRule = PaybackRule.firstYearStrict.name

    @Option(help: "Report a payback above this many years (the budget round's maximum).")
    var maxPayback: Int?

    @Flag(help: "Also print findings of severity info.")
    var verbose = false

    func validate() throws {
        if PaybackRule.named(paybackRule) == nil {
            throw ValidationError("unknown payback rule \"\(paybackRule)\"; choose one of: \(PaybackRule.allNames.joined(separator: ", "))")
        }
        if let maxPayback, maxPayback < 1 { throw ValidationError("--max-payback must be 1 or more years") }
    }

    func run() throws {
        var configuration = CheckConfiguration.default
        configuration.paybackRule = PaybackRule.named(paybackRule) ?? .firstYearStrict
        configuration.maximumPaybackYears = maxPayback
        var unreadable = false
        var errors = 0
        var warnings = 0
        for file in files {
            let proposal: Proposal
            do {
                proposal = try ProposalFiles.load(file)
            } catch {
                StandardError.write(error.message)
                unreadable = true
                continue
            }
            let locations = NativeFileLocations(bytes: (try? [UInt8](Data(contentsOf: URL(fileURLWithPath: file)))) ?? [])
            let findings = Checks.run(proposal, configuration: configuration)
            for finding in findings where verbose || finding.severity != .info {
                var text = "\(file):\(locations.line(for: finding)): \(finding.severity.rawValue): \(finding.rule): \(finding.message)"
                if let line = finding.line {
                    text += " [\(proposal.source?.file ?? "the source document") line \(line)]"
                }
                print(text)
                if finding.severity == .error { errors += 1 }
                if finding.severity == .warning { warnings += 1 }
            }
        }
        if files.count > 1 || errors + warnings > 0 {
            StandardError.write("\(files.count) file(s): \(errors) error(s), \(warnings) warning(s)")
        }
        if unreadable { throw ExitCode(2) }
        if errors > 0 { throw ExitCode(1) }
    }
}
