/// A target-group area under which the follow-up report lists proposals (one table per area in seed 002),
/// with the code letters its proposals carry ("HA" for Borgere med handicap; "UD" and "SI" for Udsatte voksne).
public struct FollowUpArea: Sendable, Hashable {
    /// The heading as the report prints it ("Borgere med handicap").
    public var name: String
    /// Code letters of proposals that belong to the area ("HA").
    public var codeLetters: [String]
    /// Other headings accepted when reading a table (matching ignores case and spacing already).
    public var aliases: [String]

    public init(name: String, codeLetters: [String], aliases: [String] = []) {
        self.name = name
        self.codeLetters = codeLetters
        self.aliases = aliases
    }
}
