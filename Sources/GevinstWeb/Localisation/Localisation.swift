import GevinstDocuments
import GevinstCore

/// The languages of the pages: Danish by default, English available.
public enum Language: String, Sendable, Hashable, CaseIterable {
    case danish = "da"
    case english = "en"

    /// The language's name in itself, for the language switch.
    public var nativeName: String {
        switch self {
        case .danish: "Dansk"
        case .english: "English"
        }
    }

    /// The language for a code from a cookie or `Accept-Language` ("en-GB" → English); Danish otherwise.
    public init(code: String?) {
        let prefix = (code ?? "").lowercased().prefix(2)
        self = prefix == "en" ? .english : .danish
    }
}

/// Every word the pages show, in Danish and English (`LocalisationTable`), and the domain's words (statuses,
/// roles, colours, blocks, steering areas) in both. Figures stay in Danish number format in both languages,
/// as the municipal documents print them.
public struct Localisation: Sendable, Hashable {
    public let language: Language

    public init(_ language: Language) { self.language = language }

    public func callAsFunction(_ key: Key) -> String { text(key) }

    public func text(_ key: Key) -> String {
        guard let entry = LocalisationTable.entries[key] else { return key.rawValue }
        return language == .danish ? entry.da : entry.en
    }

    /// The text with `{1}`, `{2}`, … replaced by the arguments.
    public func format(_ key: Key, _ arguments: String...) -> String {
        var result = text(key)
        for (index, argument) in arguments.enumerated() {
            result = result.replacing("{\(index + 1)}", with: argument)
        }
        return result
    }

    private func pick(_ da: String, _ en: String) -> String { language == .danish ? da : en }

    public func status(_ status: ProposalStatus) -> String {
        switch status {
        case .draft: pick("Kladde", "Draft")
        case .submitted: pick("Indsendt", "Submitted")
        case .approved: pick("Godkendt af Økonomi", "Approved by finance")
        case .returned: pick("Sendt retur", "Returned")
        case .presented: pick("Forelagt udvalget", "Presented to committee")
        case .adopted: pick("Vedtaget", "Adopted")
        case .rejected: pick("Forkastet", "Rejected")
        case .withdrawn: pick("Trukket tilbage", "Withdrawn")
        case .movedToEfficiencyCatalogue: pick("Flyttet til effektiviseringskataloget", "Moved to the efficiency catalogue")
        }
    }

    /// A role by its API name ("finance-reviewer").
    public func role(_ name: String) -> String {
        switch name {
        case "reader": pick("Læser", "Reader")
        case "author": pick("Forfatter", "Author")
        case "finance-reviewer": pick("Økonomikonsulent (godkender)", "Finance reviewer")
        case "follow-up-controller": pick("Opfølgningsansvarlig", "Follow-up controller")
        case "admin": pick("Administrator", "Administrator")
        default: name
        }
    }

    /// A workflow step by its API name ("submit", "move-to-efficiency-catalogue").
    public func transition(_ name: String) -> String {
        switch name {
        case "submit": pick("Indsend til Økonomi", "Submit to finance")
        case "approve": pick("Godkend", "Approve")
        case "return": pick("Send retur med kommentar", "Return with comment")
        case "present": pick("Forelæg for udvalget", "Present to committee")
        case "adopt": pick("Vedtag", "Adopt")
        case "reject": pick("Forkast", "Reject")
        case "withdraw": pick("Træk tilbage", "Withdraw")
        case "move-to-efficiency-catalogue": pick("Flyt til effektiviseringskataloget", "Move to the efficiency catalogue")
        default: name
        }
    }

    public func colour(_ colour: StatusColour) -> String {
        switch colour {
        case .green: pick("Grøn", "Green")
        case .yellow: pick("Gul", "Yellow")
        case .red: pick("Rød", "Red")
        }
    }

    public func severity(_ severity: Severity) -> String {
        switch severity {
        case .error: pick("Fejl", "Error")
        case .warning: pick("Advarsel", "Warning")
        case .info: pick("Bemærkning", "Note")
        }
    }

    public func block(_ block: Block) -> String {
        switch block {
        case .permanent: pick("Varig ændring", "Permanent change")
        case .implementation: pick("Implementeringsomkostning", "Implementation cost")
        }
    }

    /// The block in a grid cell: "Varig" / "Implementering".
    public func blockShort(_ block: Block) -> String {
        switch block {
        case .permanent: pick("Varig", "Permanent")
        case .implementation: pick("Implementering", "Implementation")
        }
    }

    public func proposalType(_ type: ProposalType) -> String {
        switch type {
        case .investment: pick("Investeringsforslag", "Investment proposal")
        case .efficiency: pick("Effektiviseringsforslag", "Efficiency proposal")
        case .innovation: pick("Innovationsforslag", "Innovation proposal")
        }
    }

    public func consultationAnswer(_ answer: ConsultationAnswer) -> String {
        switch answer {
        case .ja: pick("Ja", "Yes")
        case .nej: pick("Nej", "No")
        case .ikkeRelevant: pick("Ikke relevant", "Not relevant")
        }
    }

    public func followUpGroup(_ group: FollowUpPlanRow.Group) -> String {
        switch group {
        case .milestone: pick("Milepæl for implementering", "Implementation milestone")
        case .realisation: pick("Realisering af effektivisering", "Realisation of efficiency")
        }
    }

