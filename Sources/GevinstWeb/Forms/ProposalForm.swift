import GevinstCore

/// The editor's form as the user typed it: every field as text, so a refused value is shown again exactly as
/// written beside its message. Made from a stored `Proposal` (to edit it) or from posted `FormData`, and turned
/// back into a `Proposal` by `ProposalFormReader`.
///
/// Field names: `code`, `title`, …, `line.3.label`, `line.3.y.2024` (amount in 1.000 kr.), `line.3.driver`
/// (staff, cases, targetGroup, fixed or empty), `line.3.staff.fte`, `line.3.share.2024`, `section.0.text`,
/// `activity.1.year.2025`, `followUp.0.goal`, `consultation.2.answer`.
public struct ProposalForm: Sendable, Hashable {
    public var code = ""
    public var title = ""
    public var summary = ""
    public var type = ""
    public var fundingSource = ""
    public var submittingAdministration = ""
    public var affectedAdministrations: [String] = []
    public var areas: [String] = []
    public var budgetRound = ""
    public var priceLevelYear = ""
    public var firstYear = ""
    public var lastYear = ""
    public var lines: [LineForm] = []
    public var sections: [SectionForm] = []
    public var activities: [ActivityForm] = []
    public var followUpRows: [FollowUpRowForm] = []
    public var riskLevel = ""
    public var riskText = ""
    public var consultations: [ConsultationForm] = []

    public struct LineForm: Sendable, Hashable {
        public var label = ""
        public var block = Block.permanent.rawValue
        public var steeringArea = SteeringArea.service.rawValue
        public var appropriation = ""
        public var committee = ""
        public var innovationPool = false
        public var variant = ""
        /// Amounts in 1.000 kr. by year, as typed.
        public var amounts: [Int: String] = [:]
        /// "", "staff", "cases", "targetGroup", "fixed".
        public var driver = ""
        public var effect = Driver.Effect.saving.rawValue
        /// The factors of the chosen driver by their field name ("fte", "annualCost", …).
        public var factors: [String: String] = [:]
        /// The share of the full effect by year ("0,5", "1").
        public var shares: [Int: String] = [:]
        public var remove = false

        public init() {}

        /// True when nothing was typed into the row (a blank row the editor offers for a new line).
        public var isBlank: Bool {
            label.trimmedSpaces.isEmpty && amounts.values.allSatisfy { $0.trimmedSpaces.isEmpty } && driver.isEmpty
        }
    }

    public struct SectionForm: Sendable, Hashable {
        public var number = ""
        public var heading = ""
        public var text = ""
        /// A heading the editor offered from the template: left out when no text was written under it.
        public var fromTemplate = false
        public init() {}
        public var isBlank: Bool {
            text.trimmedSpaces.isEmpty && (fromTemplate || heading.trimmedSpaces.isEmpty)
        }
    }

    public struct ActivityForm: Sendable, Hashable {
        public var name = ""
        public var years: Set<Int> = []
        public init() {}
        public var isBlank: Bool { name.trimmedSpaces.isEmpty }
    }

    public struct FollowUpRowForm: Sendable, Hashable {
        public var group = FollowUpPlanRow.Group.milestone.rawValue
        public var goal = ""
        public var measurement = ""
        public var responsible = ""
        public var when = ""
        public init() {}
        public var isBlank: Bool {
            [goal, measurement, responsible, when].allSatisfy { $0.trimmedSpaces.isEmpty }
        }
    }

    public struct ConsultationForm: Sendable, Hashable {
        public var body = ""
        /// "", "Ja", "Nej", "Ikke relevant".
        public var answer = ""
        public var date = ""
        public var conclusion = ""
        public init() {}
        public var isBlank: Bool { body.trimmedSpaces.isEmpty }
    }

    /// The factor fields of each driver kind, in the order of the formula.
    public static let driverFactors: [(kind: String, fields: [String])] = [
        ("staff", ["fte", "annualCost"]),
        ("cases", ["count", "duration", "unitPrice"]),
        ("targetGroup", ["people", "successRate", "consequence", "unitPrice"]),
        ("fixed", ["amount"]),
    ]

