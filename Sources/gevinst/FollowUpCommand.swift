import ArgumentParser
import Foundation
import GevinstCore
import GevinstServer
import GevinstStore

/// `gevinst followup load|periods|next`: follow-up periods in the database `gevinst serve` uses.
struct FollowUpCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "followup",
        abstract: "Store follow-up periods (status reports on adopted proposals) in the database.",
        discussion: """
            The database is the one `gevinst serve` uses: ./gevinst.sqlite unless --database names another.
            Statuses, colours, thresholds and the ØU/BR approval rule come from the follow-up configuration in
            force for the period's date: the one the administrator saved (the administration page's colour
            rules), or the default; --colour-rules FILE uses a file in its place for one run.

            Examples:
              gevinst followup load 002_status.txt --period "December 2024"
              gevinst followup load opfoelgning.xlsx --period "Juni 2025"
              gevinst followup periods
              gevinst followup next --period "Juni 2025"
              gevinst followup load 002_status.txt --period "December 2024" --colour-rules opfoelgning.json
              gevinst report follow-up --period "December 2024" --format xlsx --out status.xlsx
            """,
        subcommands: [FollowUpLoadCommand.self, FollowUpPeriodsCommand.self, FollowUpNextCommand.self]
    )
}

struct FollowUpLoadCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "load",
        abstract: "Load a follow-up status report as a new period.",
        discussion: """
            FILE is the status report as text or PDF (as seed 002, read by the importer's follow-up reader), an
            XLSX workbook in the layout `gevinst report follow-up --format xlsx` writes, or one area's CSV file
            in that layout (name the area with --area, or name the file after it).

            Each row becomes one record per proposal (adopted budget year, code) and area, linked to the stored
            proposal with that year and code when there is one, standalone otherwise. A row that cannot load (a
            missing column, a word where an amount belongs, an unknown status text or area) is printed as
            FILE:LINE: severity: rule: message and left out; the rest loads, in one transaction, so a failure
            stores nothing. Exit status: 0 loaded, 1 loaded with rows left out, 2 nothing stored.

            The rows are read and checked in the follow-up configuration in force for the period's date (the
            saved one, or --colour-rules FILE); a record whose ØU/BR answer (Ja/Nej) contradicts the approval rule
            for its handling is reported as approval.differs-from-rule.

            Examples:
              gevinst followup load 002_eeecf9889c8af98a.txt --period "December 2024"
              gevinst followup load status.xlsx --period "Juni 2025" --date 2025-06-30 --database postgres://gevinst@db/gevinst
              gevinst followup load "Udsatte voksne.csv" --period "Juni 2025"
              gevinst followup load 002_eeecf9889c8af98a.txt --period "December 2024" --colour-rules opfoelgning.json
            """
    )

    @Argument(help: "The status report: text or PDF, XLSX or CSV in the export layout.")
    var file: String

    @Option(help: "The period's name, e.g. \"December 2024\".")
    var period: String

    @Option(help: "The period's date (YYYY-MM-DD); read from the name (the month's last day) when not given.")
    var date: String?

    @Option(help: "The area of a CSV file (when its file name does not name it).")
    var area: String?

    @OptionGroup var rules: ColourRulesOption

    @Option(help: "The database: a SQLite file path, or postgres://user:password@host:5432/database.")
    var database: String?

    func validate() throws {
        if let date, CalendarDay.parse(date) == nil { throw ValidationError("--date must be a day as YYYY-MM-DD, not \"\(date)\"") }
        if period.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--period must name the period") }
    }

    func run() async throws {
        let data: Data
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: file)
            if let size = (attributes[.size] as? NSNumber)?.intValue, size > FollowUpCommandLimits.maxFileBytes {
                StandardError.write("\(file): error: the file is \(size) bytes; at most \(FollowUpCommandLimits.maxFileBytes) are read")
                throw ExitCode(2)
            }
            data = try Data(contentsOf: URL(fileURLWithPath: file))
        } catch let exit as ExitCode {
            throw exit
        } catch {
            StandardError.write("\(file): error: cannot read the file (\(FileErrorText.reason(error)))")
            throw ExitCode(2)
        }
        let fileRules = try rules.configurations()
        let store = try await CommandStore.open(database)
        let configurations: FollowUpConfigurationSet
        do {
            if let fileRules { configurations = fileRules } else { configurations = try await store.followUpConfigurations() }
        } catch {
            await store.close()
            StandardError.write("gevinst followup load: \(error); nothing was stored")
            throw ExitCode(2)
        }
        let loaded: FollowUpDocumentLoad.Loaded
        do {
            loaded = try FollowUpDocumentLoad.load(
                data, file: file, name: period, date: date.flatMap(CalendarDay.parse), area: area, configurations: configurations,
                toXlsx: OfficeConversion.spreadsheetToXlsx())
        } catch {
            await store.close()
            for finding in error.findings { StandardError.write(ImportTextReport.findingLine(finding, file: file)) }
            StandardError.write("gevinst followup load: \(error.description); nothing was stored")
            throw ExitCode(2)
        }
        let stored: StoredFollowUpPeriod
        do {
            stored = try await store.createFollowUpPeriod(loaded.period, findings: loaded.findings, by: .commandLine)
            await store.close()
        } catch {
            await store.close()
            StandardError.write("gevinst followup load: \(error); nothing was stored")
            throw ExitCode(2)
        }
        for finding in loaded.findings { StandardOutput.write(ImportTextReport.findingLine(finding, file: file)) }
        let summary = FollowUpSummary.summarise(loaded.period, configuration: configurations.effective(on: loaded.period.date))
        StandardOutput.write(FollowUpCommandText.loaded(stored, summary: summary, skipped: loaded.skippedRowCount))
        if loaded.skippedRowCount > 0 { throw ExitCode(1) }
    }
}

