import Foundation
import GevinstCore
import GevinstDocuments
import GevinstImport
import GevinstServer
import GevinstStore
import GevinstTestSupport
import Hummingbird
import HummingbirdTesting
import Testing

/// `POST /api/imports`: a legacy document's proposals become drafts; nothing is saved when it cannot be read.
@Suite struct ImportRouteTests {
    @Test(.enabled(if: SeedCorpus.isAvailable, Comment(rawValue: SeedCorpus.skipMessage)))
    func theCatalogueBecomesDrafts() async throws {
        guard let data = SeedCorpus.data(SeedCorpus.catalogue2019) else { return }
        let text = String(decoding: data, as: UTF8.self)
        try await Harness.withApp { client, _ in
            let anna = try await client.login("anna")
            let response = try await client.call(.post, "/api/imports?file=003.txt", token: anna, body: text)
            #expect(response.status == .created)
            let drafts = response.json["drafts"]?.array ?? []
            // 003 holds 22 proposals (22 "Forslagets titel:" headings), BU01 first.
            #expect(drafts.count == 22)
            #expect(drafts.first?["code"]?.string == "BU01")
            let list = try await client.call(.get, "/api/proposals?status=draft&limit=100", token: anna)
            #expect(list.json["count"]?.int == 22)
            // The drafts are Socialforvaltningen's: Bo of Økonomiforvaltningen does not see them.
            let bo = try await client.login("bo")
            #expect(try await client.call(.get, "/api/proposals", token: bo).json["count"]?.int == 0)
        }
    }

    @Test func anUnreadableDocumentSavesNothing() async throws {
        try await Harness.withApp { client, _ in
            let anna = try await client.login("anna")
            let binary = String(decoding: [0x00, 0x01, 0x02, 0x41, 0x00, 0x42], as: UTF8.self)
            let response = try await client.call(.post, "/api/imports?file=blob.bin", token: anna, body: binary)
            #expect(response.status == .unprocessableContent)
            #expect(response.json["error"]?.string?.hasPrefix("blob.bin:") == true)
            #expect(try await client.call(.get, "/api/proposals", token: anna).json["count"]?.int == 0)
            let empty = try await client.call(.post, "/api/imports?file=empty.txt", token: anna, body: "")
            #expect(empty.status == .unprocessableContent)
            let reader = try await client.login("rita")
            #expect(try await client.call(.post, "/api/imports", token: reader, body: "x").status == .forbidden)
        }
    }

    /// A proposal kept in Word, as BU91.docx written by Gevinst.
    static func wordDocument() throws -> [UInt8] {
        let proposal = try NativeFormat.decode(text: try Harness.example(), file: "example")
        return Array(try DocxWriter.write(try ProposalDocument(proposal).model()))
    }

    /// A Word document uploaded to a server without a converter is refused with what to do, and nothing is saved.
    @Test func aWordDocumentWithoutAConverterIsRefusedWithWhatToDo() async throws {
        let docx = try Self.wordDocument()
        try await Harness.withApp { client, _ in
            let anna = try await client.login("anna")
            let response = try await client.execute(
                uri: "/api/imports?file=BU91.docx", method: .post, headers: [.authorization: "Bearer \(anna)"], body: ByteBuffer(bytes: docx))
            #expect(response.status == .unprocessableContent)
            #expect(response.json["error"]?.string?.hasPrefix("BU91.docx: this is a Word document (.docx), not text; save it as PDF") == true)
            #expect(try await client.call(.get, "/api/proposals", token: anna).json["count"]?.int == 0)
        }
    }

    /// With LibreOffice as its converter (as `gevinst serve` sets it up where LibreOffice is installed), the server
    /// reads the Word document through LibreOffice's PDF into a draft.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["GEVINST_TEST_OFFICE"] == "1",
                   "set GEVINST_TEST_OFFICE=1 (with LibreOffice and poppler-utils installed)"))
    func aWordDocumentBecomesADraftThroughLibreOffice() async throws {
        let docx = try Self.wordDocument()
        let office = try #require(LibreOfficeConverter.locate(), "LibreOffice is not on PATH")
        var configuration = Harness.configuration
        configuration.officeToPDF = { data, kind in try office.convertToFile(data, inputExtension: kind.fileExtension, to: "pdf") }
        try await Harness.withApp(configuration: configuration) { client, _ in
            let anna = try await client.login("anna")
            let response = try await client.execute(
                uri: "/api/imports?file=BU91.docx", method: .post, headers: [.authorization: "Bearer \(anna)"], body: ByteBuffer(bytes: docx))
            #expect(response.status == .created)
            #expect((response.json["drafts"]?.array ?? []).map { $0["code"]?.string } == ["BU91"])
        }
    }

    /// The import page's upload of `docx` as anna, multipart as a browser sends it.
    static func uploadOnThePage(_ client: any TestClientProtocol, _ docx: [UInt8]) async throws -> TestResponse {
        let anna = WebSession(client)
        try await anna.login("anna")
        try await anna.get("/import")
        return try await anna.upload("/import", file: (field: "document", name: "BU91.docx", bytes: Data(docx)))
    }

    /// The import page gives the same answers: the advice without a converter, BU91 to choose with one.
    @Test func theImportPageReadsAWordDocumentAsTheAPIDoes() async throws {
        let docx = try Self.wordDocument()
        try await Harness.withApp { client, _ in
            let page = try await Self.uploadOnThePage(client, docx)
            #expect(page.status == .unprocessableContent)
            #expect(page.text.contains("BU91.docx: this is a Word document (.docx), not text"), "\(page.text.prefix(400))")
        }
        guard ProcessInfo.processInfo.environment["GEVINST_TEST_OFFICE"] == "1", let office = LibreOfficeConverter.locate() else { return }
        var configuration = Harness.configuration
        configuration.officeToPDF = { data, kind in try office.convertToFile(data, inputExtension: kind.fileExtension, to: "pdf") }
        try await Harness.withApp(configuration: configuration) { client, _ in
            let page = try await Self.uploadOnThePage(client, docx)
            #expect(page.status == .ok, "\(page.text.prefix(400))")
            #expect(page.text.contains("Tidlig familieindsats i stedet for anbringelse"))
        }
    }
}
