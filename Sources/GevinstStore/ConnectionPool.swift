/// A small pool of database connections leased one caller at a time: at most `maximum` are opened, callers
/// beyond that wait in order. Used for SQLite, whose connections are local files and never break.
actor ConnectionPool<Connection: Sendable> {
    private var idle: [Connection] = []
    private var opened = 0
    private var waiters: [CheckedContinuation<Connection, any Error>] = []
    private var closed = false
    private let maximum: Int
    private let open: @Sendable () async throws -> Connection

    init(maximum: Int, open: @escaping @Sendable () async throws -> Connection) {
        self.maximum = max(1, maximum)
        self.open = open
    }

    func lease() async throws -> Connection {
        if closed { throw StoreError.unavailable("the database has been closed") }
        if let connection = idle.popLast() { return connection }
        if opened < maximum {
            opened += 1
            do {
                return try await open()
            } catch {
                opened -= 1
                throw error
            }
        }
        return try await withCheckedThrowingContinuation { waiters.append($0) }
    }

    func giveBack(_ connection: Connection) {
        if !waiters.isEmpty {
            waiters.removeFirst().resume(returning: connection)
        } else {
            idle.append(connection)
        }
    }

    /// Closes the pool and returns the idle connections for the caller to close.
    func drain() -> [Connection] {
        closed = true
        for waiter in waiters { waiter.resume(throwing: StoreError.unavailable("the database has been closed")) }
        waiters.removeAll()
        let connections = idle
        idle.removeAll()
        return connections
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
