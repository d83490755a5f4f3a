/// Why a native file could not be read: where (file, line, column, field path) and what was expected.
public struct NativeFormatError: Error, Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var position: TextPosition
    /// The field path, e.g. `lines[3].amounts.2031`; empty for the whole document.
    public var path: String
    public var message: String

    public init(file: String, position: TextPosition, path: String, message: String) {
        self.file = file
        self.position = position
        self.path = path
        self.message = message
    }

    /// `FILE:LINE:COLUMN: error: PATH: MESSAGE`, the shape editors and `gevinst check` use.
    public var description: String {
        let at = path.isEmpty ? "" : "\(path): "
        return "\(file):\(position.line):\(position.column): error: \(at)\(message)"
    }
}
