import Foundation
import GevinstCore
import GevinstServer
import GevinstStore
import Hummingbird
import HummingbirdTesting
import Testing

/// Two server instances on one database behave as one: sessions, versions and conflicts live in the database.
/// On PostgreSQL (when `GEVINST_TEST_POSTGRES_URL` is set) this is the shared installation; on SQLite two
/// stores open the same file.
@Suite struct TwoInstancesTests {
    @Test(arguments: Harness.kinds)
    func aSaveThroughOneIsReadThroughTheOtherAndConcurrentSavesConflict(kind: DatabaseKind) async throws {
        try await Harness.withLocation(kind) { location in
            let first = try await GevinstStore.open(location)
            let second = try await GevinstStore.open(location)
            do {
                try await Harness.addUsers(first)
                let appOne = GevinstServer.application(
                    router: await GevinstServer.router(store: first, configuration: Harness.configuration, logger: Harness.logger),
                    configuration: Harness.configuration, logger: Harness.logger)
                let appTwo = GevinstServer.application(
                    router: await GevinstServer.router(store: second, configuration: Harness.configuration, logger: Harness.logger),
                    configuration: Harness.configuration, logger: Harness.logger)
                try await appOne.test(.router) { one in
                    try await appTwo.test(.router) { two in
                        // A session made through one instance is valid on the other.
                        let anna = try await one.login("anna")
                        let ada = try await two.login("ada")
                        #expect(try await two.call(.get, "/api/me", token: anna).json["name"]?.string == "anna")

                        let id = try await one.call(.post, "/api/proposals", token: anna, body: try Harness.example()).json["id"]?.int ?? 0
                        let edited = try Harness.example().replacingOccurrences(
                            of: "Tidlig familieindsats i stedet for anbringelse", with: "Tidlig familieindsats (instans 1)")
                        #expect(try await one.call(.put, "/api/proposals/\(id)", token: anna, body: edited, headers: [.ifMatch: "1"]).status == .ok)
                        let read = try await two.call(.get, "/api/proposals/\(id)", token: ada)
                        #expect(read.json["version"]?.int == 2)
                        #expect(read.json["proposal"]?["title"]?.string == "Tidlig familieindsats (instans 1)")

                        // Both instances save version 2 at once: one wins, the other gets 409 with what changed.
                        for round in 0..<5 {
                            let base = 2 + Int64(round)
                            async let left = one.call(
                                .put, "/api/proposals/\(id)", token: anna,
                                body: try Harness.example().replacingOccurrences(of: "\"2019\": 300000", with: "\"2019\": \(310_000 + round)"),
                                headers: [.ifMatch: "\(base)"])
                            async let right = two.call(
                                .put, "/api/proposals/\(id)", token: ada,
                                body: try Harness.example().replacingOccurrences(of: "\"2019\": 300000", with: "\"2019\": \(320_000 + round)"),
                                headers: [.ifMatch: "\(base)"])
                            let statuses = try await [left.status.code, right.status.code].sorted()
                            #expect(statuses == [200, 409], "round \(round): \(statuses)")
                        }
                        let versions = try await one.call(.get, "/api/proposals/\(id)/versions", token: anna).json["versions"]?.array ?? []
                        #expect(versions.count == 7)

                        // The read route keeps renderings of versions, never sessions or current versions: after the
                        // saves through both, two answers the latest version, and a logout through one is honoured
                        // by two at once, also for a proposal two has just rendered.
                        #expect(try await two.call(.get, "/api/proposals/\(id)", token: ada).json["version"]?.int == 7)
                        #expect(try await two.call(.get, "/api/proposals/\(id)", token: anna).status == .ok)
                        #expect(try await one.call(.delete, "/api/session", token: anna).status.code < 300)
                        #expect(try await two.call(.get, "/api/proposals/\(id)", token: anna).status == .unauthorized)
                    }
                }
                #expect(try await first.integrityProblems().isEmpty)
                await first.close()
                await second.close()
            } catch {
                await first.close()
                await second.close()
                throw error
            }
        }
    }
}
