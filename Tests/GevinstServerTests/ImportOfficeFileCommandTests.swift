import Foundation
import GevinstTestSupport
import Testing

/// `gevinst import` given a proposal kept in Word: with LibreOffice installed it makes the document into a PDF
/// and reads that, as it reads any PDF; without it, it names the file as a Word document and says what to do.
@Suite struct ImportOfficeFileCommandTests {
    static let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("examples/familieindsats-2020pl.json")
    static let officeEnabled = ProcessInfo.processInfo.environment["GEVINST_TEST_OFFICE"] == "1"

    /// The example proposal BU91 as a Word document, written by `gevinst render` (no LibreOffice needed).
    static func wordDocument(in folder: URL) throws -> String {
        let render = try CommandRun.run(
            ["render", example.path, "--document", "proposal", "--format", "docx", "--out", "BU91.docx"], in: folder)
        #expect(render.status == 0, "\(render.errorText)")
        return "BU91.docx"
    }

    @Test(.enabled(if: CrashSafetyTests.executable != nil, "the gevinst executable is not built; run swift build first"))
    func withoutLibreOfficeTheWordFileIsNamedWithWhatToDo() throws {
        let folder = try TemporaryFolder(prefix: "gevinst-import-docx")
        defer { folder.remove() }
        let file = try Self.wordDocument(in: folder.url)
        // A PATH without LibreOffice on it.
        let run = try CommandRun.run(["import", file], in: folder.url, environment: ["PATH": folder.url.path])
        #expect(run.status == 2)
        #expect(run.errorText.contains("BU91.docx: this is a Word document (.docx), not text; save it as PDF (File → Save as → PDF) and import the PDF"))
        #expect(run.output.isEmpty)
    }

    @Test(.enabled(if: CrashSafetyTests.executable != nil && officeEnabled,
                   "set GEVINST_TEST_OFFICE=1 (with LibreOffice and poppler-utils installed) and build gevinst"))
    func withLibreOfficeTheWordFileIsReadAsItsPDF() throws {
        let folder = try TemporaryFolder(prefix: "gevinst-import-docx")
        defer { folder.remove() }
        let file = try Self.wordDocument(in: folder.url)
        let run = try CommandRun.run(["import", "--json", file], in: folder.url)
        #expect(run.status == 0, "\(run.errorText)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        let document = try #require((json["documents"] as? [[String: Any]])?.first)
        let proposals = try #require(document["proposals"] as? [[String: Any]])
        #expect(proposals.count == 1)
        #expect(proposals.first?["code"] as? String == "BU91")
        // BU91's Tabel 1 as the example file gives it (1.000 kr.: 700, -130, then -1.610 a year), in kroner.
        let totals = try #require(proposals.first?["totals"] as? [String: Any])
        let net = try #require(totals["net"] as? [String: Int])
        #expect(net == ["2019": 700_000, "2020": -130_000, "2021": -1_610_000, "2022": -1_610_000, "2023": -1_610_000, "2024": -1_610_000])
        let rules = (document["findings"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String }
        #expect(rules.first == "read.converted")
        #expect(!(document["findings"] as? [[String: Any]] ?? []).contains { ($0["severity"] as? String) != "info" })
    }
}
