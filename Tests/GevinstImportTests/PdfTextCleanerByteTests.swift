import PropertyBased
import Testing
@testable import GevinstImport

/// The cleaner judges page furniture on bytes before it builds any word; the byte tests must never turn away a
/// line that the reading by words (`shortLineKind`, kept in the cleaner as the general path) takes for a footer,
/// page number or page header, and the trailing page number must be found as the words show it.
@Suite struct PdfTextCleanerByteTests {
    static let alphabet: [String] = [
        "Side", "af", " ", "  ", "12", "8", "8/10", "/", "-", "OFS", "2021-2022", "2025", "Budget", "Overførselssagen",
        "Overferselssagen", "a", "x", "٢٠٢١", "\t", "ø", ".",
    ]

    static let text = PieceText.generator(alphabet, pieces: 1...8)

    @Test func bytesJudgeShortLinesAsWordsDo() async {
        await propertyCheck(input: Self.text) { text in
            let trimmed = text.trimmingSpaces()
            guard !trimmed.isEmpty, trimmed.utf8.count <= 40, !PdfTextCleaner.isHeaderBesideFooter(trimmed) else { return }
            #expect(PdfTextCleaner.basicKind(trimmed: trimmed) == PdfTextCleaner.shortLineKind(trimmed), "\(trimmed)")
        }
    }

    @Test func trailingPageNumberAsTheWordsShowIt() async {
        await propertyCheck(input: Self.text) { text in
            let words = text.split(separator: " ")
            let expected = words.count >= 4 && words.last.map { last in
                (1...3).contains(last.utf8.count) && last.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
            } == true
            #expect(PdfTextCleaner.hasTrailingPageNumber(text) == expected, "\(text)")
        }
    }

    @Test func examples() {
        #expect(PdfTextCleaner.basicKind(trimmed: "Side 54 af 76") == .footer)
        #expect(PdfTextCleaner.basicKind(trimmed: "8/10") == .pageNumber)
        #expect(PdfTextCleaner.basicKind(trimmed: "OFS 2021-2022") == .pageHeader)
        #expect(PdfTextCleaner.basicKind(trimmed: "Service -2.000") == .content)
        #expect(PdfTextCleaner.hasTrailingPageNumber("Bedre brug af data i sagsbehandlingen 8"))
        #expect(!PdfTextCleaner.hasTrailingPageNumber("Bedre brug af 2023"))
    }
}
