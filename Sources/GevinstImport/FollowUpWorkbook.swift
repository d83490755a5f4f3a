import Foundation
import GevinstCore

/// A follow-up table kept in a spreadsheet (.xlsx, or .ods through LibreOffice), as the workbook reader the command
/// line or the server gives `DocumentImporter` found it: the rows, each with its row in its sheet as `line`, and
/// what could not be read. The importer runs the same checks on these rows as on a text table's
/// (`FollowUpTableReader.document`). GevinstImport reads no zip archive itself; the reader lives with the other
/// office formats in GevinstDocuments.
public struct FollowUpWorkbook: Sendable {
    public var rows: [FollowUpRow]
    public var findings: [Finding]

    public init(rows: [FollowUpRow], findings: [Finding]) {
        self.rows = rows
        self.findings = findings
    }

    /// `rows` with a code split off every title cell the workbook reader left without one ("HA01: Livet er …",
    /// "TV07 (2025) - …"), as the text table's title cells are split, so that one table gives the same codes
    /// from text, from a workbook and from CSV.
    public static func splittingCodes(_ rows: [FollowUpRow]) -> [FollowUpRow] {
        rows.map { row in
            guard row.code == nil else { return row }
            var split = row
            let parts = ProposalCode.split(title: row.title)
            split.code = parts.code?.description
            split.title = parts.title
            return split
        }
    }
}