struct FollowUpPeriodsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "periods",
        abstract: "List the stored follow-up periods, newest first.",
        discussion: """
            Examples:
              gevinst followup periods
              gevinst followup periods --database postgres://gevinst@db/gevinst
              gevinst followup periods --colour-rules opfoelgning.json
            """
    )

    @OptionGroup var rules: ColourRulesOption

    @Option(help: "The database: a SQLite file path, or postgres://user:password@host:5432/database.")
    var database: String?

    func run() async throws {
        let fileRules = try rules.configurations()
        let store = try await CommandStore.open(database)
        var lines: [String] = []
        do {
            for period in try await store.followUpPeriods() {
                let value = try await store.followUpPeriodValue(id: period.id, configurations: fileRules)
                let summary = value.map { FollowUpSummary.summarise($0) }
                lines.append(FollowUpCommandText.periodLine(period, summary: summary))
            }
            await store.close()
        } catch {
            await store.close()
            StandardError.write("gevinst followup periods: \(error)")
            throw ExitCode(2)
        }
        StandardOutput.write(lines.isEmpty ? "No follow-up periods yet; load one with gevinst followup load FILE --period NAME" : lines.joined(separator: "\n"))
    }
}

struct FollowUpNextCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "next",
        abstract: "Start the next period from the latest one, carrying over what is still open.",
        discussion: """
            Records that were implemented or closed stay in the latest period (the history) and are not carried.
            The latest period is read in the configuration in force for its date, and every carried status must
            be a category of the configuration in force for the new period's date (the saved ones, or
            --colour-rules FILE); otherwise nothing is stored.

            Examples:
              gevinst followup next --period "Juni 2025"
              gevinst followup next --period "Juni 2025" --date 2025-06-30 --colour-rules opfoelgning.json
            """
    )

    @Option(help: "The new period's name, e.g. \"Juni 2025\".")
    var period: String

    @Option(help: "The new period's date (YYYY-MM-DD); read from the name when not given.")
    var date: String?

    @OptionGroup var rules: ColourRulesOption

    @Option(help: "The database: a SQLite file path, or postgres://user:password@host:5432/database.")
    var database: String?

    func validate() throws {
        if let date, CalendarDay.parse(date) == nil { throw ValidationError("--date must be a day as YYYY-MM-DD, not \"\(date)\"") }
    }

    func run() async throws {
        let fileRules = try rules.configurations()
        let store = try await CommandStore.open(database)
        do {
            let stored = try await store.startNextFollowUpPeriod(
                named: period, date: date.flatMap(CalendarDay.parse), by: .commandLine, configurations: fileRules)
            let summary = try await store.followUpPeriodValue(id: stored.id, configurations: fileRules).map { FollowUpSummary.summarise($0) }
            await store.close()
            StandardOutput.write(FollowUpCommandText.periodLine(stored, summary: summary))
        } catch {
            await store.close()
            StandardError.write("gevinst followup next: \(error)")
            throw ExitCode(2)
        }
    }
}

