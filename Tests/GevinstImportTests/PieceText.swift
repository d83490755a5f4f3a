import PropertyBased
import Testing

/// Text for the property tests that hold a byte path to its general reading: a run of pieces drawn from the
/// test's own alphabet, which lists the characters that path must tell apart.
enum PieceText {
    static func generator(
        _ alphabet: [String], pieces: ClosedRange<Int>
    ) -> Generator<String, Generator<Int, Shrink.Integer<Int>>.ArrayShrink> {
        Gen.int(in: 0...(alphabet.count - 1)).array(of: pieces).map { indices in indices.map { alphabet[$0] }.joined() }
    }

    /// The text's Unicode scalars in hexadecimal, for a failed expectation's message.
    static func scalars(_ text: some StringProtocol) -> Comment {
        "\(text.unicodeScalars.map { String($0.value, radix: 16) })"
    }
}
