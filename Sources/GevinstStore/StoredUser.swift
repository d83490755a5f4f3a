import Foundation
import GevinstCore

/// A user account: name, role, the administrations the user works in, and the bcrypt hash of the password.
public struct StoredUser: Sendable, Hashable {
    public var id: Int64
    public var name: String
    public var role: Role
    /// Authors and follow-up controllers see and change only their administrations' drafts.
    public var administrations: [String]
    /// A bcrypt hash ("$2b$12$…"); the password itself is never stored.
    public var passwordHash: String
    public var createdAt: Date

    public init(id: Int64, name: String, role: Role, administrations: [String], passwordHash: String, createdAt: Date) {
        self.id = id
        self.name = name
        self.role = role
        self.administrations = administrations
        self.passwordHash = passwordHash
        self.createdAt = createdAt
    }

    /// The user as the workflow rules see them.
    public var actor: WorkflowActor { WorkflowActor(id: String(id), role: role) }
}

/// A user's name: 1–100 characters, no control characters, no surrounding spaces.
public enum UserName {
    public static func validate(_ name: String) throws(StoreError) {
        guard !name.isEmpty, name.count <= 100 else {
            throw StoreError.invalid("a user name must have 1 to 100 characters")
        }
        guard name.trimmingCharacters(in: .whitespaces) == name,
              !name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw StoreError.invalid("a user name may not start or end with spaces or contain control characters")
        }
    }
}
