/// Consultations must be finished before a proposal goes to committee: 003 §1.11 ("Hvem er hørt?") says of the
/// consultation bodies "Skal være afsluttet inden udvalgsgodkendelse"; a consultation is finished when it has
/// an answer (Ja, Nej or Ikke relevant).
public enum ConsultationsFinished {
    public static let rule: RuleID = "workflow.consultations-unfinished"

    /// The bodies that have not answered, in the proposal's order.
    public static func unfinishedBodies(of proposal: Proposal) -> [String] {
        proposal.consultations.filter { !$0.isFinished }.map(\.body)
    }

    /// One error finding naming the unanswered bodies, or none when every consultation is finished.
    public static func findings(for proposal: Proposal) -> [Finding] {
        let bodies = unfinishedBodies(of: proposal)
        guard !bodies.isEmpty else { return [] }
        let list = bodies.joined(separator: ", ")
        let noun = bodies.count == 1 ? "consultation is" : "consultations are"
        return [
            Finding(
                rule: rule, severity: .error, proposal: proposal.displayName, line: proposal.source?.firstLine,
                message: "\(bodies.count) \(noun) not finished (\(list)); consultations must be answered before the proposal is presented to committee"
            )
        ]
    }
}
