import Foundation
import GevinstCore
import GevinstDocuments
import GevinstImport

/// Reads a follow-up document into a period, the same for `gevinst followup load` and
/// `POST /api/followup/periods`: the status report as text or PDF (seed 002, through the importer's
/// `FollowUpTableReader`), an XLSX workbook in the report's export layout (`FollowUpXlsxReader`), or one area's
/// CSV file in that layout (`FollowUpCsvReader`; the area is named by the caller or by the file's name, as the
/// export names each CSV file after its area). Rows that cannot load (a missing column, a word where an amount
/// belongs, an unknown status text or area) are findings with their line; the rest make the period.
public enum FollowUpDocumentLoad {
    /// The three inputs.
    public enum Kind: String, Sendable, Hashable {
        case text, xlsx, csv
    }

    /// The rows a document holds and what reading it reported.
    public struct Rows: Sendable {
        public var kind: Kind
        public var rows: [FollowUpRow]
        public var findings: [Finding]
        /// The period the document names ("December 2024"), when it names one.
        public var periodName: String?
    }

    /// A period ready to store, with every finding about it (reading, converting rows, the period's checks).
    public struct Loaded: Sendable {
        public var period: FollowUpPeriod
        public var findings: [Finding]
        /// Rows read, and rows left out because they could not load.
        public var rowCount: Int
        public var skippedRowCount: Int
    }

