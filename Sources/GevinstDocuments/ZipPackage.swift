import Foundation
import GevinstZlib

/// Writes the parts of an Office Open XML package (DOCX, XLSX) or a bundle of CSV files into a zip archive
/// in memory: each part deflated by zlib at `compressionLevel`, its CRC-32, the local headers, the central
/// directory (PKWARE's APPNOTE, without ZIP64: a part and the archive stay under 4 GB). Every entry gets the
/// same fixed date, so the same document gives the same bytes. Reading packages back is ZIPFoundation's.
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

    /// zlib's level 1: about three times as fast as its default (6) on sheet XML, for files a few per cent larger.
    static let compressionLevel: Int32 = 1
    /// 1 January 2000, 00:00, in MS-DOS date and time format: the date of every entry.
    static let dosDate: UInt16 = (2000 - 1980) << 9 | 1 << 5 | 1
    static let dosTime: UInt16 = 0
    /// The largest part or archive without ZIP64.
    static let maximumSize = Int(UInt32.max) - 1

    /// The archive's bytes, with the parts in the given order, deflated.
    public static func archive(_ parts: [Part]) throws(DocumentError) -> Data {
        var archive = Data()
        var directory = Data()
        for part in parts {
            let name = Data(part.path.utf8)
            guard name.count <= Int(UInt16.max), part.data.count <= maximumSize else {
                throw DocumentError.archive("the part \(part.path) is too large for a zip archive")
            }
            let compressed = try deflate(part.data, path: part.path)
            let checksum = crc32(of: part.data)
            let offset = archive.count
            guard offset <= maximumSize else { throw DocumentError.archive("the document is too large for a zip archive") }
            // The fields the local header and the central directory entry share, from "version needed" on.
            var shared = Data()
            shared.appendLittleEndian(UInt16(20))  // version needed: 2.0 (deflate)
            shared.appendLittleEndian(UInt16(0x0800))  // flags: names in UTF-8
            shared.appendLittleEndian(UInt16(8))  // deflate
            shared.appendLittleEndian(dosTime)
            shared.appendLittleEndian(dosDate)
            shared.appendLittleEndian(checksum)
            shared.appendLittleEndian(UInt32(compressed.count))
            shared.appendLittleEndian(UInt32(part.data.count))
            shared.appendLittleEndian(UInt16(name.count))
            shared.appendLittleEndian(UInt16(0))  // extra field
            // Local file header.
            archive.appendLittleEndian(UInt32(0x0403_4B50))
            archive.append(shared)
            archive.append(name)
            archive.append(compressed)
            // Its central directory entry.
            directory.appendLittleEndian(UInt32(0x0201_4B50))
            directory.appendLittleEndian(UInt16(20))  // made by: MS-DOS, 2.0
            directory.append(shared)
            directory.appendLittleEndian(UInt16(0))  // comment
            directory.appendLittleEndian(UInt16(0))  // disk
            directory.appendLittleEndian(UInt16(0))  // internal attributes
            directory.appendLittleEndian(UInt32(0))  // external attributes
            directory.appendLittleEndian(UInt32(offset))
            directory.append(name)
        }
        guard parts.count <= Int(UInt16.max), archive.count + directory.count <= maximumSize else {
            throw DocumentError.archive("the document has too many parts or is too large for a zip archive")
        }
        let directoryOffset = archive.count
        archive.append(directory)
        // End of central directory.
        archive.appendLittleEndian(UInt32(0x0605_4B50))
        archive.appendLittleEndian(UInt16(0))
        archive.appendLittleEndian(UInt16(0))
        archive.appendLittleEndian(UInt16(parts.count))
        archive.appendLittleEndian(UInt16(parts.count))
        archive.appendLittleEndian(UInt32(directory.count))
        archive.appendLittleEndian(UInt32(directoryOffset))
        archive.appendLittleEndian(UInt16(0))
        return archive
    }

    /// The part's bytes as a raw deflate stream (no zlib header), in one call.
    static func deflate(_ data: Data, path: String) throws(DocumentError) -> Data {
        var stream = z_stream()
        let initialised = deflateInit2_(
            &stream, compressionLevel, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        guard initialised == Z_OK else { throw DocumentError.archive("zlib could not start compressing \(path) (\(initialised))") }
        defer { deflateEnd(&stream) }
        var output = Data(count: Int(deflateBound(&stream, uLong(data.count))))
        let capacity = output.count
        var input = data
        let status = input.withUnsafeMutableBytes { (source: UnsafeMutableRawBufferPointer) -> Int32 in
            output.withUnsafeMutableBytes { (target: UnsafeMutableRawBufferPointer) -> Int32 in
                stream.next_in = source.baseAddress?.assumingMemoryBound(to: Bytef.self)
                stream.avail_in = uInt(source.count)
                stream.next_out = target.baseAddress?.assumingMemoryBound(to: Bytef.self)
                stream.avail_out = uInt(target.count)
                return GevinstZlib.deflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END else { throw DocumentError.archive("zlib could not compress \(path) (\(status))") }
        output.count = capacity - Int(stream.avail_out)
        return output
    }

    static func crc32(of data: Data) -> UInt32 {
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> UInt32 in
            UInt32(GevinstZlib.crc32(0, bytes.baseAddress?.assumingMemoryBound(to: Bytef.self), uInt(bytes.count)))
        }
    }
}

extension Data {
    fileprivate mutating func appendLittleEndian<Value: FixedWidthInteger>(_ value: Value) {
        Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
    }
}
