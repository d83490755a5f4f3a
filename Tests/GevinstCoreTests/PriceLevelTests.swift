import Foundation
import Testing
@testable import GevinstCore

/// Index series from CSV and conversion between price levels.
@Suite struct PriceLevelTests {
    static let csv = """
        # name: Test index
        # source: made up for this test
        # vintage: test
        # illustrative: yes
        year;index
        2020;100,0
        2021;102.5
        2023;110
        """

    func series() throws -> PriceIndexSeries { try PriceIndexCSV.parse(Self.csv).get() }

    @Test func readsHeaderAndRowsWithEitherDecimalMark() throws {
        let series = try series()
        #expect(series.name == "Test index")
        #expect(series.illustrative)
        #expect(series.years == [2020, 2021, 2023])
        #expect(series.index(for: 2021) == Quantity(units: 1025, scale: 1))
        let comma = try PriceIndexCSV.parse("# name: a\n# source: b\n# vintage: c\r\n2020,100,5\r\n2021\t101\n").get()
        #expect(comma.index(for: 2020) == Quantity(units: 1005, scale: 1))
        #expect(!comma.illustrative)
    }

    @Test func errorsNameTheLineAndWhatWasExpected() {
        func error(_ text: String) -> String {
            if case let .failure(error) = PriceIndexCSV.parse(text) { return error.description }
            return "no error"
        }
        let header = "# name: a\n# source: b\n# vintage: c\n"
        #expect(error(header + "2020;100\n20x1;101") == "line 5: expected a four-digit year before the separator, found \"20x1\"")
        #expect(error(header + "2020;1.000,5") == "line 4: expected an index value for 2020 such as \"103,1\" (at most 9 decimals), found \"1.000,5\"")
        #expect(error(header + "2020;0") == "line 4: expected a positive index value for 2020, found \"0\"")
        #expect(error(header + "2020;100\n2020;101") == "line 5: the year 2020 appears twice")
        #expect(error(header + "2020 100") == "line 4: expected a row \"year;index\" (e.g. \"2024;103,1\"), found \"2020 100\"")
        #expect(error("# name: a\n# illustrative: maybe\n") == "line 2: expected yes or no after \"# illustrative:\", found \"maybe\"")
        #expect(error("# name: a\n# source: b\n2020;100") == "line 1: expected a header line \"# vintage: …\" saying which edition the values are")
        #expect(error(header) == "line 3: expected at least one row \"year;index\"")
    }

    @Test func theShippedExampleSaysItIsIllustrative() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let text = try String(contentsOf: root.appendingPathComponent("examples/price-index-ILLUSTRATIVE.csv"), encoding: .utf8)
        let series = try PriceIndexCSV.parse(text).get()
        #expect(series.illustrative)
        #expect(series.name.lowercased().contains("illustrative"))
        #expect(series.years.first == 2019 && series.years.last == 2031)
    }

    @Test func convertsEveryAmountAndDriverPriceRoundingOnce() throws {
        var proposal = SeedProposals.clean
        proposal.lines[0].driver = Driver(formula: .staff(fte: Quantity(2), annualCost: Quantity(550_000)), effect: .saving,
                                          profile: [2020: Quantity(1)])
        let converted = try PriceConversion.convert(proposal, to: 2021, using: series()).get()
        #expect(converted.priceLevelYear == 2021)
        #expect(converted.printed == nil)
        // 1.540.000 × 102,5 / 100 = 1.578.500; -1.100.000 → -1.127.500; 175.000 → 179.375.
        #expect(converted.lines[5].amounts[2019] == 1_578_500)
        #expect(converted.lines[0].amounts[2020] == -1_127_500)
        #expect(converted.lines[6].amounts[2019] == 179_375)
        #expect(converted.lines[0].driver?.formula == .staff(fte: Quantity(2), annualCost: Quantity(563_750)))
        // 2020 → 2023: 125.000 × 110 / 100 = 137.500; back: 137.500 × 100 / 110 = 125.000.
        let to2023 = try PriceConversion.convert(proposal, to: 2023, using: series()).get()
        #expect(to2023.lines[2].amounts[2019] == 137_500)
        #expect(try PriceConversion.convert(to2023, to: 2020, using: series()).get().lines[2].amounts[2019] == 125_000)
        // Half away from zero: 1 kr. × 102,5 / 100 = 1,025 → 1; 2 kr. → 2,05 → 2; -20 kr. → -20,5 → -21.
        #expect(PriceConversion.convert(-20, from: Quantity(100), to: Quantity(units: 1025, scale: 1)) == -21)
    }

    @Test func aMissingIndexYearIsAClearError() throws {
        var proposal = SeedProposals.clean
        #expect(throws: PriceConversionError.missingIndexYear(year: 2022, series: "Test index")) {
            try PriceConversion.convert(proposal, to: 2022, using: series()).get()
        }
        proposal.priceLevelYear = 2019
        let error = try PriceConversion.convert(proposal, to: 2020, using: series())
        #expect(error == .failure(.missingIndexYear(year: 2019, series: "Test index")))
        #expect(PriceConversionError.missingIndexYear(year: 2019, series: "Test index").description
            == "the index series \"Test index\" has no value for 2019")
        proposal.priceLevelYear = nil
        #expect(throws: PriceConversionError.noPriceLevel(proposal: "BU05")) {
            try PriceConversion.convert(proposal, to: 2021, using: series()).get()
        }
    }

    @Test func anAmountBeyondTheLimitAfterConversionIsAnError() throws {
        var proposal = SeedProposals.clean
        proposal.lines[0].amounts[2020] = AmountLimits.maxMagnitude
        let steep = PriceIndexSeries(name: "s", source: "t", vintage: "v", illustrative: true,
                                     values: [2020: Quantity(1), 2021: Quantity(Int64.max)])
        #expect(throws: PriceConversionError.amountOutOfRange(proposal: "BU05", line: "Besparelse på administration og sagsbehandlere", year: 2020)) {
            try PriceConversion.convert(proposal, to: 2021, using: steep).get()
        }
    }
}

