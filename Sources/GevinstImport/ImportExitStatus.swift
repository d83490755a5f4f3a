/// The exit status of an import: 0 when everything was read, 1 when a document has a finding of severity
/// error, 2 when nothing could be read from a file (it was refused, or its reader found nothing in it).
public enum ImportExitStatus: Int32, Sendable, Hashable {
    case ok = 0
    case errorFindings = 1
    case nothingRead = 2

    public init(documents: [ImportedDocument], failures: Int) {
        if failures > 0 || documents.contains(where: \.isEmpty) {
            self = .nothingRead
        } else if documents.contains(where: \.hasErrors) {
            self = .errorFindings
        } else {
            self = .ok
        }
    }
}
