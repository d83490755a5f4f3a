/// A named benchmark suite; each suite lives in its own file and is listed here with one line.
struct BenchSuite: Sendable {
    let name: String
    let run: @Sendable () async -> Void
}

enum BenchSuites {
    static let all: [BenchSuite] = [
        CoreBenchmark.suite,
        FollowUpBenchmark.suite,
        ImportBenchmark.suite,
        ImportPerSeedBenchmark.suite,
        DocumentsBenchmark.suite,
        ServerBenchmark.suite,
        WebBenchmark.suite,
    ]
}
