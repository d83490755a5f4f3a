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
    ],
    targets: [
        .target(name: "GevinstCore", swiftSettings: strict),
        .target(name: "GevinstImport", dependencies: ["GevinstCore"], swiftSettings: strict),
        .target(
            name: "GevinstDocuments",
            dependencies: ["GevinstCore", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            swiftSettings: strict
        ),
        // Test helpers shared by the test targets: where the seed corpus is, temporary folders.
        .target(name: "GevinstTestSupport", path: "Tests/GevinstTestSupport", swiftSettings: strict),
        .executableTarget(
            name: "gevinst",
            dependencies: [
                "GevinstCore",
                "GevinstImport",
                "GevinstDocuments",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "gevinst-bench", dependencies: ["GevinstCore", "GevinstImport", "GevinstDocuments"], swiftSettings: strict
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
            dependencies: ["GevinstCore", "GevinstImport", "GevinstTestSupport"],
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
    ]
)