/// `--colour-rules FILE`: a follow-up configuration (`gevinst-follow-up-configuration/1`, one configuration or
/// a list with effective dates) used instead of the saved one for this run; the one in force for a period is
/// picked by the period's date, as with the saved ones. The database's rules are not changed.
struct ColourRulesOption: ParsableArguments {
    @Option(
        name: .customLong("colour-rules"),
        help: ArgumentHelp(
            "A follow-up configuration file (JSON, gevinst-follow-up-configuration/1) to use instead of the saved colour rules.",
            discussion: "Categories, colours, thresholds, areas and the ØU/BR approval rule; one configuration or a list with effective dates (docs/rules-follow-up.md). The database's rules are not changed.",
            valueName: "FILE"))
    var colourRules: String?

    /// The file's configurations, nil without the option; a file that cannot be read is reported with its
    /// line, column and field, and the command ends with status 2.
    func configurations() throws -> FollowUpConfigurationSet? {
        guard let path = colourRules else { return nil }
        let text: String
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            guard data.count <= FollowUpConfigurationFormat.maxFileSize else {
                StandardError.write("\(path): error: the file is \(data.count) bytes; a configuration may be at most \(FollowUpConfigurationFormat.maxFileSize) bytes")
                throw ExitCode(2)
            }
            guard let decoded = String(data: data, encoding: .utf8) else {
                StandardError.write("\(path): error: the file is not UTF-8 text")
                throw ExitCode(2)
            }
            text = decoded
        } catch let exit as ExitCode {
            throw exit
        } catch {
            StandardError.write("\(path): error: cannot read the file (\(FileErrorText.reason(error)))")
            throw ExitCode(2)
        }
        do {
            return try FollowUpConfigurationFormat.decodeSet(text: text, file: path)
        } catch {
            StandardError.write(error.description)
            throw ExitCode(2)
        }
    }
}

enum FollowUpCommandLimits {
    /// The largest status report read (the importer's limit).
    static let maxFileBytes = 256 * 1024 * 1024
}

/// The lines the follow-up commands print.
enum FollowUpCommandText {
    static func colours(_ figures: FollowUpSummary.Figures) -> String {
        "\(figures.green) green, \(figures.yellow) yellow, \(figures.red) red"
    }

    static func loaded(_ stored: StoredFollowUpPeriod, summary: FollowUpSummary, skipped: Int) -> String {
        var lines = [
            "Loaded \(stored.name) (\(stored.date)): \(stored.recordCount) records (\(colours(summary.total))), "
                + "\(stored.linkedRecordCount) linked to stored proposals, \(stored.recordCount - stored.linkedRecordCount) standalone"
                + (skipped > 0 ? "; \(skipped) rows left out (see the errors above)" : ""),
        ]
        for area in summary.areas { lines.append("  \(area.area): \(area.records) (\(colours(area)))") }
        return lines.joined(separator: "\n")
    }

    static func periodLine(_ period: StoredFollowUpPeriod, summary: FollowUpSummary?) -> String {
        let counts = summary.map { " (\(Self.colours($0.total)))" } ?? ""
        let from = period.previousPeriodID == nil ? "" : ", carried over"
        return "\(period.name)\t\(period.date)\t\(period.recordCount) records\(counts)\(from)"
    }
}
