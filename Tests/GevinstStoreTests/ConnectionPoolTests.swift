import Foundation
@testable import GevinstStore
import Testing

/// The pool never holds more than its maximum, counting a connection handed over with `adopt` (the SQLite
/// writer that set WAL), and closes every connection it held once drained, also those leased at the time.
@Suite struct ConnectionPoolTests {
    /// Counts what the pool opens and closes.
    actor Ledger {
        var opened = 0
        var closed: [Int] = []
        func open() -> Int {
            opened += 1
            return 100 + opened
        }
        func close(_ connection: Int) { closed.append(connection) }
    }

    static func pool(maximum: Int, ledger: Ledger) -> ConnectionPool<Int> {
        ConnectionPool(maximum: maximum, open: { await ledger.open() }, close: { await ledger.close($0) })
    }

    @Test func anAdoptedConnectionCountsTowardsTheMaximum() async throws {
        let ledger = Ledger()
        let pool = Self.pool(maximum: 1, ledger: ledger)
        await pool.adopt(1)
        // Two callers at once: the second waits for the adopted connection instead of opening another.
        let (leased, leaseTaken) = AsyncStream<Void>.makeStream()
        let first = Task {
            try await pool.with { connection in
                leaseTaken.yield()
                try await Task.sleep(for: .milliseconds(100))
                return connection
            }
        }
        var iterator = leased.makeAsyncIterator()
        _ = await iterator.next()
        let second = try await pool.with { $0 }
        #expect(try await first.value == 1)
        #expect(second == 1)
        #expect(await ledger.opened == 0)
        #expect(await pool.openCount == 1)
    }

    @Test func adoptingBeyondTheMaximumClosesTheConnection() async {
        let ledger = Ledger()
        let pool = Self.pool(maximum: 1, ledger: ledger)
        await pool.adopt(1)
        await pool.adopt(2)
        #expect(await ledger.closed == [2])
        #expect(await pool.openCount == 1)
    }

    @Test func drainingClosesIdleConnectionsNowAndLeasedOnesWhenGivenBack() async throws {
        let ledger = Ledger()
        let pool = Self.pool(maximum: 2, ledger: ledger)
        let idle = try await pool.lease()
        let leased = try await pool.lease()
        await pool.giveBack(idle)
        await pool.drain()
        #expect(await ledger.closed == [idle])
        await pool.giveBack(leased)
        #expect(await ledger.closed == [idle, leased])
        #expect(await pool.openCount == 0)
        await #expect(throws: StoreError.self) { _ = try await pool.lease() }
    }

    @Test func theSQLiteStoreKeepsOneWriterUnderConcurrentSaves() async throws {
        try await TestDatabases.withLocation(.sqlite) { location in
            let store = try await GevinstStore.open(location)
            do {
                let anna = try await store.addUser(
                    name: "anna", passwordHash: StoreTests.hash, role: .author, administrations: ["Socialforvaltningen"])
                try await withThrowingTaskGroup(of: Void.self) { group in
                    for index in 0..<8 {
                        group.addTask {
                            _ = try await store.createProposal(
                                SampleProposals.content(SampleProposals.peerToPeer(title: "Forslag \(index)")),
                                by: anna, administration: "Socialforvaltningen")
                        }
                    }
                    try await group.waitForAll()
                }
                guard let backend = store.backend as? SQLiteBackend else {
                    Issue.record("an SQLite location should give the SQLite backend")
                    await store.close()
                    return
                }
                // The connection that set WAL served every save: the pool opened no second writer.
                let writers = await backend.writerConnections
                #expect(writers.open == 1)
                #expect(writers.openedByPool == 0)
                await store.close()
            } catch {
                await store.close()
                throw error
            }
        }
    }
}
