import GevinstCore

/// Reads a Gevinst proposal file (`"format": "gevinst-proposal/1"`, docs/file-format.md) as a document of one
/// proposal, so that `gevinst import`, `POST /api/imports` and the import page take the files Gevinst writes
/// (`gevinst import --out`, a proposal saved from the editor) beside the old documents. The file is read as
/// strictly as `gevinst check` reads it; what is wrong is one error finding with its line and field.
public enum NativeProposalReader: DocumentReader {
    public static let formatName = "gevinst-json"
    public static let kind: ImportedDocument.Kind = .proposals

    /// Certain for JSON whose "format" names a Gevinst proposal within its first lines; otherwise nothing.
    public static func confidence(_ document: TextDocument) -> Int {
        guard !document.looksBinary,
              let first = document.lines.firstIndex(where: { !$0.allSatisfy(\.isWhitespace) }),
              document.lines[first].drop(while: \.isWhitespace).hasPrefix("{") else { return 0 }
        let head = document.lines.prefix(first + 40)
        return head.contains { $0.contains("\"format\"") && $0.contains("gevinst-proposal/") } ? 100 : 0
    }

    public static func read(_ document: TextDocument) -> ImportedDocument {
        do throws(NativeFormatError) {
            // The decoded lines as UTF-8, so that a file saved in another encoding reads too, with its line numbers.
            let proposal = try NativeFormat.decode(bytes: [UInt8](document.utf8Data), file: document.file)
            return ImportedDocument(file: document.file, kind: .proposals, proposals: [proposal], findings: [Finding(
                rule: "read.native", severity: .info, proposal: nil, line: nil,
                message: "a Gevinst proposal file (\(NativeFormat.formatVersion)), read as written")])
        } catch {
            let at = error.path.isEmpty ? "" : "\(error.path): "
            return ImportedDocument(file: document.file, kind: .proposals, findings: [Finding(
                rule: "extraction.native-invalid", severity: .error, proposal: nil, line: error.position.line,
                message: "The Gevinst proposal file cannot be read: \(at)\(error.message) (column \(error.position.column)); gevinst check names every such place.")])
        }
    }

    /// The checks' findings at lines of the proposal file, as `gevinst check` reports them: a finding about a
    /// printed figure names a line of the document the proposal was imported from, which is kept in brackets
    /// ("[000_….txt line 4258]"), while its own line becomes that of the economic line or field it concerns.
    static func located(_ findings: [Finding], proposal: Proposal?, in document: TextDocument) -> [Finding] {
        guard let proposal else { return findings }
        let locations = NativeFileLocations(bytes: [UInt8](document.utf8Data))
        return findings.map { finding in
            var located = finding
            if let line = finding.line {
                located.message += " [\(proposal.source?.file ?? "the source document") line \(line)]"
            }
            located.line = locations.line(for: finding)
            return located
        }
    }
}
