import Foundation

/// The files `gevinst import` reads: every file named, and the documents in every folder named, its subfolders
/// too, so that a municipality's archive of proposals, catalogues and follow-up tables is read in one command.
///
/// A folder gives the files whose names end as a document's does (`documentExtensions`), in name order with
/// numbers compared as numbers ("forslag 2" before "forslag 10"); hidden files, Word's lock files ("~$…") and
/// everything else are left out and counted, so that the user sees what was not read. A file named on its own is
/// always read, whatever its name. A file reached twice (named, and in a folder named) is read once.
struct ImportFileList {
    var files: [String] = []
    /// Per folder named, the files in it that were left out.
    var skipped: [(folder: String, names: [String])] = []
    /// Folders named that hold no document.
    var withoutDocuments: [String] = []
    /// Folders named that could not be listed, with the reason.
    var unreadable: [(folder: String, reason: String)] = []

    /// The name endings of the documents `DocumentImporter` reads: text, markdown, PDF, Word, OpenDocument, Rich
    /// Text and web pages, follow-up sheets (XLSX, ODS, XLS, CSV, tab-separated text), and Gevinst's own proposal
    /// files (.json), such as a folder `--out` wrote.
    static let documentExtensions: Set<String> = [
        "txt", "text", "md", "markdown", "pdf", "docx", "doc", "odt", "rtf", "html", "htm", "xlsx", "xls", "ods", "csv", "tsv", "json",
    ]

    /// The most entries one folder's walk visits: a folder named by mistake (a home folder, "/") is refused rather
    /// than walked for minutes.
    static let maxEntries = 20_000

    init(_ arguments: [String]) {
        var seen = Set<String>()
        for argument in arguments {
            guard Self.isFolder(argument) else {
                if seen.insert(Self.identity(argument)).inserted { files.append(argument) }
                continue
            }
            switch Self.walk(argument) {
            case .success(let listing):
                if !listing.skipped.isEmpty { skipped.append((argument, listing.skipped)) }
                if listing.documents.isEmpty { withoutDocuments.append(argument) }
                for file in listing.documents where seen.insert(Self.identity(file)).inserted { files.append(file) }
            case .failure(let problem):
                unreadable.append((argument, problem.reason))
            }
        }
    }

    /// What the user is told about the folders on standard error: files left out, folders without documents and
    /// folders that could not be listed.
    var messages: [String] {
        var messages: [String] = []
        for (folder, names) in skipped {
            let shown = names.prefix(5).joined(separator: ", ")
            let more = names.count > 5 ? " and \(names.count - 5) more" : ""
            let count = names.count == 1 ? "1 file is not a document and was" : "\(names.count) files are not documents and were"
            messages.append("\(folder): \(count) not read: \(shown)\(more)")
        }
        let kinds = Self.documentExtensions.sorted().map { ".\($0)" }.joined(separator: ", ")
        for folder in withoutDocuments {
            messages.append("\(folder): the folder holds no document (\(kinds))")
        }
        for (folder, reason) in unreadable { messages.append("\(folder): cannot be read: \(reason)") }
        return messages
    }

    /// True when `path` names a folder, or a link to one.
    static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        return FileManager.default.fileExists(atPath: resolved, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// The file a path reaches, so that "a.txt", "./a.txt" and "mappe/../a.txt" are one file.
    static func identity(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// Name order, folder by folder: "forslag/b.txt" before "forslag-2/a.txt", and numbers as numbers.
    static func precedes(_ a: String, _ b: String) -> Bool {
        let left = a.split(separator: "/")
        let right = b.split(separator: "/")
        for (x, y) in zip(left, right) where x != y {
            let order = String(x).compare(String(y), options: [.numeric, .caseInsensitive])
            if order != .orderedSame { return order == .orderedAscending }
            return x < y
        }
        return left.count < right.count
    }

    struct Listing {
        var documents: [String] = []
        var skipped: [String] = []
    }

    struct WalkProblem: Error {
        var reason: String
    }

    /// The documents under `folder` as paths that start with `folder` as the user wrote it, and the relative paths
    /// of the files left out. Hidden files and folders (".git", ".~lock…#") are passed over unmentioned; links to
    /// folders are not followed (a link can lead back up and round for ever), links to files are.
    static func walk(_ folder: String) -> Result<Listing, WalkProblem> {
        let fileManager = FileManager.default
        let root = URL(fileURLWithPath: folder).resolvingSymlinksInPath().standardizedFileURL
        let keys: [URLResourceKey] = [.isRegularFileKey, .isSymbolicLinkKey]
        guard fileManager.isReadableFile(atPath: root.path),
              let entries = fileManager.enumerator(at: root, includingPropertiesForKeys: keys, options: [.skipsHiddenFiles]) else {
            return .failure(WalkProblem(reason: "permission denied"))
        }
        let rootPrefix = root.path.hasSuffix("/") ? root.path : root.path + "/"
        var listing = Listing()
        var visited = 0
        while let entry = entries.nextObject() as? URL {
            visited += 1
            guard visited <= maxEntries else {
                return .failure(WalkProblem(reason: "it holds more than \(maxEntries) entries; name the folder that holds the documents"))
            }
            let values = try? entry.resourceValues(forKeys: Set(keys))
            var isFile = values?.isRegularFile == true
            if values?.isSymbolicLink == true {
                var isDirectory: ObjCBool = false
                isFile = fileManager.fileExists(atPath: entry.resolvingSymlinksInPath().path, isDirectory: &isDirectory) && !isDirectory.boolValue
            }
            guard isFile else { continue }
            let path = entry.standardizedFileURL.path
            let relative = path.hasPrefix(rootPrefix) ? String(path.dropFirst(rootPrefix.count)) : entry.lastPathComponent
            let name = entry.lastPathComponent
            if name.hasPrefix("~$") || !documentExtensions.contains(entry.pathExtension.lowercased()) {
                listing.skipped.append(relative)
            } else {
                listing.documents.append(relative)
            }
        }
        let ordered: (String, String) -> Bool = { Self.precedes($0, $1) }
        listing.documents.sort(by: ordered)
        listing.skipped.sort(by: ordered)
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        listing.documents = listing.documents.map { prefix + $0 }
        return .success(listing)
    }
}
