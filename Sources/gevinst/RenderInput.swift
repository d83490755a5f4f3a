import GevinstCore
import GevinstImport

/// What `gevinst render` reads: native proposal files (.json) and legacy documents through the importer.
struct RenderInput {
    var proposals: [Proposal] = []
    var plans: [StrategyPlan] = []
    var changeList: [CatalogueChange] = []

    static func read(_ files: [String]) throws(ExitWithMessage) -> RenderInput {
        var input = RenderInput()
        for file in files {
            if file.lowercased().hasSuffix(".json") {
                input.proposals.append(try ProposalFiles.load(file))
                continue
            }
            let document: ImportedDocument
            do {
                document = try DocumentImporter.readFile(at: file)
            } catch {
                throw ExitWithMessage("gevinst render: \(error.description)")
            }
            input.proposals += document.proposals
            input.plans += document.plans
            input.changeList += document.changeList
            if !document.findings.isEmpty {
                StandardError.write("\(file): \(document.findings.count) findings while reading; `gevinst import \(file)` lists them. The documents show Gevinst's own figures.")
            }
        }
        return input
    }
}
