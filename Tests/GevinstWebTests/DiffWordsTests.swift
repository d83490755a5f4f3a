import GevinstCore
@testable import GevinstWeb
import Testing

@Suite("Changes in words")
struct DiffWordsTests {
    let danish = Localisation(.danish)
    let english = Localisation(.english)

    @Test("a line's amount, a computed total and a header field read as the page names them")
    func pathsInWords() {
        #expect(DiffPathWords.describe("lines[permanent: Færre årsværk].amounts.2026", l: danish) == "Færre årsværk (Varig), 2026")
        #expect(DiffPathWords.describe("lines[implementation: Systemudvikling].driver", l: english) == "Systemudvikling (Implementation): calculation")
        #expect(DiffPathWords.describe("computed.table1.net.2027", l: danish) == "Tabel 1: Samlet økonomisk påvirkning, 2027")
        #expect(DiffPathWords.describe("computed[B].table1.permanentTotal.2028", l: english) == "Table 1 (B): Total permanent change, 2028")
        #expect(DiffPathWords.describe("computed.payback.total", l: danish) == "Tilbagebetalingstid baseret på totaløkonomi")
        #expect(DiffPathWords.describe("title", l: danish) == danish(.title))
        #expect(DiffPathWords.describe("sections[3].text", l: danish) == "Afsnit 3: tekst")
        #expect(DiffPathWords.describe("printed", l: danish) == "printed", "an unknown path is shown as it is")
        #expect(DiffPathWords.value("returned", path: "status", l: danish) == danish.status(.returned))
    }

    @Test("an audited save lists each change in words with figures in 1.000 kr., folded past three")
    func auditDetail() {
        let detail = (2026...2029).map { "lines[permanent: Færre årsværk].amounts.\($0): -1000000 → -1250000" }.joined(separator: "\n")
        var html = HTML()
        AuditTable.render(&html, [AuditLine(at: WebFixtures.savedAt, user: "anne", action: "proposal.save", detail: detail,
                                            old: "version 1", new: "version 2")], l: danish)
        let page = html.output
        #expect(page.contains("<summary>4 ændringer</summary>"))
        #expect(page.contains("Færre årsværk (Varig), 2027: -1.000 → -1.250"))
        #expect(!page.contains("-1000000"))

        var comment = HTML()
        AuditTable.render(&comment, [AuditLine(at: WebFixtures.savedAt, user: "finn", action: "proposal.status",
                                               detail: "return: Skriv gevinsten ind", old: "approved", new: "returned")], l: danish)
        #expect(comment.output.contains("<td>return: Skriv gevinsten ind</td>"), "a transition's comment is not a list of changes")
        #expect(comment.output.contains("<td>\(danish.status(.returned))</td>"), "statuses by name")
    }
}
