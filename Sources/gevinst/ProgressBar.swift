import Foundation

/// A one-line progress bar on standard error, drawn only when standard error is a terminal, so that logs and
/// pipes stay clean.
struct ProgressBar {
    let totalBytes: Int
    let totalFiles: Int
    let enabled: Bool
    private var doneBytes = 0
    private var doneFiles = 0

    /// Shown for more than one file or for files of at least this many bytes in all.
    static let largeInput = 5_000_000

    init(totalBytes: Int, totalFiles: Int) {
        self.totalBytes = totalBytes
        self.totalFiles = totalFiles
        self.enabled = isatty(STDERR_FILENO) != 0 && (totalFiles > 1 || totalBytes >= ProgressBar.largeInput)
    }

    /// Shows that `file` is being read.
    func starting(_ file: String) {
        guard enabled else { return }
        draw(current: file)
    }

    /// Counts a file as read.
    mutating func finished(bytes: Int) {
        doneBytes += bytes
        doneFiles += 1
    }

    /// Removes the bar.
    func clear() {
        guard enabled else { return }
        write("\r\u{1B}[K")
    }

    private func draw(current: String) {
        let width = 30
        let fraction = totalBytes > 0 ? Double(doneBytes) / Double(totalBytes) : Double(doneFiles) / Double(max(1, totalFiles))
        let filled = min(width, Int(fraction * Double(width)))
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        let name = current.count > 40 ? "…" + String(current.suffix(39)) : current
        write("\r\u{1B}[K[\(bar)] \(doneFiles)/\(totalFiles) files, \(megabytes(doneBytes))/\(megabytes(totalBytes)) MB  \(name)")
    }

    private func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes + 50_000) / 100_000
        return "\(tenths / 10),\(tenths % 10)"
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
