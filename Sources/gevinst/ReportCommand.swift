import ArgumentParser
import Foundation
import GevinstCore
import GevinstDocuments
import GevinstStore

/// `gevinst report …`: reports rendered from the database.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Render reports from the database.",
        subcommands: [FollowUpReportCommand.self]
    )
}

struct FollowUpReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "follow-up",
        abstract: "Render a stored follow-up period as the committee's status report.",
        discussion: """
            The report has the seed's layout: the introduction, one table per area with the twelve columns and
            the colour in a coloured cell and in words, totals per area, and a summary with a chart of colours by
            area. XLSX keeps numbers as numbers and loads back (gevinst followup load, or the bulk update of the
            API). PDF goes through LibreOffice (soffice) or Chromium. CSV writes one file per area: --out names a
            folder, or a .zip file.

            Statuses, colours and the ØU/BR approval rule are those of the follow-up configuration in force for the
            period's date: the saved colour rules, or --colour-rules FILE for this run. Where a record leaves the
            ØU/BR column empty and has a compensating action, the report shows what the rule gives, marked
            "(forslag)". After the file is written, one line per record says what Gevinst proposes under that
            configuration: the status and colour from the figures (thresholds), where it can propose one, and the
            ØU/BR answer where the record leaves it empty.

            Examples:
              gevinst report follow-up --period "December 2024" --format html --out status.html
              gevinst report follow-up --period "December 2024" --format xlsx --out status.xlsx
              gevinst report follow-up --period "December 2024" --format csv --out status-csv
              gevinst report follow-up --period "December 2024" --out status.html --colour-rules opfoelgning.json
            """
    )

    @Option(help: "The period's name, e.g. \"December 2024\".")
    var period: String

    @Option(help: "html, xlsx, docx, pdf or csv.")
    var format = "html"

    @Option(help: "The file to write (for csv: a folder, or a .zip file).")
    var out: String

    @OptionGroup var rules: ColourRulesOption

    @Option(help: "The database: a SQLite file path, or postgres://user:password@host:5432/database.")
    var database: String?

    func validate() throws {
        guard DocumentFormat(rawValue: format) != nil else {
            throw ValidationError("unknown format \"\(format)\"; choose one of: \(DocumentFormat.allCases.map(\.rawValue).joined(separator: ", "))")
        }
    }

    func run() async throws {
        let format = DocumentFormat(rawValue: format) ?? .html
        let fileRules = try rules.configurations()
        let store = try await CommandStore.open(database)
        let value: FollowUpPeriod?
        let configuration: FollowUpConfiguration?
        do {
            let stored = try await store.followUpPeriod(named: period)
            value = try await stored.asyncMap { try await store.followUpPeriodValue(id: $0.id, configurations: fileRules) } ?? nil
            configuration = try await stored.asyncMap { try await store.followUpConfiguration(on: $0.date, from: fileRules) }
            await store.close()
        } catch {
            await store.close()
            StandardError.write("gevinst report follow-up: \(error)")
            throw ExitCode(2)
        }
        guard let value, let configuration else {
            StandardError.write("gevinst report follow-up: there is no period \"\(period)\"; gevinst followup periods lists them")
            throw ExitCode(2)
        }
        do {
            try FollowUpReport(period: value, configuration: configuration).render(as: format).write(to: out)
        } catch let exit as ExitWithMessage {
            StandardError.write(exit.message)
            throw ExitCode(exit.code)
        } catch {
            StandardError.write("gevinst report follow-up: \(error)")
            throw ExitCode(3)
        }
        StandardOutput.write("\(out): \(value.name), \(value.records.count) records")
        let proposals = FollowUpProposalText.lines(value, configuration: configuration)
        if !proposals.isEmpty { StandardOutput.write(proposals.joined(separator: "\n")) }
    }
}

/// The lines `gevinst report follow-up` prints after the file: per record, what Gevinst proposes under the
/// configuration in force (the status from the figures, the ØU/BR answer where the record leaves it empty).
enum FollowUpProposalText {
    static func lines(_ period: FollowUpPeriod, configuration: FollowUpConfiguration) -> [String] {
        let classifier = FollowUpClassifier(configuration: configuration)
        var lines: [String] = []
        for record in period.records {
            var reference = "\(record.key.adoptedBudgetYear), \(record.area)"
            if let line = record.line { reference += ", line \(line)" }
            let name = "\(record.displayName) (\(reference))"
            if let proposal = classifier.propose(for: record, asOfYear: period.year) {
                let confirmed = record.assessment.confirmed
                let agreement = proposal.category == confirmed ? "as confirmed" : "confirmed: \(confirmed.colour.rawValue), \"\(confirmed.text)\""
                lines.append("\(name): Gevinst proposes \(proposal.colour.rawValue), \"\(proposal.category.text)\" (\(agreement)): \(proposal.reason)")
            }
            let approval = configuration.approval(of: record)
            if let proposed = approval.proposed {
                lines.append("\(name): ØU/BR approval not recorded; Gevinst proposes \(proposed ? "Ja" : "Nej") under the rule \"\(approval.rule.rawValue)\": \(approval.reason)")
            }
        }
        guard !lines.isEmpty else { return [] }
        let heading = "Gevinst proposes (follow-up configuration in force from \(configuration.effectiveFrom): \(configuration.scheduleThresholdMonths) months, \(DanishNumber.format(configuration.economyThreshold)) kr., approval rule \(configuration.approvalRule.rawValue)):"
        return [heading] + lines.map { "  " + $0 }
    }
}

extension Optional {
    /// `map` for an async transform.
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}
