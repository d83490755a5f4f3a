/// A document's lines, read off its decoded text by their byte ranges as they are asked for.
///
/// Each line is its range in the text (16 bytes a line); a stored `Substring` per line cost 32 bytes more, which
/// in a file of short lines was most of the memory (a 20 MB file of empty lines took 1 GB). A line longer than
/// `TextDocument.maxLineLength` characters is given cut there; its whole range stays in `bounds`.
public struct TextLines: RandomAccessCollection, Sendable {
    /// The decoded text all lines are read from.
    let text: String
    /// Each line's whole byte range in `text`.
    let bounds: [Range<Int>]
    /// The byte length of each cut line, by line index: only the few lines longer than the limit.
    private let cutLengths: [Int: Int]

    init(text: String, bounds: [Range<Int>], maxLineLength: Int) {
        self.text = text
        self.bounds = bounds
        var cuts: [Int: Int] = [:]
        let utf8 = text.utf8
        // Only a line of more bytes than the limit can have more characters than it; counting is for those alone.
        for (index, bound) in bounds.enumerated() where bound.count > maxLineLength {
            let start = utf8.index(utf8.startIndex, offsetBy: bound.lowerBound)
            let line = text[start..<utf8.index(start, offsetBy: bound.count)]
            guard line.count > maxLineLength else { continue }
            cuts[index] = line.prefix(maxLineLength).utf8.count
        }
        cutLengths = cuts
    }

    /// True when the text's last byte ends a line, as in every file `pdftotext` writes; a file cut short by a
    /// copy or a download usually stops inside a line.
    var endsWithLineBreak: Bool {
        guard let last = text.utf8.last else { return false }
        return last == 0x0A || last == 0x0D
    }

    /// The indices of the lines given cut, in order.
    var cutLines: [Int] { cutLengths.keys.sorted() }

    public var startIndex: Int { 0 }
    public var endIndex: Int { bounds.count }

    public subscript(position: Int) -> Substring {
        let bound = bounds[position]
        let length = cutLengths.isEmpty ? bound.count : (cutLengths[position] ?? bound.count)
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: bound.lowerBound)
        return text[start..<utf8.index(start, offsetBy: length)]
    }
}
