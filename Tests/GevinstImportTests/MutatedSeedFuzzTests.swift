import Foundation
import GevinstCore
import GevinstTestSupport
import Testing
@testable import GevinstImport

/// A fuzz target as a property: every registered reader, and the importer, reads mutated seeds (bytes and
/// lines deleted, duplicated, truncated, digits swapped, tabs and minus signs inserted, headings and totals rows
/// put where they do not belong, numbers made extreme, lines split and joined) without trapping or
/// hanging. The mutations are deterministic; both their count and the time spent are bounded so that the five
/// seeds take about half a minute in CI (GEVINST_FUZZ_ITERATIONS and GEVINST_FUZZ_SECONDS run it longer).
@Suite struct MutatedSeedFuzzTests {
    static let environment = ProcessInfo.processInfo.environment
    static let iterations = Int(environment["GEVINST_FUZZ_ITERATIONS"] ?? "") ?? 60
    /// Seconds per seed; the seeds run side by side.
    static let secondsPerSeed = Int(environment["GEVINST_FUZZ_SECONDS"] ?? "") ?? 25
    static let seeds = [
        SeedCorpus.proposals2021, SeedCorpus.transferCase2025, SeedCorpus.followUp2024, SeedCorpus.catalogue2019,
        SeedCorpus.strategyPlan,
    ]
    /// The cases may run one after another on a small machine, and a case's time counts from when the run
    /// started it, not from when it got a core: the limit allows every seed's time in a row, and at least five
    /// minutes, so that a longer run set by GEVINST_FUZZ_SECONDS fails only on a real hang.
    static let timeLimitMinutes = max(5, (secondsPerSeed * seeds.count + 59) / 60 + 2)

    @Test(
        .enabled(if: SeedCorpus.isAvailable, Comment(rawValue: SeedCorpus.skipMessage)), .timeLimit(.minutes(Self.timeLimitMinutes)),
        arguments: seeds)
    func everyReaderSurvivesMutatedSeeds(_ seed: String) throws {
        let original = try #require(SeedCorpus.data(seed))
        var generator = SplitMix64(seed: UInt64(truncatingIfNeeded: seed.hashValueStable))
        var readCount = 0
        var rounds = 0
        let clock = ContinuousClock()
        let deadline = clock.now + .seconds(Self.secondsPerSeed)
        for round in 0..<Self.iterations where round == 0 || clock.now < deadline {
            rounds += 1
            let mutated = Mutator.mutate(original, rounds: 1 + round % 8, using: &generator)
            let document = TextDocument(file: seed, data: mutated)
            for reader in ReaderRegistry.readers {
                let score = reader.confidence(document)
                #expect((0...100).contains(score))
                let read = reader.read(document)
                readCount += read.followUps.count + read.plans.count + read.proposals.count
                for finding in read.findings { #expect(!finding.message.isEmpty) }
            }
            _ = try? DocumentImporter.read(data: mutated, file: seed)
        }
        #expect(rounds >= 1)
        #expect(readCount >= 0)
    }
}

/// Mutations of a document's bytes.
enum Mutator {
    static func mutate(_ data: Data, rounds: Int, using generator: inout SplitMix64) -> Data {
        var bytes = [UInt8](data)
        for _ in 0..<rounds {
            guard !bytes.isEmpty else { break }
            switch generator.next() % 14 {
            case 0: // delete a run of bytes
                let start = Int(generator.next() % UInt64(bytes.count))
                let length = min(bytes.count - start, Int(generator.next() % 64) + 1)
                bytes.removeSubrange(start..<(start + length))
            case 1: // delete a line
                let lines = lineStarts(bytes)
                let index = Int(generator.next() % UInt64(lines.count))
                let end = index + 1 < lines.count ? lines[index + 1] : bytes.count
                bytes.removeSubrange(lines[index]..<end)
            case 2: // duplicate a run of lines
                let lines = lineStarts(bytes)
                let index = Int(generator.next() % UInt64(lines.count))
                let last = min(lines.count, index + Int(generator.next() % 5) + 1)
                let end = last < lines.count ? lines[last] : bytes.count
                bytes.insert(contentsOf: bytes[lines[index]..<end], at: lines[index])
            case 3: // truncate
                bytes.removeSubrange(Int(generator.next() % UInt64(bytes.count))...)
            case 4: // swap digits
                for _ in 0..<20 {
                    let position = Int(generator.next() % UInt64(bytes.count))
                    if (0x30...0x39).contains(bytes[position]) { bytes[position] = 0x30 + UInt8(generator.next() % 10) }
                }
            case 5: // insert a tab, a minus, a comma or a dot
                let position = Int(generator.next() % UInt64(bytes.count + 1))
                let inserted: [UInt8] = [0x09, 0x2D, 0x2C, 0x2E, 0x0A, 0x3A]
                bytes.insert(inserted[Int(generator.next() % UInt64(inserted.count))], at: position)
            case 6: // a random byte
                let position = Int(generator.next() % UInt64(bytes.count))
                bytes[position] = UInt8(truncatingIfNeeded: generator.next())
            case 7: // a very large number
                let position = Int(generator.next() % UInt64(bytes.count + 1))
                bytes.insert(contentsOf: Array("99999999999999999999,999".utf8), at: position)
            case 8: // a line the readers look for, where it does not belong
                let lines = lineStarts(bytes)
                let at = lines[Int(generator.next() % UInt64(lines.count))]
                bytes.insert(contentsOf: Array((structuralLines[Int(generator.next() % UInt64(structuralLines.count))] + "\n").utf8), at: at)
            case 9: // the first number of a line replaced by an odd one
                let lines = lineStarts(bytes)
                let index = Int(generator.next() % UInt64(lines.count))
                let end = index + 1 < lines.count ? lines[index + 1] : bytes.count
                guard let start = bytes[lines[index]..<end].firstIndex(where: { (0x30...0x39).contains($0) }) else { break }
                var stop = start
                while stop < end, (0x30...0x39).contains(bytes[stop]) || bytes[stop] == 0x2E { stop += 1 }
                bytes.replaceSubrange(start..<stop, with: Array(oddNumbers[Int(generator.next() % UInt64(oddNumbers.count))].utf8))
            case 10: // a character that only looks like a space or a letter, or a lone part of one
                let position = Int(generator.next() % UInt64(bytes.count + 1))
                bytes.insert(contentsOf: lookalikes[Int(generator.next() % UInt64(lookalikes.count))], at: position)
            case 11: // a line's tabs as the cells of a pipe row, or a pipe row's separator
                let lines = lineStarts(bytes)
                let index = Int(generator.next() % UInt64(lines.count))
                let end = index + 1 < lines.count ? lines[index + 1] : bytes.count
                let line = bytes[lines[index]..<end].map { $0 == 0x09 ? UInt8(ascii: "|") : $0 }
                bytes.replaceSubrange(lines[index]..<end, with: generator.next() % 2 == 0 ? [UInt8(ascii: "|")] + line : Array("|---|---|---|---|---|---|---|\n".utf8))
            case 12: // a run of lines' tabs as the blanks of a PDF's column layout (`LayoutFollowUpText`)
                let lines = lineStarts(bytes)
                let index = Int(generator.next() % UInt64(lines.count))
                let last = min(lines.count, index + Int(generator.next() % 40) + 1)
                let end = last < lines.count ? lines[last] : bytes.count
                let blanks = [UInt8](repeating: 0x20, count: Int(generator.next() % 4) + 1)
                bytes.replaceSubrange(lines[index]..<end, with: bytes[lines[index]..<end].flatMap { $0 == 0x09 ? blanks : [$0] })
            default: // a line split in two, or two lines joined
                let lines = lineStarts(bytes)
                let index = Int(generator.next() % UInt64(lines.count))
                if generator.next() % 2 == 0 {
                    let end = index + 1 < lines.count ? lines[index + 1] : bytes.count
                    bytes.insert(0x0A, at: lines[index] + Int(generator.next() % UInt64(end - lines[index] + 1)))
                } else if index + 1 < lines.count {
                    bytes[lines[index + 1] - 1] = 0x20
                }
            }
        }
        return Data(bytes)
    }

