import Foundation
import GevinstCore
import GevinstTestSupport
import Testing
@testable import GevinstImport

/// A Gevinst proposal file given to the importer (the import page offers "en Gevinst-fil (JSON)"): it was
/// refused as "no reader recognised the document". It is now read as one proposal, as strictly as
/// `gevinst check` reads it, and no old document is taken for one.
@Suite struct NativeProposalReaderTests {
    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("examples", isDirectory: true)

    static func exampleFiles() throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: examples, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" }.sorted { $0.path < $1.path }
    }

    @Test func theExamplesAreReadAsTheyAreWritten() throws {
        let files = try Self.exampleFiles()
        #expect(files.count >= 3)
        for url in files {
            let data = try Data(contentsOf: url)
            let imported = try DocumentImporter.read(data: data, file: url.lastPathComponent)
            let expected = try NativeFormat.decode(bytes: [UInt8](data), file: url.lastPathComponent)
            #expect(imported.kind == .proposals)
            #expect(imported.proposals == [expected], "\(url.lastPathComponent)")
            #expect(imported.findings.contains { $0.rule == "read.native" })
            #expect(!imported.findings.contains { $0.severity == .error }, "\(imported.findings)")
            // The other readers are not sure of it.
            let document = TextDocument(file: url.lastPathComponent, data: data)
            #expect(NativeProposalReader.confidence(document) == 100)
            for reader in ReaderRegistry.readers where reader != NativeProposalReader.self {
                #expect(reader.confidence(document) < 100, "\(reader.formatName) on \(url.lastPathComponent)")
            }
        }
    }

    @Test func aBrokenFileIsOneErrorWithItsLineAndField() throws {
        let url = try #require(try Self.exampleFiles().first)
        let text = try String(contentsOf: url, encoding: .utf8)
        let broken = text.replacingOccurrences(of: "\"amounts\"", with: "\"amountz\"")
        let line = try #require(broken.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("amountz") }) + 1
        let imported = try DocumentImporter.read(data: Data(broken.utf8), file: "brudt.json")
        #expect(imported.proposals.isEmpty)
        #expect(imported.isEmpty)
        let finding = try #require(imported.findings.first { $0.rule == "extraction.native-invalid" })
        #expect(finding.severity == .error)
        #expect(finding.line == line)
        #expect(finding.message.contains("lines[0].amountz: unknown field \"amountz\""), "\(finding.message)")

        // Cut short: still one error, never a trap.
        let cut = try DocumentImporter.read(data: Data(text.utf8.prefix(text.utf8.count / 2)), file: "kort.json")
        #expect(cut.proposals.isEmpty && cut.findings.contains { $0.rule == "extraction.native-invalid" })
    }

    /// Mutated proposal files (bytes and lines deleted, numbers made extreme, lines put where they do not belong)
    /// are read or refused with a finding, never trapped on.
    @Test func mutatedProposalFilesAreReadOrRefused() throws {
        var generator = SplitMix64(seed: 0x6E61_7469_7665)
        for url in try Self.exampleFiles() {
            let original = try Data(contentsOf: url)
            for round in 0..<150 {
                let mutated = Mutator.mutate(original, rounds: 1 + round % 6, using: &generator)
                guard let read = try? DocumentImporter.read(data: mutated, file: url.lastPathComponent) else { continue }
                #expect(!read.proposals.isEmpty || read.findings.contains { $0.severity == .error }, "\(url.lastPathComponent) round \(round)")
                for finding in read.findings { #expect(!finding.message.isEmpty) }
            }
        }
    }

    @Test func otherJSONIsNotTakenForAProposal() {
        let other = TextDocument(file: "andet.json", text: "{\n  \"format\": \"noget-andet/1\",\n  \"title\": \"x\"\n}\n")
        #expect(NativeProposalReader.confidence(other) == 0)
        #expect(throws: ImportError.self) { try DocumentImporter.read(data: Data("{\"a\": 1}".utf8), file: "a.json") }
    }

    @Test(.enabled(if: SeedCorpus.isAvailable, Comment(rawValue: SeedCorpus.skipMessage)))
    func noSeedLooksLikeAProposalFile() throws {
        for seed in [SeedCorpus.proposals2021, SeedCorpus.transferCase2025, SeedCorpus.followUp2024, SeedCorpus.catalogue2019, SeedCorpus.strategyPlan] {
            let data = try #require(SeedCorpus.data(seed))
            #expect(NativeProposalReader.confidence(TextDocument(file: seed, data: data)) == 0, "\(seed)")
        }
    }
}
