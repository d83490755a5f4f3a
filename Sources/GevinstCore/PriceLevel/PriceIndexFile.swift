/// Reads a price index file of either kind: JSON (`"format": "gevinst-price-index/1"`, when the text starts
/// with "{") or CSV (`PriceIndexCSV`). Errors come in the native format's shape, naming file, line and column,
/// so that `gevinst convert --index FILE` reports them like any other input error.
public enum PriceIndexFile {
    public static func parse(_ text: String, file: String) -> Result<PriceIndexSeries, NativeFormatError> {
        let firstCharacter = text.first { !$0.isWhitespace && $0 != "\u{FEFF}" }
        if firstCharacter == "{" { return PriceIndexJSON.parse(text, file: file) }
        return PriceIndexCSV.parse(text).mapError { error in
            NativeFormatError(file: file, position: TextPosition(line: error.line, column: 1), path: "", message: error.message)
        }
    }
}
