import Foundation
import GevinstCore
import GevinstDocuments
import GevinstServer
import GevinstStore
import GevinstTestSupport
import Hummingbird
import HummingbirdTesting
import Testing
import ZIPFoundation

/// The documents through the API: `GET /api/proposals/{id}/document` and `GET /api/catalogue`, with the same
/// access rules as reading a proposal, and `POST /api/documents`, which renders an uploaded document as
/// `gevinst render` does.
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

    // MARK: POST /api/documents

    static let seedTrait = ConditionTrait.enabled(if: SeedCorpus.isAvailable, Comment(rawValue: SeedCorpus.skipMessage))

    /// Posts `body` to `/api/documents` with the query `query`.
    static func render(_ client: any TestClientProtocol, _ query: String, token: String?, body: Data) async throws -> TestResponse {
        var headers = HTTPFields()
        if let token { headers[.authorization] = "Bearer \(token)" }
        return try await client.execute(uri: "/api/documents?\(query)", method: .post, headers: headers, body: ByteBuffer(bytes: body))
    }

    /// The parts of a zip file (DOCX, XLSX, or the CSV files) by path.
    static func unzip(_ response: TestResponse) throws -> [String: Data] {
        let archive = try Archive(data: Data(buffer: response.body), accessMode: .read)
        var parts: [String: Data] = [:]
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            parts[entry.path] = data
        }
        return parts
    }

    /// Seed 004's plan, read by the importer as `gevinst render 004_….txt --document plan` reads it, in every
    /// written format: the totals of its two tables with printed totals are Gevinst's (7,25 10,75 12,75 13,25 and 3,25 4,25 5,75 6,25
    /// mio. kr., savings positive), and a reader, who may not import, may render.
    @Test(seedTrait)
    func theStrategyPlanRendersFromItsDocument() async throws {
        guard let plan = SeedCorpus.data(SeedCorpus.strategyPlan) else { return }
        try await Harness.withApp { client, _ in
            let rita = try await client.login("rita")

            let docx = try await Self.render(client, "document=plan&format=docx&file=004.txt", token: rita, body: plan)
            #expect(docx.status == .ok, "\(docx.text.prefix(300))")
            #expect(docx.headers[.contentType] == "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
            #expect(docx.headers[.contentDisposition]?.hasPrefix("attachment; filename=\"Strategiplan") == true)
            #expect(docx.headers[.contentDisposition]?.contains(".docx") == true)
            let document = try String(decoding: #require(Self.unzip(docx)["word/document.xml"]), as: UTF8.self)
            for figure in ["7,25", "10,75", "12,75", "13,25", "3,25", "4,25", "5,75", "6,25", "positivt fortegn"] {
                #expect(document.contains(figure), "DOCX: \(figure)")
            }

            let xlsx = try await Self.render(client, "document=plan&format=xlsx&file=004.txt", token: rita, body: plan)
            #expect(xlsx.status == .ok)
            #expect(xlsx.headers[.contentType] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            #expect(xlsx.headers[.contentDisposition]?.contains(".xlsx") == true)
            let sheet = try String(decoding: #require(Self.unzip(xlsx)["xl/worksheets/sheet1.xml"]), as: UTF8.self)
            // The totals are formulas with Gevinst's figures cached, in mio. kr.
            for figure in ["7.25", "10.75", "12.75", "13.25"] {
                #expect(sheet.contains("</f><v>\(figure)</v>"), "XLSX: \(figure)")
            }

            let html = try await Self.render(client, "document=plan&format=html&file=004.txt", token: rita, body: plan)
            #expect(html.status == .ok)
            #expect(html.headers[.contentType] == "text/html; charset=utf-8")
            for figure in ["7,25", "13,25", "3,25", "6,25", "Kørsel / fritidstilbud (note 11) – indgår ikke i I alt"] {
                #expect(html.text.contains(figure), "HTML: \(figure)")
            }

            let csv = try await Self.render(client, "document=plan&format=csv&file=004.txt", token: rita, body: plan)
            #expect(csv.status == .ok)
            #expect(csv.headers[.contentType] == "application/zip")
            #expect(csv.headers[.contentDisposition]?.contains(".zip") == true)
            let files = try Self.unzip(csv)
            // 004 has five tables: a CSV file each.
            #expect(files.count == 5, "\(files.keys.sorted())")
            let totals = files.values.compactMap { data -> String? in
                String(decoding: data.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n").first { $0.hasPrefix("I alt;") }
            }
            #expect(totals.count == 5)
            #expect(Set(totals).isSuperset(of: ["I alt;;7,25;10,75;12,75;13,25", "I alt;;3,25;4,25;5,75;6,25"]))
        }
    }

    /// The 2019 catalogue (seed 003) as its overview and as the catalogue with its change list; asking it for
    /// a plan is 422, since it holds none.
    @Test(seedTrait)
    func theCatalogueRendersFromItsDocumentButHasNoPlan() async throws {
        guard let catalogue = SeedCorpus.data(SeedCorpus.catalogue2019) else { return }
        try await Harness.withApp { client, _ in
            let anna = try await client.login("anna")
            let overview = try await Self.render(client, "document=overview&format=html&file=003.txt", token: anna, body: catalogue)
            #expect(overview.status == .ok, "\(overview.text.prefix(300))")
            #expect(overview.text.contains("Oversigt over forslagene"))
            #expect(overview.text.contains("BU01"))
            let html = try await Self.render(
                client, "document=catalogue&format=html&file=003.txt&title=Katalog%20SUD&changesSince=februar", token: anna, body: catalogue)
            #expect(html.status == .ok)
            #expect(html.text.contains("Katalog SUD"))
            #expect(html.text.contains("februar"))
            #expect(html.headers[.contentDisposition]?.hasPrefix("attachment; filename=\"Katalog SUD.html\"") == true)

            let plan = try await Self.render(client, "document=plan&format=docx&file=003.txt", token: anna, body: catalogue)
            #expect(plan.status == .unprocessableContent)
            #expect(plan.json["error"]?.string?.contains("no strategy plan") == true, "\(plan.text)")
            #expect(plan.json["error"]?.string?.hasPrefix("003.txt:") == true)
            // Nothing was stored.
            #expect(try await client.call(.get, "/api/proposals", token: anna).json["count"]?.int == 0)
        }
    }

    @Test func anUploadedDocumentThatCannotBeRenderedIsAnError() async throws {
        let configuration = ServerConfiguration(maxUploadBytes: 1_000, bcryptCost: 4)
        try await Harness.withApp(configuration: configuration) { client, _ in
            let text = Data("Strategiplan\n\nIngen tabeller her.\n".utf8)
            #expect(try await Self.render(client, "document=plan&format=html", token: nil, body: text).status == .unauthorized)
            let rita = try await client.login("rita")

            let unknownDocument = try await Self.render(client, "document=budget&format=html", token: rita, body: text)
            #expect(unknownDocument.status == .badRequest)
            #expect(unknownDocument.json["error"]?.string?.contains("proposal, catalogue, overview, plan") == true, "\(unknownDocument.text)")
            let noDocument = try await Self.render(client, "format=html", token: rita, body: text)
            #expect(noDocument.status == .badRequest)
            #expect(noDocument.json["error"]?.string?.contains("document=") == true)
            let unknownFormat = try await Self.render(client, "document=plan&format=odt", token: rita, body: text)
            #expect(unknownFormat.status == .badRequest)
            #expect(unknownFormat.json["error"]?.string?.contains("html, docx, xlsx, csv, pdf") == true)
            let unknownRule = try await Self.render(client, "document=plan&paybackRule=never", token: rita, body: text)
            #expect(unknownRule.status == .badRequest)

            let binary = try await Self.render(client, "document=plan&format=html&file=blob.bin", token: rita, body: Data([0x00, 0x01, 0x02, 0x41, 0x00, 0x42]))
            #expect(binary.status == .unprocessableContent)
            #expect(binary.json["error"]?.string?.hasPrefix("blob.bin:") == true, "\(binary.text)")
            let empty = try await Self.render(client, "document=plan&format=html&file=empty.txt", token: rita, body: Data())
            #expect(empty.status == .unprocessableContent)
            let noPlan = try await Self.render(client, "document=plan&format=docx&file=notes.txt", token: rita, body: text)
            #expect(noPlan.status == .unprocessableContent, "\(noPlan.text)")
            #expect(noPlan.json["error"]?.string?.hasPrefix("notes.txt:") == true, "\(noPlan.text)")

            let large = try await Self.render(client, "document=plan&format=html", token: rita, body: Data(repeating: 0x41, count: 2_000))
            #expect(large.status == .contentTooLarge)
            #expect(large.json["error"]?.string?.contains("1000 bytes") == true, "\(large.text)")
        }
    }

    /// Without LibreOffice and Chromium a PDF is 503 with the Debian package to install, as for a proposal.
    @Test(.enabled(if: (try? PdfConverter.locate()) == nil, "LibreOffice or Chromium is installed here, so PDF renders (GEVINST_TEST_OFFICE=1 tests that)"))
    func aPDFWithoutLibreOfficeOrChromiumNamesThePackage() async throws {
        guard let plan = SeedCorpus.data(SeedCorpus.strategyPlan) else { return }
        try await Harness.withApp { client, _ in
            let rita = try await client.login("rita")
            let pdf = try await Self.render(client, "document=plan&format=pdf&file=004.txt", token: rita, body: plan)
            #expect(pdf.status == .serviceUnavailable)
            #expect(pdf.json["error"]?.string?.contains("apt-get install libreoffice-writer-nogui") == true, "\(pdf.text)")
        }
    }

    /// The plan as PDF through LibreOffice; enabled where `.ci/run` installs it (GEVINST_TEST_OFFICE=1).
    @Test(.enabled(if: ProcessInfo.processInfo.environment["GEVINST_TEST_OFFICE"] == "1" && SeedCorpus.isAvailable,
                   "set GEVINST_TEST_OFFICE=1 with LibreOffice installed, and have the seed documents"))
    func theStrategyPlanRendersAsPDF() async throws {
        guard let plan = SeedCorpus.data(SeedCorpus.strategyPlan) else { return }
        try await Harness.withApp { client, _ in
            let rita = try await client.login("rita")
            let pdf = try await Self.render(client, "document=plan&format=pdf&file=004.txt", token: rita, body: plan)
            #expect(pdf.status == .ok, "\(pdf.text.prefix(300))")
            #expect(pdf.headers[.contentType] == "application/pdf")
            #expect(pdf.headers[.contentDisposition]?.contains(".pdf") == true)
            #expect(Array(pdf.body.readableBytesView.prefix(5)) == Array("%PDF-".utf8))
        }
    }
}