    /// Lines the readers key on: headings, table titles, year headers, totals, page furniture, markup.
    static let structuralLines = [
        "Tabel 1. Forslagets samlede økonomiske konsekvenser", "Tabel 2. Bevillingsmæssige konsekvenser", "1.000 kr. 2025 p/l",
        "2024 2025 2026 2027 2028 2029", "2024\t2025\t2026\t2027", "Samlet varig ændring", "Samlede implementeringsomkostninger",
        "Samlet økonomisk påvirkning", "Tilbagebetalingstid (service)", "Forslagets titel: XX99 – Prøve", "Resumé:", "Side 3 af 9",
        "\u{0C}", "ė Ę ę ě Ĝ", "| a | b |", "## Udsatte voksne", "<b>Forslagets titel:</b>", "<input type=\"checkbox\" checked>",
        "[Forslaget er fortsat under udarbejdelse]", "Vedtaget budgetår\tTitel på forslag inkl. nr.\tStatus december 2024",
        "\"a\tb\"\"c", "Hvem er hørt?",
        " Vedtaget   Titel på forslag inkl. nr.   Forslagstype   Status december 2024   Bemærkning   Håndtering   Konsekvens",
        "\u{0C} 2024     HA01 - Prøve          Investeringsf   Forløber som        1.000     -200",
    ]

    /// No-break and narrow spaces, a soft hyphen, zero-width marks, a ligature, a combining ring, and lead bytes cut
    /// from their characters (`LookalikeCharacters`).
    static let lookalikes: [[UInt8]] = [
        [0xC2, 0xA0], [0xE2, 0x80, 0xAF], [0xC2, 0xAD], [0xE2, 0x80, 0x8B], [0xEF, 0xBB, 0xBF], [0xEF, 0xAC, 0x81], [0xCC, 0x8A],
        [0xC2], [0xE2, 0x80], [0xEF, 0xAC], [0xCD],
    ]

    /// Numbers as damaged or extreme as a document can hold.
    static let oddNumbers = ["-", "–", "0o", "9223372036854775807", "-9223372036854775808", "1.000.000.000.000.000", "1e308", "-.5", "3.", ",", ""]

    static func lineStarts(_ bytes: [UInt8]) -> [Int] {
        var starts = [0]
        for (index, byte) in bytes.enumerated() where byte == 0x0A && index + 1 < bytes.count { starts.append(index + 1) }
        return starts
    }
}

extension String {
    /// A hash that is the same on every run (Swift's `hashValue` is seeded per process).
    var hashValueStable: UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        return hash
    }
}