    public init() {}

    /// The form for editing a stored proposal: amounts in 1.000 kr. written exactly, driver factors as typed.
    public init(_ proposal: Proposal) {
        code = proposal.code ?? ""
        title = proposal.title
        summary = proposal.summary ?? ""
        type = proposal.type?.rawValue ?? ""
        fundingSource = proposal.fundingSource ?? ""
        submittingAdministration = proposal.submittingAdministration ?? ""
        affectedAdministrations = proposal.affectedAdministrations
        areas = proposal.areas
        budgetRound = proposal.budgetRound ?? ""
        priceLevelYear = proposal.priceLevelYear.map(String.init) ?? ""
        firstYear = String(proposal.years.lowerBound)
        lastYear = String(proposal.years.upperBound)
        lines = proposal.lines.map { line in
            var form = LineForm()
            form.label = line.label
            form.block = line.block.rawValue
            form.steeringArea = line.steeringArea.rawValue
            form.appropriation = line.appropriation ?? ""
            form.committee = line.committee ?? ""
            form.innovationPool = line.innovationPool
            form.variant = line.variant ?? ""
            for year in proposal.years where line.amounts[year] != 0 {
                form.amounts[year] = DanishInput.thousandsText(line.amounts[year])
            }
            if let driver = line.driver {
                form.driver = driver.formula.kind
                form.effect = driver.effect.rawValue
                let names = ProposalForm.driverFactors.first { $0.kind == driver.formula.kind }?.fields ?? []
                for (name, factor) in zip(names, driver.formula.factors) { form.factors[name] = DanishNumber.format(factor) }
                for (year, share) in driver.profile { form.shares[year] = share.danish }
            }
            return form
        }
        sections = proposal.sections.map { section in
            var form = SectionForm()
            form.number = section.number
            form.heading = section.heading
            form.text = section.text
            return form
        }
        activities = proposal.implementationPlan.activities.map { activity in
            var form = ActivityForm()
            form.name = activity.name
            form.years = Set(activity.years)
            return form
        }
        followUpRows = proposal.followUpPlan.map { row in
            var form = FollowUpRowForm()
            form.group = row.group.rawValue
            form.goal = row.goal
            form.measurement = row.measurement
            form.responsible = row.responsible
            form.when = row.when
            return form
        }
        riskLevel = proposal.risk?.level?.rawValue ?? ""
        riskText = proposal.risk?.text ?? ""
        consultations = proposal.consultations.map { consultation in
            var form = ConsultationForm()
            form.body = consultation.body
            form.answer = consultation.answer?.rawValue ?? ""
            form.date = consultation.date ?? ""
            form.conclusion = consultation.conclusion ?? ""
            return form
        }
    }

