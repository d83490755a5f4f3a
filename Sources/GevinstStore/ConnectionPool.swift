/// A small pool of database connections leased one caller at a time: at most `maximum` are open at once, callers
/// beyond that wait in order. Used for SQLite, whose connections are local files and never break.
///
/// Every connection the pool holds counts towards `maximum`, also one opened elsewhere and handed over with
/// `adopt` (the SQLite writer is opened first, to set WAL mode): otherwise the writer pool could open a second
/// writer while the first is leased. After `drain`, a connection given back is closed rather than kept.
actor ConnectionPool<Connection: Sendable> {
    private var idle: [Connection] = []
    private var opened = 0
    private var waiters: [CheckedContinuation<Connection, any Error>] = []
    private var closed = false
    private let maximum: Int
    private let open: @Sendable () async throws -> Connection
    private let close: @Sendable (Connection) async -> Void

    init(
        maximum: Int, open: @escaping @Sendable () async throws -> Connection,
        close: @escaping @Sendable (Connection) async -> Void
    ) {
        self.maximum = max(1, maximum)
        self.open = open
        self.close = close
    }

    /// How many connections the pool holds, leased or idle.
    var openCount: Int { opened }
    /// How many connections the pool has opened itself (adopted ones not counted).
    private(set) var openings = 0

    func lease() async throws -> Connection {
        if closed { throw StoreError.unavailable("the database has been closed") }
        if let connection = idle.popLast() { return connection }
        if opened < maximum {
            opened += 1
            openings += 1
            do {
                return try await open()
            } catch {
                opened -= 1
                throw error
            }
        }
        return try await withCheckedThrowingContinuation { waiters.append($0) }
    }

    /// Takes a connection opened outside the pool as one of its own. When the pool already holds `maximum`, or
    /// is closed, the connection is closed instead.
    func adopt(_ connection: Connection) async {
        guard !closed, opened < maximum else {
            await close(connection)
            return
        }
        opened += 1
        await giveBack(connection)
    }

    func giveBack(_ connection: Connection) async {
        if closed {
            // Leased when the pool was drained: nobody will lease it again.
            opened -= 1
            await close(connection)
        } else if !waiters.isEmpty {
            waiters.removeFirst().resume(returning: connection)
        } else {
            idle.append(connection)
        }
    }

    /// Closes the pool: waiting callers get an error, idle connections are closed now and leased ones when they
    /// are given back.
    func drain() async {
        closed = true
        for waiter in waiters { waiter.resume(throwing: StoreError.unavailable("the database has been closed")) }
        waiters.removeAll()
        let connections = idle
        idle.removeAll()
        opened -= connections.count
        for connection in connections { await close(connection) }
    }

    /// Runs `body` with a leased connection and gives it back afterwards, also when `body` throws.
    nonisolated func with<R: Sendable>(_ body: @Sendable (Connection) async throws -> R) async throws -> R {
        let connection = try await lease()
        do {
            let result = try await body(connection)
            await giveBack(connection)
            return result
        } catch {
            await giveBack(connection)
            throw error
        }
    }
}
