import Foundation
import GevinstCore
@testable import GevinstImport
import GevinstTestSupport

/// Figures of one proposal's Tabel 1 as a person read them off the document, in 1.000 kr. per year (nil where
/// the cell is empty).
struct TableOneFigures {
    var name: String
    var permanent: [Int64?]
    var implementation: [Int64?]
    var net: [Int64?]
    var paybackService: Int?
    var paybackTotal: Int?
}

enum PdfTextFixtures {
    /// Reads a seed with the PDF-text reader, once per test process.
    static func read(_ seed: String) -> ImportedDocument? {
        cache.document(seed)
    }

    private final class Cache: @unchecked Sendable {
        private var documents: [String: ImportedDocument] = [:]
        private let lock = NSLock()

        func document(_ seed: String) -> ImportedDocument? {
            lock.lock()
            defer { lock.unlock() }
            if let cached = documents[seed] { return cached }
            guard let data = SeedCorpus.data(seed) else { return nil }
            let document = PdfTextReader.read(TextDocument(file: seed, data: data))
            documents[seed] = document
            return document
        }
    }

    private static let cache = Cache()

    static func proposal(_ document: ImportedDocument, code: String) -> Proposal? {
        document.proposals.first { $0.code == code }
    }

    static func proposal(_ document: ImportedDocument, titlePrefix: String) -> Proposal? {
        document.proposals.first { $0.title.hasPrefix(titlePrefix) }
    }

    /// A printed Tabel 1 row's amounts in 1.000 kr. per year of the proposal.
    static func printed(_ proposal: Proposal, _ role: PrintedRow.Role) -> [Int64?] {
        guard let row = proposal.printed?.table(.table1)?.row(role) else { return proposal.years.map { _ in nil } }
        return proposal.years.map { year in row.amounts[year].map { $0 / 1000 } }
    }

    /// A computed series in 1.000 kr. per year.
    static func thousands(_ series: YearSeries, _ years: ClosedRange<Int>) -> [Int64] {
        years.map { series[$0] / 1000 }
    }

    static func findings(_ document: ImportedDocument, rule: String, proposal: String? = nil) -> [Finding] {
        document.findings.filter { $0.rule.description == rule && (proposal == nil || $0.proposal == proposal) }
    }
}
