import GevinstCore

/// Numbers typed into the web forms, read in Danish format: "." groups thousands and "," is the decimal mark
/// (DOMAIN.md, "Danish number format": "1.500" is 1500, "0,5" is a half). A dot that does not group three
/// digits ("2.5") is refused with a message rather than guessed at, since "1.500" and "1.5" would otherwise
/// read alike.
public enum DanishInput {
    /// Why a number was refused.
    public enum Problem: Error, Sendable, Hashable {
        case notANumber
        case ambiguousDot
        case tooManyDecimals(Int)
        case beyondLimit
    }

    /// "1.500" → 1500, "-2,5" → -2,5, "0,35" → 0,35; at most `Quantity.maxScale` decimals.
    public static func quantity(_ text: String) -> Result<Quantity, Problem> {
        var body = Substring(text.trimmedSpaces)
        var negative = false
        if let first = body.first, first == "-" || first == "−" || first == "–" {
            negative = true
            body = body.dropFirst()
        } else if body.first == "+" {
            body = body.dropFirst()
        }
        body = Substring(body.filter { $0 != " " && $0 != "\u{00A0}" })
        guard !body.isEmpty else { return .failure(.notANumber) }
        let parts = body.split(separator: ",", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = parts[0]
        let fraction = parts.count > 1 ? parts[1] : ""
        guard fraction.allSatisfy({ $0.isASCII && $0.isNumber }) else { return .failure(.notANumber) }
        if parts.count > 1 && fraction.isEmpty { return .failure(.notANumber) }
        let groups = whole.split(separator: ".", omittingEmptySubsequences: false)
        for (index, group) in groups.enumerated() {
            guard group.allSatisfy({ $0.isASCII && $0.isNumber }) else { return .failure(.notANumber) }
            if groups.count > 1 {
                if index == 0 && (group.isEmpty || group.count > 3) { return .failure(.ambiguousDot) }
                if index > 0 && group.count != 3 { return .failure(.ambiguousDot) }
            }
        }
        let digits = groups.joined()
        guard !digits.isEmpty || !fraction.isEmpty else { return .failure(.notANumber) }
        guard fraction.count <= Quantity.maxScale else { return .failure(.tooManyDecimals(Quantity.maxScale)) }
        var units: Int64 = 0
        for character in (digits.isEmpty ? "0" : digits) + fraction {
            guard let digit = character.wholeNumberValue else { return .failure(.notANumber) }
            let (times, overflowA) = units.multipliedReportingOverflow(by: 10)
            let (plus, overflowB) = times.addingReportingOverflow(Int64(digit))
            if overflowA || overflowB { return .failure(.beyondLimit) }
            units = plus
        }
        return .success(Quantity(units: negative ? -units : units, scale: fraction.count))
    }

    /// An amount typed in 1.000 kr. ("-1.300", "12,5") as whole kroner (-1 300 000, 12 500). More than three
    /// decimals would be a fraction of a krone and is refused, as is an amount beyond `AmountLimits`.
    public static func thousands(_ text: String) -> Result<Amount, Problem> {
        let quantity: Quantity
        switch self.quantity(text) {
        case .success(let value): quantity = value
        case .failure(let problem): return .failure(problem)
        }
        guard quantity.scale <= 3 else { return .failure(.tooManyDecimals(3)) }
        var factor: Int64 = 1
        for _ in 0..<(3 - quantity.scale) { factor *= 10 }
        let (kroner, overflow) = quantity.units.multipliedReportingOverflow(by: factor)
        guard !overflow, AmountLimits.isWithinLimit(kroner) else { return .failure(.beyondLimit) }
        return .success(kroner)
    }

    /// Kroner written in 1.000 kr. for an input field, exactly: 1 300 000 → "1.300", 12 500 → "12,5".
    public static func thousandsText(_ kroner: Amount) -> String { DanishNumber.thousandsExact(kroner) }

    /// A year such as "2024" (1000–9999).
    public static func year(_ text: String) -> Int? {
        let trimmed = text.trimmedSpaces
        guard trimmed.count == 4, trimmed.allSatisfy({ $0.isASCII && $0.isNumber }), let year = Int(trimmed), year >= 1000 else {
            return nil
        }
        return year
    }
}
