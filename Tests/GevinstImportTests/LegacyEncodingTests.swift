import Foundation
import GevinstCore
import GevinstTestSupport
import Testing
@testable import GevinstImport

/// A document saved on a Windows PC as Windows-1252, or as UTF-16 without a byte order mark, is read as the same
/// document in UTF-8 is: the same proposals, rows and plans, the same findings, and one note on the encoding.
@Suite struct LegacyEncodingTests {
    /// The two readings' content, and the findings of the legacy one without its note on the encoding.
    static func expectSameReading(_ legacy: Data, as utf8: String, file: String, encoding: String) throws {
        let expected = try DocumentImporter.read(data: Data(utf8.utf8), file: file)
        let read = try DocumentImporter.read(data: legacy, file: file)
        #expect(read.kind == expected.kind)
        #expect(read.proposals == expected.proposals)
        #expect(read.followUps == expected.followUps)
        #expect(read.plans == expected.plans)
        #expect(read.findings.filter { $0.rule != "read.encoding" } == expected.findings)
        #expect(read.findings.filter { $0.rule == "read.encoding" }.map(\.message) == ["the file is not UTF-8; it was read as \(encoding)"])
    }

    /// The dash Word puts between a proposal's code and its title is byte 0x96 in Windows-1252; read as Latin-1
    /// it was an invisible control character, and the code stayed in the title.
    @Test func aWindowsProposalKeepsItsCodeApartFromItsTitle() throws {
        let text = PdfTextReaderUnitTests.proposal.replacingOccurrences(of: "BUěĘ - ", with: "BU12 – ")
        let bytes = try #require(text.data(using: .windowsCP1252))
        #expect(bytes.contains(0x96))
        let read = try DocumentImporter.read(data: bytes, file: "forslag.txt")
        #expect(read.proposals.first?.code == "BU12")
        #expect(read.proposals.first?.title == "Prøveforslag om samlede indkøb")
        try Self.expectSameReading(bytes, as: text, file: "forslag.txt", encoding: "Windows-1252 (Western European, Latin-1)")
    }

    /// Seeds 001–004 saved as Windows-1252. Two characters of theirs have no place in it and are written as
    /// their nearest before both readings: 001's "ﬁ" ligature and 003's bullet "め". Seed 000's symbol-font digits
    /// (ė, Ę, ę) have none either, so 000 is read as UTF-16 without a byte order mark instead.
    @Test(.enabled(if: SeedCorpus.isAvailable, Comment(rawValue: SeedCorpus.skipMessage)))
    func theSeedsSavedOnWindowsAreReadAsInUTF8() throws {
        for name in [SeedCorpus.transferCase2025, SeedCorpus.followUp2024, SeedCorpus.catalogue2019, SeedCorpus.strategyPlan] {
            let seed = String(decoding: try #require(SeedCorpus.data(name)), as: UTF8.self)
            let text = seed.replacingOccurrences(of: "ﬁ", with: "fi").replacingOccurrences(of: "め", with: "•")
            let bytes = try #require(text.data(using: .windowsCP1252), "\(name) has a character outside Windows-1252")
            try Self.expectSameReading(bytes, as: text, file: name, encoding: "Windows-1252 (Western European, Latin-1)")
        }
        let seed = String(decoding: try #require(SeedCorpus.data(SeedCorpus.proposals2021)), as: UTF8.self)
        for order in [String.Encoding.utf16LittleEndian, .utf16BigEndian] {
            let bytes = try #require(seed.data(using: order))
            try Self.expectSameReading(bytes, as: seed, file: SeedCorpus.proposals2021, encoding: "UTF-16")
            #expect(try DocumentImporter.read(data: bytes, file: SeedCorpus.proposals2021).proposals.count == 13)
        }
    }
}
