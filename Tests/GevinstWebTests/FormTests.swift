import Foundation
import GevinstCore
import GevinstDocuments
import Testing
@testable import GevinstWeb

@Suite("Form input")
struct FormInputTests {
    @Test("form bodies decode + as space and %XX as bytes, and keep repeated names in order")
    func formData() {
        let form = FormData(encoded: "title=B%C3%B8rn+%26+unge&affected=A&affected=B&empty=&bad=%ZZ")
        #expect(form["title"] == "Børn & unge")
        #expect(form.values("affected") == ["A", "B"])
        #expect(form["empty"] == "")
        #expect(form.trimmed("empty") == nil)
        #expect(form["bad"] == "%ZZ")
        #expect(FormData(encoded: form.encoded) == form)
    }

    @Test("a multipart upload yields its fields and the file's bytes")
    func multipart() throws {
        let body = "--XyZ\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\ntok\r\n"
            + "--XyZ\r\nContent-Disposition: form-data; name=\"document\"; filename=\"003 katalog.txt\"\r\nContent-Type: text/plain\r\n\r\n"
            + "linje 1\r\nlinje 2\r\n--XyZ--\r\n"
        let boundary = try #require(MultipartForm.boundary(fromContentType: "multipart/form-data; boundary=XyZ"))
        let form = try MultipartForm(body: Array(body.utf8), boundary: boundary)
        #expect(form.field("csrf") == "tok")
        let file = try #require(form.part("document"))
        #expect(file.filename == "003 katalog.txt")
        #expect(file.text == "linje 1\r\nlinje 2")
        #expect(throws: MultipartError.noParts) { try MultipartForm(body: Array("no parts".utf8), boundary: "XyZ") }
        #expect(MultipartForm.boundary(fromContentType: "application/json") == nil)
    }

    @Test("Danish numbers: a dot groups thousands, a comma is the decimal mark, and 2.5 is refused, not guessed")
    func danishNumbers() {
        #expect(DanishInput.thousands("-1.300") == .success(-1_300_000))
        #expect(DanishInput.thousands("12,5") == .success(12_500))
        #expect(DanishInput.thousands(" 0 ") == .success(0))
        #expect(DanishInput.thousands("-0,001") == .success(-1))
        #expect(DanishInput.thousands("0,0001") == .failure(.tooManyDecimals(3)))
        #expect(DanishInput.thousands("2.5") == .failure(.ambiguousDot))
        #expect(DanishInput.thousands("1.2345") == .failure(.ambiguousDot))
        #expect(DanishInput.thousands("abc") == .failure(.notANumber))
        #expect(DanishInput.thousands("99999999999999") == .failure(.beyondLimit))
        #expect(DanishInput.thousands("9999999999999999999999") == .failure(.beyondLimit))
        #expect(DanishInput.quantity("75.000") == .success(Quantity(75_000)))
        #expect(DanishInput.quantity("0,35") == .success(Quantity(units: 35, scale: 2)))
        #expect(DanishInput.thousandsText(-1_300_000) == "-1.300")
        #expect(DanishInput.thousandsText(12_500) == "12,5")
        #expect(DanishInput.thousandsText(-500) == "-0,5")
    }

    @Test("only paths on Gevinst itself are accepted as the address to return to after logging in")
    func localPaths() {
        #expect(WebPath.isLocal("/proposals/3"))
        #expect(!WebPath.isLocal("//evil.example/"))
        #expect(!WebPath.isLocal("https://evil.example/"))
        #expect(!WebPath.isLocal("/\\evil.example"))
        #expect(!WebPath.isLocal("javascript:alert(1)"))
        #expect(WebPath.with("/proposals", query: [("q", "børn & unge"), ("area", "")]) == "/proposals?q=b%C3%B8rn%20%26%20unge")
    }
}

@Suite("Editor")
struct EditorTests {
    /// What a browser would post from the rendered editor.
    static func posted(_ proposal: Proposal, extra: [(String, String)] = []) -> FormData {
        let html = EditorPage.render(EditorPage.Model(id: 1, baseVersion: 1, form: ProposalForm(proposal), base: proposal),
                                     context: WebFixtures.context)
        var form = FormData(fields: HTMLInspection(html).submission(ofForm: "editor"))
        for (name, value) in extra { form.append(name, value) }
        return form
    }

    @Test("a proposal rendered into the editor and posted back unchanged reads as the same proposal")
    func roundTrip() throws {
        for proposal in [WebFixtures.bu01, WebFixtures.driverProposalEvaluated, WebFixtures.hostile] {
            let form = ProposalForm(form: Self.posted(proposal))
            let reading = try ProposalFormReader(Localisation(.danish)).read(form, base: proposal).get()
            #expect(reading.proposal == proposal, "\(proposal.displayName)")
        }
    }

