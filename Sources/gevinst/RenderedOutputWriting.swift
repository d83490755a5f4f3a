import Foundation
import GevinstDocuments

extension RenderedOutput {
    /// Writes the output where `--out` names: one file as it is; several (CSV) into that folder, or into a zip
    /// when the path ends in .zip. Every file is written whole or not at all.
    func write(to path: String) throws(ExitWithMessage) {
        switch self {
        case .file(let data):
            try ProposalFiles.writeAtomically(data, to: path)
        case .files(let files):
            if path.lowercased().hasSuffix(".zip") {
                let archive: Data
                do {
                    archive = try ZipPackage.archive(files.map { ZipPackage.Part(path: $0.name, data: $0.data) })
                } catch {
                    throw ExitWithMessage("\(path): error: \(error.description)")
                }
                try ProposalFiles.writeAtomically(archive, to: path)
            } else {
                let folder = try OutputFolder.create(path)
                for file in files { try ProposalFiles.writeAtomically(file.data, to: folder.appendingPathComponent(file.name).path) }
            }
        }
    }
}
