import Foundation
import GevinstTestSupport
import Hummingbird
import HummingbirdTesting
import Testing

/// A document imported a second time: each proposal already in Gevinst (same code, or same title without one)
/// is named, on the import page with links to the stored proposals, and in the API's notes. Only proposals the
/// user may see are named: another administration's drafts stay hidden.
@Suite struct ImportAgainTests {
    static let proposal = ImportCommandTests.fixtures.appendingPathComponent("plain-proposal.txt")

    @Test func theAPISaysWhichProposalsWereAlreadyStored() async throws {
        let text = try String(contentsOf: Self.proposal, encoding: .utf8)
        try await Harness.withApp { client, _ in
            let anna = try await client.login("anna")
            let first = try await client.call(.post, "/api/imports?file=tv99.txt", token: anna, body: text)
            #expect(first.status == .created)
            #expect(first.json["notes"]?.array.isEmpty == true, "nothing stored before: \(first.text)")
            let firstID = try #require(first.json["drafts"]?.array.first?["id"]?.int)

            let second = try await client.call(.post, "/api/imports?file=tv99.txt", token: anna, body: text)
            #expect(second.status == .created)
            let notes = second.json["notes"]?.array.compactMap(\.string) ?? []
            #expect(notes == ["TV99 was already in Gevinst as proposal \(firstID) (draft); this import made another draft"], "\(notes)")

        }
    }

    @Test func theImportPageLinksTheStoredProposal() async throws {
        let bytes = try Data(contentsOf: Self.proposal)
        try await Harness.withApp { client, _ in
            let anna = WebSession(client)
            try await anna.login("anna")
            try await anna.get("/import")
            let before = try await anna.upload("/import", file: (field: "document", name: "tv99.txt", bytes: bytes))
            #expect(before.status == .ok)
            #expect(!before.text.contains("/proposals/1\""), "nothing stored yet")
            let token = try await client.login("anna")
            let saved = try await client.call(.post, "/api/imports?file=tv99.txt", token: token, body: String(decoding: bytes, as: UTF8.self))
            let id = try #require(saved.json["drafts"]?.array.first?["id"]?.int)

            try await anna.get("/import")
            let page = try await anna.upload("/import", file: (field: "document", name: "tv99.txt", bytes: bytes))
            #expect(page.status == .ok)
            #expect(page.text.contains("Findes allerede i Gevinst:") || page.text.contains("Already in Gevinst:"), "\(page.text.prefix(300))")
            #expect(page.text.contains("href=\"/proposals/\(id)\""), "a link to the stored proposal")

            // Bo (Økonomiforvaltningen) may read the document but not see anna's draft: his page names none.
            let bo = WebSession(client)
            try await bo.login("bo")
            try await bo.get("/import")
            let his = try await bo.upload("/import", file: (field: "document", name: "tv99.txt", bytes: bytes))
            #expect(his.status == .ok)
            #expect(his.text.contains("TV99"))
            #expect(!his.text.contains("Findes allerede i Gevinst:") && !his.text.contains("Already in Gevinst:"))
        }
    }

    /// The import page offers "en Gevinst-fil (JSON)": such a file is read and offered as the proposal it holds,
    /// and the API saves it as a draft. Both refused it as "no reader recognised the document".
    @Test func aGevinstFileIsImported() async throws {
        let example = Harness.examples.appendingPathComponent("bostoette-2023pl.json")
        let bytes = try Data(contentsOf: example)
        try await Harness.withApp { client, _ in
            let anna = WebSession(client)
            try await anna.login("anna")
            try await anna.get("/import")
            let page = try await anna.upload("/import", file: (field: "document", name: "bostoette.json", bytes: bytes))
            #expect(page.status == .ok, "\(page.text.prefix(300))")
            #expect(page.text.contains("UD91") && page.text.contains("Bostøtte i egen bolig"))

            let token = try await client.login("anna")
            let saved = try await client.call(.post, "/api/imports?file=bostoette.json", token: token, body: String(decoding: bytes, as: UTF8.self))
            #expect(saved.status == .created, "\(saved.text)")
            #expect(saved.json["drafts"]?.array.first?["code"]?.string == "UD91")
        }
    }
}