    @Test("a driver line is computed by Core from the formula: 4 årsværk × 500.000 kr., half the first year")
    func driverLine() throws {
        var form = ProposalForm(WebFixtures.driverProposal)
        #expect(form.lines[0].driver == "staff")
        #expect(form.lines[0].factors == ["fte": "4", "annualCost": "500.000"])
        form.lines[0].factors["fte"] = "6"
        let reading = try ProposalFormReader(Localisation(.danish)).read(form, base: nil).get()
        let line = reading.proposal.lines[0]
        #expect(line.amounts[2026] == -1_500_000)
        #expect(line.amounts[2027] == -3_000_000)
        #expect(line.driver?.explanation.hasPrefix("6 årsværk × 500.000 kr. pr. årsværk") == true)
    }

    @Test("refused values name their input and keep what was typed; nothing is returned half-read")
    func refusedValues() throws {
        var form = ProposalForm(WebFixtures.bu01)
        form.title = "  "
        form.lines[0].amounts[2021] = "1.5"
        form.lines[1].label = ""
        form.lastYear = "20x4"
        let errors: [FieldError]
        switch ProposalFormReader(Localisation(.english)).read(form, base: WebFixtures.bu01) {
        case .success: Issue.record("the form should be refused"); return
        case .failure(let found): errors = found.all
        }
        #expect(Set(errors.map(\.field)) == ["title", "lastYear", "line.0.y.2021", "line.1.label"])
        #expect(errors.first { $0.field == "line.0.y.2021" }?.message.contains("0,5") == true)
        let html = EditorPage.render(EditorPage.Model(id: 1, baseVersion: 1, form: form, errors: errors, base: WebFixtures.bu01),
                                     context: WebFixtures.context(.english))
        let page = HTMLInspection(html)
        let input = try #require(page.elements("input").first { $0.attributes["id"] == "f-line-0-y-2021" })
        #expect(input.attributes["value"] == "1.5")
        #expect(input.attributes["aria-invalid"] == "true")
        #expect(input.attributes["aria-describedby"] == "f-line-0-y-2021-error")
        #expect(page.elements("a").contains { $0.attributes["href"] == "#f-line-0-y-2021" }, "the summary links to the input")
    }

    @Test("removed and blank lines are left out; the add-line button offers another empty row")
    func removeAndBlank() throws {
        let posted = Self.posted(WebFixtures.bu01, extra: [("line.1.remove", "on")])
        let form = ProposalForm(form: posted)
        #expect(form.lines.count == 6, "4 lines and 2 blank rows")
        let proposal = try ProposalFormReader(Localisation(.danish)).read(form, base: WebFixtures.bu01).get().proposal
        #expect(proposal.lines.count == 3)
        #expect(!proposal.lines.contains { $0.label.hasPrefix("Administration") })
    }

    @Test("the preview shows Core's Tabel 1 totals, net and payback for BU01 (seed 003: net 300, -100, -400, -1.000; 3 år)")
    func previewFigures() {
        let fragment = PreviewFragment.render(WebFixtures.bu01, l: Localisation(.danish)).string
        let page = HTMLInspection(fragment)
        #expect(page.problems.isEmpty)
        let net = page.elements("tr").first { $0.attributes["data-row"] == "net" }
        #expect(net?.text.contains("300-100-400-1.000-1.000-1.000") == true, "\(net?.text ?? "")")
        let cumulative = page.elements("tr").first { $0.attributes["data-row"] == "cumulative" }
        #expect(cumulative?.text.contains("300200-200-1.200-2.200-3.200") == true, "\(cumulative?.text ?? "")")
        #expect(page.elements("dd").first { $0.attributes["data-payback"] == "total" }?.text == "3 år")
        #expect(page.elements("svg").count == 1, "the cumulative-net chart")
    }

    @Test("the preview lists the driver's formula and its result")
    func previewDriver() {
        let form = ProposalForm(WebFixtures.driverProposal)
        let fragment = PreviewFragment.render(form: form, base: nil, l: Localisation(.danish)).string
        #expect(fragment.contains("4 årsværk × 500.000 kr. pr. årsværk"))
        #expect(fragment.contains("2026: -1.000; 2027: -2.000"))
        // 3.000 + 1.000 invested, -1.000 then -2.000 a year: cumulative 2.000, 1.000, -1.000 → paid back in year 3.
        #expect(fragment.contains("data-payback=\"total\">3 år"))
    }

    @Test("a form that cannot be read gives a preview listing the fields, each linked")
    func previewErrors() {
        var form = ProposalForm(WebFixtures.bu01)
        form.firstYear = "x"
        let fragment = PreviewFragment.render(form: form, base: nil, l: Localisation(.danish)).string
        #expect(fragment.contains("href=\"#f-firstYear\""))
    }
}
