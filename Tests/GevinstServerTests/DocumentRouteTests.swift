import Foundation
import GevinstCore
import GevinstServer
import GevinstStore
import HummingbirdTesting
import Testing

/// The documents through the API: `GET /api/proposals/{id}/document` and `GET /api/catalogue`, with the same
/// access rules as reading a proposal.
@Suite struct DocumentRouteTests {
    /// Anna's example proposal (BU91, "Budget 2020") as a draft; returns its id.
    static func createExample(_ client: any TestClientProtocol, token: String, title: String? = nil) async throws -> Int64 {
        var text = try Harness.example()
        if let title {
            let proposal = try NativeFormat.decode(text: text, file: "example")
            var renamed = proposal
            renamed.title = title
            text = NativeFormat.encode(renamed)
        }
        let created = try await client.call(.post, "/api/proposals", token: token, body: text)
        guard created.status == .created, let id = created.json["id"]?.int else {
            throw StoreError.invalid("creating the example failed: \(created.status) \(created.text)")
        }
        return id
    }

    @Test(arguments: Harness.kinds)
    func aProposalDownloadsInEveryWrittenFormat(kind: DatabaseKind) async throws {
        try await Harness.withApp(kind) { client, _ in
            let anna = try await client.login("anna")
            let id = try await Self.createExample(client, token: anna, title: "Familier <først> & \"sammen\" 👪")

            let docx = try await client.call(.get, "/api/proposals/\(id)/document?format=docx", token: anna)
            #expect(docx.status == .ok)
            #expect(docx.headers[.contentType] == "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
            #expect(docx.headers[.contentDisposition]?.hasPrefix("attachment; filename=\"BU91") == true)
            #expect(Array(docx.body.readableBytesView.prefix(2)) == Array("PK".utf8))

            let xlsx = try await client.call(.get, "/api/proposals/\(id)/document?format=xlsx", token: anna)
            #expect(xlsx.status == .ok)
            #expect(Array(xlsx.body.readableBytesView.prefix(2)) == Array("PK".utf8))

            let html = try await client.call(.get, "/api/proposals/\(id)/document?format=html", token: anna)
            #expect(html.status == .ok)
            #expect(html.headers[.contentType] == "text/html; charset=utf-8")
            #expect(html.text.contains("Familier &lt;først&gt; &amp; \"sammen\" 👪"))
            #expect(!html.text.contains("<først>"))

            let csv = try await client.call(.get, "/api/proposals/\(id)/document?format=csv", token: anna)
            #expect(csv.status == .ok)
            #expect(csv.headers[.contentType] == "application/zip")
            #expect(csv.headers[.contentDisposition]?.contains(".zip") == true)

            let bad = try await client.call(.get, "/api/proposals/\(id)/document?format=odt", token: anna)
            #expect(bad.status == .badRequest)
            #expect(bad.json["error"]?.string?.contains("html, docx, xlsx, csv, pdf") == true)
        }
    }

    @Test func aDraftDownloadsOnlyForThoseWhoMayReadIt() async throws {
        try await Harness.withApp { client, _ in
            let anna = try await client.login("anna")
            let id = try await Self.createExample(client, token: anna)
            #expect(try await client.call(.get, "/api/proposals/\(id)/document?format=html", token: nil).status == .unauthorized)
            // Bo writes for another administration and Rita reads only what has left drafting.
            for name in ["bo", "rita"] {
                let token = try await client.login(name)
                #expect(try await client.call(.get, "/api/proposals/\(id)/document?format=html", token: token).status == .forbidden, "\(name)")
            }
            #expect(try await client.call(.get, "/api/proposals/\(id)/document?format=html", token: try await client.login("finn")).status == .ok)
            #expect(try await client.call(.get, "/api/proposals/999/document", token: anna).status == .notFound)
        }
    }

    @Test(arguments: Harness.kinds)
    func theCatalogueListsWhatChangedSinceASnapshot(kind: DatabaseKind) async throws {
        try await Harness.withApp(kind) { client, _ in
            let anna = try await client.login("anna")
            let finn = try await client.login("finn")
            let first = try await Self.createExample(client, token: anna, title: "Første forslag")
            _ = try await client.call(.post, "/api/proposals/\(first)/transitions", token: anna, body: #"{"transition": "submit"}"#)
            let snapshot = try await client.call(
                .post, "/api/snapshots", token: finn, body: #"{"name": "1. behandling", "stage": "first-reading", "round": "Budget 2020"}"#)
            #expect(snapshot.status == .created)
            let snapshotID = try #require(snapshot.json["id"]?.int)
            _ = try await Self.createExample(client, token: anna, title: "Andet forslag")

            let catalogue = try await client.call(
                .get, "/api/catalogue?round=Budget%202020&format=html&since=\(snapshotID)", token: finn)
            #expect(catalogue.status == .ok)
            #expect(catalogue.text.contains("Første forslag"))
            #expect(catalogue.text.contains("Andet forslag"))
            #expect(catalogue.text.contains("1. behandling"))

            let overview = try await client.call(.get, "/api/catalogue?round=Budget%202020&document=overview&format=xlsx", token: finn)
            #expect(overview.status == .ok)
            #expect(overview.headers[.contentDisposition]?.contains("Oversigt") == true)

            // A reader sees only the submitted proposal and may not ask for the change list.
            let rita = try await client.login("rita")
            let readable = try await client.call(.get, "/api/catalogue?round=Budget%202020&format=html", token: rita)
            #expect(readable.status == .ok)
            #expect(readable.text.contains("Første forslag"))
            #expect(!readable.text.contains("Andet forslag"))
            #expect(try await client.call(.get, "/api/catalogue?round=Budget%202020&since=\(snapshotID)", token: rita).status == .forbidden)
            #expect(try await client.call(.get, "/api/catalogue?round=Budget%202099", token: finn).status == .notFound)
        }
    }

    /// PDF goes through LibreOffice; enabled where `.ci/run` installs it (GEVINST_TEST_OFFICE=1).
    @Test(.enabled(if: ProcessInfo.processInfo.environment["GEVINST_TEST_OFFICE"] == "1", "set GEVINST_TEST_OFFICE=1 with LibreOffice installed"))
    func aProposalDownloadsAsPDF() async throws {
        try await Harness.withApp { client, _ in
            let anna = try await client.login("anna")
            let id = try await Self.createExample(client, token: anna)
            let pdf = try await client.call(.get, "/api/proposals/\(id)/document?format=pdf", token: anna)
            #expect(pdf.status == .ok, "\(pdf.text.prefix(300))")
            #expect(pdf.headers[.contentType] == "application/pdf")
            #expect(Array(pdf.body.readableBytesView.prefix(5)) == Array("%PDF-".utf8))
        }
    }
}
