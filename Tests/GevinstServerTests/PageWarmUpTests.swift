import Foundation
import GevinstCore
import GevinstServer
import GevinstStore
import Hummingbird
import HummingbirdTesting
import Testing

/// `gevinst serve` decodes the stored proposals for the pages in the background at start; `/health` says when
/// that is done, and a proposal whose stored content cannot be read does not stop it.
@Suite struct PageWarmUpTests {
    @Test func healthSaysWhenThePagesAreReady() async throws {
        try await Harness.withLocation(.sqlite) { location in
            let store = try await GevinstStore.open(location)
            do {
                try await Harness.addUsers(store)
                guard let anna = try await store.user(named: "anna") else {
                    Issue.record("no test user")
                    await store.close()
                    return
                }
                let proposal = try NativeFormat.decode(text: try Harness.example(), file: "example")
                for _ in 0..<20 {
                    _ = try await store.createProposal(
                        ProposalContent(proposal: proposal, text: NativeFormat.encode(proposal)), by: anna, administration: "Socialforvaltningen")
                }
                _ = try await store.createProposal(
                    ProposalContent(proposal: proposal, text: "{not the native format"), by: anna, administration: "Socialforvaltningen")

                var configuration = Harness.configuration
                configuration.warmPagesAtStart = true
                let router = await GevinstServer.router(store: store, configuration: configuration, logger: Harness.logger)
                let app = GevinstServer.application(router: router, configuration: configuration, logger: Harness.logger)
                try await app.test(.router) { client in
                    var pages = ""
                    for _ in 0..<600 {
                        let health = try await client.call(.get, "/health", token: nil)
                        pages = health.json["pages"]?.string ?? ""
                        if pages != "warming" && pages != "off" { break }
                        try await Task.sleep(for: .milliseconds(50))
                    }
                    #expect(pages == "ready")
                    let token = try await client.login("anna")
                    #expect(try await client.call(.get, "/api/proposals", token: token).json["proposals"]?.array.count == 21)
                }
                await store.close()
            } catch {
                await store.close()
                throw error
            }
        }
    }

    @Test func withoutTheWarmUpHealthSaysOff() async throws {
        let pages = try await Harness.withApp { client, _ in
            try await client.call(.get, "/health", token: nil).json["pages"]?.string
        }
        #expect(pages == "off")
    }
}
