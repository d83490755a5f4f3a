import Foundation
import Testing
import GevinstTestSupport
@testable import GevinstCore

@Suite struct NativeFormatTests {
    static let examples: [URL] = {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("examples")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted().map { folder.appendingPathComponent($0) }
    }()

    func decode(_ text: String) throws(NativeFormatError) -> Proposal { try NativeFormat.decode(text: text, file: "t.json") }

    func error(_ text: String) -> NativeFormatError? {
        do { _ = try decode(text); return nil } catch { return error }
    }

    @Test func theProjectShipsAtLeastThreeExamplesThatReadBackIdentically() throws {
        #expect(Self.examples.count >= 3)
        for url in Self.examples {
            let text = try String(contentsOf: url, encoding: .utf8)
            let proposal = try NativeFormat.decode(text: text, file: url.lastPathComponent)
            let again = try NativeFormat.decode(text: NativeFormat.encode(proposal), file: "again")
            #expect(again == proposal, "\(url.lastPathComponent) changes when written and read again")
            #expect(proposal.lines.contains { $0.driver != nil } || url.lastPathComponent.contains("no-drivers"))
        }
    }

    @Test func examplesCoverTheThreeEditionsPriceLevels() throws {
        let levels = try Self.examples.map { try NativeFormat.decode(text: String(contentsOf: $0, encoding: .utf8)).priceLevelYear }
        #expect(Set(levels.compactMap { $0 }).isSuperset(of: [2020, 2023, 2027]))
    }

    static let minimal = """
        {"format": "gevinst-proposal/1", "title": "Forslag",
         "years": {"first": 2019, "last": 2021},
         "lines": [{"label": "Besparelse", "block": "permanent", "amounts": {"2020": -1000000}}]}
        """

    @Test func aMinimalProposalReads() throws {
        let proposal = try decode(Self.minimal)
        #expect(proposal.years == 2019...2021)
        #expect(proposal.lines[0].amounts.values == [0, -1_000_000, 0])
        #expect(proposal.lines[0].steeringArea == .service)
        #expect(proposal.status == .draft)
    }

    @Test func anUnknownFieldNamesItsPathLineColumnAndTheNearestKnownField() {
        let text = Self.minimal.replacingOccurrences(of: "\"amounts\"", with: "\"amount\"")
        let failure = error(text)
        #expect(failure?.path == "lines[0].amount")
        #expect(failure?.position.line == 3)
        #expect(failure?.message.contains("did you mean \"amounts\"") == true)
    }

    @Test func aYearOutsideTheRangeIsRefused() {
        let failure = error(Self.minimal.replacingOccurrences(of: "\"2020\"", with: "\"2031\""))
        #expect(failure?.path == "lines[0].amounts.2031")
        #expect(failure?.message.contains("outside the proposal's years 2019–2021") == true)
    }

    @Test(arguments: ["99999999999999999999", "10000000000001", "-10000000000001", "1500.5", "1e6", "\"1.500\""])
    func amountsMustBeWholeKronerWithinTheLimit(_ written: String) {
        let failure = error(Self.minimal.replacingOccurrences(of: "-1000000", with: written))
        #expect(failure?.path == "lines[0].amounts.2020")
    }

    @Test(arguments: [
        ("", 1), ("{", 1), ("{\"format\": \"gevinst-proposal/1\",\n \"title\": \"x\" \"years\": 1}", 2),
        ("[1, 2", 1), ("{\"a\": \"unterminated\n}", 1), ("{\"a\": 1, \"a\": 2}", 1), ("\u{FEFF}", 1),
        (String(repeating: "[", count: 100), 1),
    ])
    func malformedJSONNamesTheLine(_ text: String, _ line: Int) {
        let failure = error(text)
        #expect(failure != nil)
        #expect(failure?.position.line == line)
    }

    @Test func theFormatVersionIsChecked() {
        let failure = error(Self.minimal.replacingOccurrences(of: "gevinst-proposal/1", with: "gevinst-proposal/9"))
        #expect(failure?.path == "format")
    }

    @Test func aDriverSetsItsAmountsAndMustAgreeWithAmountsWrittenBesideIt() throws {
        let driver = """
            {"kind": "cases", "count": 8, "duration": 3, "unitPrice": 75000, "effect": "saving", "profile": {"2020": 1, "2021": "0,5"}}
            """
        let withDriver = Self.minimal.replacingOccurrences(of: "\"amounts\": {\"2020\": -1000000}", with: "\"driver\": \(driver)")
        let proposal = try decode(withDriver)
        // "8 unge × 3 måneder × 75 t.kr. pr. måned" (DOMAIN.md §4) = 1.800.000 kr.; half in 2021.
        #expect(proposal.lines[0].amounts.values == [0, -1_800_000, -900_000])
        let disagreeing = Self.minimal.replacingOccurrences(of: "}}]}", with: "}, \"driver\": \(driver)}]}")
        #expect(error(disagreeing)?.path == "lines[0].amounts")
    }

    @Test func textIsEscapedAndReadBackAsWritten() throws {
        var proposal = try decode(Self.minimal)
        proposal.title = "Tabel <1> & \"citat\" \\ 😀 \u{01} ny\nlinje"
        #expect(try NativeFormat.decode(text: NativeFormat.encode(proposal)).title == proposal.title)
    }
}

@Suite struct NativeFormatSchemaTests {
    @Test func schemaAndDecoderKnowTheSameFields() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/gevinst-proposal-1.schema.json")
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let properties = try #require(schema["properties"] as? [String: Any])
        #expect(Set(properties.keys) == Set(ProposalDecoder.proposalFields))
        let defs = try #require(schema["$defs"] as? [String: Any])
        let line = try #require((defs["line"] as? [String: Any])?["properties"] as? [String: Any])
        #expect(Set(line.keys) == ["label", "block", "steeringArea", "appropriation", "committee", "innovationPool", "variant", "amounts", "driver"])
    }
}

@Suite struct ConvertedFilesReadBackTests {
    @Test func aConvertedProposalWithDriversIsAValidNativeFile() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("examples")
        let series = try #require(try? PriceIndexCSV.parse(String(contentsOf: url.appendingPathComponent("price-index-ILLUSTRATIVE.csv"), encoding: .utf8)).get())
        for name in NativeFormatTests.examples.map(\.lastPathComponent) {
            let proposal = try NativeFormat.decode(text: String(contentsOf: url.appendingPathComponent(name), encoding: .utf8))
            let converted = try PriceConversion.convert(proposal, to: 2023, using: series).get()
            let again = try NativeFormat.decode(text: NativeFormat.encode(converted), file: name)
            #expect(again == converted, "\(name) converted to 2023 p/l does not read back as written")
            for line in converted.lines where line.driver != nil {
                #expect(line.amounts == line.driver?.amounts(over: converted.years))
            }
        }
    }
}
