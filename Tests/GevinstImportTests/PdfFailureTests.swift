import Foundation
import Testing
@testable import GevinstImport

/// A PDF that gives no text says why: a scan without text recognition is told from a damaged file, and a damaged
/// file's message carries pdftotext's error, not the warning it prints first.
@Suite struct PdfFailureTests {
    /// A one-page PDF whose page holds a filled square and no text, as a scanned page without OCR does.
    static func pageWithoutText() -> Data {
        let content = "0 0 1 rg 100 100 200 200 re f"
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
            "<< /Length \(content.utf8.count) >>\nstream\n\(content)\nendstream",
        ]
        var pdf = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(pdf.utf8.count)
            pdf += "\(index + 1) 0 obj\n\(object)\nendobj\n"
        }
        let table = pdf.utf8.count
        pdf += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { pdf += String(repeating: "0", count: 10 - String(offset).count) + "\(offset) 00000 n \n" }
        pdf += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(table)\n%%EOF\n"
        return Data(pdf.utf8)
    }

    @Test(.enabled(if: PdfText.toolPath() != nil, "pdftotext is not installed (apt-get install poppler-utils)"))
    func aScanWithoutTextAskForTextRecognition() {
        #expect(throws: ImportError.pdfWithoutText(file: "skannet.pdf")) {
            try DocumentImporter.read(data: Self.pageWithoutText(), file: "skannet.pdf")
        }
        #expect(ImportError.pdfWithoutText(file: "skannet.pdf").description.contains("ocrmypdf"))
    }

    @Test(.enabled(if: PdfText.toolPath() != nil, "pdftotext is not installed (apt-get install poppler-utils)"))
    func aDamagedPdfGivesPdftotextsError() throws {
        var bytes = Data("%PDF-1.4\n".utf8)
        bytes.append(contentsOf: (0..<3000).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 13) })
        do {
            _ = try DocumentImporter.read(data: bytes, file: "skadet.pdf")
            Issue.record("a damaged PDF was read")
        } catch {
            guard case .pdfConversionFailed(let file, let reason) = error else {
                Issue.record("\(error)")
                return
            }
            #expect(file == "skadet.pdf")
            #expect(reason.hasPrefix("the file is damaged, locked with a password, or not a PDF ("))
            #expect(reason.contains("Error"), "\(reason)")
        }
    }

    @Test func theReasonIsTheLastErrorInPlainWords() {
        let damaged = "Syntax Warning: May not be a PDF file (continuing anyway)\nSyntax Error: Couldn't find trailer dictionary\nSyntax Error: Couldn't read xref table\n"
        #expect(PdfText.failureReason(status: 1, message: damaged)
            == "the file is damaged, locked with a password, or not a PDF (Syntax Error: Couldn't read xref table)")
        #expect(PdfText.failureReason(status: 3, message: "Permission Error: Copying of text from this document is not allowed.\n")
            == "the PDF's permissions forbid copying its text (Permission Error: Copying of text from this document is not allowed.)")
        #expect(PdfText.failureReason(status: 99, message: "") == "pdftotext stopped with exit status 99")
    }
}