    /// The form as posted. Rows are numbered by the editor; numbers at or above `AmountLimits.maxLines` are
    /// ignored, so a crafted post cannot make the server allocate without bound.
    public init(form data: FormData) {
        code = data["code"] ?? ""
        title = data["title"] ?? ""
        summary = data["summary"] ?? ""
        type = data["type"] ?? ""
        fundingSource = data["fundingSource"] ?? ""
        submittingAdministration = data["submittingAdministration"] ?? ""
        affectedAdministrations = data.values("affected").filter { !$0.isEmpty }
        areas = data.values("area").filter { !$0.isEmpty }
        for extra in (data["areaOther"] ?? "").split(separator: ",") {
            let code = extra.trimmedSpaces.uppercased()
            if !code.isEmpty && !areas.contains(code) { areas.append(code) }
        }
        budgetRound = data["budgetRound"] ?? ""
        priceLevelYear = data["priceLevelYear"] ?? ""
        firstYear = data["firstYear"] ?? ""
        lastYear = data["lastYear"] ?? ""
        riskLevel = data["riskLevel"] ?? ""
        riskText = data["riskText"] ?? ""

        var selectedDrivers: [Int: String] = [:]
        for (name, value) in data.fields where name.hasSuffix(".driver") {
            if let (prefix, index, rest) = ProposalForm.rowField(name), prefix == "line", rest == "driver" { selectedDrivers[index] = value }
        }
        var lineRows: [Int: LineForm] = [:]
        var sectionRows: [Int: SectionForm] = [:]
        var activityRows: [Int: ActivityForm] = [:]
        var followUpRows: [Int: FollowUpRowForm] = [:]
        var consultationRows: [Int: ConsultationForm] = [:]
        for (name, value) in data.fields {
            guard let (prefix, index, rest) = ProposalForm.rowField(name) else { continue }
            switch prefix {
            case "line":
                var row = lineRows[index] ?? LineForm()
                ProposalForm.setLineField(&row, rest, value, selectedDriver: selectedDrivers[index] ?? "")
                lineRows[index] = row
            case "section":
                var row = sectionRows[index] ?? SectionForm()
                switch rest {
                case "number": row.number = value
                case "heading": row.heading = value
                case "text": row.text = value
                case "template": row.fromTemplate = true
                default: break
                }
                sectionRows[index] = row
            case "activity":
                var row = activityRows[index] ?? ActivityForm()
                if rest == "name" { row.name = value }
                if rest.hasPrefix("year."), let year = Int(rest.dropFirst(5)) { row.years.insert(year) }
                activityRows[index] = row
            case "followUp":
                var row = followUpRows[index] ?? FollowUpRowForm()
                switch rest {
                case "group": row.group = value
                case "goal": row.goal = value
                case "measurement": row.measurement = value
                case "responsible": row.responsible = value
                case "when": row.when = value
                default: break
                }
                followUpRows[index] = row
            case "consultation":
                var row = consultationRows[index] ?? ConsultationForm()
                switch rest {
                case "body": row.body = value
                case "answer": row.answer = value
                case "date": row.date = value
                case "conclusion": row.conclusion = value
                default: break
                }
                consultationRows[index] = row
            default:
                break
            }
        }
        lines = lineRows.keys.sorted().compactMap { lineRows[$0] }
        sections = sectionRows.keys.sorted().compactMap { sectionRows[$0] }
        activities = activityRows.keys.sorted().compactMap { activityRows[$0] }
        self.followUpRows = followUpRows.keys.sorted().compactMap { followUpRows[$0] }
        consultations = consultationRows.keys.sorted().compactMap { consultationRows[$0] }
    }

    /// ("line", 3, "y.2024") for "line.3.y.2024".
    static func rowField(_ name: String) -> (String, Int, String)? {
        let parts = name.split(separator: ".", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, let index = Int(parts[1]), index >= 0, index < AmountLimits.maxLines else { return nil }
        return (String(parts[0]), index, String(parts[2]))
    }

    static func setLineField(_ row: inout LineForm, _ field: String, _ value: String, selectedDriver: String) {
        switch field {
        case "label": row.label = value
        case "block": row.block = value
        case "steeringArea": row.steeringArea = value
        case "appropriation": row.appropriation = value
        case "committee": row.committee = value
        case "innovationPool": row.innovationPool = true
        case "variant": row.variant = value
        case "driver": row.driver = value
        case "effect": row.effect = value
        case "remove": row.remove = true
        default:
            if field.hasPrefix("y."), let year = Int(field.dropFirst(2)) {
                row.amounts[year] = value
            } else if field.hasPrefix("share."), let year = Int(field.dropFirst(6)) {
                row.shares[year] = value
            } else {
                // "staff.fte": only the chosen driver's factors are kept.
                let parts = field.split(separator: ".", maxSplits: 1)
                if parts.count == 2, String(parts[0]) == selectedDriver { row.factors[String(parts[1])] = value }
            }
        }
    }

    /// The years the grid shows: the typed range when it is valid, else `fallback`.
    public func gridYears(fallback: ClosedRange<Int>) -> ClosedRange<Int> {
        guard let first = DanishInput.year(firstYear), let last = DanishInput.year(lastYear), first <= last,
            last - first < AmountLimits.maxYears
        else { return fallback }
        return first...last
    }
}
