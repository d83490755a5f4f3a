import Foundation
import GevinstCore
import GevinstTestSupport
import Testing
@testable import GevinstDocuments

/// Writes every document type in every format into the folder GEVINST_SAMPLES names, for a person to look
/// at (docs/images/ holds PNGs made from these with `pdftoppm -png -r 60`). PDFs need LibreOffice; the
/// HTML is also printed with Chromium where it is installed.
@Suite("Sample documents", .enabled(if: ProcessInfo.processInfo.environment["GEVINST_SAMPLES"] != nil,
                                    "set GEVINST_SAMPLES to a folder to write sample documents there"))
struct SampleDocumentsTests {
    @Test("write the samples")
    func write() throws {
        let folder = URL(fileURLWithPath: try #require(ProcessInfo.processInfo.environment["GEVINST_SAMPLES"]), isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let catalogue = try CatalogueDocument(
            title: "Investeringskatalog", frontPageLines: ["Socialudvalget, 2. behandling", "Budget 2020", "Socialforvaltningen"],
            proposals: Fixtures.all,
            changes: CatalogueChanges(since: "SUD sidst fik det fremlagt d. 22. og 23. februar", entries: [
                CatalogueChange(code: "BU05", title: Fixtures.bu05.title, kind: .changed, line: nil),
                CatalogueChange(code: "UD12", title: Fixtures.awkwardText, kind: .new, line: nil),
                CatalogueChange(code: "SI03", title: "Beskyttet beskæftigelse som en integreret del af tilbudsviften", kind: .movedToEfficiencyCatalogue, line: nil),
                CatalogueChange(code: "HA09", title: "Early Bird", kind: .inProcess, line: nil),
            ]))
        var documents: [(String, DocumentModel)] = [
            ("catalogue", catalogue.model()),
            ("proposal-BU05", try ProposalDocument(Fixtures.bu05).model()),
            ("overview", try OverviewTable(proposals: Fixtures.all).model()),
            ("plan", try PlanDocument(Fixtures.plan).model()),
        ]
        if SeedCorpus.isAvailable {
            documents.append(("follow-up", FollowUpReport(period: try FollowUpReportTests.seedPeriod()).model()))
        }
        let pdf = try? PdfConverter.locate()
        let chromium = ExternalProcess.find(["chromium", "chromium-browser"], searchPath: ProcessInfo.processInfo.environment["PATH"] ?? "")
        for (name, model) in documents {
            try Data(HTMLRenderer.render(model).utf8).write(to: folder.appendingPathComponent(name + ".html"))
            try DocxWriter.write(model).write(to: folder.appendingPathComponent(name + ".docx"))
            try XlsxWriter.write(model).write(to: folder.appendingPathComponent(name + ".xlsx"))
            if let pdf { try pdf.pdf(model).write(to: folder.appendingPathComponent(name + ".pdf")) }
            if let chromium {
                try PdfConverter(engine: .chromium(executable: chromium)).pdf(model)
                    .write(to: folder.appendingPathComponent(name + "-html.pdf"))
            }
        }
    }
}
