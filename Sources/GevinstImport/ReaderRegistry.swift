/// Every reader `DocumentImporter` may choose from, in order of preference when two are equally sure.
/// Each reader is added here with one line.
public enum ReaderRegistry {
    public static let readers: [any DocumentReader.Type] = [
        FollowUpTableReader.self,
        StrategyPlanReader.self,
        MarkdownCatalogueReader.self,
        PdfTextReader.self,
        NativeProposalReader.self,
    ]

    /// The names `--format` accepts.
    public static var formatNames: [String] { readers.map { $0.formatName } }

    /// The reader with this format name, or nil.
    public static func reader(named name: String) -> (any DocumentReader.Type)? {
        readers.first { $0.formatName == name }
    }
}
