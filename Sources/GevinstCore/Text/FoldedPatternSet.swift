/// Several `FoldedPattern`s searched for in one pass over the text: a table of the patterns' first (folded)
/// bytes says at which positions a pattern can start, so most bytes cost one table lookup. The checks run on
/// every line label of a portfolio; this keeps the sign and consultation checks linear in the text.
struct FoldedPatternSet: Sendable, Hashable {
    let patterns: [FoldedPattern]
    /// For each folded byte, a bit per pattern (up to 64) that starts with it.
    private let startMask: [UInt64]
    /// For each folded byte, a bit per pattern whose second byte it is (or that has only one byte): with
    /// `startMask`, a position is tried only when its first two bytes fit a pattern, which in Danish text
    /// (where "e", "r", "s" start half the words) saves most of the comparisons.
    private let secondMask: [UInt64]

    init(_ patterns: [FoldedPattern]) {
        self.patterns = Array(patterns.prefix(64))
        var mask = [UInt64](repeating: 0, count: 256)
        var second = [UInt64](repeating: 0, count: 256)
        for (index, pattern) in self.patterns.enumerated() {
            let bit = UInt64(1) << UInt64(index)
            if let first = pattern.bytes.first { mask[Int(first)] |= bit }
            if pattern.bytes.count > 1 {
                second[Int(pattern.bytes[1])] |= bit
            } else {
                for byte in 0..<256 { second[byte] |= bit }
            }
        }
        self.startMask = mask
        self.secondMask = second
    }

    init(_ texts: [String]) { self.init(texts.map(FoldedPattern.init)) }

    var isEmpty: Bool { patterns.isEmpty }

    /// The first pattern (in the set's order) starting at `offset`, if any.
    @inline(__always)
    func pattern(startingAt offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> FoldedPattern? {
        let previous: UInt8 = offset > 0 ? bytes[offset - 1] : 0
        var candidates = startMask[Int(FoldedText.fold(bytes[offset], after: previous))]
        guard candidates != 0 else { return nil }
        if offset + 1 < bytes.count {
            candidates &= secondMask[Int(FoldedText.fold(bytes[offset + 1], after: bytes[offset]))]
        }
        while candidates != 0 {
            let index = candidates.trailingZeroBitCount
            candidates &= candidates - 1
            if FoldedText.matches(patterns[index], in: bytes, at: offset) { return patterns[index] }
        }
        return nil
    }

    /// The pattern that occurs first in `text`, ignoring case.
    func firstMatch(in text: String) -> FoldedPattern? {
        guard !patterns.isEmpty else { return nil }
        return FoldedText.withBytes(of: text) { bytes in
            startMask.withUnsafeBufferPointer { startMask in
                var previous: UInt8 = 0
                for offset in 0..<bytes.count {
                    let byte = bytes[offset]
                    if startMask[Int(FoldedText.fold(byte, after: previous))] != 0,
                        let found = pattern(startingAt: offset, in: bytes)
                    {
                        return found
                    }
                    previous = byte
                }
                return nil
            }
        }
    }
}