    public func driverKind(_ kind: String) -> String {
        switch kind {
        case "staff": pick("Personale (årsværk)", "Staff (FTE)")
        case "cases": pick("Sager (antal × varighed × pris)", "Cases (count × duration × price)")
        case "targetGroup": pick("Målgruppe (SØM)", "Target group (SØM)")
        case "fixed": pick("Fast beløb pr. år", "Fixed amount per year")
        default: kind
        }
    }

    /// The formula of a driver kind in words, as section 1.4 writes it.
    public func driverFormula(_ kind: String) -> String {
        switch kind {
        case "staff": pick("Årsværk × årlig udgift pr. årsværk (kr.) × andel af året", "FTE × annual cost per FTE (kr.) × share of the year")
        case "cases": pick("Antal sager × varighed × enhedspris pr. periode (kr.) × andel", "Cases × duration × unit price per period (kr.) × share")
        case "targetGroup":
            pick("Personer × succesrate × konsekvens pr. succes × enhedspris (kr.) × andel",
                 "People × success rate × consequence per success × unit price (kr.) × share")
        case "fixed": pick("Beløb pr. år (kr.) × andel", "Amount per year (kr.) × share")
        default: kind
        }
    }

    public func driverEffect(_ effect: Driver.Effect) -> String {
        switch effect {
        case .saving: pick("Besparelse (negativ)", "Saving (negative)")
        case .cost: pick("Udgift (positiv)", "Cost (positive)")
        }
    }

    /// A driver factor's field name as a label.
    public func factorLabel(_ field: String) -> String {
        switch field {
        case "fte": pick("Årsværk", "FTE")
        case "annualCost": pick("Årlig udgift pr. årsværk (kr.)", "Annual cost per FTE (kr.)")
        case "count": pick("Antal sager", "Number of cases")
        case "duration": pick("Varighed (perioder)", "Duration (periods)")
        case "unitPrice": pick("Enhedspris (kr.)", "Unit price (kr.)")
        case "people": pick("Personer i målgruppen", "People in the target group")
        case "successRate": pick("Succesrate (fx 0,35)", "Success rate (e.g. 0,35)")
        case "consequence": pick("Konsekvens pr. succes", "Consequence per success")
        case "amount": pick("Beløb pr. år (kr.)", "Amount per year (kr.)")
        default: field
        }
    }

    /// A form field's name in words, for the error summary.
    public func fieldLabel(_ field: String) -> String {
        switch field {
        case "code": text(.code)
        case "title": text(.title)
        case "summary": text(.summary)
        case "type": text(.proposalType)
        case "fundingSource": text(.fundingSource)
        case "submittingAdministration": text(.submittingAdministration)
        case "budgetRound": text(.budgetRound)
        case "priceLevelYear": text(.priceLevelYear)
        case "firstYear": text(.firstYear)
        case "lastYear": text(.lastYear)
        case "riskLevel": text(.riskLevel)
        case "label": text(.lineLabel)
        case "block": text(.block)
        case "steeringArea": text(.steeringArea)
        case "driver": text(.driverKind)
        case "effect": text(.driverEffect)
        case "heading": text(.sectionHeading)
        case "group": text(.followUpGroup)
        case "answer": text(.answer)
        case "status": text(.status)
        case "reason": text(.overrideReason)
        default: factorLabel(field)
        }
    }

    /// "3 år", "2,4 år", or the words for not paid back within the period.
    public func payback(_ years: PaybackYears?) -> String {
        guard let years else { return pick(Payback.notPaidBackText, "not paid back within the period") }
        return pick("\(years) år", "\(years) years")
    }

    public func formatName(_ format: String) -> String {
        switch format {
        case "docx": "Word (DOCX)"
        case "xlsx": "Excel (XLSX)"
        case "pdf": "PDF"
        case "html": "HTML"
        case "csv": pick("CSV (semikolon)", "CSV (semicolon)")
        default: format.uppercased()
        }
    }

    /// A snapshot stage by the store's name.
    public func stage(_ stage: String) -> String {
        switch stage {
        case "first-reading": pick("1. behandling", "1st reading")
        case "second-reading": pick("2. behandling", "2nd reading")
        case "adopted": pick("Vedtaget", "Adopted")
        case "other": pick("Andet", "Other")
        default: stage
        }
    }

    public func changeKind(_ kind: CatalogueChange.Kind) -> String {
        switch kind {
        case .changed: pick("Ændret", "Changed")
        case .new: pick("Nyt forslag", "New proposal")
        case .movedToEfficiencyCatalogue: pick("Flyttet til effektiviseringskataloget", "Moved to the efficiency catalogue")
        case .inProcess: pick("Fortsat i proces", "Still in process")
        }
    }

    /// An audit action by its id ("proposal.save").
    public func auditAction(_ action: String) -> String {
        switch action {
        case "proposal.create": pick("Oprettet", "Created")
        case "proposal.save": pick("Gemt", "Saved")
        case "proposal.transition": pick("Status ændret", "Status changed")
        case "proposal.import": pick("Importeret", "Imported")
        case "snapshot.create": pick("Øjebliksbillede taget", "Snapshot taken")
        case "followup.update": pick("Opfølgning ændret", "Follow-up changed")
        case "followup.load": pick("Opfølgning indlæst", "Follow-up loaded")
        case "user.create": pick("Bruger oprettet", "User created")
        default: action
        }
    }
}
