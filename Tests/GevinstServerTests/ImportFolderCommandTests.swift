import Foundation
import GevinstDocuments
import GevinstTestSupport
import Testing

/// `gevinst import FOLDER`, as a municipality keeps its documents: a folder per year, follow-up tables numbered by
/// month, a logo and Word's lock files among them. The folder's documents are read in name order (numbers as
/// numbers), what is left out is named, and `--out` gives two documents of one name a folder each.
@Suite struct ImportFolderCommandTests {
    static let fixtures = ImportCommandTests.fixtures

    /// An archive: two proposal texts of one name in two year folders, two numbered files, a picture, a lock file,
    /// a hidden file and folder, and a link back up to a year folder (not followed).
    static func archive(in folder: TemporaryFolder) throws -> URL {
        let fileManager = FileManager.default
        let archive = folder.url.appendingPathComponent("arkiv", isDirectory: true)
        for path in ["2021", "2022", ".git", "links"] {
            try fileManager.createDirectory(at: archive.appendingPathComponent(path), withIntermediateDirectories: true)
        }
        let plain = fixtures.appendingPathComponent("plain-proposal.txt")
        let layout = fixtures.appendingPathComponent("layout-proposal.txt")
        try fileManager.copyItem(at: plain, to: archive.appendingPathComponent("2021/forslag.txt"))
        try fileManager.copyItem(at: layout, to: archive.appendingPathComponent("2022/forslag.txt"))
        try fileManager.copyItem(at: plain, to: archive.appendingPathComponent("bilag 10.txt"))
        try fileManager.copyItem(at: layout, to: archive.appendingPathComponent("bilag 2.txt"))
        try fileManager.copyItem(at: plain, to: archive.appendingPathComponent(".gemt.txt"))
        try fileManager.copyItem(at: plain, to: archive.appendingPathComponent(".git/HEAD.txt"))
        try Data([0x89, 0x50, 0x4E, 0x47]).write(to: archive.appendingPathComponent("logo.png"))
        try Data("lås".utf8).write(to: archive.appendingPathComponent("~$forslag.docx"))
        try fileManager.createSymbolicLink(atPath: archive.appendingPathComponent("links/tilbage").path, withDestinationPath: "../2021")
        return archive
    }

