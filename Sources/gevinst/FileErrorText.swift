import Foundation

/// The words a command prints for a failed file operation: the system's own ("Not a directory", "Permission
/// denied", "No such file or directory") where Foundation keeps them as the underlying error, instead of
/// Foundation's "The operation could not be completed (NSCocoaErrorDomain error 512)".
enum FileErrorText {
    static func reason(_ error: any Error) -> String {
        if let posix = (error as NSError).userInfo[NSUnderlyingErrorKey] as? POSIXError {
            return String(cString: strerror(posix.code.rawValue))
        }
        return error.localizedDescription
    }
}
