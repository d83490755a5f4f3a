import Foundation
import GevinstImport
import GevinstTestSupport
import Testing

/// `ParallelReading`: every input is worked on exactly once, and the results come back in the inputs' order,
/// whatever the number of workers and however long each piece takes.
@Suite struct ParallelReadingTests {
    @Test(arguments: [1, 2, 3, 8])
    func resultsKeepTheInputsOrder(workers: Int) {
        let inputs = Array(0..<200)
        let counter = CallCounter()
        let results = ParallelReading.map(inputs, workers: workers) { value -> String in
            counter.count()
            // Uneven work, so that later inputs often finish before earlier ones.
            var sum = 0
            for step in 0..<((200 - value) * 50) { sum &+= step }
            return "\(value):\(sum & 1)"
        }
        #expect(results.map { Int($0.split(separator: ":")[0]) } == inputs)
        #expect(counter.calls == inputs.count)
    }

    @Test func noInputsGiveNoResults() {
        let results = ParallelReading.map([Int](), workers: 4) { $0 * 2 }
        #expect(results.isEmpty)
    }

    @Test(DocumentImporterTests.seedTrait)
    func seedsReadSideBySideReadAsOneAfterAnother() throws {
        let folder = try #require(SeedCorpus.directory)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        let paths = (files + files).map { folder.appendingPathComponent($0).path }
        @Sendable func summary(_ path: String) -> String {
            guard let document = try? DocumentImporter.readFile(at: path) else { return "\(path): not read" }
            return "\(path): \(document.kind.rawValue) \(document.proposals.map(\.title)) \(document.followUps.count) \(document.plans.count) \(document.findings.map { "\($0.rule)@\($0.line ?? 0)" })"
        }
        let oneByOne = paths.map(summary)
        let sideBySide = ParallelReading.map(paths, workers: 2, summary)
        #expect(sideBySide == oneByOne)
    }
}

/// Counts calls from several threads.
private final class CallCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    func count() { lock.withLock { value += 1 } }
    var calls: Int { lock.withLock { value } }
}
