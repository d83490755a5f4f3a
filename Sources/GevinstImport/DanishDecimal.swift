import GevinstCore

/// An exact decimal number as a Danish table prints it: "." groups thousands, "," is the decimal mark
/// ("10.100", "-5.788", "0,75", "-1,5", "1.234,5"; DOMAIN.md §10). A space groups thousands too ("10 100", as
/// Excel shows a number formatted with a no-break space), never mixed with "." in one number. Kept as `units × 10^-scale` so that
/// "0,75" mio. kr. becomes exactly 750 000 kr.; no floating point is involved.
public struct DanishDecimal: Sendable, Hashable {
    public let units: Int64
    public let scale: Int

    /// The most decimals accepted.
    public static let maxScale = 9

    /// Reads one printed number; nil for anything else (a word, "1.5", "1,2,3", an empty cell). Accepts the
    /// minus signs seen in the seeds ("-", "−", "–") and a leading "+".
    public init?(_ text: some StringProtocol) {
        var units: Int64 = 0
        var scale = 0
        var digitsInGroup = 0
        var groups = 0
        var sawDecimalMark = false
        var sawDigit = false
        var bytes = Array(text.utf8)[...]
        // "-", "+", and the minus (E2 88 92) and en dash (E2 80 93) seen in PDF text.
        var negative = false
        if bytes.first == 0x2D {
            negative = true
            bytes = bytes.dropFirst()
        } else if bytes.first == 0x2B {
            bytes = bytes.dropFirst()
        } else if bytes.count >= 3, bytes.first == 0xE2,
                  (bytes[bytes.startIndex + 1] == 0x88 && bytes[bytes.startIndex + 2] == 0x92)
                    || (bytes[bytes.startIndex + 1] == 0x80 && bytes[bytes.startIndex + 2] == 0x93) {
            negative = true
            bytes = bytes.dropFirst(3)
        }
        // A no-break or other typographic space groups as a space does (`Substring.whitespaceWidth`, the readers'
        // rule; text read through `TextDocument` has none left, a caller's cell may).
        if bytes.contains(where: { $0 >= 0xC2 }) { bytes = DanishDecimal.plainSpaces(bytes)[...] }
        var separator: UInt8? = nil
        for byte in bytes {
            switch byte {
            case 0x2E, 0x20: // "." or " " groups thousands: after 1–3 digits (first group) or exactly 3, never after the comma.
                guard separator == nil || separator == byte else { return nil }
                separator = byte
                guard !sawDecimalMark, digitsInGroup > 0, groups == 0 ? digitsInGroup <= 3 : digitsInGroup == 3 else { return nil }
                groups += 1
                digitsInGroup = 0
            case 0x2C: // "," is the decimal mark.
                guard !sawDecimalMark, digitsInGroup > 0, groups == 0 || digitsInGroup == 3 else { return nil }
                sawDecimalMark = true
                digitsInGroup = 0
            case 0x30...0x39:
                let (times, overflowA) = units.multipliedReportingOverflow(by: 10)
                let (sum, overflowB) = times.addingReportingOverflow(Int64(byte - 0x30))
                guard !overflowA, !overflowB else { return nil }
                units = sum
                sawDigit = true
                digitsInGroup += 1
                if sawDecimalMark {
                    scale += 1
                    guard scale <= DanishDecimal.maxScale else { return nil }
                }
            default:
                return nil
            }
        }
        guard sawDigit, digitsInGroup > 0 else { return nil }
        if groups > 0 && !sawDecimalMark && digitsInGroup != 3 { return nil }
        self.units = negative ? -units : units
        self.scale = scale
    }

    /// The bytes with each typographic space written as a space.
    private static func plainSpaces(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        Array(bytes).withUnsafeBufferPointer { buffer in
            var result: [UInt8] = []
            var index = 0
            while index < buffer.count {
                let width = buffer[index] >= 0xC2 ? Substring.whitespaceWidth(buffer, at: index) : 0
                result.append(width > 0 ? 0x20 : buffer[index])
                index += max(width, 1)
            }
            return result
        }
    }

    /// Why a printed figure could not become kroner.
    public enum AmountError: Error, Sendable, Hashable {
        /// Not a number at all.
        case notANumber
        /// More decimals than whole kroner allow ("0,0000001" mio. kr.).
        case fractionOfAKrone
        /// Larger than `AmountLimits.maxMagnitude`.
        case outOfRange
    }

    /// The figure in kroner when printed in `unit`, exactly; an error when it is not whole kroner or is out of
    /// the range `AmountLimits` allows.
    public func kroner(in unit: AmountUnit) -> Result<Amount, AmountError> {
        var divisor: Int128 = 1
        for _ in 0..<scale { divisor *= 10 }
        let scaled = Int128(units) * Int128(unit.rawValue)
        guard scaled % divisor == 0 else { return .failure(.fractionOfAKrone) }
        let value = scaled / divisor
        guard value >= Int128(-AmountLimits.maxMagnitude), value <= Int128(AmountLimits.maxMagnitude) else {
            return .failure(.outOfRange)
        }
        return .success(Amount(value))
    }

    /// Reads `text` as an amount in `unit`, failing as `kroner(in:)` does (or with `.notANumber`).
    public static func kroner(_ text: some StringProtocol, in unit: AmountUnit) -> Result<Amount, AmountError> {
        guard let number = DanishDecimal(text) else { return .failure(.notANumber) }
        return number.kroner(in: unit)
    }
}
