import Foundation
import GevinstImport

/// `gevinst-bench import-per-seed`: each seed read on one core, as CPU seconds (best of three rounds of 20
/// reads), for an engineer tuning one reader. It takes seconds where the whole `import` suite takes a minute,
/// and CPU time moves less than wall time on a shared machine. The figures come from `import`.
enum ImportPerSeedBenchmark {
    static let readsPerRound = 20
    static let rounds = 3

    static let suite = BenchSuite(name: "import-per-seed", run: { run() })

    static func run() {
        guard let folder = ImportBenchmark.seedsFolder() else {
            print("import-per-seed: seed documents not found: set GEVINST_SEEDS to the folder holding 000_…–004_…")
            return
        }
        let names = ImportBenchmark.seedNames(in: folder)
        var total = 0.0
        for name in names {
            guard let data = try? Data(contentsOf: folder.appendingPathComponent(name)) else { continue }
            var best = Double.infinity
            for _ in 0..<rounds {
                let before = CPUTime.process()
                for _ in 0..<readsPerRound { _ = try? DocumentImporter.read(data: data, file: name) }
                best = min(best, CPUTime.process() - before)
            }
            let perRead = best / Double(readsPerRound)
            total += perRead
            print("  \(name): \(ImportBenchmark.format(perRead * 1000, 2)) ms CPU per read, \(ImportBenchmark.format(Double(data.count) / 1_000_000 / perRead, 1)) MB/s")
        }
        print("  all seeds once: \(ImportBenchmark.format(total * 1000, 2)) ms CPU")
    }
}
