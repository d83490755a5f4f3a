import Foundation

/// Runs one piece of work per input on every processor core, and gives the results back in the order of the
/// inputs, so that reading a folder of documents takes the time of the slowest core, not the sum, and the
/// report reads the same however the work was shared out. Each worker takes the next input when it is free,
/// so one large file does not hold up the small ones behind it.
public enum ParallelReading {
    /// The cores this process may use.
    public static var coreCount: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    public static func map<Input: Sendable, Output: Sendable>(
        _ inputs: [Input], workers: Int = coreCount, _ work: @Sendable (Input) -> Output
    ) -> [Output] {
        let workerCount = min(max(1, workers), inputs.count)
        if workerCount <= 1 { return inputs.map(work) }
        let results = Results<Output>(count: inputs.count)
        DispatchQueue.concurrentPerform(iterations: workerCount) { _ in
            while let index = results.claimNext() {
                results.store(work(inputs[index]), at: index)
            }
        }
        return results.collected()
    }

    /// The shared queue of indexes and the results, guarded by one lock; each slot is written once.
    private final class Results<Output: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var next = 0
        private var slots: [Output?]

        init(count: Int) { slots = Array(repeating: nil, count: count) }

        func claimNext() -> Int? {
            lock.withLock {
                guard next < slots.count else { return nil }
                defer { next += 1 }
                return next
            }
        }

        func store(_ output: Output, at index: Int) {
            lock.withLock { slots[index] = output }
        }

        func collected() -> [Output] {
            lock.withLock { slots.compactMap { $0 } }
        }
    }
}