    /// What cannot be loaded at all.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var description: String
        public var findings: [Finding]
    }

    /// XLSX by its ZIP signature, CSV by its name, anything else as text (or PDF, which the importer detects).
    public static func kind(file: String, data: Data) -> Kind {
        if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .xlsx }
        if file.lowercased().hasSuffix(".csv") { return .csv }
        return .text
    }

    /// Reads the rows of `data`. `area` names a CSV file's area (otherwise its file name must). An OpenDocument
    /// spreadsheet or an Excel 97–2003 workbook is saved as .xlsx by `toXlsx` first (LibreOffice, where
    /// `gevinst serve` and the command line find it).
    public static func rows(
        _ data: Data, file: String, area: String? = nil, configuration: FollowUpConfiguration = .default,
        toXlsx: FollowUpWorkbookImport.ToXlsx = FollowUpWorkbookImport.toXlsx(libreOffice: nil)
    ) throws(Failure) -> Rows {
        var data = data
        if let office = OfficeFile.recognise(data), let kind = WorkbookKind(office, file: file), kind != .excel {
            do throws(ImportError) {
                data = try toXlsx(data, kind, file)
            } catch {
                throw Failure(description: error.description, findings: [])
            }
        }
        if OfficeFile.isArchive(data, file: file) {
            throw Failure(
                description: "\(file): this is a zip archive (such as the report's CSV export), not a workbook; load the XLSX export "
                    + "(gevinst report follow-up --format xlsx), which holds every area, or one area's CSV file",
                findings: [])
        }
        switch kind(file: file, data: data) {
        case .xlsx:
            do {
                let result = try FollowUpXlsxReader.read(data, file: file, configuration: configuration)
                return Rows(kind: .xlsx, rows: FollowUpWorkbook.splittingCodes(result.rows), findings: result.findings, periodName: result.periodName)
            } catch {
                throw Failure(description: "\(file): \(error)", findings: [])
            }
        case .csv:
            guard let areaName = csvArea(file: file, given: area, configuration: configuration) else {
                let known = configuration.areas.map { "\"\($0.name)\"" }.joined(separator: ", ")
                throw Failure(
                    description: "\(file): a CSV file holds one area's table; name the area (one of \(known)) or name the file after it, as the export does",
                    findings: [])
            }
            // Excel's "CSV (semikolonsepareret)" is Windows-1252: decoded as the importer decodes text.
            let decoded = TextDocument(file: file, data: data)
            let utf8 = decoded.encoding == .utf8 ? data : decoded.utf8Data
            let result = FollowUpCsvReader.read(utf8, file: file, area: areaName, configuration: configuration)
            return Rows(kind: .csv, rows: FollowUpWorkbook.splittingCodes(result.rows), findings: result.findings, periodName: result.periodName)
        case .text:
            do {
                let imported = try DocumentImporter.read(data: data, file: file, format: FollowUpTableReader.formatName)
                let period = imported.followUps.lazy.compactMap(\.period).first
                return Rows(kind: .text, rows: imported.followUps, findings: imported.findings, periodName: period)
            } catch {
                throw Failure(description: error.description, findings: [])
            }
        }
    }

    /// Reads `data` and makes the period named `name` from it, in the configuration in force for the period's
    /// date (`date`, else the last day of the month the name gives) among `configurations`: the store's
    /// (`GevinstStore.followUpConfigurations()`) or a command's `--colour-rules FILE`.
    public static func load(
        _ data: Data, file: String, name: String, date: CalendarDay? = nil, area: String? = nil,
        configurations: FollowUpConfigurationSet, toXlsx: FollowUpWorkbookImport.ToXlsx = FollowUpWorkbookImport.toXlsx(libreOffice: nil)
    ) throws(Failure) -> Loaded {
        guard let day = date ?? CalendarDay.endOfMonth(named: name) else {
            throw Failure(description: "\(FollowUpError.periodNameWithoutDate(name).description); give the period's date (YYYY-MM-DD)", findings: [])
        }
        let configuration = configurations.effective(on: day)
        let rows = try rows(data, file: file, area: area, configuration: configuration, toXlsx: toXlsx)
        return try period(rows, name: name, date: date, file: file, configuration: configuration)
    }

    /// The area of a CSV file: the one given, else the configured area whose name the file's name is (ignoring
    /// case, spacing, and "-" or "_" for spaces).
    static func csvArea(file: String, given: String?, configuration: FollowUpConfiguration) -> String? {
        if let given, !given.trimmingCharacters(in: .whitespaces).isEmpty { return configuration.area(named: given)?.name ?? given }
        let name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
            .replacingOccurrences(of: "_", with: " ").replacingOccurrences(of: "-", with: " ")
        return configuration.area(named: name)?.name
    }

    /// The period named `name` (its date read from the name unless `date` is given) from `rows`: rows that
    /// cannot become records are left out with their findings; the period's checks are added. Fails when no
    /// row loads.
    public static func period(
        _ rows: Rows, name: String, date: CalendarDay? = nil, file: String, configuration: FollowUpConfiguration = .default
    ) throws(Failure) -> Loaded {
        let converted = FollowUpRowConversion.records(from: rows.rows, configuration: configuration)
        var findings = rows.findings + converted.findings
        guard !converted.records.isEmpty else {
            throw Failure(description: "\(file): no row could be loaded (\(rows.rows.count) rows read)", findings: findings)
        }
        let period: FollowUpPeriod
        if let date {
            period = FollowUpPeriod(name: name, date: date, records: converted.records)
        } else {
            do {
                period = try FollowUpPeriod(named: name, records: converted.records)
            } catch {
                throw Failure(description: "\(error.description); give the period's date (YYYY-MM-DD)", findings: findings)
            }
        }
        // The importer already checks signs, twins and codes on the rows of a text document; the period's
        // checks are added for what it does not cover: a code, sign or duplicate finding on a line and proposal
        // the importer already reported is not repeated under the Core check's rule name.
        let known = Set(findings.map { FindingIdentity($0) })
        findings += FollowUpChecks.check(period, configuration: configuration).filter { finding in
            let identity = FindingIdentity(finding)
            return !(FindingIdentity.sharedFamilies.contains(identity.family) && known.contains(identity))
        }
        return Loaded(
            period: period, findings: findings, rowCount: rows.rows.count, skippedRowCount: rows.rows.count - converted.records.count)
    }

    /// Rule family, line and proposal: one problem reported by two checks of the same family.
    struct FindingIdentity: Hashable {
        /// The families both the importer's and Core's checks report.
        static let sharedFamilies: Set<String> = ["code", "sign", "duplicate"]

        var family: String
        var line: Int?
        var proposal: String?

        init(_ finding: Finding) {
            family = String(finding.rule.description.prefix { $0 != "." })
            line = finding.line
            proposal = finding.proposal
        }
    }
}
