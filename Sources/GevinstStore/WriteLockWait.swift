/// How a SQLite writer waits for the write lock that another process or store holds: it tries, and while the
/// answer is "busy" it sleeps asynchronously (a few milliseconds at first, growing to `longestPause`) and tries
/// again, until `patience` has passed. Then the caller gets `StoreError.busy`, which the server answers with 503.
/// Waiting here instead of in SQLite's busy handler keeps SwiftNIO's shared blocking threads free for the
/// connection that holds the lock, so it can commit.
struct WriteLockWait: Sendable {
    var patience: Duration
    var firstPause: Duration
    var longestPause: Duration

    static let standard = WriteLockWait(patience: .seconds(30), firstPause: .milliseconds(2), longestPause: .milliseconds(100))

    func acquire(_ attempt: @Sendable () async throws -> Void) async throws {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: patience)
        var pause = firstPause
        while true {
            do {
                try await attempt()
                return
            } catch where DatabaseBusy.matches(error) {
                if clock.now >= deadline {
                    throw StoreError.busy("the database is being written by another process and stayed locked for \(patience); try again")
                }
                try await Task.sleep(for: pause)
                pause = min(pause * 2, longestPause)
            }
        }
    }
}
