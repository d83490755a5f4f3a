import Foundation
import GevinstCore
import GevinstTestSupport
import Testing
@testable import GevinstImport

/// A document whose spaces are no-break spaces, whose words hold soft hyphens or ligatures, whose lines start
/// with a zero-width space, or whose "å" is "a" and a ring, reads as its plain twin. Before, a seed with no-break
/// spaces lost every Tabel 1 (000, 001) or was not recognised at all (003, 004).
@Suite struct LookalikeCharactersTests {
    @Test func plainTextIsLeftAlone() {
        #expect(LookalikeCharacters.replaced(in: "Beløb i 1.000 kr. – 2024-priser\n\tÆndring") == nil)
        #expect(LookalikeCharacters.replaced(in: "") == nil)
    }

    @Test func eachLookalikeIsReadAsWhatItLooksLike() {
        #expect(LookalikeCharacters.replaced(in: "mio.\u{00A0}kr.") == "mio. kr.")
        #expect(LookalikeCharacters.replaced(in: "1\u{202F}500\u{2009}kr.\u{3000}") == "1 500 kr. ")
        #expect(LookalikeCharacters.replaced(in: "effektivi\u{00AD}sering") == "effektivisering")
        #expect(LookalikeCharacters.replaced(in: "\u{200B}Tabel\u{2060} 1\u{FEFF}") == "Tabel 1")
        #expect(LookalikeCharacters.replaced(in: "\u{FB01}nansiering, e\u{FB00}ekt, \u{FB02}ere") == "finansiering, effekt, flere")
        let composed = LookalikeCharacters.replaced(in: "Bla\u{030A}ga\u{030A}rden, Ø")
        #expect(composed.map { Array($0.unicodeScalars) } == Array("Bl\u{E5}g\u{E5}rden, \u{D8}".unicodeScalars))
    }

    /// A character cut at the end of the text is kept as it is, and nothing is read past the end.
    @Test func aCutCharacterAtTheEndIsKept() {
        let cut = String(decoding: [0x41, 0xC2], as: UTF8.self)
        #expect(LookalikeCharacters.replaced(in: cut) == nil)
        #expect(LookalikeCharacters.replaced(in: "A" + String(decoding: [0xE2, 0x80], as: UTF8.self)) == nil)
    }

    @Test func lineNumbersStay() throws {
        let document = TextDocument(file: "a.txt", text: "Tabel\u{00A0}1\n\u{200B}\n\u{FB01}\r\nx\u{00AD}")
        #expect(document.lines.map(String.init) == ["Tabel 1", "", "fi", "x"])
    }

    /// Windows-1252's no-break space and soft hyphen (bytes A0 and AD) are read as a space and as nothing.
    @Test func windowsBytesAreReadToo() throws {
        let document = TextDocument(file: "a.txt", data: Data([0x6D, 0x69, 0x6F, 0x2E, 0xA0, 0x6B, 0x72, 0x2E, 0x20, 0xF8, 0xAD, 0x6C]))
        #expect(document.encoding == .windows1252)
        #expect(document.lines.map(String.init) == ["mio. kr. øl"])
    }

    /// The ways a text exported from Word, copied from a web page or a Mac, or taken from a PDF differs from the
    /// plain text, each applied to the whole document.
    static let variants: [(name: String, apply: @Sendable (String) -> String)] = [
        ("no-break spaces", { $0.replacingOccurrences(of: " ", with: "\u{00A0}") }),
        ("narrow no-break spaces", { $0.replacingOccurrences(of: " ", with: "\u{202F}") }),
        ("soft hyphens", { $0.replacingOccurrences(of: "ering", with: "\u{00AD}ering").replacingOccurrences(of: "ning", with: "\u{00AD}ning") }),
        ("ligatures", { $0.replacingOccurrences(of: "fi", with: "\u{FB01}").replacingOccurrences(of: "ff", with: "\u{FB00}").replacingOccurrences(of: "fl", with: "\u{FB02}") }),
        ("decomposed letters", { $0.decomposedStringWithCanonicalMapping }),
        ("zero-width spaces", { $0.split(separator: "\n", omittingEmptySubsequences: false).map { "\u{200B}" + $0 }.joined(separator: "\n") }),
    ]

    @Test(.enabled(if: SeedCorpus.isAvailable, Comment(rawValue: SeedCorpus.skipMessage)), arguments: [
        SeedCorpus.proposals2021, SeedCorpus.transferCase2025, SeedCorpus.followUp2024, SeedCorpus.catalogue2019, SeedCorpus.strategyPlan,
    ])
    func aSeedWithLookalikesReadsAsThePlainSeed(_ name: String) throws {
        let seed = String(decoding: try #require(SeedCorpus.data(name)), as: UTF8.self)
        let plain = try DocumentImporter.read(data: Data(seed.utf8), file: name)
        #expect(!plain.isEmpty)
        for (variant, apply) in Self.variants {
            let text = apply(seed)
            #expect(text.utf8.elementsEqual(seed.utf8) == false, "\(variant) changed nothing in \(name)")
            let read = try DocumentImporter.read(data: Data(text.utf8), file: name)
            #expect(read.kind == plain.kind, "\(name) with \(variant)")
            #expect(read.proposals == plain.proposals, "\(name) with \(variant)")
            #expect(read.followUps == plain.followUps, "\(name) with \(variant)")
            #expect(read.plans == plain.plans, "\(name) with \(variant)")
            #expect(read.findings == plain.findings, "\(name) with \(variant)")
            // Equal strings may differ in bytes (Swift compares canonically): the titles are composed.
            #expect(read.proposals.map { Array($0.title.utf8) } == plain.proposals.map { Array($0.title.utf8) }, "\(name) with \(variant)")
        }
    }
}