    @Test(.enabled(if: CrashSafetyTests.executable != nil, "the gevinst executable is not built; run swift build first"))
    func aFolderIsReadAsTheDocumentsInIt() throws {
        let folder = try TemporaryFolder(prefix: "gevinst-import-folder")
        defer { folder.remove() }
        _ = try Self.archive(in: folder)

        // The folder, and a file in it named again: that file is read once.
        let run = try CommandRun.run(["import", "--json", "arkiv", "arkiv/2021/../2021/forslag.txt"], in: folder.url)
        #expect(run.status != 2, "every file was read (1: the fixture holds an error finding): \(run.errorText)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        let documents = try #require(json["documents"] as? [[String: Any]])
        #expect(documents.compactMap { $0["file"] as? String }
            == ["arkiv/2021/forslag.txt", "arkiv/2022/forslag.txt", "arkiv/bilag 2.txt", "arkiv/bilag 10.txt"])
        #expect(documents.allSatisfy { (($0["proposals"] as? [Any])?.count ?? 0) == 1 })
        // What was left out is named; hidden files and the link are passed over unmentioned.
        #expect(run.errorText.contains("gevinst import: arkiv: 2 files are not documents and were not read: logo.png, ~$forslag.docx"),
                "\(run.errorText)")
        #expect(!run.errorText.contains("HEAD") && !run.errorText.contains("gemt") && !run.errorText.contains("tilbage"))
    }

    @Test(.enabled(if: CrashSafetyTests.executable != nil, "the gevinst executable is not built; run swift build first"))
    func aFolderWithoutDocumentsIsToldAndTheRestStillRead() throws {
        let folder = try TemporaryFolder(prefix: "gevinst-import-empty-folder")
        defer { folder.remove() }
        let fileManager = FileManager.default
        try fileManager.createDirectory(at: folder.url.appendingPathComponent("tom"), withIntermediateDirectories: true)
        try Data([0xFF, 0xD8]).write(to: folder.url.appendingPathComponent("tom/billede.jpg"))
        try fileManager.copyItem(at: Self.fixtures.appendingPathComponent("plain-proposal.txt"), to: folder.url.appendingPathComponent("a.txt"))

        let run = try CommandRun.run(["import", "tom", "a.txt"], in: folder.url)
        #expect(run.status == 2, "a folder with nothing to read is a file nothing could be read from")
        #expect(run.errorText.contains("gevinst import: tom: 1 file is not a document and was not read: billede.jpg"), "\(run.errorText)")
        #expect(run.errorText.contains("gevinst import: tom: the folder holds no document (.csv, .doc, .docx,"), "\(run.errorText)")
        #expect(run.output.hasPrefix("a.txt: proposals — 1 proposal"), "\(run.output.prefix(200))")
    }

    /// Two documents named "forslag" wrote their proposals into one folder, and the second's replaced the first's
    /// where their codes agreed: each now has its own folder.
    @Test(.enabled(if: CrashSafetyTests.executable != nil, "the gevinst executable is not built; run swift build first"))
    func documentsOfOneNameGetAFolderEachUnderOut() throws {
        let folder = try TemporaryFolder(prefix: "gevinst-import-folder-out")
        defer { folder.remove() }
        _ = try Self.archive(in: folder)
        let fileManager = FileManager.default
        // Both year folders hold the same proposal: one code, so one file name in each document's folder.
        try fileManager.removeItem(at: folder.url.appendingPathComponent("arkiv/2022/forslag.txt"))
        try fileManager.copyItem(
            at: Self.fixtures.appendingPathComponent("plain-proposal.txt"), to: folder.url.appendingPathComponent("arkiv/2022/forslag.txt"))

        let run = try CommandRun.run(["import", "arkiv/2021", "arkiv/2022", "--out", "ud"], in: folder.url)
        #expect(run.status != 2, "every file was read (1: the fixture holds an error finding): \(run.errorText)")
        #expect(run.errorText.contains("wrote 2 proposal files to ud"), "\(run.errorText)")
        let first = try fileManager.contentsOfDirectory(atPath: folder.url.appendingPathComponent("ud/forslag").path)
        let second = try fileManager.contentsOfDirectory(atPath: folder.url.appendingPathComponent("ud/forslag-2").path)
        #expect(first.count == 1 && first == second, "\(first) \(second)")

        // The folder --out wrote is read again: its proposal files are documents of one proposal each.
        let again = try CommandRun.run(["import", "--json", "ud"], in: folder.url)
        #expect(again.status == 1, "read, with the error findings the fixture carries: \(again.errorText)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(again.output.utf8)) as? [String: Any])
        let documents = try #require(json["documents"] as? [[String: Any]])
        #expect(documents.compactMap { $0["file"] as? String } == ["ud/forslag/\(first[0])", "ud/forslag-2/\(second[0])"])
        #expect(documents.allSatisfy { (($0["proposals"] as? [Any])?.count ?? 0) == 1 })
        // Findings are told at lines of the proposal file, with the line of the document it came from, as
        // gevinst check tells them.
        let text = try CommandRun.run(["import", "ud/forslag"], in: folder.url)
        let check = try CommandRun.run(["check", "ud/forslag/\(first[0])"], in: folder.url)
        let errorLines = { (output: String) in output.split(separator: "\n").filter { $0.contains(": error: ") }.map { line in
            // "FILE:LINE: error: rule: [CODE: ]message": the file, line and rule, the same in both.
            line.split(separator: ":").prefix(4).joined(separator: ":")
        } }
        #expect(!errorLines(check.output).isEmpty)
        #expect(errorLines(text.output) == errorLines(check.output), "\(text.output)\n\(check.output)")
    }

    /// "-" reads standard input, as `pdftotext -layout forslag.pdf - | gevinst import -` gives it; nothing on it is
    /// an empty file.
    @Test(.enabled(if: CrashSafetyTests.executable != nil, "the gevinst executable is not built; run swift build first"))
    func aDashReadsStandardInput() throws {
        let folder = try TemporaryFolder(prefix: "gevinst-import-stdin")
        defer { folder.remove() }
        let proposal = Self.fixtures.appendingPathComponent("layout-proposal.txt")
        let run = try CommandRun.run(["import", "--json", "-"], in: folder.url, input: proposal)
        #expect(run.status != 2, "\(run.errorText)")
        let named = try CommandRun.run(["import", "--json", proposal.path], in: folder.url)
        #expect(run.output == named.output.replacingOccurrences(of: "\"file\": \"\(proposal.path)\"", with: "\"file\": \"-\""))
        #expect(run.output.contains("\"file\": \"-\""), "\(run.output.prefix(200))")

        let empty = folder.url.appendingPathComponent("tom")
        try Data().write(to: empty)
        let nothing = try CommandRun.run(["import", "-"], in: folder.url, input: empty)
        #expect(nothing.status == 2)
        #expect(nothing.errorText.contains("gevinst import: -: the file is empty"))
    }

    /// An old document given to a command that takes proposal files ("gevinst check forslag.txt") is told to go
    /// through gevinst import; it said only "not valid JSON".
    @Test(.enabled(if: CrashSafetyTests.executable != nil, "the gevinst executable is not built; run swift build first"))
    func anOldDocumentGivenToCheckIsSentToImport() throws {
        let folder = try TemporaryFolder(prefix: "gevinst-check-old")
        defer { folder.remove() }
        try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent("plain-proposal.txt"), to: folder.url.appendingPathComponent("forslag.txt"))
        let run = try CommandRun.run(["check", "forslag.txt"], in: folder.url)
        #expect(run.status == 2)
        #expect(run.errorText.contains("forslag.txt:1:1: error: not valid JSON"), "\(run.errorText)")
        #expect(run.errorText.contains("forslag.txt: note: this is not a Gevinst proposal file (JSON);"))
        #expect(run.errorText.contains("`gevinst import forslag.txt`"))
    }

    /// The follow-up report's CSV export as a zip, given to gevinst import: told to unpack it and import the folder
    /// (it was "not a text document … give a text export, or a PDF"). A damaged workbook, a zip named .xlsx, is
    /// still told as one that cannot be read as text.
    @Test(.enabled(if: CrashSafetyTests.executable != nil, "the gevinst executable is not built; run swift build first"))
    func aZipArchiveIsToldToBeUnpacked() throws {
        let folder = try TemporaryFolder(prefix: "gevinst-import-zip")
        defer { folder.remove() }
        let csv = "Vedtaget budgetår;Titel på forslag inkl. nr.\n2024;UD01 - Prøve\n"
        let zip = try ZipPackage.archive([ZipPackage.Part(path: "Udsatte voksne.csv", data: Data(csv.utf8))])
        try zip.write(to: folder.url.appendingPathComponent("status.zip"))
        try zip.write(to: folder.url.appendingPathComponent("status.xlsx"))
        let run = try CommandRun.run(["import", "status.zip"], in: folder.url)
        #expect(run.status == 2)
        #expect(run.errorText.contains("status.zip: this is a zip archive (such as the follow-up report's CSV export), not a document; unpack it"),
                "\(run.errorText)")
        let damaged = try CommandRun.run(["import", "status.xlsx"], in: folder.url)
        #expect(damaged.status == 2)
        #expect(!damaged.errorText.contains("zip archive"), "\(damaged.errorText)")
    }
}
