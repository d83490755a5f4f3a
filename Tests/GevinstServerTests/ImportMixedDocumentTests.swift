import Foundation
import GevinstTestSupport
import Hummingbird
import HummingbirdTesting
import Testing

/// The import page is where proposals are read. A file that is a catalogue with the follow-up table as its
/// appendix (seed 003 followed by seed 002) is read there as its proposals, and the follow-up table is named as
/// left out. Before, the page read the follow-up table, offered no proposal and said to load it on the follow-up
/// page.
@Suite(.enabled(if: SeedCorpus.isAvailable, Comment(rawValue: SeedCorpus.skipMessage)))
struct ImportMixedDocumentTests {
    @Test func theImportPageOffersTheCataloguesProposals() async throws {
        let catalogue = try #require(SeedCorpus.data(SeedCorpus.catalogue2019))
        let followUp = try #require(SeedCorpus.data(SeedCorpus.followUp2024))
        try await Harness.withApp { client, _ in
            let anna = WebSession(client)
            try await anna.login("anna")
            try await anna.get("/import")
            let page = try await anna.upload("/import", file: (field: "document", name: "bilag.txt", bytes: catalogue + followUp))
            #expect(page.status == .ok)
            #expect(page.text.contains("BU01"), "the catalogue's proposals are offered")
            #expect(page.text.contains("name=\"choose\""))
            #expect(page.text.contains("read.unread-part"))
            #expect(page.text.contains("a follow-up table of 63 rows"))
            #expect(!page.text.contains("load it on the follow-up page"))
            // The page says where the part it leaves out is read.
            #expect(page.text.contains("import.follow-up-part"))
            #expect(page.text.contains("load the same file on the follow-up page"))
        }
    }

    /// The API reads as the command line does, and names the proposals it left out.
    @Test func theAPINamesThePartItLeftOut() async throws {
        let catalogue = try #require(SeedCorpus.data(SeedCorpus.catalogue2019))
        let followUp = try #require(SeedCorpus.data(SeedCorpus.followUp2024))
        try await Harness.withApp { client, _ in
            let anna = try await client.login("anna")
            let response = try await client.call(.post, "/api/imports?file=bilag.txt", token: anna, body: String(decoding: catalogue + followUp, as: UTF8.self))
            #expect(response.text.contains("read.unread-part"), "\(response.text.prefix(400))")
            #expect(response.text.contains("--format markdown"))
        }
    }
}
