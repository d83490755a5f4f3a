import Foundation
import GevinstCore
import GevinstServer
import GevinstStore
import GevinstTestSupport
import Testing

/// `gevinst render --round`: a budget round's catalogue from the database, as a user runs it.
@Suite struct RenderRoundCommandTests {
    @Test(.enabled(if: CrashSafetyTests.executable != nil, "the gevinst executable is not built; run swift build first"))
    func theRoundsCatalogueRendersWithItsChangeList() async throws {
        let folder = try TemporaryFolder(prefix: "gevinst-render-round")
        defer { folder.remove() }
        let database = folder.url.appendingPathComponent("gevinst.sqlite").path
        let store = try await GevinstStore.open(.sqlite(path: database))
        try await ExampleLoader.load(from: Harness.examples, into: store)
        let admin = try await store.addUser(name: "ea", passwordHash: "!", role: .admin, administrations: [])
        _ = try await store.createSnapshot(name: "1. behandling", stage: .firstReading, round: "Budget 2020", by: admin)
        await store.close()

        let out = folder.url.appendingPathComponent("katalog.html")
        let rendered = try CommandRun.run(
            ["render", "--round", "Budget 2020", "--since", "1. behandling", "--document", "catalogue", "--format", "html",
             "--out", out.path, "--database", database], in: folder.url)
        #expect(rendered.status == 0, "\(rendered.errorText)")
        let html = try String(contentsOf: out, encoding: .utf8)
        #expect(html.contains("BU91"))
        #expect(html.contains("Budget 2020"))
        #expect(html.contains("1. behandling"))

        let one = folder.url.appendingPathComponent("BU91.docx")
        let proposal = try CommandRun.run(
            ["render", "--round", "Budget 2020", "--code", "BU91", "--format", "docx", "--out", one.path, "--database", database],
            in: folder.url)
        #expect(proposal.status == 0, "\(proposal.errorText)")
        #expect(FileManager.default.fileExists(atPath: one.path))

        let unknown = try CommandRun.run(
            ["render", "--round", "Budget 2099", "--document", "catalogue", "--format", "html", "--out", out.path, "--database", database],
            in: folder.url)
        #expect(unknown.status == 2)
        #expect(unknown.errorText.contains("the budget round \"Budget 2099\""))
        #expect(unknown.errorText.contains("Budget 2020"))

        let noSnapshot = try CommandRun.run(
            ["render", "--round", "Budget 2020", "--since", "2. behandling", "--document", "catalogue", "--format", "html",
             "--out", out.path, "--database", database], in: folder.url)
        #expect(noSnapshot.status == 2)
        #expect(noSnapshot.errorText.contains("there is no snapshot \"2. behandling\""))
    }
}
