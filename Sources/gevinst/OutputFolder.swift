import Foundation

/// A folder a command writes several files into (`--out DIR`): checked before anything is read, created when
/// missing, and a failure told in the system's plain words (`FileErrorText`).
enum OutputFolder {
    /// Why there can be no folder at `path`, or nil when there is one or one can be made: a file stands at `path`
    /// or at a folder above it, or the folder (or the nearest one above it) cannot be written in.
    static func problem(_ path: String) -> String? {
        let fileManager = FileManager.default
        let target = URL(fileURLWithPath: path).standardizedFileURL
        var url = target
        while true {
            var isDirectory: ObjCBool = false
            if fileManager.fileExists(atPath: url.path, isDirectory: &isDirectory) {
                guard isDirectory.boolValue else {
                    return url == target ? "\(path) is a file, not a folder" : "\(url.path) is a file, so no folder can be made in it"
                }
                return fileManager.isWritableFile(atPath: url.path) ? nil : "the folder \(url.path) cannot be written in"
            }
            let parent = url.deletingLastPathComponent()
            if parent.path == url.path { return nil }
            url = parent
        }
    }

    /// The folder at `path`, made (with those above it) when missing.
    static func create(_ path: String) throws(ExitWithMessage) -> URL {
        if let problem = problem(path) { throw ExitWithMessage("\(path): error: \(problem)") }
        let folder = URL(fileURLWithPath: path, isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw ExitWithMessage("\(path): error: cannot create the folder (\(FileErrorText.reason(error)))")
        }
        return folder
    }
}
