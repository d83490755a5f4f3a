import GevinstCore
import Testing

@Suite struct WorkflowTests {
    let author = WorkflowActor(id: "1", role: .author)
    let reviewer = WorkflowActor(id: "2", role: .financeReviewer)
    let admin = WorkflowActor(id: "3", role: .admin)

    func proposal(consultations: [Consultation] = [Consultation(body: "IT-kredsen", answer: .ikkeRelevant)]) -> Proposal {
        Proposal(code: "BU01", title: "Peer-to-Peer", years: 2019...2024, consultations: consultations)
    }

    func decide(
        _ transition: ProposalTransition, _ status: ProposalStatus, by actor: WorkflowActor, authors: Set<String> = ["1"],
        comment: String? = nil, proposal: Proposal? = nil
    ) -> Result<ProposalStatus, WorkflowRefusal> {
        Workflow.decide(transition, status: status, proposal: proposal ?? self.proposal(), actor: actor, authors: authors, comment: comment)
    }

    @Test func theHappyPathFromDraftToAdopted() throws {
        #expect(try decide(.submit, .draft, by: author).get() == .submitted)
        #expect(try decide(.approve, .submitted, by: reviewer).get() == .approved)
        #expect(try decide(.present, .approved, by: reviewer).get() == .presented)
        #expect(try decide(.adopt, .presented, by: reviewer).get() == .adopted)
    }

    @Test func theApproverCannotBeTheAuthor() {
        let refusal = decide(.approve, .submitted, by: reviewer, authors: ["1", "2"])
        guard case .failure(let reason) = refusal else {
            Issue.record("a reviewer who wrote a version approved it")
            return
        }
        #expect(reason.reason == .approverIsAuthor)
        // Not even an administrator approves their own proposal.
        guard case .failure(let adminRefusal) = decide(.approve, .submitted, by: admin, authors: ["3"]) else {
            Issue.record("an administrator approved their own proposal")
            return
        }
        #expect(adminRefusal.reason == .approverIsAuthor)
    }

    @Test func authorsCannotApproveAndReviewersCannotSubmit() {
        guard case .failure(let refusal) = decide(.approve, .submitted, by: WorkflowActor(id: "9", role: .author)) else {
            Issue.record("an author approved")
            return
        }
        #expect(refusal.reason == .roleNotAllowed)
        #expect(refusal.message.contains("finance-reviewer or admin"))
        guard case .failure(let submit) = decide(.submit, .draft, by: reviewer) else {
            Issue.record("a reviewer submitted")
            return
        }
        #expect(submit.reason == .roleNotAllowed)
    }

    @Test func aStepFromTheWrongStatusSaysWhichStepsAreOpen() {
        guard case .failure(let refusal) = decide(.adopt, .draft, by: reviewer) else {
            Issue.record("a draft was adopted")
            return
        }
        #expect(refusal.reason == .wrongStatus)
        #expect(refusal.message == "cannot adopt a proposal that is draft; adopt starts from presented (steps open from draft: submit, withdraw)")
    }

    @Test func aReturnNeedsAComment() throws {
        guard case .failure(let refusal) = decide(.return, .submitted, by: reviewer, comment: "  ") else {
            Issue.record("a return without comment")
            return
        }
        #expect(refusal.reason == .commentRequired)
        #expect(try decide(.return, .submitted, by: reviewer, comment: "Tabel 3 og Tabel 1 er uenige").get() == .returned)
        // A returned proposal is drafted again and can be submitted anew.
        #expect(try decide(.submit, .returned, by: author).get() == .submitted)
    }

    @Test func presentingIsRefusedWhileConsultationsAreUnfinished() {
        let unfinished = proposal(consultations: [
            Consultation(body: "Center for Økonomi, Økonomiforvaltningen", answer: .ja, date: "12. februar 2019"),
            Consultation(body: "MED-udvalg", answer: nil),
            Consultation(body: "IT-kredsen", answer: nil),
        ])
        guard case .failure(let refusal) = decide(.present, .approved, by: reviewer, proposal: unfinished) else {
            Issue.record("presented with unanswered consultations")
            return
        }
        #expect(refusal.reason == .consultationsUnfinished)
        #expect(refusal.message.contains("MED-udvalg, IT-kredsen"))
        #expect(refusal.findings.map(\.rule) == [ConsultationsFinished.rule])
        #expect(refusal.findings.first?.severity == .error)
        #expect(refusal.findings.first?.proposal == "BU01")
    }

    @Test func noFindingWhenEveryConsultationIsAnswered() {
        #expect(ConsultationsFinished.findings(for: proposal()).isEmpty)
    }

    @Test func theEditLock() {
        #expect(EditLock.isEditable(.draft))
        #expect(EditLock.isEditable(.returned))
        for status in [ProposalStatus.submitted, .approved, .presented, .adopted, .rejected, .withdrawn, .movedToEfficiencyCatalogue] {
            #expect(!EditLock.isEditable(status))
            #expect(EditLock.refusal(for: status) != nil)
        }
        #expect(EditLock.refusal(for: .adopted) == "the proposal is adopted; an adopted proposal changes only through follow-up")
    }

    @Test func transitionsByNameOrTargetStatus() {
        #expect(ProposalTransition(named: "approve") == .approve)
        #expect(ProposalTransition(named: "approved") == .approve)
        #expect(ProposalTransition(named: "move-to-efficiency-catalogue") == .moveToEfficiencyCatalogue)
        #expect(ProposalTransition(named: "moved-to-efficiency-catalogue") == .moveToEfficiencyCatalogue)
        #expect(ProposalTransition(named: "publish") == nil)
        #expect(ProposalTransition.available(from: .adopted).isEmpty)
    }
}
