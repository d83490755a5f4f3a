/// What every page knows about the request it answers: who is signed in, the CSRF token their forms must
/// carry, the language, where the user is (for the navigation) and any message from the last action.
///
/// The renderer never decides who may do what: the server does, and a page model says which actions to
/// show (`Permissions`). The context only names the user in the banner.
public struct PageContext: Sendable, Hashable {
    public var user: SignedInUser?
    /// The token each form posts in the `csrf` field; the server compares it with the session's.
    public var csrfToken: String
    public var language: Language
    /// A message shown at the top of the page: a save that succeeded, a refusal with its reason.
    public var notices: [Notice]
    /// The parts of the application the navigation offers this user (the server still checks every request).
    public var navigation: Set<Layout.Section>

    public init(
        user: SignedInUser?, csrfToken: String, language: Language = .danish, notices: [Notice] = [],
        navigation: Set<Layout.Section>? = nil
    ) {
        self.user = user
        self.csrfToken = csrfToken
        self.language = language
        self.notices = notices
        var sections = Set(Layout.Section.allCases)
        if user?.isAdministrator != true { sections.remove(.administration) }
        self.navigation = navigation ?? sections
    }

    public var localisation: Localisation { Localisation(language) }
}

/// The signed-in user as the banner names them.
public struct SignedInUser: Sendable, Hashable {
    public var name: String
    /// The role's name as the API spells it ("author", "finance-reviewer"); the banner shows it translated.
    public var role: String
    /// The administrations the user works in; empty for roles not scoped to administrations.
    public var administrations: [String]
    /// True for an administrator: the navigation then shows the administration page.
    public var isAdministrator: Bool

    public init(name: String, role: String, administrations: [String], isAdministrator: Bool = false) {
        self.name = name
        self.role = role
        self.administrations = administrations
        self.isAdministrator = isAdministrator || role == "admin"
    }
}

/// A message at the top of a page.
public struct Notice: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        case success
        case error
        case info
    }

    public var kind: Kind
    public var text: String

    public init(_ kind: Kind, _ text: String) {
        self.kind = kind
        self.text = text
    }
}