/// Index series in JSON, and the one entry point for either kind of file.
@Suite struct PriceIndexJSONTests {
    static let json = """
        {
          "format": "gevinst-price-index/1",
          "name": "Test index",
          "source": "made up for this test",
          "vintage": "test",
          "illustrative": true,
          "values": {"2020": 100.0, "2021": "102,5", "2023": 110}
        }
        """

    @Test func readsTheSameSeriesAsTheCSV() throws {
        let fromJSON = try PriceIndexJSON.parse(Self.json, file: "index.json").get()
        let fromCSV = try PriceIndexCSV.parse(PriceLevelTests.csv).get()
        #expect(fromJSON == fromCSV)
        #expect(try PriceIndexFile.parse(Self.json, file: "index.json").get() == fromCSV)
        #expect(try PriceIndexFile.parse(PriceLevelTests.csv, file: "index.csv").get() == fromCSV)
    }

    @Test func errorsNameFileLineColumnAndField() {
        func error(_ text: String) -> String {
            if case let .failure(error) = PriceIndexFile.parse(text, file: "index.json") { return error.description }
            return "no error"
        }
        func replacing(_ old: String, _ new: String) -> String { Self.json.components(separatedBy: old).joined(separator: new) }
        #expect(error(replacing("\"2021\": \"102,5\"", "\"2021\": -1"))
            == "index.json:7:37: error: values.2021: expected a positive index value, found -1")
        #expect(error(replacing("\"vintage\"", "\"vintge\""))
            == "index.json:5:3: error: vintge: unknown field \"vintge\" (did you mean \"vintage\"?); known fields here: format, name, source, vintage, illustrative, values")
        #expect(error("{\"format\": \"gevinst-price-index/2\"}")
            == "index.json:1:12: error: format: expected \"gevinst-price-index/1\", found \"gevinst-price-index/2\"")
        #expect(error("{") .hasPrefix("index.json:1:2: error: not valid JSON"))
        #expect(error("# name: a\n# source: b\n# vintage: c\n2020;x") == "index.json:4:1: error: expected an index value for 2020 such as \"103,1\" (at most 9 decimals), found \"x\"")
    }

    @Test func theShippedJSONExampleMatchesTheCSVExampleAndSaysItIsIllustrative() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let json = try String(contentsOf: root.appendingPathComponent("examples/price-index/price-index-ILLUSTRATIVE.json"), encoding: .utf8)
        let csv = try String(contentsOf: root.appendingPathComponent("examples/price-index-ILLUSTRATIVE.csv"), encoding: .utf8)
        let fromJSON = try PriceIndexFile.parse(json, file: "json").get()
        let fromCSV = try PriceIndexFile.parse(csv, file: "csv").get()
        #expect(fromJSON.illustrative && fromCSV.illustrative)
        #expect(fromJSON.values == fromCSV.values)
        #expect(fromJSON.name == fromCSV.name)
    }
}
