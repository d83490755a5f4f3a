import Foundation

/// The five municipal documents in `shared/seeds`, the project's test corpus. They are not part of the
/// project: tests read them from `$GEVINST_SEEDS`, or from `shared/seeds` beside the checkout, and are
/// skipped with `SeedCorpus.skipMessage` where they are absent.
public enum SeedCorpus {
    public static let skipMessage =
        "seed documents not found: set GEVINST_SEEDS to the folder holding 000_…–004_…, or put shared/seeds beside the checkout"

    /// The seeds folder, or nil when it cannot be found.
    public static let directory: URL? = {
        let fileManager = FileManager.default
        if let path = ProcessInfo.processInfo.environment["GEVINST_SEEDS"], !path.isEmpty {
            let url = URL(fileURLWithPath: path, isDirectory: true)
            return fileManager.fileExists(atPath: url.path) ? url : nil
        }
        // Walk up from this source file: <root>/Tests/GevinstTestSupport/SeedCorpus.swift → <root>/../shared/seeds.
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        for _ in 0..<6 {
            let candidate = folder.appendingPathComponent("shared/seeds", isDirectory: true)
            if fileManager.fileExists(atPath: candidate.appendingPathComponent("003_2c93b4891c97f09c.txt").path) {
                return candidate
            }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }()

    public static var isAvailable: Bool { directory != nil }

    public static let proposals2021 = "000_62a4b72203b80063.txt"
    public static let transferCase2025 = "001_9ae06884a98b709b.txt"
    public static let followUp2024 = "002_eeecf9889c8af98a.txt"
    public static let catalogue2019 = "003_2c93b4891c97f09c.txt"
    public static let strategyPlan = "004_60b60c5e91612e11.txt"

    /// The URL of a seed by file name, or nil where the seeds are absent.
    public static func url(_ name: String) -> URL? { directory?.appendingPathComponent(name) }

    /// The bytes of a seed, or nil where absent.
    public static func data(_ name: String) -> Data? { url(name).flatMap { try? Data(contentsOf: $0) } }
}

/// A fresh temporary folder, removed by the caller with `remove()`.
public struct TemporaryFolder: Sendable {
    public let url: URL

    public init(prefix: String = "gevinst") throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    public func remove() { try? FileManager.default.removeItem(at: url) }
}
