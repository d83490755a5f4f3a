// swift-tools-version: 6.1
// Gevinst: investment and efficiency proposals for Danish municipalities.
// Module layout and one-way dependencies: see docs/architecture.md.
import PackageDescription

let strict: [SwiftSetting] = [.swiftLanguageMode(.v6)]

let package = Package(
    name: "Gevinst",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "GevinstCore", targets: ["GevinstCore"]),
        .library(name: "GevinstImport", targets: ["GevinstImport"]),
        .library(name: "GevinstDocuments", targets: ["GevinstDocuments"]),
        .library(name: "GevinstWeb", targets: ["GevinstWeb"]),
        .library(name: "GevinstStore", targets: ["GevinstStore"]),
        .library(name: "GevinstServer", targets: ["GevinstServer"]),
        .executable(name: "gevinst", targets: ["gevinst"]),
        .executable(name: "gevinst-bench", targets: ["gevinst-bench"]),
    ],
    dependencies: [
        // Command-line parsing with generated help: the standard for Swift CLIs.
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // Property tests (net = permanent + implementation, …) inside Swift Testing.
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.0"),
        // DOCX and XLSX are zip archives of XML parts; ZIPFoundation writes and reads them in memory.
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
        // HTTP server for the JSON API and pages; HummingbirdTesting runs the app in-process in tests.
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        // bcrypt password hashing (HummingbirdBcrypt).
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth.git", from: "2.5.0"),
        // One SQL layer over SQLite (embedded default) and PostgreSQL (shared installation).
        .package(url: "https://github.com/vapor/sql-kit.git", from: "3.36.0"),
        .package(url: "https://github.com/vapor/sqlite-kit.git", from: "4.5.2"),
        .package(url: "https://github.com/vapor/postgres-kit.git", from: "2.17.0"),
        // The logging API that Hummingbird and the database drivers already speak.
        .package(url: "https://github.com/apple/swift-log.git", from: "1.14.0"),
    ],
    targets: [
        .target(name: "GevinstCore", swiftSettings: strict),
        .target(name: "GevinstImport", dependencies: ["GevinstCore"], swiftSettings: strict),
        // zlib itself (zlib1g-dev): ZIPFoundation deflates at zlib's default level; DOCX and XLSX are written at
        // a faster level by ZipPackage (a 10 000-row report's zip took as long as its XML).
        .systemLibrary(name: "GevinstZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .target(
            name: "GevinstDocuments",
            dependencies: ["GevinstCore", "GevinstZlib", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            swiftSettings: strict
        ),
        .target(
            name: "GevinstStore",
            dependencies: [
                "GevinstCore",
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "SQLiteKit", package: "sqlite-kit"),
                .product(name: "PostgresKit", package: "postgres-kit"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "GevinstServer",
            dependencies: [
                "GevinstCore", "GevinstStore", "GevinstImport", "GevinstDocuments", "GevinstWeb",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        // The web application's pages as pure functions from page models to HTML (no HTTP here), so every
        // page is testable without a server; GevinstServer serves them.
        .target(name: "GevinstWeb", dependencies: ["GevinstCore", "GevinstDocuments"], swiftSettings: strict),
        // Test helpers shared by the test targets: where the seed corpus is, temporary folders.
        .target(name: "GevinstTestSupport", path: "Tests/GevinstTestSupport", swiftSettings: strict),
        .executableTarget(
            name: "gevinst",
            dependencies: [
                "GevinstCore", "GevinstImport", "GevinstDocuments", "GevinstStore", "GevinstServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "gevinst-bench",
            dependencies: [
                "GevinstCore", "GevinstImport", "GevinstDocuments", "GevinstStore", "GevinstServer",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "GevinstCoreTests",
            dependencies: [
                "GevinstCore", "GevinstTestSupport", .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "GevinstImportTests",
            dependencies: [
                "GevinstCore", "GevinstImport", "GevinstTestSupport", .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            resources: [.copy("Fixtures")],
            swiftSettings: strict
        ),
        .testTarget(
            name: "GevinstDocumentsTests",
            dependencies: [
                "GevinstDocuments", "GevinstCore", "GevinstImport", "GevinstTestSupport",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "GevinstStoreTests",
            dependencies: ["GevinstCore", "GevinstStore", "GevinstTestSupport"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "GevinstWebTests",
            dependencies: ["GevinstWeb", "GevinstCore", "GevinstDocuments", "GevinstTestSupport"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "GevinstServerTests",
            dependencies: [
                "GevinstCore", "GevinstStore", "GevinstServer", "GevinstTestSupport", "GevinstWeb", "GevinstImport", "GevinstDocuments",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            swiftSettings: strict
        ),
    ]
)
