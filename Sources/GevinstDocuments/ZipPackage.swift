import Foundation
import ZIPFoundation

/// Writes the parts of an Office Open XML package (DOCX, XLSX) or a bundle of CSV files into a zip archive
/// in memory. Every entry gets the same fixed date, so the same document gives the same bytes.
public enum ZipPackage {
    /// A part: its path inside the archive and its bytes.
    public struct Part: Sendable, Hashable {
        public var path: String
        public var data: Data

        public init(path: String, data: Data) {
            self.path = path
            self.data = data
        }

        public init(path: String, text: String) {
            self.init(path: path, data: Data(text.utf8))
        }
    }

    /// 1 January 2000, 00:00 UTC: the date of every entry.
    static let entryDate = Date(timeIntervalSince1970: 946_684_800)

    /// The archive's bytes, with the parts in the given order, deflated.
    public static func archive(_ parts: [Part]) throws(DocumentError) -> Data {
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for part in parts {
                let data = part.data
                try archive.addEntry(
                    with: part.path, type: .file, uncompressedSize: Int64(data.count), modificationDate: entryDate,
                    compressionMethod: .deflate
                ) { position, size in
                    let start = Int(position)
                    return data.subdata(in: start..<min(start + size, data.count))
                }
            }
            guard let data = archive.data else { throw DocumentError.archive("the in-memory archive has no data") }
            return data
        } catch let error as DocumentError {
            throw error
        } catch {
            throw .archive(String(describing: error))
        }
    }
}
