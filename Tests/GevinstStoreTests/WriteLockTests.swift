import Foundation
import GevinstCore
@testable import GevinstStore
import Testing

/// Two stores (two processes, in production) on one SQLite file: while one holds the write lock, the other's
/// save waits for it and then succeeds, instead of failing with "database is locked".
@Suite struct WriteLockTests {
    @Test func aSaveWaitsForAnotherStoresWriteLockAndThenSucceeds() async throws {
        try await TestDatabases.withLocation(.sqlite) { location in
            let holder = try await GevinstStore.open(location)
            let saver = try await GevinstStore.open(location)
            do {
                let anna = try await saver.addUser(
                    name: "anna", passwordHash: StoreTests.hash, role: .author, administrations: ["Socialforvaltningen"])
                let (locked, lockTaken) = AsyncStream<Void>.makeStream()
                // The holder takes the write lock and keeps it for a while, as a long import in another process would.
                let holding = Task {
                    try await holder.backend.transaction { database in
                        try await database.raw("UPDATE settings SET value = value WHERE 1 = 0").run()
                        lockTaken.yield()
                        try await Task.sleep(for: .milliseconds(1_500))
                    }
                }
                var iterator = locked.makeAsyncIterator()
                _ = await iterator.next()
                let clock = ContinuousClock()
                let started = clock.now
                let saved = try await saver.createProposal(
                    SampleProposals.content(SampleProposals.peerToPeer()), by: anna, administration: "Socialforvaltningen")
                #expect(saved.version == 1)
                #expect(clock.now - started >= .milliseconds(1_000), "the save should have waited for the lock")
                try await holding.value
                #expect(try await holder.integrityProblems().isEmpty)
                await holder.close()
                await saver.close()
            } catch {
                await holder.close()
                await saver.close()
                throw error
            }
        }
    }
}
