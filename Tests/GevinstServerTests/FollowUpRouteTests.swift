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

/// The follow-up API: loading seed 002, reading a period with its summary, record updates with If-Match,
/// the next period, the report, and the XLSX round trip through the bulk update.
@Suite struct FollowUpRouteTests {
    static let seedTrait = ConditionTrait.enabled(if: SeedCorpus.isAvailable, Comment(rawValue: SeedCorpus.skipMessage))

    static func loadSeed(_ client: any TestClientProtocol, token: String) async throws -> Int64 {
        let data = try #require(SeedCorpus.data(SeedCorpus.followUp2024))
        let response = try await client.call(
            .post, "/api/followup/periods?name=December%202024&file=002.txt", token: token, body: String(decoding: data, as: UTF8.self))
        #expect(response.status == .created, "\(response.text.prefix(300))")
        return try #require(response.json["period"]?["id"]?.int)
    }

    @Test(seedTrait, arguments: Harness.kinds)
    func aControllerLoadsTheSeedAndEveryoneReadsIt(kind: DatabaseKind) async throws {
        try await Harness.withApp(kind) { client, _ in
            let carl = try await client.login("carl")
            let rita = try await client.login("rita")
            // Readers and authors may not load; without a session it is 401.
            #expect(try await client.call(.post, "/api/followup/periods?name=December%202024", token: rita, body: "x").status == .forbidden)
            #expect(try await client.call(.get, "/api/followup/periods", token: nil).status == .unauthorized)

            let id = try await Self.loadSeed(client, token: carl)
            let list = try await client.call(.get, "/api/followup/periods", token: rita)
            #expect(list.status == .ok)
            #expect(list.json["periods"]?[0]?["name"]?.string == "December 2024")
            #expect(list.json["periods"]?[0]?["colours"]?["red"]?.int == 5)

            let period = try await client.call(.get, "/api/followup/periods/\(id)", token: rita)
            #expect(period.status == .ok)
            #expect(period.json["records"]?.array.count == 63)
            let total = period.json["summary"]?["total"]
            #expect(total?["green"]?.int == 56)
            #expect(total?["yellow"]?.int == 2)
            #expect(total?["red"]?.int == 5)
            let handicap = period.json["summary"]?["areas"]?[0]
            #expect(handicap?["area"]?.string == "Borgere med handicap")
            #expect(handicap?["totalInvestment"]?.int == 99_050_000)
            #expect(handicap?["efficiencyAtFullPhaseIn"]?.int == -48_202_000)
            #expect(period.json["loadFindings"]?.array.contains { $0["proposal"]?.string == "TV03(2025)" } == true)

            let html = try await client.call(.get, "/api/followup/periods/\(id)/report?format=html", token: rita)
            #expect(html.status == .ok)
            #expect(html.headers[.contentType]?.hasPrefix("text/html") == true)
            #expect(html.text.contains("Livet er ikke snorlige"))
            let docx = try await client.call(.get, "/api/followup/periods/\(id)/report?format=docx", token: rita)
            #expect(docx.status == .ok)
            #expect(docx.body.readableBytes > 1000)
            #expect(try await client.call(.get, "/api/followup/periods/\(id)/report?format=pdf", token: rita).status == .badRequest)
            #expect(try await client.call(.get, "/api/followup/periods/999/report", token: rita).status == .notFound)
        }
    }

