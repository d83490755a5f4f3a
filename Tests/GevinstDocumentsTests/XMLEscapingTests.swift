import Testing
@testable import GevinstDocuments

@Suite("XML escaping")
struct XMLEscapingTests {
    @Test("markup characters in text become entities; quotes stay")
    func textEscaping() {
        #expect(XMLEscaping.text("a < b & c > d \"e\" 'f'") == "a &lt; b &amp; c &gt; d \"e\" 'f'")
    }

    @Test("attributes also escape quotes and keep line breaks as references")
    func attributeEscaping() {
        #expect(XMLEscaping.attribute("say \"hi\" & 'bye'\n\tx") == "say &quot;hi&quot; &amp; &apos;bye&apos;&#10;&#9;x")
    }

    @Test("characters XML 1.0 forbids are dropped, emoji and Danish letters kept")
    func forbiddenCharacters() {
        #expect(XMLEscaping.text("a\u{0}b\u{1}c\u{B}d\u{FFFE}e\u{FFFF}f") == "abcdef")
        #expect(XMLEscaping.text("Æble ø å 👨‍👩‍👧 \u{1F600}") == "Æble ø å 👨‍👩‍👧 \u{1F600}")
        #expect(XMLEscaping.removingForbidden("x\u{7}y") == "xy")
        #expect(XMLEscaping.text("tab\there\nline\rcr") == "tab\there\nline\rcr")
    }

    @Test("plain text comes back unchanged")
    func plainText() {
        #expect(XMLEscaping.text("Samlet varig ændring") == "Samlet varig ændring")
        #expect(XMLEscaping.attribute("") == "")
    }
}

@Suite("Amounts in a table's unit")
struct AmountUnitTests {
    @Test("1.000 kr. as Core prints them, mio. kr. with at least one decimal as seed 004")
    func display() {
        #expect(AmountUnit.thousands.format(-1_300_000) == "-1.300")
        #expect(AmountUnit.thousands.format(12_500) == "13")
        #expect(AmountUnit.millions.format(2_000_000) == "2,0")
        #expect(AmountUnit.millions.format(750_000) == "0,75")
        #expect(AmountUnit.millions.format(-1_500_000) == "-1,5")
        #expect(AmountUnit.millions.format(-250_000) == "-0,25")
        #expect(AmountUnit.millions.format(13_250_000_000) == "13.250,0")
        #expect(AmountUnit.millions.format(Int64.min) == "-9.223.372.036.854,775808")
    }

    @Test("spreadsheet values are exact decimals with a point")
    func spreadsheet() {
        #expect(AmountUnit.thousands.spreadsheetValue(-1_300_000) == "-1300")
        #expect(AmountUnit.thousands.spreadsheetValue(12_500) == "12.5")
        #expect(AmountUnit.thousands.spreadsheetValue(-5) == "-0.005")
        #expect(AmountUnit.millions.spreadsheetValue(750_000) == "0.75")
        #expect(AmountUnit.thousands.isWhole(2_065_000))
        #expect(!AmountUnit.thousands.isWhole(12_500))
    }

    @Test("the unit a document names")
    func documentUnit() {
        #expect(AmountUnit(documentUnit: "Mio. kr.") == .millions)
        #expect(AmountUnit(documentUnit: "1.000 kr. 2020 p/l") == .thousands)
        #expect(AmountUnit(documentUnit: "t.kr.") == .thousands)
        #expect(AmountUnit(documentUnit: "kr.") == .kroner)
    }
}

@Suite("Cell references and sheet names")
struct SpreadsheetNamingTests {
    @Test("columns A…Z, AA…")
    func columns() {
        #expect(CellReference.column(0) == "A")
        #expect(CellReference.column(25) == "Z")
        #expect(CellReference.column(26) == "AA")
        #expect(CellReference.column(701) == "ZZ")
        #expect(CellReference.column(702) == "AAA")
    }

    @Test("SUM arguments join contiguous rows into ranges")
    func sumArguments() {
        #expect(CellReference.sumArguments(column: 2, rows: [3, 4, 5, 8]) == "C3:C5,C8")
        #expect(CellReference.sumArguments(column: 0, rows: [7]) == "A7")
        #expect(CellReference.sumArguments(column: 1, rows: [9, 3, 4]) == "B3:B4,B9")
    }

    @Test("sheet names are valid, at most 31 characters and unique")
    func sheetNames() {
        var names = SheetNames()
        #expect(names.name(for: "SI/UD03 Tabel 1") == "SI-UD03 Tabel 1")
        #expect(names.name(for: "si-ud03 tabel 1") == "si-ud03 tabel 1 (2)")
        let long = names.name(for: String(repeating: "x", count: 40))
        #expect(long.count == 31)
        #expect(names.name(for: String(repeating: "x", count: 40)) == String(repeating: "x", count: 27) + " (2)")
        #expect(names.name(for: "'History'") == "Tabel")
        #expect(names.name(for: "a[b]:c*d?e\\f") == "a-b--c-d-e-f")
        // A family emoji is 8 UTF-16 units: four are 32, one too many; a character is never split.
        #expect(names.name(for: "👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧") == "👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧")
    }
}
