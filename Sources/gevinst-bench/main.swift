// gevinst-bench: prints the figures the issues ask for, each beside a baseline measured in the same run.
// Run with `swift run -c release gevinst-bench [SUITE…]`; with no suite, every suite runs.

let requested = Array(CommandLine.arguments.dropFirst())
if requested.contains("--help") || requested.contains("-h") {
    print("usage: gevinst-bench [SUITE…]   suites: \(BenchSuites.all.map(\.name).joined(separator: ", "))")
} else {
    let unknown = requested.filter { name in !BenchSuites.all.contains { $0.name == name } }
    if !unknown.isEmpty {
        print("gevinst-bench: unknown suite \(unknown.joined(separator: ", ")); suites: \(BenchSuites.all.map(\.name).joined(separator: ", "))")
    } else {
        for suite in BenchSuites.all where requested.isEmpty || requested.contains(suite.name) {
            print("== \(suite.name) ==")
            await suite.run()
        }
    }
}
