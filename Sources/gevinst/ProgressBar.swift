import Foundation

/// A one-line progress bar on standard error, drawn only when standard error is a terminal, so that logs and
/// pipes stay clean. While files are read, the line is redrawn twice a second with the file that has been read
/// longest of those still being read (files are read side by side), the seconds spent on it and how many more are
/// being read, so that a large file does not look like a hang and a finished one is never shown as still read.
final class ProgressBar: @unchecked Sendable {
    let totalBytes: Int
    let totalFiles: Int
    let enabled: Bool
    /// Guards the counts and the files being read, which the timer's thread reads.
    private let lock = NSLock()
    private var doneBytes = 0
    private var doneFiles = 0
    /// The files being read now, in the order they were started.
    private var reading: [(file: String, since: Date)] = []
    private var timer: DispatchSourceTimer?

    /// Shown for more than one file or for files of at least this many bytes in all.
    static let largeInput = 5_000_000

    init(totalBytes: Int, totalFiles: Int) {
        self.totalBytes = totalBytes
        self.totalFiles = totalFiles
        self.enabled = isatty(STDERR_FILENO) != 0 && (totalFiles > 1 || totalBytes >= ProgressBar.largeInput)
        guard enabled else { return }
        let timer = DispatchSource.makeTimerSource(queue: DispatchQueue.global(qos: .utility))
        timer.schedule(deadline: .now() + .milliseconds(500), repeating: .milliseconds(500))
        timer.setEventHandler { [weak self] in self?.draw() }
        timer.resume()
        self.timer = timer
    }

    /// Shows that `file` is being read.
    func starting(_ file: String) {
        guard enabled else { return }
        lock.withLock { reading.append((file, Date())) }
        draw()
    }

    /// Counts `file` as read (one of its readings, when it was named twice).
    func finished(_ file: String, bytes: Int) {
        lock.withLock {
            doneBytes += bytes
            doneFiles += 1
            if let index = reading.firstIndex(where: { $0.file == file }) { reading.remove(at: index) }
        }
    }

    /// Removes the bar.
    func clear() {
        guard enabled else { return }
        timer?.cancel()
        lock.withLock { reading = [] }
        write("\r\u{1B}[K")
    }

    private func draw() {
        let (doneBytes, doneFiles, reading) = lock.withLock { (self.doneBytes, self.doneFiles, self.reading) }
        // The first still being read is the one read longest.
        guard let current = reading.first else { return }
        let width = 30
        let fraction = totalBytes > 0 ? Double(doneBytes) / Double(totalBytes) : Double(doneFiles) / Double(max(1, totalFiles))
        let filled = min(width, Int(fraction * Double(width)))
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        let name = current.file.count > 40 ? "…" + String(current.file.suffix(39)) : current.file
        let seconds = Int(Date().timeIntervalSince(current.since))
        let elapsed = seconds >= 1 ? " (\(seconds) s)" : ""
        let others = reading.count > 1 ? " and \(reading.count - 1) more" : ""
        write("\r\u{1B}[K[\(bar)] \(doneFiles)/\(totalFiles) files, \(megabytes(doneBytes))/\(megabytes(totalBytes)) MB  \(name)\(elapsed)\(others)")
    }

    private func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes + 50_000) / 100_000
        return "\(tenths / 10),\(tenths % 10)"
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