    @Test(seedTrait)
    func anUpdateNeedsIfMatchAndAnOverrideNeedsAReason() async throws {
        try await Harness.withApp { client, store in
            let carl = try await client.login("carl")
            let id = try await Self.loadSeed(client, token: carl)
            let period = try await client.call(.get, "/api/followup/periods/\(id)", token: carl)
            // HA06 (2022): red in the seed.
            let red = try #require(period.json["records"]?.array.first { $0["record"]?["code"]?.string == "HA06" })
            let recordID = try #require(red["id"]?.int)
            #expect(red["colour"]?.string == "red")

            let remark = #"{"remark": "Pladserne tages i brug i januar 2025"}"#
            #expect(try await client.call(.put, "/api/followup/records/\(recordID)", token: carl, body: remark).status == .preconditionRequired)
            let saved = try await client.call(.put, "/api/followup/records/\(recordID)", token: carl, body: remark, headers: [.ifMatch: "\"1\""])
            #expect(saved.status == .ok, "\(saved.text.prefix(300))")
            #expect(saved.headers[.eTag] == "\"2\"")
            #expect(saved.json["record"]?["remark"]?.string == "Pladserne tages i brug i januar 2025")
            #expect(saved.json["colour"]?.string == "red")

            // A stale version is a 409 that says what changed since.
            let stale = try await client.call(
                .put, "/api/followup/records/\(recordID)", token: carl, body: #"{"consequence": "Ingen"}"#, headers: [.ifMatch: "\"1\""])
            #expect(stale.status == .conflict)
            #expect(stale.json["detail"]?["currentVersion"]?.int == 2)
            #expect(stale.json["detail"]?["changedSince"]?[0]?["changes"]?.string?.contains("remark") == true)
            #expect(stale.json["detail"]?["changedSince"]?[0]?["author"]?.string == "carl")

            // Gevinst proposes a status from the figures (HA06 is two years late, with efficiency still to realise);
            // a green status against that proposal needs a reason.
            let proposes = saved.json["gevinstProposes"]?["status"]?.string
            if let proposes, proposes != "on-track" {
                let noReason = try await client.call(
                    .put, "/api/followup/records/\(recordID)", token: carl, body: #"{"status": "on-track"}"#, headers: [.ifMatch: "\"2\""])
                #expect(noReason.status == .unprocessableContent)
            }
            let overridden = try await client.call(
                .put, "/api/followup/records/\(recordID)", token: carl,
                body: #"{"status": "on-track", "overrideReason": "Den tabte effektivisering er dækket af en rammebesparelse"}"#,
                headers: [.ifMatch: "\"2\""])
            #expect(overridden.status == .ok, "\(overridden.text.prefix(300))")
            #expect(overridden.json["colour"]?.string == "green")

            // Readers and authors may not write; the audit has the old and the new record.
            let rita = try await client.login("rita")
            #expect(try await client.call(.put, "/api/followup/records/\(recordID)", token: rita, body: remark, headers: [.ifMatch: "\"3\""]).status == .forbidden)
            let audit = try await store.audit(from: Date(timeIntervalSinceNow: -300), to: Date(timeIntervalSinceNow: 60))
                .filter { $0.action == "followup.record.update" }
            #expect(audit.count == 2)
            #expect(audit.first?.oldValue?.contains("\"remark\":\"\"") == true || audit.first?.oldValue?.contains("Udestående") == true)
            #expect(audit.first?.newValue?.contains("Pladserne tages i brug i januar 2025") == true)
            #expect(audit.last?.newValue?.contains("\"status\":\"on-track\"") == true)

            // The next period carries over what is open.
            let next = try await client.call(.post, "/api/followup/periods/next", token: carl, body: #"{"name": "Juni 2025"}"#)
            #expect(next.status == .created, "\(next.text.prefix(300))")
            let implemented = period.json["records"]?.array.filter { $0["record"]?["status"]?.string == "implemented" }.count ?? 0
            #expect(next.json["period"]?["records"]?.int == Int64(63 - implemented))
        }
    }

    @Test(seedTrait)
    func theXlsxExportEditedAndLoadedBackChangesTheRecord() async throws {
        try await Harness.withApp { client, store in
            let carl = try await client.login("carl")
            let id = try await Self.loadSeed(client, token: carl)
            let export = try await client.call(.get, "/api/followup/periods/\(id)/report?format=xlsx", token: carl)
            #expect(export.status == .ok)
            let xlsx = Data(buffer: export.body)

            // Edit one cell as a spreadsheet would: HA01 (2022)'s investment, 10.100 → 12.345 (G3 of the
            // Borgere med handicap sheet).
            let archive = try Archive(data: xlsx, accessMode: .read)
            var parts: [ZipPackage.Part] = []
            var edited = false
            for entry in archive {
                var data = Data()
                _ = try archive.extract(entry) { data.append($0) }
                if entry.path == "xl/worksheets/sheet2.xml" {
                    let text = String(decoding: data, as: UTF8.self)
                    let changed = text.replacingOccurrences(of: #"<c r="G3" s="6"><v>10100</v></c>"#, with: #"<c r="G3" s="6"><v>12345</v></c>"#)
                    edited = changed != text
                    data = Data(changed.utf8)
                }
                parts.append(ZipPackage.Part(path: entry.path, data: data))
            }
            #expect(edited, "the sheet holds HA01's investment in G3")
            let changedXlsx = try ZipPackage.archive(parts)

            let response = try await client.execute(
                uri: "/api/followup/periods/\(id)/bulk?file=status.xlsx", method: .post,
                headers: [.authorization: "Bearer \(carl)"], body: ByteBuffer(bytes: changedXlsx))
            #expect(response.status == .ok, "\(String(buffer: response.body).prefix(300))")
            let json = (try? JSONParser.parse(String(buffer: response.body)).value) ?? .null
            #expect(json["changed"]?.array.count == 1)
            #expect(json["changed"]?[0]?["code"]?.string == "HA01")
            #expect(json["changed"]?[0]?["changes"]?.string == "investment: 10.100 → 12.345")

            let records = try await store.followUpRecords(periodID: id)
            let ha01 = try #require(records.first { $0.record.code == "HA01" && $0.record.key.adoptedBudgetYear == 2022 })
            #expect(ha01.record.totalInvestment == 12_345_000)
            #expect(ha01.version == 2)
            #expect(records.filter { $0.version == 2 }.count == 1)
            let audit = try await store.audit(from: Date(timeIntervalSinceNow: -300), to: Date(timeIntervalSinceNow: 60))
            let line = try #require(audit.first { $0.action == "followup.record.update" })
            #expect(line.entityID == String(ha01.id))
            #expect(line.username == "carl")
            #expect(line.detail?.contains("investment: 10.100 → 12.345 (bulk update from status.xlsx") == true)
            #expect(line.oldValue?.contains("\"totalInvestment\":10100000") == true)
            #expect(line.newValue?.contains("\"totalInvestment\":12345000") == true)

            // The same file again changes nothing.
            let again = try await client.execute(
                uri: "/api/followup/periods/\(id)/bulk?file=status.xlsx", method: .post,
                headers: [.authorization: "Bearer \(carl)"], body: ByteBuffer(bytes: changedXlsx))
            #expect(((try? JSONParser.parse(String(buffer: again.body)).value) ?? .null)["changed"]?.array.isEmpty == true)
        }
    }
}
