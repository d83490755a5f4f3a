import Dispatch
import HummingbirdBcrypt

/// bcrypt hashing and checking, run off the server's threads (bcrypt is slow on purpose).
public struct PasswordHasher: Sendable {
    public let cost: UInt8

    public init(cost: UInt8 = 12) { self.cost = min(31, max(4, cost)) }

    /// The shortest password accepted when a user is created.
    public static let minimumLength = 8

    /// Checks a new password: at least `minimumLength` characters, at most 72 bytes (bcrypt reads no further),
    /// no NUL character.
    public static func validate(_ password: String) -> String? {
        if password.count < minimumLength { return "a password must have at least \(minimumLength) characters" }
        if password.utf8.count > 72 { return "a password may have at most 72 bytes (bcrypt ignores the rest)" }
        if password.contains("\u{0}") { return "a password may not contain the NUL character" }
        return nil
    }

    public func hash(_ password: String) async -> String {
        let cost = cost
        return await offThread { Bcrypt.hash(password, cost: cost) }
    }

    public func verify(_ password: String, hash: String) async -> Bool {
        guard !password.contains("\u{0}") else { return false }
        return await offThread { Bcrypt.verify(password, hash: hash) }
    }

    /// A hash of a random text at this cost, compared against when the user does not exist so that a login
    /// for an unknown name takes as long as one for a known name.
    public func decoyHash() async -> String {
        var generator = SystemRandomNumberGenerator()
        let text = (0..<4).map { _ in String(generator.next() as UInt64, radix: 36) }.joined()
        return await hash(text)
    }

    private func offThread<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async { continuation.resume(returning: work()) }
        }
    }
}
