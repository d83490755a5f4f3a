import GevinstCore

/// The words of the follow-up configuration's fields on the administration page that are not status colours:
/// the date the rules apply from and the ØU/BR approval rule (`ApprovalRule`), in Danish and English.
extension Localisation {
    public var effectiveFromLabel: String { language == .danish ? "Gælder fra (dato)" : "In force from (date)" }

    public var effectiveFromHint: String {
        language == .danish
            ? "ÅÅÅÅ-MM-DD. En anden dato tilføjer regler fra den dato; perioder før beholder deres regler."
            : "YYYY-MM-DD. Another date adds rules from that date; periods before it keep their rules."
    }

    public var approvalRuleLabel: String {
        language == .danish ? "Skal kompenserende handling godkendes af ØU og BR?" : "Must ØU and BR approve a compensating action?"
    }

    public func approvalRule(_ rule: ApprovalRule) -> String {
        switch rule {
        case .unlessFrameCutWithinCommitteeAreas:
            language == .danish
                ? "Ja, medmindre det er en rammebesparelse inden for udvalgets egne områder"
                : "Yes, unless it is a frame cut within the committee's own areas"
        case .always: language == .danish ? "Ja, altid" : "Yes, always"
        case .never: language == .danish ? "Nej, aldrig" : "No, never"
        }
    }
}
