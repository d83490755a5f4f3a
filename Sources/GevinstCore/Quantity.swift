/// An exact decimal number used by drivers: "2,5" årsværk, a success rate of "0,35", "75.000" kr.
///
/// Stored as `units × 10^-scale` with `Int64` units, so "0,35" is 35 with scale 2. Arithmetic on quantities
/// happens in `Int128` inside `Driver` and is rounded once, by `Rounding.wholeKroner`.
public struct Quantity: Sendable, Hashable, CustomStringConvertible {
    public let units: Int64
    public let scale: Int

    /// The most decimals a quantity may carry.
    public static let maxScale = 9

    public init(units: Int64, scale: Int = 0) {
        self.units = units
        self.scale = scale
    }

    public init(_ integer: Int64) { self.init(units: integer, scale: 0) }

    /// Reads a decimal written with either decimal mark: "2.5", "2,5", "-0,35", "1500". Danish thousands
    /// separators are not accepted here (use plain digits); returns nil for anything else.
    public init?(text: String) {
        var body = Substring(text.trimmingSpaces())
        var negative = false
        if body.first == "-" || body.first == "−" { negative = true; body = body.dropFirst() }
        else if body.first == "+" { body = body.dropFirst() }
        guard !body.isEmpty else { return nil }
        var units: Int64 = 0
        var scale = 0
        var seenMark = false
        var digits = 0
        for character in body {
            if character == "." || character == "," {
                if seenMark { return nil }
                seenMark = true
                continue
            }
            guard let digit = character.wholeNumberValue, character.isASCII else { return nil }
            let (times, overflow1) = units.multipliedReportingOverflow(by: 10)
            let (plus, overflow2) = times.addingReportingOverflow(Int64(digit))
            if overflow1 || overflow2 { return nil }
            units = plus
            digits += 1
            if seenMark { scale += 1 }
        }
        guard digits > 0, scale <= Quantity.maxScale else { return nil }
        self.init(units: negative ? -units : units, scale: scale)
    }

    public var isZero: Bool { units == 0 }
    public var isNegative: Bool { units < 0 }

    /// Written with a Danish decimal comma and no trailing zeros: "2,5", "0,35", "75000".
    public var description: String { danish }

    public var danish: String {
        let magnitude = units.magnitude
        let sign = units < 0 ? "-" : ""
        guard scale > 0 else { return sign + String(magnitude) }
        // Only a Quantity built directly can have more decimals than `maxScale`; write it in exponent form
        // instead of padding with zeros (an absurd scale would otherwise never finish).
        guard scale <= Quantity.maxScale else { return sign + String(magnitude) + "e-" + String(scale) }
        var digits = String(magnitude)
        while digits.count <= scale { digits = "0" + digits }
        let split = digits.index(digits.endIndex, offsetBy: -scale)
        var fraction = String(digits[split...])
        while fraction.hasSuffix("0") { fraction.removeLast() }
        let whole = String(digits[..<split])
        return sign + (fraction.isEmpty ? whole : whole + "," + fraction)
    }

    /// Written with a decimal point, as in JSON: "2.5".
    public var plain: String { danish.replacingOccurrences(of: ",", with: ".") }
}

extension String {
    func trimmingSpaces() -> String {
        var text = Substring(self)
        while let first = text.first, first.isWhitespace { text = text.dropFirst() }
        while let last = text.last, last.isWhitespace { text = text.dropLast() }
        return String(text)
    }

    func replacingOccurrences(of target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var result = ""
        var rest = Substring(self)
        while let range = rest.range(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}

extension Substring {
    func range(of target: String) -> Range<Substring.Index>? {
        guard !target.isEmpty, target.count <= count else { return nil }
        var start = startIndex
        while start < endIndex {
            if self[start...].hasPrefix(target) {
                return start..<index(start, offsetBy: target.count)
            }
            start = index(after: start)
        }
        return nil
    }
}
