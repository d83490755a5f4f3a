import Foundation

/// Windows' Western European code page, the encoding of a text file saved on a Danish Windows PC ("ANSI" in
/// Notepad, "Windows (standard)" in Word's plain-text export). It is Latin-1 (ISO 8859-1) except in bytes 0x80–0x9F,
/// where Latin-1 has invisible control characters and Windows-1252 has the typography Word puts into titles and
/// labels: the dash in "BU04 – Mere effektiv …" is byte 0x96, and read as Latin-1 it was no dash at all, so the
/// code and title no longer split. The five bytes Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) keep
/// their Latin-1 meaning, as web browsers read them.
enum Windows1252 {
    /// The characters of bytes 0x80–0x9F.
    private static let high: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    /// The character of one byte: every byte is a character, so decoding never fails.
    static func scalar(_ byte: UInt8) -> Unicode.Scalar {
        let value = byte >= 0x80 && byte < 0xA0 ? high[Int(byte - 0x80)] : UInt32(byte)
        return Unicode.Scalar(value) ?? Unicode.Scalar(byte)
    }

    /// The text of `data`, written as UTF-8 straight into the string: the output's length is counted first, so
    /// the string has no room to spare (a 50 MB file is read in about the time its UTF-8 twin takes).
    static func decode(_ data: Data) -> String {
        data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var length = 0
            for byte in bytes { length += byte < 0x80 ? 1 : utf8Width(scalar(byte).value) }
            return String(unsafeUninitializedCapacity: length) { buffer in
                var out = 0
                for byte in bytes {
                    if byte < 0x80 {
                        buffer[out] = byte
                        out += 1
                        continue
                    }
                    let value = scalar(byte).value
                    if value < 0x800 {
                        buffer[out] = UInt8(0xC0 | (value >> 6))
                        buffer[out + 1] = UInt8(0x80 | (value & 0x3F))
                        out += 2
                    } else {
                        buffer[out] = UInt8(0xE0 | (value >> 12))
                        buffer[out + 1] = UInt8(0x80 | ((value >> 6) & 0x3F))
                        buffer[out + 2] = UInt8(0x80 | (value & 0x3F))
                        out += 3
                    }
                }
                return out
            }
        }
    }

    /// The UTF-8 length of a character of this code page (all lie below U+10000).
    private static func utf8Width(_ value: UInt32) -> Int {
        value < 0x80 ? 1 : value < 0x800 ? 2 : 3
    }
}
